import Foundation

/// Reads one helpdesk export and streams what it finds, one ticket (or rejected record) at a time.
///
/// Importers never hold a whole file's tickets in memory: they hand each ticket to `sink` as soon
/// as it is complete, so memory stays bounded by the largest ticket. Every ticket and reject they
/// produce names its file as `file.name` (the path as the user gave it) and its first line.
/// A record that cannot be read is passed on as `.rejected` and reading goes on with the next one;
/// only a file that cannot be opened at all throws (an `IngestError`). Errors thrown by `sink` stop
/// the import and propagate.
public protocol TicketImporter: Sendable {
    /// The format this importer reads.
    static var format: ImportFormat { get }
    /// Reads `file` from start to end, passing each ticket or rejected record to `sink` in file order.
    func read(_ file: ExportFile, into sink: (ImportEvent) throws -> Void) throws
}
