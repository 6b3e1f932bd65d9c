import Foundation
import Testing

@Suite("Reviewed articles as files: export, edit, import, publish from the folder")
struct ArticleFilesTests {
    /// A copy of the sample run's store in a fresh folder, with the arguments that point at it.
    func setUp() throws -> (folder: TemporaryFolder, store: [String]) {
        let run = try #require(SampleRun.shared, "the sample run could not start")
        let folder = try TemporaryFolder()
        let db = try run.copyStore(into: folder.url)
        let config = CasebookProcess.repository.appendingPathComponent("Samples/casebook.yml").path
        return (folder, ["--db", db, "--config", config])
    }

    /// How many articles the sample run left live (one per cluster it found; not fixed by this test).
    func liveCount(_ store: [String], in folder: TemporaryFolder) throws -> Int {
        let list = try CasebookProcess.run(["review", "list", "--json"] + store, in: folder.url)
        let envelope = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any]
        let articles = envelope?["data"] as? [[String: Any]] ?? []
        return articles.filter { ["approved", "published"].contains($0["state"] as? String ?? "") }.count
    }

    @Test("export → edit one file → import → publish shows the edit; publish --from kb gives the same bytes")
    func roundTrip() throws {
        let (folder, store) = try setUp()
        let export = try CasebookProcess.run(["export", "articles", "kb"] + store, in: folder.url)
        #expect(export.status == 0, "stderr: \(export.stderr)")
        let live = try liveCount(store, in: folder)
        #expect(live >= 20)
        #expect(export.stdout.contains("\(live) written"))
        let files = try folder.files(under: "kb")
        #expect(files.count == live)
        let (path, data) = try #require(files.sorted { $0.key < $1.key }.first { $0.key.hasPrefix("en/") })
        var text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("---\nid: "))
        for key in [
            "slug:", "title:", "language: en", "category:", "state: approved", "revision: 1", "approved_by:",
            "approved_at:", "sources: [\"",
        ] {
            #expect(text.contains("\n\(key)"), "no \(key) in \(path)")
        }
        text += "\nA sentence our editor added in the pull request.\n"
        try folder.write(text, to: "kb/\(path)")

        let imported = try CasebookProcess.run(
            ["import", "articles", "kb", "--editor", "ana"] + store, in: folder.url)
        #expect(imported.status == 0, "stderr: \(imported.stderr)")
        #expect(imported.stdout.contains("1 updated, 0 new, \(live - 1) unchanged, 0 refused"))

        let fromStore = try CasebookProcess.run(["publish", "--out", "site-store"] + store, in: folder.url)
        #expect(fromStore.status == 0, "stderr: \(fromStore.stderr)")
        let slug = String(path.dropFirst(3).dropLast(3))
        let page = String(
            decoding: try #require(try folder.files(under: "site-store")["articles/\(slug).html"]), as: UTF8.self)
        #expect(page.contains("A sentence our editor added in the pull request."))

        // CI: no store at all, only the folder and the configuration.
        let config = CasebookProcess.repository.appendingPathComponent("Samples/casebook.yml").path
        let fromFolder = try CasebookProcess.run(
            ["publish", "--from", "kb", "--out", "site-kb", "--config", config, "--db", "no-such-store.sqlite"],
            in: folder.url)
        #expect(fromFolder.status == 0, "stderr: \(fromFolder.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("no-such-store.sqlite")))
        let a = try folder.files(under: "site-store")
        let b = try folder.files(under: "site-kb")
        #expect(a.keys.sorted() == b.keys.sorted())
        for (file, bytes) in a { #expect(b[file] == bytes, "\(file) differs between the store and kb/") }
    }

    @Test("an edit made on a stale revision is refused, naming the file and what to do; nothing of it is saved")
    func staleBase() throws {
        let (folder, store) = try setUp()
        _ = try CasebookProcess.run(["export", "articles", "kb"] + store, in: folder.url)
        let (path, data) = try #require(try folder.files(under: "kb").sorted { $0.key < $1.key }.first)
        let id = try #require(
            String(decoding: data, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("id: ") }?.dropFirst(4))
        try folder.write("Someone else's newer text.\n", to: "other.md")
        let edit = try CasebookProcess.run(
            ["review", "edit", String(id), "--body", "other.md", "--editor", "bo"] + store, in: folder.url)
        #expect(edit.status == 0, "stderr: \(edit.stderr)")
        try folder.write(String(decoding: data, as: UTF8.self) + "\nMy edit on the old text.\n", to: "kb/\(path)")
        let imported = try CasebookProcess.run(["import", "articles", "kb", "--editor", "ana"] + store, in: folder.url)
        #expect(imported.status == 65)
        #expect(
            imported.stderr.contains("kb/\(path): edited from revision 1, but article \(id) is at revision 2 (by bo"))
        #expect(imported.stderr.contains("redo the edit"))
        let show = try CasebookProcess.run(["review", "show", String(id)] + store, in: folder.url)
        #expect(!show.stdout.contains("My edit on the old text."))
        // Export does not overwrite the unimported edit either.
        let again = try CasebookProcess.run(["export", "articles", "kb"] + store, in: folder.url)
        #expect(again.status == 65)
        #expect(again.stderr.contains("has edits that were not imported"))
        #expect(String(decoding: try #require(try folder.files(under: "kb")[path]), as: UTF8.self).contains("My edit"))
    }

    @Test("the exported folder holds none of the Samples' personal data")
    func publicSafe() throws {
        let (folder, store) = try setUp()
        let export = try CasebookProcess.run(["export", "articles", "kb"] + store, in: folder.url)
        #expect(export.status == 0, "stderr: \(export.stderr)")
        let drafts = try CasebookProcess.run(["export", "drafts", "review"] + store, in: folder.url)
        #expect(drafts.status == 0, "stderr: \(drafts.stderr)")
        let files = try folder.files(under: "kb").mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(files.count == (try liveCount(store, in: folder)))
        try PersonalData.samples().expectAbsent(from: files)
    }

    @Test("an editor's personal data in an edited file is refused at import")
    func privacyCheckOnImport() throws {
        let (folder, store) = try setUp()
        _ = try CasebookProcess.run(["export", "articles", "kb"] + store, in: folder.url)
        let (path, data) = try #require(try folder.files(under: "kb").sorted { $0.key < $1.key }.first)
        try folder.write(
            String(decoding: data, as: UTF8.self) + "\nWrite to marta.lindqvist@example.com.\n", to: "kb/\(path)")
        let imported = try CasebookProcess.run(["import", "articles", "kb", "--editor", "ana"] + store, in: folder.url)
        #expect(imported.status == 65)
        #expect(imported.stderr.contains("personal data (email)"), "stderr: \(imported.stderr)")
        #expect(!imported.stderr.contains("marta.lindqvist@"), "the value itself is never printed")
    }
}
