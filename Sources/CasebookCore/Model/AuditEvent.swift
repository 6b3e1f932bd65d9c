import Foundation
import GRDB

/// One line of the audit log: who did what to which thing, and when.
public struct AuditEvent: Codable, Sendable, Hashable, Identifiable {
    /// What happened.
    public enum Action: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        case ingested, clustered, drafted, suggested, edited, approved, rejected, reopened, published
        case submitted, archived, restored, accepted, dismissed, imported, exported, forgotten
    }

    public var id: Int64?
    public var at: Date
    /// The editor's name, or `casebook` for automatic stages.
    public var actor: String
    public var action: Action
    /// `article`, `ticket`, `file`… and its id, when the event is about one thing.
    public var subjectType: String?
    public var subjectID: Int64?
    /// A free note: the reviewer's reason, a stage's summary.
    public var note: String?
    /// The article revision the event is about, when there is one.
    public var revision: Int?

    public init(
        id: Int64? = nil, at: Date, actor: String, action: Action, subjectType: String? = nil,
        subjectID: Int64? = nil, note: String? = nil, revision: Int? = nil
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.subjectType = subjectType
        self.subjectID = subjectID
        self.note = note
        self.revision = revision
    }
}

extension AuditEvent: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "auditEvent"

    public enum Columns {
        public static let at = Column(CodingKeys.at)
        public static let subjectType = Column(CodingKeys.subjectType)
        public static let subjectID = Column(CodingKeys.subjectID)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
