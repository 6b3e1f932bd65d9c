import CasebookCore
import CasebookPublish
import Foundation

/// A site published into a fresh temporary folder with the built-in theme (or a site's own theme folder over
/// it), remembering what the last publish wrote and removed. Call `cleanUp()` when done.
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

    /// The paths (relative to the output folder) the last `publish` wrote.
    var written: [String] { lock.withLock { writes } }
    /// The paths the last `publish` removed.
    var removed: [String] { lock.withLock { removals } }

    /// Publishes `store` into the output folder.
    @discardableResult
    func publish(
        _ store: Store, configuration: CasebookConfiguration = Fixtures.configuration, templates: URL? = nil,
        checkOnly: Bool = false
    ) throws -> PublishReport {
        lock.withLock {
            writes = []
            removals = []
        }
        let context = PipelineContext(store: store, configuration: configuration, clock: .fixed(Self.now))
        let theme = try Theme(overrides: templates, fileIO: context.fileIO)
        let report = try PublishStage(outputFolder: output, theme: theme, checkOnly: checkOnly).publish(in: context)
        lock.withLock {
            writes = report.written
            removals = report.removedPaths
        }
        return report
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

    /// The published pages and assets, as text.
    func publishedTexts() throws -> [String: String] {
        try snapshot().mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: output)
        for role in ["next", "state"] {
            let sibling = output.deletingLastPathComponent().appending(
                path: ".\(output.lastPathComponent).casebook-\(role)")
            try? FileManager.default.removeItem(at: sibling)
        }
    }
}
