import Foundation
import Testing

@Suite("Command-line errors and small commands")
struct ErrorTests {
    @Test("a malformed ticket in the middle is reported with file and line, and its neighbours are ingested")
    func malformedCSV() throws {
        let folder = try TemporaryFolder()
        let header = "ticket_id,subject,status,author_role,public,body,comment_created_at"
        let rows = [
            "1,Sync stuck,solved,customer,true,My sync is stuck,2026-03-01T10:00:00Z",
            "1,Sync stuck,solved,agent,true,Restart the app,2026-03-01T11:00:00Z",
            "2,,solved,customer,true,I cannot log in,2026-03-02T10:00:00Z",
            "3,Refund,solved,customer,true,Charged twice,2026-03-03T10:00:00Z",
        ]
        try folder.write(([header] + rows).joined(separator: "\n") + "\n", to: "export.csv")
        let result = try CasebookProcess.run(
            ["ingest", "--db", folder.path("db.sqlite"), "export.csv"], in: folder.url)
        #expect(result.status == 65, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("export.csv:4"), "stderr: \(result.stderr)")
        let status = try CasebookProcess.run(["status", "--db", folder.path("db.sqlite"), "--json"], in: folder.url)
        #expect(status.stdout.contains("\"tickets\" : 2"), "status: \(status.stdout)")
        #expect(status.stdout.contains("\"rejectedRecords\" : 1"), "status: \(status.stdout)")
    }

    @Test("a malformed Zendesk ticket in the middle is reported with file and line, its neighbours ingested")
    func malformedZendesk() throws {
        let folder = try TemporaryFolder()
        func ticket(_ id: Int, _ subject: String) -> String {
            """
                {"id": \(id), "subject": "\(subject)", "status": "solved", "requester_id": 9,
                 "created_at": "2026-03-01T10:00:00Z", "updated_at": "2026-03-02T10:00:00Z",
                 "comments": [{"id": \(id * 10), "author_id": 9, "public": true, "body": "\(subject) for me",
                               "created_at": "2026-03-01T10:00:00Z"}]}
            """
        }
        let broken = """
                {"id": 2, "subject": "Login fails", "status": "solved",
                 "comments": [{"id": 20, "author_id": 9, "public": true "body": "no comma before me"}]}
            """
        let export = """
            {"users": [{"id": 9, "name": "Jane Doe", "email": "jane@example.com", "role": "end-user"}],
             "tickets": [
            \(ticket(1, "Sync stuck")),
            \(broken),
            \(ticket(3, "Refund please"))
            ]}
            """
        try folder.write(export, to: "export.json")
        let result = try CasebookProcess.run(
            ["ingest", "--db", folder.path("db.sqlite"), "export.json"], in: folder.url)
        #expect(result.status == 65, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("export.json:7"), "stderr: \(result.stderr)")
        let status = try CasebookProcess.run(["status", "--db", folder.path("db.sqlite"), "--json"], in: folder.url)
        #expect(status.stdout.contains("\"tickets\" : 2"), "status: \(status.stdout)")
        #expect(status.stdout.contains("\"rejectedRecords\" : 1"), "status: \(status.stdout)")
    }

    @Test(
        "errors are one line on stderr with a useful exit code",
        arguments: [
            (["ingest", "missing.json"], Int32(66), "missing.json"),
            (["ingest", "--config", "nope.yml", "x.csv"], Int32(78), "nope.yml"),
            (["review", "approve", "42", "--editor", "ana"], Int32(1), "article 42"),
            (["review", "approve"], Int32(64), "--all"),
            (["status"], Int32(66), "casebook init"),
            (["cluster"], Int32(66), "casebook init"),
            (["review", "list", "--db", "elsewhere.sqlite"], Int32(66), "elsewhere.sqlite"),
        ])
    func errors(arguments: [String], status: Int32, mention: String) throws {
        let folder = try TemporaryFolder()
        if arguments.first == "review", !arguments.contains("--db") {
            _ = try CasebookProcess.run(["init"], in: folder.url)
        }
        let result = try CasebookProcess.run(arguments, in: folder.url)
        #expect(result.status == status, "stderr: \(result.stderr)")
        #expect(result.stderr.contains(mention), "stderr: \(result.stderr)")
        let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("casebook: error:") }
        #expect(errorLines.count <= 1)
    }

    @Test("init writes a configuration that loads, and keeps it on a second run")
    func initCommand() throws {
        let folder = try TemporaryFolder()
        let first = try CasebookProcess.run(["init"], in: folder.url)
        #expect(first.status == 0)
        #expect(first.stdout.contains("wrote casebook.yml"))
        let second = try CasebookProcess.run(["init"], in: folder.url)
        #expect(second.stdout.contains("kept the existing casebook.yml"))
        #expect(FileManager.default.fileExists(atPath: folder.path("casebook.sqlite")))
    }

    @Test("redact reads standard input and writes the redacted text")
    func redact() throws {
        let folder = try TemporaryFolder()
        let result = try CasebookProcess.run(
            ["redact", "--name", "Jane Doe"], in: folder.url,
            input: "Hi, I'm Jane Doe, reach me at jane.doe@example.com or +1 415 555 0134.")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Jane"))
        #expect(!result.stdout.contains("jane.doe@example.com"))
        #expect(!result.stdout.contains("555 0134"))
        #expect(result.stdout.contains("[email]"))
    }

    @Test("eval clusters scores a labelled file and prints its figures")
    func evalClusters() throws {
        let folder = try TemporaryFolder()
        let groups = [
            "card": ["my card has not arrived yet", "still waiting for my new card", "when will my card arrive"],
            "refund": ["I want a refund for this charge", "please refund the duplicate charge", "refund my money"],
            "pin": ["how do I change my pin", "I forgot my pin code", "reset the pin of my card please"],
        ]
        var csv = "text,label\n"
        for (label, texts) in groups.sorted(by: { $0.key < $1.key }) {
            for text in texts { csv += "\"\(text)\",\(label)\n" }
        }
        try folder.write(csv, to: "labels.csv")
        let result = try CasebookProcess.run(["eval", "clusters", "--labels", "labels.csv", "--json"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        for key in ["\"nmi\"", "\"ari\"", "\"accuracy\"", "\"clustersFound\""] {
            #expect(result.stdout.contains(key), "no \(key) in \(result.stdout)")
        }
        let missing = try CasebookProcess.run(["eval", "clusters", "--labels", "nope.csv"], in: folder.url)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("nope.csv"))
    }

    @Test(
        "every command has useful help",
        arguments: ["init", "ingest", "cluster", "draft", "review", "publish", "run", "status", "eval", "redact"])
    func help(command: String) throws {
        let folder = try TemporaryFolder()
        let result = try CasebookProcess.run([command, "--help"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: casebook \(command)"))
    }
}
