import CasebookCore

/// A record an importer could not read, as kept aside, and what kind of record it was.
public struct ImportRejection: Sendable, CustomStringConvertible {
    /// What the rejected record was, as messages name it.
    public enum Kind: String, Codable, Sendable {
        /// A CSV row.
        case row
        /// A ticket (a Zendesk array element, or a CSV ticket's rows).
        case ticket
        /// A Zendesk user.
        case user
        /// Everything from a point on, when the file's structure broke there.
        case remainder
        /// The whole file (an empty file, an export holding no tickets).
        case file
        /// One line of an NDJSON file.
        case line
    }

    /// The record to keep aside (file, line, position, reason, raw text).
    public var record: RejectedRecord
    /// What kind of record it was.
    public var kind: Kind

    /// A rejection of `record`, a record of kind `kind`.
    public init(record: RejectedRecord, kind: Kind) {
        self.record = record
        self.record.kind = kind.rawValue
        self.kind = kind
    }

    /// `file:line: ticket N: reason`, the form compilers use so editors can jump to it.
    public var description: String { IngestReport.Reject(self).description }
}
