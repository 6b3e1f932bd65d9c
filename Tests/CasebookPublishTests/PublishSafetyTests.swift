import CasebookCore
import CasebookPublish
import Foundation
import GRDB
import Testing

/// Trustworthy publishing: strict templates, the link check, `--check`, incremental rendering and the swap.
@Suite("Publishing safely")
struct PublishSafetyTests {
    /// A site theme folder holding `files` (path → text) over the built-in theme.
    private func theme(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "casebook-theme-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test("a name the view model lacks is an error with file, line and column, and nothing is written")
    func unknownName() throws {
        let folder = try theme([
            "category.mustache":
                "{{<layout}}{{$content}}\n<h1>{{name}}</h1>\n  <p>{{countLable}}</p>\n{{/content}}{{/layout}}\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = TestSite()
        defer { site.cleanUp() }
        let error = try #require(throws: PublishError.self) {
            try site.publish(try Fixtures.helpCenter(), templates: folder)
        }
        #expect(error.description.hasPrefix(folder.appending(path: "category.mustache").path + ":3:6: {{countLable}}"))
        #expect(error.exitCode == .configuration)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test("a missing partial is an error naming where it is included")
    func missingPartial() throws {
        let folder = try theme(["partials/footer.mustache": "<footer>\n{{> partials/legal}}\n</footer>\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = TestSite()
        defer { site.cleanUp() }
        let error = try #require(throws: PublishError.self) {
            try site.publish(try Fixtures.helpCenter(), templates: folder)
        }
        #expect(
            error.description.hasPrefix(
                folder.appending(path: "partials/footer.mustache").path
                    + ":2:1: the partial partials/legal does not exist"))
    }

    @Test("a broken internal link fails the publish and leaves the previous site as it was")
    func brokenLink() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        let store = try Fixtures.store(Fixtures.english)
        try site.publish(store)
        let before = try site.snapshot()
        try store.write { db in
            try ArticleSeed(
                slug: "dangling", title: "Dangling", category: "Billing",
                body: "See [the old page](old-page.html) and [step two](reset-password.html#step-two)."
            ).insert(in: db)
        }
        let error = try #require(throws: PublishError.self) { try site.publish(store) }
        #expect(
            error.description.hasPrefix(
                "articles/dangling.html: 2 broken internal links (articles/old-page.html, "
                    + "articles/reset-password.html#step-two)"))
        #expect(error.exitCode == .dataRejected)
        #expect(try site.snapshot() == before)
    }

    @Test("publish --check renders and checks everything and writes nothing")
    func checkOnly() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        let report = try site.publish(try Fixtures.helpCenter(), checkOnly: true)
        #expect(report.rendered == 104)
        #expect(report.linksChecked > 100)
        #expect(report.summary.hasPrefix("checked 8 articles (en, fr): 104 files rendered"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test("changing one article renders only the files that show it")
    func incremental() throws {
        let store = try Fixtures.helpCenter()
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(store)
        try store.write { db in
            try db.execute(
                sql: """
                    UPDATE articleRevision SET body = 'Sync waits when the app is offline. Restart it.'
                    WHERE articleID = (SELECT id FROM article WHERE slug = 'sync-stuck')
                    """)
        }
        let report = try site.publish(store)
        // The page itself, its category page, the English home (it is among the most asked), the English
        // feed, and the English search index's bucket (one document file and its 37 letter files).
        #expect(report.rendered == 42)
        #expect(site.written.contains("articles/sync-stuck.html"))
        #expect(site.written.contains("categories/en-troubleshooting.html"))
        #expect(!site.written.contains { $0.hasPrefix("articles/") && $0 != "articles/sync-stuck.html" })
        #expect(!site.written.contains { $0.hasPrefix("assets/search/fr/") })
        #expect(try site.text("articles/sync-stuck.html").contains("Sync waits when the app is offline."))
        let again = try site.publish(store)
        #expect(again.rendered == 0 && again.filesWritten == 0)
    }

    @Test("leftovers of a killed publish never reach the site; files publish did not write are kept")
    func leftovers() throws {
        let store = try Fixtures.store(Fixtures.english)
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(store)
        try site.publish(store)  // the previous site now waits in the hidden `next` folder
        // A publish by an earlier version killed mid-write, and a new one killed while assembling.
        try Data("partial".utf8).write(to: site.output.appending(path: "articles/.dat.nosync1a2b.XyZ123"))
        try Data(".nojekyll".utf8).write(to: site.output.appending(path: ".nojekyll"))
        let next = site.output.deletingLastPathComponent().appending(
            path: ".\(site.output.lastPathComponent).casebook-next")
        try FileManager.default.createDirectory(at: next.appending(path: "articles"), withIntermediateDirectories: true)
        // (publish never writes into a file in place, so a cut write is a new file, not a changed one)
        try FileManager.default.removeItem(at: next.appending(path: "articles/reset-password.html"))
        try Data("half".utf8).write(to: next.appending(path: "articles/reset-password.html"))
        // A killed assembly leaves the folder without its manifest (kept beside the site, filed by folder).
        let attributes = try FileManager.default.attributesOfItem(atPath: next.path)
        let identity = "\(attributes[.systemNumber] ?? 0)-\(attributes[.systemFileNumber] ?? 0)"
        let state = site.output.deletingLastPathComponent().appending(
            path: ".\(site.output.lastPathComponent).casebook-state")
        try FileManager.default.removeItem(at: state.appending(path: "\(identity).manifest"))
        try site.publish(store)
        let files = try FileIO.live.listFiles(site.output)
        #expect(!files.contains { $0.contains(".dat.nosync") })
        #expect(files.contains(".nojekyll"))
        #expect(!files.contains { $0.contains("casebook") }, "publish's own state reached the site")
        #expect(!(try site.text("articles/reset-password.html")).contains("half"))
        #expect(try site.text("articles/reset-password.html").hasPrefix("<!DOCTYPE html>"))
    }

    @Test("a private site is noindex everywhere, disallows robots and has no sitemap")
    func privateSite() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        var configuration = Fixtures.configuration
        configuration.site.visibility = .private
        try site.publish(try Fixtures.helpCenter(), configuration: configuration)
        #expect(try site.text("robots.txt").contains("Disallow: /"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appending(path: "sitemap.xml").path))
        for (path, text) in try site.publishedTexts() where path.hasSuffix(".html") {
            #expect(text.contains("<meta name=\"robots\" content=\"noindex"), "\(path) is indexable")
        }
    }

    @Test("feedback posts a plain form to site.feedback_url, or falls back to a mailto: contact")
    func feedback() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        var configuration = Fixtures.configuration
        configuration.site.feedbackURL = "https://forms.example.com/helpful"
        try site.publish(try Fixtures.store(Fixtures.english), configuration: configuration)
        let page = try site.text("articles/reset-password.html")
        #expect(
            page.contains("<form class=\"feedback-form\" method=\"post\" action=\"https://forms.example.com/helpful\">")
        )
        #expect(page.contains("<button type=\"submit\" name=\"helpful\" value=\"yes\">Yes</button>"))
        configuration.site.feedbackURL = nil
        configuration.site.contactURL = "mailto:help@acme.test"
        try site.publish(try Fixtures.store(Fixtures.english), configuration: configuration)
        let mail = try site.text("articles/reset-password.html")
        #expect(mail.contains("href=\"mailto:help@acme.test?subject=Feedback:%20reset-password%20%E2%80%94%20Yes\""))
        #expect(mail.contains("<a href=\"mailto:help@acme.test\">Contact our support team.</a>"))
    }
}
