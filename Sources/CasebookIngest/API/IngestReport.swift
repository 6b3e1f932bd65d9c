import CasebookCore

/// What `ingest` did, per file and in total, with the rejected records to show.
public struct IngestReport: StageReport, Equatable {
    /// Ticket counts for a file or a whole run.
    public struct Counts: Codable, Sendable, Equatable {
        /// Tickets read: inserted + updated + unchanged + stale + skippedUnresolved.
        public var read = 0
        /// Tickets new to the store.
        public var inserted = 0
        /// Tickets already in the store whose content changed.
        public var updated = 0
        /// Tickets already in the store as they are.
        public var unchanged = 0
        /// Tickets older than the stored copy (by `updatedAt`), e.g. from an earlier export: not applied.
        public var stale = 0
        /// Tickets whose status is not a resolved one (`ingest.resolved_statuses`): not saved.
        public var skippedUnresolved = 0
        /// Records kept aside (rows, tickets, users, broken remainders).
        public var rejected = 0

        /// All zero.
        public init() {}

        /// The sum of two counts.
        public static func + (lhs: Counts, rhs: Counts) -> Counts {
            var sum = lhs
            sum.read += rhs.read
            sum.inserted += rhs.inserted
            sum.updated += rhs.updated
            sum.unchanged += rhs.unchanged
            sum.stale += rhs.stale
            sum.skippedUnresolved += rhs.skippedUnresolved
            sum.rejected += rhs.rejected
            return sum
        }

        /// `12 tickets read (8 new, 1 updated, 1 unchanged), 2 older copies skipped, 3 skipped as unresolved,
        /// 2 rejected`.
        public var phrase: String {
            "\(read) ticket\(read == 1 ? "" : "s") read (\(inserted) new, \(updated) updated, \(unchanged) unchanged), "
                + "\(stale) older cop\(stale == 1 ? "y" : "ies") skipped, \(skippedUnresolved) skipped as unresolved, "
                + "\(rejected) rejected"
        }
    }

    /// One rejected record, as the CLI lists it.
    public struct Reject: Codable, Sendable, Equatable, CustomStringConvertible {
        /// The file, as given.
        public var file: String
        /// The line the record starts on, from 1.
        public var line: Int
        /// The record's index in the file, from 1.
        public var position: Int
        /// What the record was.
        public var kind: ImportRejection.Kind
        /// Why it was rejected, in one line.
        public var reason: String

        /// The reject as listed: file, line, record and reason.
        public init(_ rejection: ImportRejection) {
            file = rejection.record.sourceFile
            line = rejection.record.line
            position = rejection.record.position
            kind = rejection.kind
            reason = rejection.record.reason
        }

        /// `file:line: ticket N: reason`.
        public var description: String {
            RejectedRecord.location(file: file, line: line, position: position, kind: kind.rawValue) + ": \(reason)"
        }
    }

    /// What happened to one file.
    public struct File: Codable, Sendable, Equatable {
        /// The path as given.
        public var path: String
        /// The format it was read as; nil for a blank file whose format could not be told.
        public var format: ImportFormat?
        /// Its ticket counts.
        public var counts: Counts
        /// The first `IngestStage.listedRejectLimit` rejects (all are in the store).
        public var rejects: [Reject]
        /// Rejects beyond those listed.
        public var unlistedRejects: Int
        /// Later rows whose ticket field differed from the ticket's first row, by column: the first
        /// row's value was kept, the row's comment imported.
        public var keptFirstValues: [String: Int]

        /// A file's entry in the report.
        public init(
            path: String, format: ImportFormat?, counts: Counts, rejects: [Reject], unlistedRejects: Int,
            keptFirstValues: [String: Int] = [:]
        ) {
            self.path = path
            self.format = format
            self.counts = counts
            self.rejects = rejects
            self.unlistedRejects = unlistedRejects
            self.keptFirstValues = keptFirstValues
        }

        /// `tickets.csv (csv): 12 tickets read (…), 2 rejected`.
        public var summary: String { "\(path)\(format.map { " (\($0))" } ?? ""): \(counts.phrase)" }
    }

    /// `ingest`.
    public var stage: String { "ingest" }
    /// One entry per file, in the order given.
    public var files: [File]

    /// Files of a folder that were not exports (a README, notes), skipped.
    public var skippedFiles: [String]

    /// A report over `files`, with `skippedFiles` left out of folders.
    public init(files: [File], skippedFiles: [String] = []) {
        self.files = files
        self.skippedFiles = skippedFiles
    }

    /// One line per file skipped as not an export.
    public var warnings: [String] {
        skippedFiles.map { "\($0): not a helpdesk export (its format cannot be told); skipped" }
            + files.flatMap { file in
                file.keptFirstValues.sorted { $0.key < $1.key }.map { column, count in
                    "\(file.path): \(count) later row\(count == 1 ? "" : "s") gave another \(column) than "
                        + "\(count == 1 ? "its" : "their") ticket's first row; the first row's value was kept"
                }
            }
    }

    /// The counts over all files.
    public var totals: Counts { files.reduce(Counts()) { $0 + $1.counts } }

    /// Every listed reject, file by file.
    public var rejects: [Reject] { files.flatMap(\.rejects) }

    /// `ingested 2 files: 12 tickets read (10 new, 1 updated, 1 unchanged), 0 older copies skipped, 0 skipped as
    /// unresolved, 2 rejected`.
    public var summary: String {
        "ingested \(files.count) file\(files.count == 1 ? "" : "s"): \(totals.phrase)"
    }

    /// Records kept aside over all files; non-zero makes the command exit 65.
    public var rejectedCount: Int { totals.rejected }

    /// The totals by name.
    public var counts: [String: Int] {
        let totals = totals
        return [
            "files": files.count, "read": totals.read, "inserted": totals.inserted, "updated": totals.updated,
            "unchanged": totals.unchanged, "stale": totals.stale, "skippedUnresolved": totals.skippedUnresolved,
            "rejected": totals.rejected,
        ]
    }

    /// Rejected records are listed with `casebook status --rejects`; otherwise the tickets wait to be clustered.
    public var nextStep: String? {
        totals.inserted + totals.updated > 0 ? "casebook cluster" : nil
    }

    private enum CodingKeys: String, CodingKey {
        case stage, summary, totals, files, rejectedCount, skippedFiles
    }

    /// Encodes `stage`, `summary`, `totals`, `rejectedCount` and `files` (for `--json`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stage, forKey: .stage)
        try container.encode(summary, forKey: .summary)
        try container.encode(totals, forKey: .totals)
        try container.encode(rejectedCount, forKey: .rejectedCount)
        try container.encode(files, forKey: .files)
        try container.encode(skippedFiles, forKey: .skippedFiles)
    }
}
