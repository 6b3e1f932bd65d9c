import Foundation
import Testing

/// `kill -9` in the middle of `casebook publish`, again and again: the output folder always holds the old
/// site or the new one, whole, never a mix, and no temporary file.
@Suite("Publish survives kill -9")
struct PublishKillTests {
    /// An exported articles folder of `count` approved articles whose every body carries `version`.
    static func articles(_ count: Int, version: String, in folder: URL) throws {
        let english = folder.appendingPathComponent("en")
        try FileManager.default.createDirectory(at: english, withIntermediateDirectories: true)
        for index in 0..<count {
            let text = """
                ---
                id: \(index + 1)
                slug: "article-\(index)"
                title: "Article \(index) about topic \(index % 40)"
                language: en
                category: "Topic \(index % 12)"
                state: approved
                revision: 1
                approved_by: "ana"
                approved_at: 2025-02-19T21:20:00Z
                sources: []
                ---

                Version \(version). Steps for problem \(index): open settings, then retry.

                """
            try Data(text.utf8).write(to: english.appendingPathComponent("article-\(index).md"))
        }
    }

    /// Every regular file below `folder`, relative to it.
    static func files(in folder: URL) -> [String] {
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return found
    }

    /// The version every article page of the site shows, or a description of the mix it holds.
    static func versions(of site: URL) throws -> Set<String> {
        var found: Set<String> = []
        for path in files(in: site) where path.hasPrefix("articles/") {
            let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
            if text.contains("Version A.") { found.insert("A") }
            if text.contains("Version B.") { found.insert("B") }
            if !text.hasSuffix("</html>\n") { found.insert("partial \(path)") }
        }
        return found
    }

    @Test("killed publishes leave the old site or the new one, whole")
    func killNine() throws {
        let folder = try TemporaryFolder()
        let root = folder.url
        try Self.articles(1_500, version: "A", in: root.appendingPathComponent("kb-a"))
        try Self.articles(1_500, version: "B", in: root.appendingPathComponent("kb-b"))
        let first = try CasebookProcess.run(["publish", "--from", "kb-a", "--out", "site", "--quiet"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let site = root.appendingPathComponent("site")
        var outcomes: [String] = []
        for attempt in 0..<16 {
            let source = attempt % 2 == 0 ? "kb-b" : "kb-a"
            let process = Process()
            process.executableURL = CasebookProcess.executable
            process.arguments = ["publish", "--from", source, "--out", "site", "--quiet"]
            process.currentDirectoryURL = root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Spread the kills over the run: rendering, assembling, swapping.
            usleep(UInt32(40_000 + attempt * 45_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let versions = try Self.versions(of: site)
            #expect(versions == ["A"] || versions == ["B"], "attempt \(attempt): \(versions.sorted())")
            outcomes.append(process.terminationReason == .uncaughtSignal ? "killed" : "finished")
            let leftovers = Self.files(in: site).filter { $0.split(separator: "/").contains { $0.hasPrefix(".dat") } }
            #expect(leftovers.isEmpty, "attempt \(attempt): \(leftovers.prefix(3))")
        }
        #expect(outcomes.contains("killed"), "no publish was killed: make the site bigger")
        // The next publish after all that is whole and correct.
        let last = try CasebookProcess.run(["publish", "--from", "kb-b", "--out", "site", "--quiet"], in: root)
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try Self.versions(of: site) == ["B"])
    }
}
