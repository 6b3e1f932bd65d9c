import Foundation
import Testing

/// Samples/second plants a unique canary (`INTCANARY-…`) in every internal note and lists every personal
/// value of its export (names, emails, phones, cards, IBANs, addresses, orders, secrets) in
/// `personal-data.txt`; it was written without reading Casebook's code. Every stage runs on it, every
/// draft is approved and published, and neither the drafts nor the site may hold any of them.
@Suite("Canaries through every stage")
struct CanaryTests {
    @Test("no internal-note canary or personal value of Samples/second reaches a draft or the site")
    func nothingPrivateGetsThrough() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "casebook-canary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let second = CasebookProcess.repository.appendingPathComponent("Samples/second")
        try "redaction:\n  public_domains: [ledgerbird.example]\n".write(
            to: folder.appendingPathComponent("casebook.yml"), atomically: true, encoding: .utf8)
        let run = try CasebookProcess.run(
            [
                "run", "--out", "site", "--approve-all", "--editor", "test suite",
                second.appendingPathComponent("zendesk-export.json").path,
                second.appendingPathComponent("tickets.csv").path,
            ], in: folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let exported = try CasebookProcess.run(["export", "drafts", "kb"], in: folder)
        #expect(exported.status == 0, "stderr: \(exported.stderr)")
        var files: [String: String] = [:]
        for name in ["site", "kb"] {
            let root = folder.appendingPathComponent(name)
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                guard ["html", "md", "json", "xml", "txt"].contains(url.pathExtension) else { continue }
                files[url.path] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        #expect(files.keys.contains { $0.hasSuffix(".html") && $0.contains("/articles/") }, "the site has articles")
        let manifest = try String(contentsOf: second.appendingPathComponent("personal-data.txt"), encoding: .utf8)
        let entries = manifest.split(separator: "\n").compactMap { line -> (kind: String, value: String)? in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
        #expect(entries.filter { $0.kind == "canary" }.count > 100)
        var leaks: [String] = []
        for (path, text) in files {
            // Front matter and provenance in exported drafts name source tickets by reference only.
            let words = Set(text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init))
            let folded = text.lowercased()
            for entry in entries {
                let value = entry.value.lowercased()
                let found =
                    entry.kind == "name" && !value.contains(" ") ? words.contains(value) : folded.contains(value)
                if found { leaks.append("\(path): \(entry.kind) “\(entry.value)”") }
            }
        }
        #expect(leaks.isEmpty, "\(leaks.count) leaks: \(leaks.prefix(20).joined(separator: "; "))")
    }
}
