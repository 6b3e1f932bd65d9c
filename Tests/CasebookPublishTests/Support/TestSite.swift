import CasebookCore
import CasebookPublish
import Foundation

/// A site published into a fresh temporary folder with the built-in theme (or a site's own theme folder over
/// it), through a file seam
/// that records every write and removal. Call `cleanUp()` when done.
final class TestSite: @unchecked Sendable {
    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(filePath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The repository's theme folder, which the built-in theme is compiled from.
    static let templates = repositoryRoot.appending(path: "Templates").resolvingSymlinksInPath()
    /// The fixed "now" of every publish in the tests.
    static let now = Fixtures.epoch.addingTimeInterval(30 * 86_400)

    let output: URL
    private let lock = NSLock()
    private var writes: [String] = []
    private var removals: [String] = []

    init() {
        output = FileManager.default.temporaryDirectory.appending(path: "casebook-publish-\(UUID().uuidString)")
    }

    /// The paths (relative to the output folder) written since the last `publish` began.
    var written: [String] { lock.withLock { writes } }
    /// The paths removed since the last `publish` began.
    var removed: [String] { lock.withLock { removals } }

    /// Publishes `store` into the output folder.
    @discardableResult
    func publish(
        _ store: Store, configuration: CasebookConfiguration = Fixtures.configuration, templates: URL? = nil
    ) throws -> PublishReport {
        lock.withLock {
            writes = []
            removals = []
        }
        let context = PipelineContext(
            store: store, configuration: configuration, clock: .fixed(Self.now), fileIO: recordingFileIO())
        let theme = try Theme(overrides: templates, fileIO: context.fileIO)
        return try PublishStage(outputFolder: output, theme: theme).publish(in: context)
    }

    /// The text of a published file.
    func text(_ path: String) throws -> String {
        try String(contentsOf: output.appending(path: path), encoding: .utf8)
    }

    /// Every file in the output folder (relative path → bytes).
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileIO.live.listFiles(output) {
            files[path] = try Data(contentsOf: output.appending(path: path))
        }
        return files
    }

    /// The published pages and assets (everything but the manifest), as text.
    func publishedTexts() throws -> [String: String] {
        try snapshot().filter { $0.key != ".casebook-manifest" }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: output)
    }

    private func relative(_ url: URL) -> String {
        let base = output.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    private func recordingFileIO() -> FileIO {
        let live = FileIO.live
        return FileIO(
            read: live.read,
            write: { [self] data, url in
                try live.write(data, url)
                lock.withLock { writes.append(relative(url)) }
            },
            createFolder: live.createFolder,
            remove: { [self] url in
                try live.remove(url)
                lock.withLock { removals.append(relative(url)) }
            },
            exists: live.exists,
            listFiles: live.listFiles)
    }
}
