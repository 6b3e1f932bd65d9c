import Foundation
import GRDB

/// A record an importer could not read, kept aside with where it came from and why.
///
/// Rejects are never silently dropped: ingest reports them, `casebook status` counts them, and they
/// stay in the store until the same file is imported again.
public struct RejectedRecord: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    /// The importer that rejected it.
    public var source: String
    public var sourceFile: String
    /// The line the record starts on, from 1.
    public var line: Int
    /// The record's index in the file (row, array element, message), from 1.
    public var position: Int
    /// Why it was rejected, in one line.
    public var reason: String
    /// The record as it stood in the file (truncated to 64 KiB).
    public var raw: String
    public var rejectedAt: Date
    /// What the record was: `ticket`, `row`, `user`, `line`, `file` (the whole file), `remainder` (the
    /// rest of a file whose structure broke), or `record` for rejects kept before kinds were recorded.
    public var kind: String

    public init(
        id: Int64? = nil, source: String, sourceFile: String, line: Int, position: Int, reason: String, raw: String,
        rejectedAt: Date = Date(timeIntervalSince1970: 0), kind: String = "record"
    ) {
        self.id = id
        self.source = source
        self.sourceFile = sourceFile
        self.line = line
        self.position = position
        self.reason = reason
        self.raw = raw.count > 65_536 ? String(raw.prefix(65_536)) : raw
        self.rejectedAt = rejectedAt
        self.kind = kind
    }

    /// `file:line: ticket N`, the form compilers use so editors can jump to it (`file` alone for a
    /// whole file, `file:line` for an NDJSON line).
    public var location: String {
        Self.location(file: sourceFile, line: line, position: position, kind: kind)
    }

    /// Where a rejected record of `kind` is, as ingest and `status --rejects` both print it.
    public static func location(file: String, line: Int, position: Int, kind: String) -> String {
        switch kind {
        case "file": file
        case "line": "\(file):\(line)"
        case "remainder": "\(file):\(line): rest of the file"
        default: "\(file):\(line): \(kind) \(position)"
        }
    }
}

extension RejectedRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "rejectedRecord"

    public enum Columns {
        public static let sourceFile = Column(CodingKeys.sourceFile)
        public static let source = Column(CodingKeys.source)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
