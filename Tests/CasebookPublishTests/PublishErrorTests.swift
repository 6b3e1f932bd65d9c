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

    @Test("a missing templates folder says where it looked and to pass --templates")
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
        #expect(error.description.contains("--templates"))
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

    @Test("a missing page template is named")
    func missingTemplate() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appending(path: "index.mustache"))
        let site = TestSite()
        defer { site.cleanUp() }
        let error = try #require(throws: PublishError.self) {
            try site.publish(try Fixtures.helpCenter(), templates: folder)
        }
        #expect(error.reason == .templateMissing)
        #expect(error.path == folder.appending(path: "index.mustache").path)
        #expect(error.exitCode == .configuration)
    }

    @Test("an output folder that cannot be written is an I/O error naming the path")
    func unwritableOutput() throws {
        let blocker = FileManager.default.temporaryDirectory.appending(path: "casebook-blocker-\(UUID().uuidString)")
        try Data("a file, not a folder".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let context = PipelineContext(store: try Fixtures.helpCenter(), clock: .fixed(TestSite.now))
        let stage = PublishStage(outputFolder: blocker.appending(path: "site"), templatesFolder: TestSite.templates)
        let error = try #require(throws: PublishError.self) { try stage.run(in: context) }
        #expect(error.exitCode == .ioError)
        #expect(error.description.contains(blocker.path))
        #expect(error.description.contains("--out"))
    }
}
