import CasebookCore
import CasebookPublish
import Foundation
import GRDB
import Testing

@Suite("PublishStage")
struct PublishStageTests {
    @Test("only approved articles are published, in their current revision, with nothing private")
    func onlyApprovedCurrentAndPublic() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        let report = try site.publish(try Fixtures.helpCenter())
        let texts = try site.publishedTexts()
        let pages = texts.keys.filter { $0.hasPrefix("articles/") }.sorted()
        let approved = (Fixtures.english + Fixtures.french).map { "articles/\($0.slug).html" }.sorted()
        #expect(pages == approved)
        #expect(report.articles == approved.count)
        #expect(report.skipped.isEmpty)
        for (path, text) in texts {
            for marker in Fixtures.privateMarkers {
                #expect(!text.contains(marker), "\(path) leaks \(marker)")
            }
        }
        let card = try site.text("articles/update-payment-card.html")
        #expect(card.contains("you can replace it yourself in a minute"))
        #expect(!card.contains("(suggested)"))
    }

    @Test("titles and categories are escaped everywhere they appear")
    func escaping() throws {
        let hostile = "<script>alert(1)</script> & \"quotes\""
        let site = TestSite()
        defer { site.cleanUp() }
        let seeds = [
            ArticleSeed(slug: "hostile", title: hostile, category: hostile, body: "Body with <b>tags</b>."),
            ArticleSeed(slug: "neighbour", title: "Neighbour", category: hostile, body: "Plain."),
        ]
        try site.publish(try Fixtures.store(seeds))
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"
        for path in ["index.html", "articles/hostile.html", "articles/neighbour.html"] {
            let text = try site.text(path)
            #expect(!text.contains("<script>alert"), "\(path) holds the title's script tag")
            #expect(!text.contains("<b>"), "\(path) holds raw HTML from the body")
            #expect(text.contains(escaped), "\(path) does not show the escaped title")
        }
        #expect(try site.text("articles/hostile.html").contains("<title>\(escaped) · Acme Help Center</title>"))
    }

    @Test("publishing twice gives byte-identical files, and the second run writes nothing")
    func deterministic() throws {
        let store = try Fixtures.helpCenter()
        let first = TestSite()
        let second = TestSite()
        defer {
            first.cleanUp()
            second.cleanUp()
        }
        let report = try first.publish(store)
        let snapshot = try first.snapshot()
        // 2 homes, 2 search pages, 6 category pages, the 404 page, 8 articles; 3 theme assets, 2 feeds, the
        // sitemap, robots.txt, and per language the search index's meta, 37 letter files and documents.
        #expect(report.pagesWritten == 19)
        #expect(report.assetsWritten == 85)
        let again = try first.publish(store)
        #expect(first.written.isEmpty)
        #expect(first.removed.isEmpty)
        #expect(again.filesWritten == 0)
        #expect(again.unchanged == 104)
        #expect(again.rendered == 0)
        #expect(try first.snapshot() == snapshot)
        try second.publish(try Fixtures.helpCenter())
        #expect(try second.snapshot() == snapshot)
    }

    @Test("a page that leaves the site is removed; files publish did not write survive")
    func removesOnlyItsOwnFiles() throws {
        let store = try Fixtures.helpCenter()
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(store)
        let foreign = site.output.appending(path: "articles/keep-me.html")
        try Data("mine".utf8).write(to: foreign)
        try Data("cname".utf8).write(to: site.output.appending(path: "CNAME"))
        let id = try #require(
            try store.read { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE slug = 'download-invoice'")
            })
        try ArticleLedger(store: store, clock: .fixed(TestSite.now)).apply(.archive, to: [id], by: "ana")
        let report = try site.publish(store)
        #expect(report.removed == 1)
        #expect(site.removed == ["articles/download-invoice.html"])
        #expect(
            !FileManager.default.fileExists(atPath: site.output.appending(path: "articles/download-invoice.html").path))
        #expect(FileManager.default.fileExists(atPath: foreign.path))
        #expect(FileManager.default.fileExists(atPath: site.output.appending(path: "CNAME").path))
        #expect(!(try site.text("index.html")).contains("download-invoice"))
        #expect(site.written.contains("index.html"))
    }

    @Test("a manifest entry pointing outside the site is ignored")
    func manifestCannotEscape() throws {
        let outside = FileManager.default.temporaryDirectory.appending(path: "casebook-outside-\(UUID().uuidString)")
        try Data("precious".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let site = TestSite()
        defer { site.cleanUp() }
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        let manifest = "../\(outside.lastPathComponent)\n\(outside.path)\n.git/config\n"
        try Data(manifest.utf8).write(to: site.output.appending(path: ".casebook-manifest"))
        try site.publish(try Fixtures.store(Fixtures.english))
        #expect(FileManager.default.fileExists(atPath: outside.path))
        #expect(site.removed.isEmpty)
    }

    @Test("a French article gets lang=fr and French words; English pages stay English")
    func french() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(try Fixtures.helpCenter())
        let french = try site.text("articles/mot-de-passe-oublie.html")
        #expect(french.contains("<html lang=\"fr\">"))
        #expect(french.contains("Accueil"))
        #expect(french.contains("Mis à jour le <time datetime=\"2025-03-02\">2 mars 2025</time>"))
        #expect(french.contains("Aller au contenu"))
        let english = try site.text("articles/reset-password.html")
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("Last updated <time datetime=\"2025-02-20\">February 20, 2025</time>"))
        let home = try site.text("fr/index.html")
        #expect(home.contains("<html lang=\"fr\">"))
        #expect(home.contains("<h2 id=\"popular-title\">Les plus demandés</h2>"))
        #expect(
            try site.text("index.html").contains("<a href=\"fr/index.html\" hreflang=\"fr\" lang=\"fr\">Français</a>"))
    }

    @Test("an unknown language falls back to English words")
    func otherLanguage() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(
            try Fixtures.store([
                ArticleSeed(slug: "ciao", title: "Ciao", category: "Conto", language: "it", body: "Testo."),
                ArticleSeed(slug: "hallo", title: "Hallo", category: "Konto", language: "de", body: "Text."),
            ]))
        let page = try site.text("articles/ciao.html")
        #expect(page.contains("<html lang=\"it\">"))
        #expect(page.contains(">Home</a>"))
        let german = try site.text("articles/hallo.html")
        #expect(german.contains(">Startseite</a>"), "German has built-in strings")
    }

    @Test("no asset, script or stylesheet is loaded from another host")
    func noRemoteAssets() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(try Fixtures.helpCenter())
        for (path, text) in try site.publishedTexts() {
            let lowered = text.lowercased()
            for pattern in ["src=\"http", "src=\"//", "@import", "url(http", "url(//"] {
                #expect(!lowered.contains(pattern), "\(path) contains \(pattern)")
            }
            for line in lowered.split(separator: "\n") where path.hasSuffix(".html") && line.contains("<script") {
                #expect(
                    line.contains("src=\"../assets/search.js\"") || line.contains("src=\"assets/search.js\"")
                        || line.contains("type=\"application/ld+json\""), "\(path): \(line)")
            }
            // Only the canonical URL and the language alternates name the site's own absolute address.
            for line in lowered.split(separator: "\n")
            where path.hasSuffix(".html") && line.contains("<link") && !line.contains("canonical")
                && !line.contains("hreflang")
            {
                #expect(!line.contains("http://") && !line.contains("https://"), "\(path): \(line)")
            }
        }
    }

    @Test("links are relative; the canonical link appears only with an absolute base URL")
    func linksAndCanonical() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(try Fixtures.helpCenter())
        let article = try site.text("articles/reset-password.html")
        #expect(article.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        #expect(
            article.contains("<link rel=\"canonical\" href=\"https://help.example.com/articles/reset-password.html\">"))
        #expect(article.contains("href=\"../categories/en-account-sign-in.html\""))
        #expect(try site.text("index.html").contains("href=\"articles/reset-password.html\""))
        try site.publish(try Fixtures.helpCenter(), configuration: CasebookConfiguration())
        #expect(!(try site.text("articles/reset-password.html")).contains("canonical"))
    }

    @Test("the report says what happened and where the site is; the run is audited")
    func reportAndAudit() throws {
        let store = try Fixtures.helpCenter()
        let site = TestSite()
        defer { site.cleanUp() }
        let report = try site.publish(store)
        #expect(report.stage == "publish")
        #expect(report.languages == ["en", "fr"])
        #expect(report.indexPath == site.output.appending(path: "index.html").path)
        #expect(report.summary.hasSuffix("site at \(report.indexPath)"))
        #expect(report.summary.hasPrefix("published 8 articles (en, fr): 104 files written, 0 unchanged, 0 removed"))
        let events = try store.read { db in
            try AuditEvent.filter(Column("action") == AuditEvent.Action.published.rawValue).fetchAll(db)
        }
        #expect(events.filter { $0.subjectType == "article" }.count == 8)
        #expect(events.filter { $0.subjectType == "site" }.count == 1)
        #expect(events.allSatisfy { $0.at == TestSite.now })
    }

    @Test("an approved article that cannot be published is skipped and counted, the rest still published")
    func skipsBadArticles() throws {
        let store = try Fixtures.store([
            ArticleSeed(slug: "good", title: "Good", category: "Billing", body: "Fine."),
            ArticleSeed(slug: "../escape", title: "Bad slug", category: "Billing", body: "Nope."),
        ])
        try store.write { db in
            var orphan = Article(
                slug: "no-revision", title: "Orphan", category: "Billing", language: "en", state: .approved,
                createdAt: Fixtures.epoch, updatedAt: Fixtures.epoch)
            try orphan.insert(db)
        }
        let site = TestSite()
        defer { site.cleanUp() }
        let report = try site.publish(store)
        #expect(report.articles == 1)
        #expect(report.rejectedCount == 2)
        #expect(report.skipped.map(\.slug).sorted() == ["../escape", "no-revision"])
        #expect(try site.publishedTexts().keys.filter { $0.hasPrefix("articles/") } == ["articles/good.html"])
    }

    @Test("the approved revision is published, not a newer current text nobody approved")
    func approvedRevisionOnly() throws {
        let store = try Fixtures.store([
            ArticleSeed(slug: "reviewed", title: "Reviewed", category: "Billing", body: "The text the editor read.")
        ])
        try store.write { db in
            var article = try #require(try Article.fetchOne(db))
            var newer = ArticleRevision(
                articleID: try #require(article.id), number: 2, title: "Unreviewed", body: "A text nobody read.",
                origin: .draft, author: "casebook", createdAt: Fixtures.epoch)
            try newer.insert(db)
            article.currentRevisionID = newer.id
            try article.update(db)
        }
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(store)
        let page = try site.text("articles/reviewed.html")
        #expect(page.contains("The text the editor read."))
        #expect(!page.contains("A text nobody read."))
        #expect(!page.contains("Unreviewed"))
    }
}
