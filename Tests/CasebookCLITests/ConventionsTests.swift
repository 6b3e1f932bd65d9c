import Foundation
import Testing

@Suite("Command-line conventions: one JSON shape, did-you-mean, usage errors, the editor's name")
struct ConventionsTests {
    static let envelopeKeys: Set<String> = [
        "command", "ok", "exitCode", "summary", "next", "counts", "warnings", "errors", "data",
    ]

    /// A folder with an initialised store holding the Samples' CSV export, run through every stage.
    static func store() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let csv = CasebookProcess.repository.appendingPathComponent("Samples/tickets.csv").path
        _ = try CasebookProcess.run(["init"], in: folder.url)
        _ = try CasebookProcess.run(["run", csv, "--out", "site"], in: folder.url)
        return folder
    }

    static let successes: [[String]] = [
        ["status"], ["review", "list"], ["review", "show", "1"], ["review", "diff", "1"], ["cluster"], ["draft"],
        ["publish", "--out", "site"], ["export", "drafts", "out"], ["theme", "list"], ["init"],
        ["review", "approve", "1", "--editor", "ana"], ["forget", "--source", "x.csv", "--dry-run"],
    ]

    static let failures: [([String], Int32)] = [
        (["review", "show", "999"], 1), (["review", "approve"], 64), (["revew", "list"], 64),
        (["status", "--db", "missing.sqlite"], 66), (["publish", "--from", "nowhere"], 66),
        (["ingest", "missing.json"], 66), (["review", "reject", "1", "--editor", "ana", "--bogus"], 64),
    ]

    @Test("every command prints one JSON object of the same shape on success", arguments: successes.indices)
    func jsonSuccess(index: Int) throws {
        let folder = try Self.store()
        var arguments = Self.successes[index]
        if arguments.first == "forget" {
            arguments = [
                "forget", "--source", CasebookProcess.repository.appendingPathComponent("Samples/tickets.csv").path,
                "--dry-run",
            ]
        }
        let result = try CasebookProcess.run(arguments + ["--json"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Self.envelopeKeys)
        #expect(object["ok"] as? Bool == true)
        #expect(object["exitCode"] as? Int == 0)
        #expect(
            object["command"] as? String
                == arguments.prefix { !$0.hasPrefix("-") && !$0.allSatisfy(\.isNumber) }
                .prefix(
                    arguments.first == "review" || arguments.first == "export" || arguments.first == "theme" ? 2 : 1
                )
                .joined(separator: " "))
        #expect((object["errors"] as? [Any])?.isEmpty == true)
        #expect(object["counts"] is [String: Any])
    }

    @Test("errors are JSON of the same shape too, with the exit code", arguments: failures.indices)
    func jsonFailure(index: Int) throws {
        let folder = try Self.store()
        let (arguments, status) = Self.failures[index]
        let result = try CasebookProcess.run(arguments + ["--json"], in: folder.url)
        #expect(result.status == status, "stderr: \(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            "stdout: \(result.stdout)")
        #expect(Set(object.keys) == Self.envelopeKeys)
        #expect(object["ok"] as? Bool == false)
        #expect(object["exitCode"] as? Int == Int(status))
        #expect((object["errors"] as? [String])?.count == 1)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("casebook: error:") }
        #expect(errorLines.count == 1)
    }

    @Test(
        "a mistyped command gets a suggestion; argument errors are one line and the usage",
        arguments: [
            (
                ["revew", "list"], "'revew' is not a `casebook` command; did you mean 'review'?",
                "usage: casebook <subcommand>"
            ),
            (["review", "aprove", "1"], "did you mean 'approve'?", "usage: casebook review <subcommand>"),
            (["pubish"], "did you mean 'publish'?", "usage: casebook"),
            (["review", "show"], "missing expected argument '<id>'", "usage: casebook review show"),
            (["review", "list", "--state", "bogus"], "bogus", "usage: casebook review list"),
        ])
    func usageErrors(arguments: [String], message: String, usage: String) throws {
        let folder = try TemporaryFolder()
        let result = try CasebookProcess.run(arguments, in: folder.url)
        #expect(result.status == 64)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2, "stderr: \(result.stderr)")
        #expect(lines.first?.hasPrefix("casebook: error: ") == true)
        #expect(lines.first?.contains(message) == true, "stderr: \(result.stderr)")
        #expect(lines.last?.hasPrefix(usage) == true, "stderr: \(result.stderr)")
    }

    @Test("every command's help ends with examples", arguments: helpCommands)
    func helpExamples(command: [String]) throws {
        let folder = try TemporaryFolder()
        let result = try CasebookProcess.run(command + ["--help"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"), "\(command.joined(separator: " ")) --help has no examples")
        let after = try #require(result.stdout.components(separatedBy: "Examples:").last)
        #expect(after.contains("casebook "), "the examples show commands")
    }

    static let helpCommands: [[String]] = [
        [], ["init"], ["ingest"], ["cluster"], ["draft"], ["review"], ["review", "list"], ["review", "show"],
        ["review", "diff"], ["review", "edit"], ["review", "submit"], ["review", "approve"], ["review", "reject"],
        ["review", "archive"], ["review", "reopen"], ["review", "restore"], ["review", "accept"],
        ["review", "dismiss"],
        ["publish"], ["run"], ["status"], ["export"], ["import"], ["forget"], ["theme"], ["theme", "eject"],
        ["theme", "list"], ["eval", "clusters"], ["redact"],
    ]

    @Test("--version names the version and the store schema")
    func version() throws {
        let folder = try TemporaryFolder()
        let result = try CasebookProcess.run(["--version"], in: folder.url)
        #expect(result.status == 0)
        #expect(
            try Regex("^casebook [0-9]+\\.[0-9]+\\.[0-9]+ \\(store schema [0-9]+\\)\\n$").wholeMatch(in: result.stdout)
                != nil)
    }

    @Test(
        "without --editor, $CASEBOOK_EDITOR or $USER, acting commands say so the same way",
        arguments: [
            ["review", "approve", "1"], ["import", "articles", "kb"], ["run", "--approve-all", "--out", "s"],
        ])
    func noEditor(arguments: [String]) throws {
        let folder = try Self.store()
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("kb"), withIntermediateDirectories: true)
        let result = try CasebookProcess.run(
            arguments, in: folder.url, environment: ["USER": "", "CASEBOOK_EDITOR": ""])
        #expect(result.status == 64, "stderr: \(result.stderr)")
        for name in ["--editor", "$CASEBOOK_EDITOR", "$USER"] { #expect(result.stderr.contains(name)) }
        let named = try CasebookProcess.run(
            arguments, in: folder.url, environment: ["USER": "", "CASEBOOK_EDITOR": "ci-bot"])
        #expect(named.status == 0, "stderr: \(named.stderr)")
    }

    @Test("forget removes what one file brought; its dry run changes nothing")
    func forget() throws {
        let folder = try TemporaryFolder()
        let samples = CasebookProcess.repository.appendingPathComponent("Samples")
        let csv = samples.appendingPathComponent("tickets.csv").path
        let zendesk = samples.appendingPathComponent("zendesk-export.json").path
        _ = try CasebookProcess.run(["ingest", csv, zendesk], in: folder.url)
        func counts() throws -> [String: Int] {
            let status = try CasebookProcess.run(["status", "--json"], in: folder.url)
            let object = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
            return (object?["counts"] as? [String: Any])?["ingest"] as? [String: Int] ?? [:]
        }
        let before = try counts()
        #expect(before["tickets"] == 329)
        let dry = try CasebookProcess.run(["forget", "--source", csv, "--dry-run", "--json"], in: folder.url)
        #expect(dry.status == 0, "stderr: \(dry.stderr)")
        let dryCounts = try #require(
            (try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any])?["counts"]
                as? [String: Any])
        #expect((dryCounts["forget"] as? [String: Int])?["tickets"] == 111)
        #expect(try counts() == before, "a dry run changes nothing")
        let forgotten = try CasebookProcess.run(["forget", "--source", csv, "--editor", "ana"], in: folder.url)
        #expect(forgotten.status == 0, "stderr: \(forgotten.stderr)")
        let after = try counts()
        #expect(after["tickets"] == 218)
        #expect((after["comments"] ?? 0) < (before["comments"] ?? 0))
        let again = try CasebookProcess.run(["forget", "--source", csv, "--editor", "ana"], in: folder.url)
        #expect(again.status == 66)
        #expect(again.stderr.contains("nothing in the store came from this file"))
    }
}

@Suite("A store that cannot be written can still be read")
struct ReadOnlyStoreTests {
    @Test(
        "status, review list and publish work on a store its user cannot write",
        .enabled(if: getuid() == 0, "needs root to run the commands as another user"))
    func readOnly() throws {
        let folder = try ConventionsTests.store()
        let store = folder.url.appendingPathComponent("casebook.sqlite")
        let readOnly = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: readOnly) }
        try FileManager.default.copyItem(at: store, to: readOnly.appendingPathComponent("casebook.sqlite"))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-ro-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        // Only the output folder belongs to the other user; the store and its folder are root's, mode 0555/0444,
        // and the temporary folder is closed to them, so nothing can be created beside the output folder.
        let temporary = FileManager.default.temporaryDirectory.path
        let mode = try FileManager.default.attributesOfItem(atPath: temporary)[.posixPermissions] as? Int ?? 0o1777
        defer { try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary) }
        _ = try WorkflowTests.shell(
            "chmod 0444 '\(readOnly.path)/casebook.sqlite' && chmod 0555 '\(readOnly.path)' && chown 65534 '\(out.path)'"
                + " && chmod 0755 '\(FileManager.default.temporaryDirectory.path)'",
            in: readOnly, environment: [:])
        let db = readOnly.appendingPathComponent("casebook.sqlite").path
        for arguments in [["status"], ["review", "list"], ["publish", "--out", out.path]] {
            let command =
                "setpriv --reuid=65534 --regid=65534 --clear-groups '\(CasebookProcess.executable.path)' "
                + (arguments + ["--db", db]).map { "'\($0)'" }.joined(separator: " ")
            let result = try WorkflowTests.shell(command, in: out, environment: ["HOME": out.path])
            #expect(result.status == 0, "\(arguments): \(result.output)")
            #expect(!result.output.contains("casebook: error"), "\(arguments): \(result.output)")
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
        let published = try WorkflowTests.shell(
            "setpriv --reuid=65534 --regid=65534 --clear-groups '\(CasebookProcess.executable.path)' publish --out '\(out.path)' --db '\(db)'",
            in: out, environment: ["HOME": out.path])
        #expect(published.status == 0, "\(published.output)")
        #expect(published.output.contains("this publish was not atomic"), "\(published.output)")
        #expect(published.output.contains("0 files written"), "\(published.output)")
    }
}
