import CasebookCore
import CasebookText
import Foundation

/// Ingests one file: streams its importer's events into batches and writes each batch in one
/// transaction (see `IngestStage`).
struct FileIngestion {
    let plan: FilePlan
    let context: PipelineContext
    let batchSize: Int
    private let path: String
    private let detector: LanguageDetector
    private var counts = IngestReport.Counts()
    private var listed: [IngestReport.Reject] = []
    private var unlisted = 0
    private var keptFirstValues: [String: Int] = [:]
    private var tickets: [ImportedTicket] = []
    private var rejects: [RejectedRecord] = []
    private var hasReplacedRejects = false
    private var events = 0

    init(plan: FilePlan, context: PipelineContext, batchSize: Int) {
        self.plan = plan
        self.context = context
        self.batchSize = batchSize
        path = plan.url.relativePath
        detector = LanguageDetector(fallback: context.configuration.site.language)
    }

    mutating func run() throws -> IngestReport.File {
        context.progress.update(path, 0, nil)
        if let blank = plan.content.blank {
            try handle(.rejected(fileRejection(blank.reason)))
        } else if let format = plan.format {
            try read(as: format)
            if counts.read == 0, counts.rejected == 0, !plan.isCompanion {
                try handle(.rejected(fileRejection("the export holds no tickets")))
            }
        }
        try flush(final: true)
        context.progress.finish(path)
        return report
    }

    /// Streams the file (or its UTF-8 copy, when it is in another encoding) through `format`'s importer.
    private mutating func read(as format: ImportFormat) throws {
        let copy: URL?
        do {
            copy = try plan.content.utf8Copy(of: plan.url)
        } catch {
            throw IngestError(path: path, reason: .unreadable(IngestError.explain(error)))
        }
        defer { if let copy { try? FileManager.default.removeItem(at: copy) } }
        try (plan.importer ?? format.importer()).read(ExportFile(copy ?? plan.url, name: path)) { event in
            try handle(event)
        }
    }

    /// The whole file set aside for `problem`, with what to do.
    private func fileRejection(_ problem: String) -> ImportRejection {
        let record = RejectedRecord(
            source: source, sourceFile: path, line: 1, position: 1,
            reason: "\(problem); nothing to ingest: check the export finished", raw: "")
        return ImportRejection(record: record, kind: .file)
    }

    /// The format's name for the store, `file` when a blank file's format could not be told.
    private var source: String { plan.format?.rawValue ?? "file" }

    private var report: IngestReport.File {
        IngestReport.File(
            path: path, format: plan.format, counts: counts, rejects: listed, unlistedRejects: unlisted,
            keptFirstValues: keptFirstValues)
    }

    private mutating func handle(_ event: ImportEvent) throws {
        switch event {
        case .ticket(var imported):
            counts.read += 1
            guard context.configuration.ingest.isResolved(imported.ticket.status) else {
                counts.skippedUnresolved += 1
                break
            }
            imported.ticket.language = detector.detect(Self.languageSample(of: imported))
            imported.ticket.ingestedAt = context.clock.now()
            tickets.append(imported)
        case .rejected(var rejection):
            counts.rejected += 1
            rejection.record.rejectedAt = context.clock.now()
            rejects.append(rejection.record)
            list(rejection)
        case .keptFirstValue(let column):
            keptFirstValues[column, default: 0] += 1
            return
        }
        events += 1
        if events % 100 == 0 { context.progress.update(path, events, nil) }
        if tickets.count >= batchSize || rejects.count >= batchSize { try flush(final: false) }
    }

    /// Lists `rejection` in the report, or counts it as unlisted past the limit.
    private mutating func list(_ rejection: ImportRejection) {
        if listed.count < IngestStage.listedRejectLimit {
            listed.append(IngestReport.Reject(rejection))
        } else {
            unlisted += 1
        }
    }

    /// Writes the pending tickets and rejects in one transaction (with the audit event when `final`).
    ///
    /// Each ticket is applied by `NewerCopyRule` in the same transaction, so no other write can slip
    /// in between reading the stored copy and saving: an older copy is counted as stale, a conflicting
    /// one rejected.
    private mutating func flush(final: Bool) throws {
        let (tickets, rejects, replace, current) = (tickets, rejects, !hasReplacedRejects, report)
        let now = context.clock.now()
        let (counts, conflicts) = try context.store.write { db in
            if replace {
                try Store.replaceRejects(rejects, file: path, in: db)
            } else {
                for var reject in rejects { try reject.insert(db) }
            }
            var counts = current.counts
            var conflicts: [ImportRejection] = []
            for imported in tickets {
                switch try NewerCopyRule.apply(imported, in: db) {
                case .saved(.inserted): counts.inserted += 1
                case .saved(.updated): counts.updated += 1
                case .saved(.unchanged): counts.unchanged += 1
                case .stale: counts.stale += 1
                case .conflict(var conflict):
                    conflict.record.rejectedAt = now
                    try conflict.record.insert(db)
                    conflicts.append(conflict)
                    counts.read -= 1  // a rejected record is not a ticket read, as for the importers' rejects
                    counts.rejected += 1
                }
            }
            if final {
                var report = current
                report.counts = counts
                let event = AuditEvent(
                    at: context.clock.now(), actor: context.actor, action: .ingested, subjectType: "file",
                    note: report.summary)
                try Store.audit(event, in: db)
            }
            return (counts, conflicts)
        }
        self.counts = counts
        for conflict in conflicts { list(conflict) }
        hasReplacedRejects = true
        self.tickets.removeAll(keepingCapacity: true)
        self.rejects.removeAll(keepingCapacity: true)
    }

    /// The subject and the customer's first message (or the first message), enough to tell a language.
    private static func languageSample(of imported: ImportedTicket) -> String {
        let first = imported.comments.first { $0.authorRole == .customer } ?? imported.comments.first
        return String((imported.ticket.subject + "\n" + (first?.bodyText ?? "")).prefix(2000))
    }
}
