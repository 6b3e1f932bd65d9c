import Foundation

/// One export file for an importer: where its bytes are, and the name it goes by in reports and the store.
///
/// The two differ when ingest reads a converted copy (a UTF-16 file re-encoded as UTF-8): the
/// importer reads `url` and names every ticket and reject after `name`, the path as the user gave it.
public struct ExportFile: Sendable, Equatable {
    /// The UTF-8 bytes to read.
    public var url: URL
    /// The file as the user named it (`exports/tickets.json`).
    public var name: String

    /// The file at `url`, named `name` (by default its path as given).
    public init(_ url: URL, name: String? = nil) {
        self.url = url
        self.name = name ?? url.relativePath
    }
}
