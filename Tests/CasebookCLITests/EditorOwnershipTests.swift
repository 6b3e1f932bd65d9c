import Foundation
import Testing

@Suite("An editor's edit survives automatic re-drafts, end to end")
struct EditorOwnershipTests {
    @Test("edit → draft again → the edit stays current and published; the new draft waits as a suggestion")
    func editSurvives() throws {
        let folder = try TemporaryFolder()
        let samples = CasebookProcess.repository.appendingPathComponent("Samples")
        let common = [
            "--db", folder.path("store.sqlite"), "--config", samples.appendingPathComponent("casebook.yml").path,
        ]
        let site = [
            "--out", folder.path("site"), "--templates",
            CasebookProcess.repository.appendingPathComponent(
                "Templates"
            ).path,
        ]
        let first = try CasebookProcess.run(
            ["run"] + common + site + [samples.appendingPathComponent("tickets.csv").path], in: folder.url)
        #expect(first.status == 0, "stderr: \(first.stderr)")

        let list = try CasebookProcess.run(["review", "list", "--json"] + common, in: folder.url)
        let envelope = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any]
        let articles = envelope?["data"] as? [[String: Any]] ?? []
        let id = try #require(articles.first?["id"] as? Int)
        let slug = try #require(articles.first?["slug"] as? String)

        let body = "## Fix it\n\n1. Quit the app.\n2. Open it again.\n\nWritten by our editor."
        try folder.write(body, to: "edit.md")
        let edit = try CasebookProcess.run(
            ["review", "edit", String(id), "--body", "edit.md", "--title", "Edited title", "--editor", "ana"] + common,
            in: folder.url)
        #expect(edit.status == 0, "stderr: \(edit.stderr)")
        let approve = try CasebookProcess.run(
            ["review", "approve", String(id), "--editor", "ana"] + common, in: folder.url)
        #expect(approve.status == 0, "stderr: \(approve.stderr)")

        let again = try CasebookProcess.run(["run"] + common + site, in: folder.url)
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(again.stdout.contains("1 suggested"), "stdout: \(again.stdout)")

        let show = try CasebookProcess.run(["review", "show", String(id)] + common, in: folder.url)
        #expect(show.stdout.contains("Written by our editor."))
        #expect(show.stdout.contains("Needs update: the drafter suggests revision"))
        let page = try String(
            contentsOf: folder.url.appendingPathComponent("site/articles/\(slug).html"), encoding: .utf8)
        #expect(page.contains("Written by our editor."))
        #expect(page.contains("Edited title"))
        #expect(!page.contains("The solution"))
    }
}
