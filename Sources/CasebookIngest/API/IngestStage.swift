import CasebookCore
import Foundation

/// The `ingest` stage: reads helpdesk exports into the store.
///
/// Every file is checked first (it exists, is a file, its format is known), so a typo fails the run
/// before anything is written. Then each file is streamed through its `TicketImporter`:
/// - Tickets whose status is resolved (`ingest.resolved_statuses`) are saved with `Store.save`
///   (an idempotent upsert by source and id: importing a file twice inserts nothing the second time);
///   the others are counted as skipped. When the store already holds the ticket (same format and id, from
///   any file), the copy updated last wins (`NewerCopyRule`): a newer copy updates it, an older one is
///   counted as stale and not applied, and one with the same update time but other content is rejected
///   as a conflict, the stored one left alone. So the order of the files does not matter.
/// - Each saved ticket gets the language detected from its subject and the customer's first message,
///   falling back to `site.language`; `sourceFile` is the path as given, `sourceLine` its record's line.
/// - Writes go in transactions of `batchSize` tickets (or rejects), so the write-ahead log and memory
///   stay small on huge exports and progress is visible. A run that stops half-way keeps the batches
///   already written; running it again is safe and completes the file.
/// - The first transaction of a file replaces the rejects kept aside from its previous import
///   (`Store.replaceRejects`); later ones add to them. The last one appends an `ingested` audit event
///   with the file's summary.
public struct IngestStage: Stage {
    /// The most rejects a file lists in the report (all of them are kept in the store).
    public static let listedRejectLimit = 1000

    /// `ingest`.
    public var name: String { "ingest" }
    /// The export files, in order.
    public var files: [URL]
    /// The format to read them as; nil detects it per file (`ImportFormat.detect`).
    public var format: ImportFormat?
    /// Tickets (or rejects) written per transaction.
    public var batchSize: Int

    /// A stage reading `files`, as `format` when given.
    public init(files: [URL], format: ImportFormat? = nil, batchSize: Int = 1000) {
        self.files = files
        self.format = format
        self.batchSize = max(1, batchSize)
    }

    /// Runs the stage (see `ingest(in:)`).
    public func run(in context: PipelineContext) throws -> any StageReport {
        try ingest(in: context)
    }

    /// Runs the stage and returns its report with its type.
    public func ingest(in context: PipelineContext) throws -> IngestReport {
        var plans: [FilePlan] = []
        var skipped: [String] = []
        for url in files {
            if isFolder(url) {
                let folder = try ExportFolder(url: url, format: format).plans()
                plans += folder.plans
                skipped += folder.skipped
            } else {
                plans.append(try readingPlan(url, fileIO: context.fileIO))
            }
        }
        var reports: [IngestReport.File] = []
        for file in plans {
            var ingestion = FileIngestion(plan: file, context: context, batchSize: batchSize)
            reports.append(try ingestion.run())
        }
        return IngestReport(files: reports, skippedFiles: skipped)
    }

    private func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// How to read `url`, after checking it is a readable file whose format is known (or that is blank).
    private func readingPlan(_ url: URL, fileIO: FileIO) throws -> FilePlan {
        let path = url.relativePath
        guard fileIO.exists(url) else { throw IngestError(path: path, reason: .missing) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw IngestError(path: path, reason: .isFolder)
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw IngestError(path: path, reason: .unreadable("permission denied"))
        }
        let content: ExportContent
        do {
            content = try ExportContent.inspect(url)
        } catch {
            throw IngestError(path: path, reason: .unreadable(IngestError.explain(error)))
        }
        let format = format ?? ImportFormat.detect(name: url.lastPathComponent, head: content.head)
        // A blank file is reported as such, whatever its format would have been.
        guard format != nil || content.blank != nil else { throw IngestError(path: path, reason: .unknownFormat) }
        return FilePlan(url: url, format: format, content: content)
    }
}
