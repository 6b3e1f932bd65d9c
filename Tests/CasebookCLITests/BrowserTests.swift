import Foundation
import Testing

/// Headless Chromium (Debian's chromium and chromium-driver) driven by the small WebDriver client in
/// Tests/Browser: skipped, saying so, where they are not installed (CI installs them).
@Suite("In a real browser")
struct BrowserTests {
    static let installed =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")

    @Test(
        "an editor opens the queue and an article, edits, sees the diff, saves and approves; scripts in tickets stay inert",
        .enabled(if: installed, "chromium and chromium-driver are not installed"))
    func reviewApp() throws {
        let folder = try TemporaryFolder()
        let script = CasebookProcess.repository.appendingPathComponent("Tests/Browser/review_app.py").path
        let result = try WorkflowTests.shell(
            "python3 '\(script)' --casebook '\(CasebookProcess.executable.path)' --workdir '\(folder.url.path)'",
            in: folder.url, environment: [:])
        #expect(result.status == 0, "\(result.output.suffix(4000))")
        #expect(result.output.contains("\"ok\": true"))
    }
}
