import Foundation
import GRDB

/// Who wrote a comment, as far as the drafter is concerned.
public enum AuthorRole: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// The customer (Zendesk's end-user, the requester).
    case customer
    /// A support agent or administrator.
    case agent
    /// An automation, trigger or integration.
    case system
}

/// One message on a ticket.
///
/// Only public comments by agents are ever drafted into articles; private comments (internal notes)
/// stay in the store for the editor and never reach a public page.
public struct Comment: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var ticketID: Int64
    /// The helpdesk's identifier of the comment, when it has one.
    public var externalID: String?
    /// The comment's order on its ticket, from 0.
    public var position: Int
    public var authorRole: AuthorRole
    public var authorName: String?
    /// False for internal notes and private comments.
    public var isPublic: Bool
    /// The body as clean text (HTML bodies converted, structure kept as light Markdown).
    public var bodyText: String
    /// The body as the helpdesk sent it, when it was HTML.
    public var bodyHTML: String?
    public var createdAt: Date

    public init(
        id: Int64? = nil, ticketID: Int64 = 0, externalID: String? = nil, position: Int, authorRole: AuthorRole,
        authorName: String? = nil, isPublic: Bool, bodyText: String, bodyHTML: String? = nil, createdAt: Date
    ) {
        self.id = id
        self.ticketID = ticketID
        self.externalID = externalID
        self.position = position
        self.authorRole = authorRole
        self.authorName = authorName
        self.isPublic = isPublic
        self.bodyText = bodyText
        self.bodyHTML = bodyHTML
        self.createdAt = createdAt
    }
}

extension Comment: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "comment"
    public static let ticket = belongsTo(Ticket.self)

    public enum Columns {
        public static let ticketID = Column(CodingKeys.ticketID)
        public static let position = Column(CodingKeys.position)
        public static let authorRole = Column(CodingKeys.authorRole)
        public static let isPublic = Column(CodingKeys.isPublic)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
