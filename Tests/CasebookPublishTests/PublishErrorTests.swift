import CasebookCore
import CasebookPublish
import Foundation
import Testing

@Suite("PublishError")
struct PublishErrorTests {
    /// A copy of the shipped templates in a temporary folder, to break on purpose.
    private func templatesCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "casebook-templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSite.templates, to: folder)
        return folder
    }

    @Test("a missing theme folder says where it looked and how to fix it")
    func missingFolder() throws {
        let site = TestSite()
        defer { site.cleanUp() }
        let nowhere = URL(filePath: "/nonexistent/casebook-templates")
        let error = try #require(throws: PublishError.self) {
            try site.publish(try Fixtures.helpCenter(), templates: nowhere)
        }
        #expect(error.reason == .templatesFolderMissing)
        #expect(error.exitCode == .noInput)
        #expect(error.description.hasPrefix("/nonexistent/casebook-templates: "))
        #expect(error.description.contains("casebook theme eject"))
        #expect(!error.description.contains("\n"))
    }

    @Test("a template that does not parse is named, with line and column, and exits 78")
    func invalidTemplate() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appending(path: "article.mustache")
        try Data("<h1>{{article.title}}</h1>\n<p>{{#article.hasRelated}}x{{/article.related}}</p>\n".utf8).write(
            to: broken)
        let site = TestSite()
        defer { site.cleanUp() }
        let error = try #require(throws: PublishError.self) {
            try site.publish(try Fixtures.helpCenter(), templates: folder)
        }
        guard case .invalidTemplate(let line, let column, _) = error.reason else {
            Issue.record("unexpected reason \(error.reason)")
            return
        }
        #expect(line == 2)
        #expect(column != nil)
        #expect(error.exitCode == .configuration)
        #expect(error.description.hasPrefix("\(broken.path):2:"))
        #expect(error.description.contains("does not match"))
        #expect(!error.description.contains("\n"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test("a site's theme overrides single files; the built-in theme fills the gaps")
    func siteThemeOverridesOneFile() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "casebook-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appending(path: "partials"), withIntermediateDirectories: true)
        try Data("<footer class=\"site-footer\">Our own footer</footer>\n".utf8).write(
            to: folder.appending(path: "partials/footer.mustache"))
        try FileManager.default.createDirectory(
            at: folder.appending(path: "strings"), withIntermediateDirectories: true)
        try Data("home: Start\n".utf8).write(to: folder.appending(path: "strings/en.yml"))
        let site = TestSite()
        defer { site.cleanUp() }
        try site.publish(try Fixtures.helpCenter(), templates: folder)
        let page = try site.text("articles/update-payment-card.html")
        #expect(page.contains("Our own footer"))
        #expect(!page.contains("Contact our support team"))
        #expect(page.contains(">Start</a>"), "the site's strings override the built-in key")
        #expect(page.contains("Last updated"), "keys the site does not override stay built-in")
        #expect(page.contains("<main id=\"main\""), "the layout still comes from the built-in theme")
        let theme = try Theme(overrides: folder)
        #expect(theme.origin(of: "partials/footer.mustache") == .site)
        #expect(theme.origin(of: "layout.mustache") == .builtIn)
        #expect(theme.files.filter(\.overridesBuiltIn).map(\.path) == ["partials/footer.mustache", "strings/en.yml"])
    }

    @Test("a strings file that is not text is named with the key")
    func invalidStrings() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "casebook-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appending(path: "strings"), withIntermediateDirectories: true)
        try Data("home: [not, text]\n".utf8).write(to: folder.appending(path: "strings/en.yml"))
        let site = TestSite()
        defer { site.cleanUp() }
        let error = try #require(throws: PublishError.self) {
            try site.publish(try Fixtures.helpCenter(), templates: folder)
        }
        #expect(error.exitCode == .configuration)
        #expect(error.description.hasPrefix(folder.appending(path: "strings/en.yml").path + ": home: expected text"))
    }

    @Test("an output folder that cannot be written is an I/O error naming the path")
    func unwritableOutput() throws {
        let blocker = FileManager.default.temporaryDirectory.appending(path: "casebook-blocker-\(UUID().uuidString)")
        try Data("a file, not a folder".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let context = PipelineContext(store: try Fixtures.helpCenter(), clock: .fixed(TestSite.now))
        let stage = PublishStage(outputFolder: blocker.appending(path: "site"))
        let error = try #require(throws: PublishError.self) { try stage.run(in: context) }
        #expect(error.exitCode == ExitStatus.ioError)
        #expect(error.description.contains(blocker.path))
        #expect(error.description.contains("--out"))
    }
}
