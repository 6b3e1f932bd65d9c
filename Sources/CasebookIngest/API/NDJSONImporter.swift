import CasebookCore
import Foundation

/// Reads the generic NDJSON layout: one ticket a line, its comments inline, with the CSV layout's
/// names (see docs/FORMATS.md):
///
/// ```
/// {"ticket_id": "1042", "subject": "…", "status": "solved", "tags": ["billing"], "requester_name": "…",
///  "requester_email": "…", "created_at": "…", "updated_at": "…", "comments": [{"id": "1",
///  "author_role": "customer", "author_name": "…", "public": true, "body": "…", "body_html": "<p>…</p>",
///  "created_at": "…"}]}
/// ```
///
/// Required: `ticket_id` (string or number), `status`, and per comment `author_role`, `public` and
/// `body` or `body_html`. A line that cannot be read is rejected alone, naming its line.
public struct NDJSONImporter: TicketImporter {
    /// `.ndjson`.
    public static let format = ImportFormat.ndjson

    private let converter: HTMLTextConverter

    /// An importer converting HTML bodies with `converter`.
    public init(converter: HTMLTextConverter = HTMLTextConverter()) {
        self.converter = converter
    }

    /// Streams the tickets and rejects of `export` to `sink`; throws `IngestError` when it cannot be opened.
    public func read(_ export: ExportFile, into sink: (ImportEvent) throws -> Void) throws {
        var records = JSONRecords(export: export, format: Self.format, layout: .lines)
        try records.read(GenericTicket.self, id: \.ticketID.value) { payload, element in
            try ticket(payload, file: export.name, line: element.line, position: element.index)
        } into: { event in
            try sink(event)
        }
    }

    private func ticket(_ payload: GenericTicket, file: String, line: Int, position: Int) throws(ElementProblem)
        -> ImportedTicket
    {
        let created = try Timestamp.field(payload.createdAt, named: "created_at")
        let updated = try Timestamp.field(payload.updatedAt, named: "updated_at")
        var commentDates: [Date?] = []
        for (index, comment) in payload.comments.enumerated() {
            commentDates.append(try Timestamp.field(comment.createdAt, named: "comments[\(index)].created_at"))
        }
        let dates = TicketDates.resolve(created: created, updated: updated, commentDates: commentDates)
        let status = payload.status.trimmingSpaces.lowercased()
        guard !status.isEmpty else { throw ElementProblem(reason: "status is empty; every ticket needs one") }
        let ticket = Ticket(
            source: Self.format.rawValue, externalID: payload.ticketID.value, subject: payload.subject ?? "",
            status: status, tags: payload.tags ?? [], requesterName: payload.requesterName,
            requesterEmail: payload.requesterEmail, createdAt: dates.created, updatedAt: dates.updated,
            sourceFile: file, sourceLine: line)
        var comments: [Comment] = []
        for (index, comment) in payload.comments.enumerated() {
            guard let role = FieldValue.role(comment.authorRole) else {
                throw ElementProblem(
                    reason: "comments[\(index)].author_role \(FieldValue.quoted(comment.authorRole)) is unknown; use "
                        + "customer, agent or system")
            }
            let body = converter.body(html: comment.bodyHTML, text: comment.body)
            guard !body.text.isEmpty else {
                throw ElementProblem(reason: "comments[\(index)] has no body; give body or body_html")
            }
            comments.append(
                Comment(
                    externalID: comment.id?.value, position: index, authorRole: role, authorName: comment.authorName,
                    isPublic: comment.isPublic, bodyText: body.text, bodyHTML: body.html,
                    createdAt: commentDates[index] ?? dates.created))
        }
        return ImportedTicket(ticket: ticket, comments: comments, line: line, position: position)
    }
}

/// One line of the generic NDJSON layout.
struct GenericTicket: Decodable {
    struct Entry: Decodable {
        var id: RecordID?
        var authorRole: String
        var authorName: String?
        var isPublic: Bool
        var body: String?
        var bodyHTML: String?
        var createdAt: String?

        enum CodingKeys: String, CodingKey {
            case id, body
            case authorRole = "author_role"
            case authorName = "author_name"
            case isPublic = "public"
            case bodyHTML = "body_html"
            case createdAt = "created_at"
        }
    }

    var ticketID: RecordID
    var subject: String?
    var status: String
    var tags: [String]?
    var requesterName: String?
    var requesterEmail: String?
    var createdAt: String?
    var updatedAt: String?
    var comments: [Entry]

    enum CodingKeys: String, CodingKey {
        case subject, status, tags, comments
        case ticketID = "ticket_id"
        case requesterName = "requester_name"
        case requesterEmail = "requester_email"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
