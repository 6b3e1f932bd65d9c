import Foundation

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("casebook-ingest-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` to `name` and returns its URL, relative to the folder (so its `relativePath` is `name`).
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        try write(Data(text.utf8), to: name)
    }

    /// Writes `data` to `name` and returns its URL, relative to the folder.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> URL {
        let file = URL(fileURLWithPath: name, relativeTo: url)
        try data.write(to: file)
        return file
    }
}
