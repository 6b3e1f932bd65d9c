import Foundation
import GRDB

/// Where one sentence of a drafted revision came from: the ticket and the comment. Shown to editors
/// (`review show`), kept in exported files' front matter, never published.
public struct DraftProvenance: Codable, Sendable, Hashable {
    /// The section a sentence belongs to.
    public enum Section: String, Codable, Sendable, DatabaseValueConvertible {
        /// A customer's words in "The problem".
        case problem
        /// A sentence of the cause section.
        case cause
        /// A step of the solution.
        case step
        /// A step only one agent gave, against the others: left to the editor, not in the text.
        case note
    }

    public var id: Int64?
    public var revisionID: Int64
    /// The sentence's place within its section, from 0.
    public var position: Int
    public var section: Section
    /// The sentence as drafted (redacted).
    public var text: String
    public var ticketID: Int64
    public var commentID: Int64

    public init(
        id: Int64? = nil, revisionID: Int64, position: Int, section: Section, text: String, ticketID: Int64,
        commentID: Int64
    ) {
        self.id = id
        self.revisionID = revisionID
        self.position = position
        self.section = section
        self.text = text
        self.ticketID = ticketID
        self.commentID = commentID
    }
}

extension DraftProvenance: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "articleProvenance"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public enum Columns {
        public static let revisionID = Column(CodingKeys.revisionID)
        public static let position = Column(CodingKeys.position)
        public static let section = Column(CodingKeys.section)
    }
}

/// What the drafter did to make one revision: which source tickets could teach and why the others could
/// not, and what it redacted (kind → count). Shown to editors, never published.
public struct DraftNotes: Codable, Sendable, Hashable {
    public var revisionID: Int64
    /// Tickets whose answer was graded good enough to draft from.
    public var ticketsPassed: Int
    /// Why the other tickets were left out, reason → count.
    public var rejections: [String: Int]
    /// What was redacted in the texts drafted from, kind → count.
    public var redactions: [String: Int]

    public init(revisionID: Int64, ticketsPassed: Int, rejections: [String: Int], redactions: [String: Int]) {
        self.revisionID = revisionID
        self.ticketsPassed = ticketsPassed
        self.rejections = rejections
        self.redactions = redactions
    }
}

extension DraftNotes: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "draftNotes"
}
