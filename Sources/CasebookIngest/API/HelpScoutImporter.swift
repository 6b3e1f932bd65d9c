import CasebookCore
import Foundation

/// Reads Help Scout Mailbox API 2.0 conversations with their threads embedded
/// (`GET /v2/conversations?embed=threads`): pages `{"_embedded": {"conversations": [...]}, "page": ...}`,
/// a JSON array of conversations, or NDJSON, each `{id, number, subject, status, tags: [{tag}],
/// primaryCustomer: {first, last, email}, createdAt, closedAt, userUpdatedAt, _embedded: {threads:
/// [{id, type, body, createdAt, createdBy: {type, first, last, email}}]}}`.
///
/// - The ticket id is the conversation `id`; `status` is kept lower-cased, so `closed` is resolved.
/// - Threads, put in date order (the API lists the newest first): `customer` is the customer's public
///   message, `reply` and `message` an agent's public one, `note` an agent's internal note (stored
///   private); `lineitem` (status changes), `forwardcustomer`, `forwardparent`, `forwardchild`,
///   `chat`, `phone` and other kinds are not messages of the thread and are left out.
/// - Bodies are HTML, converted to text and kept.
public struct HelpScoutImporter: TicketImporter {
    /// `.helpscout`.
    public static let format = ImportFormat.helpscout

    private let converter: HTMLTextConverter

    /// An importer converting HTML bodies with `converter`.
    public init(converter: HTMLTextConverter = HTMLTextConverter()) {
        self.converter = converter
    }

    /// Streams the tickets and rejects of `export` to `sink`; throws `IngestError` when it cannot be opened.
    public func read(_ export: ExportFile, into sink: (ImportEvent) throws -> Void) throws {
        var records = JSONRecords(
            export: export, format: Self.format,
            layout: JSONRecords.layout(of: export, path: ["_embedded", "conversations"]))
        try records.read(HelpScoutConversation.self, id: \.id.value) { payload, element in
            try ticket(payload, file: export.name, line: element.line, position: element.index)
        } into: { event in
            try sink(event)
        }
    }

    private func ticket(_ payload: HelpScoutConversation, file: String, line: Int, position: Int)
        throws(ElementProblem) -> ImportedTicket
    {
        let created = try Timestamp.field(payload.createdAt, named: "createdAt")
        let updated = try Timestamp.field(payload.userUpdatedAt ?? payload.closedAt, named: "userUpdatedAt")
        var threads: [(HelpScoutConversation.Thread, Date?, AuthorRole, Bool)] = []
        for (index, thread) in (payload.embedded?.threads ?? []).enumerated() {
            guard let (role, isPublic) = Self.kind(thread.type) else { continue }
            threads.append(
                (thread, try Timestamp.field(thread.createdAt, named: "threads[\(index)].createdAt"), role, isPublic))
        }
        let dates = TicketDates.resolve(created: created, updated: updated, commentDates: threads.map(\.1))
        threads = threads.enumerated().sorted {
            ($0.element.1 ?? dates.created, $0.offset) < ($1.element.1 ?? dates.created, $1.offset)
        }.map(\.element)
        let customer = payload.primaryCustomer
        let ticket = Ticket(
            source: Self.format.rawValue, externalID: payload.id.value, subject: payload.subject ?? "",
            status: (payload.status ?? "").trimmingSpaces.lowercased(), tags: (payload.tags ?? []).compactMap(\.tag),
            requesterName: customer?.fullName, requesterEmail: customer?.email, createdAt: dates.created,
            updatedAt: dates.updated, sourceFile: file, sourceLine: line)
        var comments: [Comment] = []
        for (thread, date, role, isPublic) in threads {
            let body = converter.body(markupOrText: thread.body)
            guard !body.text.isEmpty else { continue }
            comments.append(
                Comment(
                    externalID: thread.id?.value, position: comments.count, authorRole: role,
                    authorName: thread.createdBy?.fullName, isPublic: isPublic, bodyText: body.text,
                    bodyHTML: body.html, createdAt: date ?? dates.created))
        }
        return ImportedTicket(ticket: ticket, comments: comments, line: line, position: position)
    }

    /// Who writes a thread of `type` and whether customers see it; nil for threads that are not messages.
    static func kind(_ type: String?) -> (AuthorRole, Bool)? {
        switch type?.lowercased() {
        case "customer": (.customer, true)
        case "reply", "message": (.agent, true)
        case "note": (.agent, false)
        default: nil
        }
    }
}

/// One Help Scout conversation (the fields ingest uses).
struct HelpScoutConversation: Decodable {
    struct Person: Decodable {
        var first: String?
        var last: String?
        var email: String?

        var fullName: String? {
            [first, last].compactMap { $0?.trimmingSpaces.nilIfEmpty }.joined(separator: " ").nilIfEmpty
        }
    }

    struct Tag: Decodable {
        var tag: String?
    }

    struct Thread: Decodable {
        var id: RecordID?
        var type: String?
        var body: String?
        var createdAt: String?
        var createdBy: Person?
    }

    struct Embedded: Decodable {
        var threads: [Thread]?
    }

    var id: RecordID
    var subject: String?
    var status: String?
    var tags: [Tag]?
    var primaryCustomer: Person?
    var createdAt: String?
    var closedAt: String?
    var userUpdatedAt: String?
    var embedded: Embedded?

    enum CodingKeys: String, CodingKey {
        case id, subject, status, tags, primaryCustomer, createdAt, closedAt, userUpdatedAt
        case embedded = "_embedded"
    }
}
