import CasebookCore
import Foundation

/// Reads a Freshdesk API v2 export: a JSON array of tickets, `{"tickets": [...]}` pages, or NDJSON,
/// each ticket as `GET /api/v2/tickets/[id]?include=conversations,requester` returns it:
/// `{id, subject, description, description_text, status, tags, requester_id, requester: {name, email},
/// created_at, updated_at, conversations: [{id, body, body_text, private, incoming, user_id, source,
/// created_at}]}`.
///
/// - Status: 2 open, 3 pending, 4 resolved, 5 closed (stored as those words, so 4 and 5 are resolved by
///   default); other numbers are kept as `status-N`, and a status given as text is kept as written.
/// - The `description` (HTML, or `description_text`) is the requester's public first message; each
///   conversation follows in date order. `private: true` is an internal note, stored private.
/// - Roles: a `user_id` on the agents list is an agent's, on the contacts list a customer's; for
///   others `incoming: true` is the customer's and an outgoing message (`incoming: false`) an agent's.
///   Names and emails come from the contacts and agents files of a folder export, or the `requester`.
public struct FreshdeskImporter: TicketImporter {
    /// `.freshdesk`.
    public static let format = ImportFormat.freshdesk

    private let converter: HTMLTextConverter
    private let people: PeopleDirectory

    /// An importer converting HTML bodies with `converter`.
    public init(converter: HTMLTextConverter = HTMLTextConverter()) {
        self.init(converter: converter, people: PeopleDirectory())
    }

    /// An importer for one file of a folder export, with the contacts and agents read beside it.
    init(converter: HTMLTextConverter = HTMLTextConverter(), people: PeopleDirectory) {
        self.converter = converter
        self.people = people
    }

    /// Streams the tickets and rejects of `export` to `sink`; throws `IngestError` when it cannot be opened.
    public func read(_ export: ExportFile, into sink: (ImportEvent) throws -> Void) throws {
        var records = JSONRecords(
            export: export, format: Self.format, layout: JSONRecords.layout(of: export, path: ["tickets"]))
        try records.read(FreshdeskTicket.self, id: \.id.value) { payload, element in
            try ticket(payload, file: export.name, line: element.line, position: element.index)
        } into: { event in
            try sink(event)
        }
    }

    private func ticket(_ payload: FreshdeskTicket, file: String, line: Int, position: Int) throws(ElementProblem)
        -> ImportedTicket
    {
        let created = try Timestamp.field(payload.createdAt, named: "created_at")
        let updated = try Timestamp.field(payload.updatedAt, named: "updated_at")
        var dated: [(FreshdeskConversation, Date?)] = []
        for (index, conversation) in (payload.conversations ?? []).enumerated() {
            dated.append(
                (conversation, try Timestamp.field(conversation.createdAt, named: "conversations[\(index)].created_at"))
            )
        }
        let dates = TicketDates.resolve(created: created, updated: updated, commentDates: dated.map(\.1))
        let requester = people[payload.requesterID]
        let requesterName = payload.requester?.name ?? requester?.name
        let ticket = Ticket(
            source: Self.format.rawValue, externalID: payload.id.value, subject: payload.subject ?? "",
            status: payload.status.name, tags: payload.tags ?? [], requesterName: requesterName,
            requesterEmail: payload.requester?.email ?? requester?.email, createdAt: dates.created,
            updatedAt: dates.updated, sourceFile: file, sourceLine: line)
        var comments: [Comment] = []
        let description = converter.body(html: payload.description, text: payload.descriptionText)
        if !description.text.isEmpty {
            comments.append(
                Comment(
                    position: 0, authorRole: .customer, authorName: requesterName, isPublic: true,
                    bodyText: description.text, bodyHTML: description.html, createdAt: dates.created))
        }
        // Conversations in date order (the API gives them so; a file sorted otherwise is put right).
        let ordered = dated.enumerated().sorted {
            ($0.element.1 ?? dates.created, $0.offset) < ($1.element.1 ?? dates.created, $1.offset)
        }
        for (_, (conversation, date)) in ordered {
            let body = converter.body(html: conversation.body, text: conversation.bodyText)
            guard !body.text.isEmpty else { continue }
            let author = people[conversation.userID]
            comments.append(
                Comment(
                    externalID: conversation.id?.value, position: comments.count,
                    authorRole: role(of: conversation, author: author), authorName: author?.name,
                    isPublic: !(conversation.isPrivate ?? false), bodyText: body.text, bodyHTML: body.html,
                    createdAt: date ?? dates.created))
        }
        return ImportedTicket(ticket: ticket, comments: comments, line: line, position: position)
    }

    private func role(of conversation: FreshdeskConversation, author: PeopleDirectory.User?) -> AuthorRole {
        if let author { return author.role }
        return conversation.incoming == false ? .agent : .customer
    }
}

/// A Freshdesk status: a number (2 open, 3 pending, 4 resolved, 5 closed) or, in some dumps, a word.
struct FreshdeskStatus: Decodable {
    let name: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            switch number {
            case 2: name = "open"
            case 3: name = "pending"
            case 4: name = "resolved"
            case 5: name = "closed"
            default: name = "status-\(number)"
            }
        } else {
            name = try container.decode(String.self).trimmingSpaces.lowercased()
        }
    }
}

/// One Freshdesk ticket (the fields ingest uses).
struct FreshdeskTicket: Decodable {
    struct Person: Decodable {
        var name: String?
        var email: String?
    }

    var id: RecordID
    var subject: String?
    var description: String?
    var descriptionText: String?
    var status: FreshdeskStatus
    var tags: [String]?
    var requesterID: RecordID?
    var requester: Person?
    var createdAt: String?
    var updatedAt: String?
    var conversations: [FreshdeskConversation]?

    enum CodingKeys: String, CodingKey {
        case id, subject, description, status, tags, requester, conversations
        case descriptionText = "description_text"
        case requesterID = "requester_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// One reply or note on a Freshdesk ticket.
struct FreshdeskConversation: Decodable {
    var id: RecordID?
    var body: String?
    var bodyText: String?
    var isPrivate: Bool?
    var incoming: Bool?
    var userID: RecordID?
    var createdAt: String?

    enum CodingKeys: String, CodingKey {
        case id, body, incoming
        case bodyText = "body_text"
        case isPrivate = "private"
        case userID = "user_id"
        case createdAt = "created_at"
    }
}

/// A Freshdesk contact (`contacts.json`) or agent (`agents.json`, the person under `contact`).
struct FreshdeskPerson: Decodable {
    struct Contact: Decodable {
        var name: String?
        var email: String?
    }

    var id: RecordID
    var name: String?
    var email: String?
    var contact: Contact?
}
