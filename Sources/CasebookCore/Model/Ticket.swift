import Foundation
import GRDB

/// A resolved helpdesk ticket, as imported from one export.
///
/// A ticket is identified by its `source` (the importer that read it) and the helpdesk's own
/// `externalID`, so importing the same export twice updates rather than duplicates it.
public struct Ticket: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    /// The importer that read the ticket (`zendesk`, `csv`, …).
    public var source: String
    /// The helpdesk's identifier of the ticket.
    public var externalID: String
    public var subject: String
    /// The helpdesk status, lower-cased (`solved`, `closed`, …).
    public var status: String
    public var tags: [String]
    /// ISO 639-1 language code detected from the customer's text (`en`, `fr`, …).
    public var language: String
    /// The requester's name and email: private, kept so the drafter can redact them.
    public var requesterName: String?
    public var requesterEmail: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// Where the ticket was read: the export file and the line its record starts on.
    public var sourceFile: String
    public var sourceLine: Int
    /// A digest of the imported content, used to tell unchanged re-imports from updates.
    public var contentHash: String
    public var ingestedAt: Date

    public init(
        id: Int64? = nil, source: String, externalID: String, subject: String, status: String,
        tags: [String] = [], language: String = "und", requesterName: String? = nil, requesterEmail: String? = nil,
        createdAt: Date, updatedAt: Date, sourceFile: String, sourceLine: Int, contentHash: String = "",
        ingestedAt: Date = Date(timeIntervalSince1970: 0)
    ) {
        self.id = id
        self.source = source
        self.externalID = externalID
        self.subject = subject
        self.status = status
        self.tags = tags
        self.language = language
        self.requesterName = requesterName
        self.requesterEmail = requesterEmail
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
        self.contentHash = contentHash
        self.ingestedAt = ingestedAt
    }

    /// A short human reference such as `zendesk#1042`.
    public var reference: String { "\(source)#\(externalID)" }
}

extension Ticket: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "ticket"
    public static let comments = hasMany(Comment.self)

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let source = Column(CodingKeys.source)
        public static let externalID = Column(CodingKeys.externalID)
        public static let status = Column(CodingKeys.status)
        public static let language = Column(CodingKeys.language)
        public static let sourceFile = Column(CodingKeys.sourceFile)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
