/// A record's identifier: a number in most APIs, accepted as a string too.
struct RecordID: Decodable, Hashable, Sendable {
    let value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            value = String(number)
        } else {
            let text = try container.decode(String.self)
            guard !text.isEmpty else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "is an empty string")
            }
            value = text
        }
    }
}

/// One element of a Zendesk export's `tickets` array (the fields ingest uses).
struct ZendeskTicketPayload: Decodable {
    var id: RecordID
    var subject: String?
    var description: String?
    var status: String
    var tags: [String]?
    var requesterID: RecordID?
    var assigneeID: RecordID?
    var createdAt: String?
    var updatedAt: String?
    var comments: [ZendeskCommentPayload]?

    enum CodingKeys: String, CodingKey {
        case id, subject, description, status, tags, comments
        case requesterID = "requester_id"
        case assigneeID = "assignee_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// One comment of a Zendesk ticket.
struct ZendeskCommentPayload: Decodable {
    var id: RecordID?
    var authorID: RecordID?
    var isPublic: Bool?
    var body: String?
    var htmlBody: String?
    var createdAt: String?

    enum CodingKeys: String, CodingKey {
        case id, body
        case authorID = "author_id"
        case isPublic = "public"
        case htmlBody = "html_body"
        case createdAt = "created_at"
    }
}

/// One element of a Zendesk export's `users` array.
struct ZendeskUserPayload: Decodable {
    var id: RecordID
    var name: String?
    var email: String?
    var role: String?
}
