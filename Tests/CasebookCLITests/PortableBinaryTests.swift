import Foundation
import Testing

@Suite("casebook copied anywhere publishes")
struct PortableBinaryTests {
    @Test("a binary copied into an empty folder with only an export runs init and the whole pipeline there")
    func copiedBinary() throws {
        let folder = try TemporaryFolder()
        let binary = folder.url.appendingPathComponent("casebook")
        try FileManager.default.copyItem(at: CasebookProcess.executable, to: binary)
        try FileManager.default.copyItem(
            at: CasebookProcess.repository.appendingPathComponent("Samples/zendesk-export.json"),
            to: folder.url.appendingPathComponent("export.json"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
                "casebook", "export.json",
            ])
        let result = try WorkflowTests.shell(
            "./casebook init && ./casebook run export.json --approve-all --editor ci --out site", in: folder.url,
            environment: [:])
        #expect(result.status == 0, "output: \(result.output)")
        #expect(result.output.contains("publish: published 25 articles"), "output: \(result.output)")
        let site = folder.url.appendingPathComponent("site")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("assets/style.css").path))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("articles").path).count
                == 25)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Templates").path))
    }

    @Test("a run that approved nothing says how many drafts wait and what to run")
    func nothingApproved() throws {
        let folder = try TemporaryFolder()
        let export = CasebookProcess.repository.appendingPathComponent("Samples/zendesk-export.json").path
        _ = try CasebookProcess.run(["init"], in: folder.url)
        let result = try CasebookProcess.run(["run", export, "--out", "site"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("25 articles wait for review: casebook review list"))
        #expect(result.stderr.contains("25 articles wait for review and are not on the site"))
        #expect(result.stderr.contains("casebook review approve --all"))
    }
}
