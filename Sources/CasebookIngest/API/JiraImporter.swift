import CasebookCore
import Foundation

/// Reads Jira exports: the Jira Cloud REST search JSON (`{"issues": [{id, key, fields: {summary,
/// description, status, resolution, resolutiondate, created, updated, labels, reporter, comment:
/// {comments: [{id, author, body, created, jsdPublic, visibility}]}}}]}`, pages, an array or NDJSON)
/// and, when the file is XML, the XML/RSS search export (see `JiraXMLReader`).
///
/// - The ticket id is the issue `key` (`SUP-42`). A resolved issue (with a `resolution` or a
///   `resolutiondate`, or in the `done` status category) is stored with status `resolved`; others keep
///   their status name, lower-cased.
/// - Descriptions and comments are Atlassian Document Format (Cloud, v3) or plain text (v2); ADF is
///   turned into the same light Markdown as HTML bodies. The description is the reporter's first message.
/// - Roles: the reporter's comments are the customer's; other people's are agents'.
/// - A comment with a `visibility` restriction (a role or group) or `jsdPublic: false` (a Service
///   Management internal comment) is internal: stored private.
public struct JiraImporter: TicketImporter {
    /// `.jira`.
    public static let format = ImportFormat.jira

    private let converter: HTMLTextConverter

    /// An importer converting HTML bodies (in the XML export) with `converter`.
    public init(converter: HTMLTextConverter = HTMLTextConverter()) {
        self.converter = converter
    }

    /// Streams the tickets and rejects of `export` to `sink`; throws `IngestError` when it cannot be opened.
    public func read(_ export: ExportFile, into sink: (ImportEvent) throws -> Void) throws {
        if ImportFormat.startsWithMarkup(export.url) {
            try JiraXMLReader(export: export, converter: converter).read(into: sink)
            return
        }
        var records = JSONRecords(
            export: export, format: Self.format, layout: JSONRecords.layout(of: export, path: ["issues"]))
        try records.read(JiraIssue.self, id: \.key) { payload, element in
            try ticket(payload, file: export.name, line: element.line, position: element.index)
        } into: { event in
            try sink(event)
        }
    }

    private func ticket(_ issue: JiraIssue, file: String, line: Int, position: Int) throws(ElementProblem)
        -> ImportedTicket
    {
        let fields = issue.fields
        let created = try Timestamp.field(fields.created, named: "fields.created")
        let updated = try Timestamp.field(fields.updated, named: "fields.updated")
        let entries = fields.comment?.comments ?? []
        var commentDates: [Date?] = []
        for (index, comment) in entries.enumerated() {
            commentDates.append(
                try Timestamp.field(comment.created, named: "fields.comment.comments[\(index)].created"))
        }
        let dates = TicketDates.resolve(created: created, updated: updated, commentDates: commentDates)
        let resolved =
            fields.resolution != nil || !(fields.resolutiondate ?? "").isEmpty
            || fields.status?.statusCategory?.key == "done"
        let ticket = Ticket(
            source: Self.format.rawValue, externalID: issue.key, subject: fields.summary ?? "",
            status: resolved ? "resolved" : (fields.status?.name ?? "").trimmingSpaces.lowercased(),
            tags: fields.labels ?? [], requesterName: fields.reporter?.displayName,
            requesterEmail: fields.reporter?.emailAddress, createdAt: dates.created, updatedAt: dates.updated,
            sourceFile: file, sourceLine: line)
        var comments: [Comment] = []
        if let description = fields.description?.text, !description.isEmpty {
            comments.append(
                Comment(
                    position: 0, authorRole: .customer, authorName: fields.reporter?.displayName, isPublic: true,
                    bodyText: description, createdAt: dates.created))
        }
        for (index, comment) in entries.enumerated() {
            guard let text = comment.body?.text, !text.isEmpty else { continue }
            let isReporter = comment.author?.isSamePerson(as: fields.reporter) ?? false
            comments.append(
                Comment(
                    externalID: comment.id?.value, position: comments.count,
                    authorRole: isReporter ? .customer : .agent,
                    authorName: comment.author?.displayName,
                    isPublic: comment.visibility == nil && comment.jsdPublic != false, bodyText: text,
                    createdAt: commentDates[index] ?? dates.created))
        }
        return ImportedTicket(ticket: ticket, comments: comments, line: line, position: position)
    }
}

/// One issue of a Jira Cloud search result (the fields ingest uses).
struct JiraIssue: Decodable {
    struct User: Decodable {
        var accountId: String?
        var name: String?
        var displayName: String?
        var emailAddress: String?

        /// True when both name the same account (by id, else by display name).
        func isSamePerson(as other: User?) -> Bool {
            guard let other else { return false }
            if let id = accountId ?? name, let otherID = other.accountId ?? other.name { return id == otherID }
            return displayName != nil && displayName == other.displayName
        }
    }

    struct Status: Decodable {
        struct Category: Decodable {
            var key: String?
        }
        var name: String?
        var statusCategory: Category?
    }

    struct Named: Decodable {
        var name: String?
    }

    struct CommentPage: Decodable {
        var comments: [Entry]
    }

    struct Entry: Decodable {
        struct Visibility: Decodable {
            var type: String?
            var value: String?
        }
        var id: RecordID?
        var author: User?
        var body: JiraText?
        var created: String?
        var jsdPublic: Bool?
        var visibility: Visibility?
    }

    struct Fields: Decodable {
        var summary: String?
        var description: JiraText?
        var status: Status?
        var resolution: Named?
        var resolutiondate: String?
        var created: String?
        var updated: String?
        var labels: [String]?
        var reporter: User?
        var comment: CommentPage?
    }

    var key: String
    var fields: Fields
}
