import Foundation
import Testing

/// The whole pipeline on `Samples/`, run once through the real executable and shared by the tests.
final class SampleRun: Sendable {
    let folder: URL
    let result: CasebookProcess.Result
    let site: URL

    static let shared: SampleRun? = try? SampleRun()

    private init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "casebook-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let samples = CasebookProcess.repository.appendingPathComponent("Samples")
        self.folder = folder
        site = folder.appendingPathComponent("site")
        result = try CasebookProcess.run(
            [
                "run", "--db", folder.appendingPathComponent("store.sqlite").path,
                "--config", samples.appendingPathComponent("casebook.yml").path,
                "--out", site.path, "--approve-all", "--editor", "test suite",
                samples.appendingPathComponent("zendesk-export.json").path,
                samples.appendingPathComponent("tickets.csv").path,
            ], in: folder)
    }

    /// A private copy of the run's store in `folder` (`store.sqlite`), for tests that change it.
    func copyStore(into folder: URL) throws -> String {
        let target = folder.appendingPathComponent("store.sqlite")
        for suffix in ["", "-wal"] {
            let source = self.folder.appendingPathComponent("store.sqlite" + suffix)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: target.path + suffix))
            }
        }
        return target.path
    }

    /// Every published file's text, by path relative to the site.
    func publishedFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        let root = site.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil) else {
            return files
        }
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            let path = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
            files[path] = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        }
        return files
    }
}

@Suite("The sample run, end to end")
struct SampleRunTests {
    func run() throws -> SampleRun {
        try #require(SampleRun.shared, "the sample run could not start")
    }

    @Test("runs every stage on Samples/ and exits 0")
    func succeeds() throws {
        let run = try run()
        #expect(run.result.status == 0, "stderr: \(run.result.stderr)")
        for stage in ["ingest:", "cluster:", "draft:", "approve:", "publish:"] {
            #expect(run.result.stdout.contains(stage), "no \(stage) line in \(run.result.stdout)")
        }
        #expect(FileManager.default.fileExists(atPath: run.site.appendingPathComponent("index.html").path))
    }

    @Test("publishes one article per recurring problem, in English and French")
    func articles() throws {
        let files = try run().publishedFiles()
        let pages = files.filter { $0.key.hasPrefix("articles/") && $0.key.hasSuffix(".html") }
        #expect((20...30).contains(pages.count), "published \(pages.count) articles")
        let french = pages.values.filter { $0.contains("<html lang=\"fr\"") }.count
        let english = pages.values.filter { $0.contains("<html lang=\"en\"") }.count
        #expect(french >= 5, "\(french) French articles")
        #expect(english >= 12, "\(english) English articles")
        #expect(french + english == pages.count)
    }

    @Test("no personal data or internal-note text from the samples reaches the site")
    func nothingPrivate() throws {
        let files = try run().publishedFiles()
        #expect(!files.isEmpty)
        try PersonalData.samples().expectAbsent(from: files)
    }

    @Test("ingesting the same exports again changes no counts")
    func idempotentIngest() throws {
        let run = try run()
        let db = run.folder.appendingPathComponent("store.sqlite").path
        let before = try CasebookProcess.run(["status", "--db", db, "--json"], in: run.folder)
        let samples = CasebookProcess.repository.appendingPathComponent("Samples")
        let again = try CasebookProcess.run(
            [
                "ingest", "--db", db, "--json", samples.appendingPathComponent("zendesk-export.json").path,
                samples.appendingPathComponent("tickets.csv").path,
            ], in: run.folder)
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(again.stdout.contains("\"inserted\" : 0"))
        let after = try CasebookProcess.run(["status", "--db", db, "--json"], in: run.folder)
        func counts(_ json: String) throws -> [String: Int] {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let data = object?["data"] as? [String: Any]
            let status = data?["status"] as? [String: Any] ?? [:]
            return status.compactMapValues { $0 as? Int }.filter { $0.key != "auditEvents" }
        }
        let countsBefore = try counts(before.stdout)
        #expect((countsBefore["tickets"] ?? 0) > 300)
        #expect(try counts(after.stdout) == countsBefore)
    }

    @Test("publishing the same store again gives byte-identical files")
    func deterministic() throws {
        let run = try run()
        let db = run.folder.appendingPathComponent("store.sqlite").path
        let other = run.folder.appendingPathComponent("site-again").path
        let again = try CasebookProcess.run(
            [
                "publish", "--db", db, "--out", other,
                "--config", CasebookProcess.repository.appendingPathComponent("Samples/casebook.yml").path,
            ], in: run.folder)
        #expect(again.status == 0, "stderr: \(again.stderr)")
        let first = try run.publishedFiles().filter { !$0.key.hasPrefix(".") }
        var second: [String: String] = [:]
        let root = URL(fileURLWithPath: other)
        for (path, _) in first {
            second[path] = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        #expect(first == second)
    }
}
