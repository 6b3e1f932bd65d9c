import Foundation
import Testing
import Yams

/// The sample CI workflows, run as CI would run them: each step's commands in order, on a temporary clone of
/// a help-center repository holding only kb/ and casebook.yml.
@Suite("CI workflows publish a committed kb/")
struct WorkflowTests {
    static let repository = CasebookProcess.repository

    @Test("the GitHub Pages workflow's steps build Casebook, publish kb/ and leave the site to deploy")
    func githubPages() throws {
        let run = try #require(SampleRun.shared, "the sample run could not start")
        let workspace = try TemporaryFolder()
        let team = workspace.url.appendingPathComponent("help-center")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        // The help-center repository: kb/ exported from a private store, and the configuration.
        let db = try run.copyStore(into: workspace.url)
        let exported = try CasebookProcess.run(
            ["export", "articles", team.appendingPathComponent("kb").path, "--db", db], in: workspace.url)
        #expect(exported.status == 0, "stderr: \(exported.stderr)")
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("Samples/casebook.yml"),
            to: team.appendingPathComponent("casebook.yml"))
        try git(["init", "-q"], in: team)
        try git(["add", "."], in: team)
        try git(["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "kb"], in: team)
        let clone = workspace.url.appendingPathComponent("clone")
        try git(["clone", "-q", team.path, clone.path], in: workspace.url)
        #expect(!FileManager.default.fileExists(atPath: clone.appendingPathComponent("store.sqlite").path))

        let workflow = try Self.workflow("Samples/ci/github-pages.yml")
        let steps = try #require(
            ((workflow["jobs"] as? [String: Any])?["build"] as? [String: Any])?["steps"] as? [[String: Any]])
        let home = workspace.url.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let githubPath = workspace.url.appendingPathComponent("github-path")
        FileManager.default.createFile(atPath: githubPath.path, contents: Data())
        var environment = (workflow["env"] as? [String: String]) ?? [:]
        environment["HOME"] = home.path
        environment["GITHUB_PATH"] = githubPath.path
        var deployed: URL?
        for step in steps {
            let name = step["name"] as? String ?? "a step"
            if let uses = step["uses"] as? String {
                let with = step["with"] as? [String: Any] ?? [:]
                switch uses.split(separator: "@").first {
                case "actions/checkout" where with["path"] as? String == ".casebook":
                    try Self.copySource(to: clone.appendingPathComponent(".casebook"))
                case "actions/checkout", "actions/cache": break
                case "actions/upload-pages-artifact":
                    deployed = clone.appendingPathComponent(try #require(with["path"] as? String))
                default: Issue.record("step “\(name)” uses \(uses), which this test does not know")
                }
                continue
            }
            let script = try #require(step["run"] as? String, "step “\(name)” has neither uses nor run")
            if script.contains("apt-get"), getuid() != 0 { continue }  // installing packages needs root (CI is)
            let extraPath = (try String(contentsOf: githubPath, encoding: .utf8)).split(separator: "\n").reversed()
            environment["PATH"] = (extraPath.map(String.init) + [ProcessInfo.processInfo.environment["PATH"] ?? ""])
                .joined(separator: ":")
            let result = try Self.shell(script, in: clone, environment: environment)
            #expect(result.status == 0, "step “\(name)” failed: \(result.output.suffix(3000))")
            if result.status != 0 { return }
        }
        let site = try #require(deployed, "no step uploads the site")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("articles").path)
        let articles = try FileManager.default.subpathsOfDirectory(atPath: team.appendingPathComponent("kb").path)
            .filter { $0.hasSuffix(".md") }
        #expect(pages.count == articles.count && pages.count >= 20, "one page per article of kb/")
        let installed = home.appendingPathComponent(".local/bin/casebook")
        #expect(FileManager.default.isExecutableFile(atPath: installed.path), "the install put casebook on the PATH")
        #expect(
            FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/share/man/man1/casebook.1").path)
        )
    }

    @Test("the GitLab Pages job runs the same commands and publishes into public/")
    func gitlabPages() throws {
        let workflow = try Self.workflow("Samples/ci/gitlab-pages.yml")
        let job = try #require(workflow["pages"] as? [String: Any])
        let script = try #require(job["script"] as? [String])
        #expect(script.contains { $0.contains(".casebook/scripts/install") })
        #expect(script.contains("casebook publish --from kb --out public"))
        #expect((job["artifacts"] as? [String: Any])?["paths"] as? [String] == ["public"])
    }

    static func workflow(_ path: String) throws -> [String: Any] {
        let text = try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    /// Copies Casebook's source as a checkout would (the files git tracks or would track, not .build).
    static func copySource(to target: URL) throws {
        let list = try shell("git ls-files -co --exclude-standard -z", in: repository, environment: [:])
        for path in list.output.split(separator: "\0").map(String.init) where !path.isEmpty {
            let source = repository.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            let destination = target.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: destination)
        }
    }

    @discardableResult
    private func git(_ arguments: [String], in folder: URL) throws -> String {
        let result = try Self.shell(
            "git " + arguments.map { "'\($0)'" }.joined(separator: " "), in: folder, environment: [:])
        #expect(result.status == 0, "git \(arguments): \(result.output)")
        return result.output
    }

    /// Runs `script` with bash -e, as a CI runner does; returns the exit status and the combined output.
    static func shell(_ script: String, in folder: URL, environment: [String: String]) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-eo", "pipefail", "-c", script]
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let reader = CasebookProcess.Reader(pipe.fileHandleForReading)
        process.waitUntilExit()
        return (process.terminationStatus, reader.text())
    }
}
