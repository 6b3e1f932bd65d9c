import CasebookCore
import CasebookPublish
import Foundation
import Testing

/// Every template's output, byte for byte (see `Support/Golden.swift` to regenerate after an intended change).
@Suite("Templates (golden files)")
struct TemplateGoldenTests {
    /// Published page → golden file. Covers index.mustache (one and several languages), article.mustache
    /// (English and French) and, through them, every partial.
    static let pages: [(page: String, golden: String)] = [
        ("index.html", "index.html"),
        ("articles/update-payment-card.html", "article-en.html"),
        ("articles/mot-de-passe-oublie.html", "article-fr.html"),
        ("articles/reset-password.html", "article-toc.html"),
        ("fr/index.html", "index-fr.html"),
        ("categories/en-billing.html", "category-en.html"),
        ("search.html", "search.html"),
        ("404.html", "404.html"),
    ]

    @Test("the help center's pages match their golden files", arguments: pages.map(\.page))
    func helpCenterPage(page: String) throws {
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(try Fixtures.helpCenter())
        let golden = try #require(Self.pages.first { $0.page == page }?.golden)
        try Golden.expectMatch(try site.text(page), named: golden)
    }

    @Test("a one-language home page matches its golden file")
    func oneLanguageIndex() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(try Fixtures.store(Fixtures.english))
        try Golden.expectMatch(try site.text("index.html"), named: "index-one-language.html")
    }

    @Test("an empty site's home page matches its golden file")
    func emptyIndex() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(try Fixtures.store(Fixtures.unpublished), configuration: CasebookConfiguration())
        try Golden.expectMatch(try site.text("index.html"), named: "index-empty.html")
    }

    @Test("every template is covered: pages by golden files, the layout and partials by the pages")
    func everyTemplateIsCovered() throws {
        let files = try FileIO.live.listFiles(TestSite.templates).filter { $0.hasSuffix(".mustache") }
        let sources = try files.map { try String(contentsOf: TestSite.templates.appending(path: $0), encoding: .utf8) }
        let goldens = try FileIO.live.listFiles(Golden.folder)
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            if ["index", "article", "category", "search", "404"].contains(name) {
                #expect(goldens.contains { $0.hasPrefix(name) }, "\(file) has no golden file")
            } else {
                let used = sources.contains { $0.contains("{{> \(name)}}") || $0.contains("{{<\(name)}}") }
                #expect(used, "\(file) is not used by any template")
            }
        }
    }

    @Test("only the rendered article body and the script-escaped JSON-LD are emitted unescaped")
    func onlyTheBodyIsUnescaped() throws {
        for file in try FileIO.live.listFiles(TestSite.templates) where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: TestSite.templates.appending(path: file), encoding: .utf8)
            let triples = text.components(separatedBy: "{{{").dropFirst().map { $0.prefix { $0 != "}" } }
            #expect(
                triples.allSatisfy { ["article.bodyHTML", "page.jsonLD"].contains($0) },
                "\(file) emits \(triples) unescaped")
            #expect(!text.contains("{{&"), "\(file) emits a value unescaped with {{&")
        }
    }
}

/// Publishes the fixture help center into `$CASEBOOK_PREVIEW_SITE` to look at it in a browser while working on
/// the templates: `CASEBOOK_PREVIEW_SITE=/tmp/site swift test --filter PreviewSite`. Skipped otherwise.
@Suite("PreviewSite")
struct PreviewSite {
    static let folder = ProcessInfo.processInfo.environment["CASEBOOK_PREVIEW_SITE"]

    @Test("publish the fixture help center for a look", .enabled(if: folder != nil))
    func publishPreview() throws {
        let output = URL(filePath: try #require(Self.folder))
        let context = PipelineContext(
            store: try Fixtures.helpCenter(), configuration: Fixtures.configuration, clock: .fixed(TestSite.now))
        let report = try PublishStage(outputFolder: output).publish(in: context)
        #expect(report.articles > 0)
    }
}
