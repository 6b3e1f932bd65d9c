import CasebookCore
import CasebookIngest
import Foundation
import Testing

@Suite("Ingest stage: rejects and errors")
struct IngestRejectTests {
    @Test("a malformed ticket in the middle is set aside and its neighbours imported", arguments: MalformedExport.all)
    func malformedInTheMiddle(export: MalformedExport) throws {
        let harness = try IngestHarness()
        let file = try harness.write(export.text, to: export.name)
        let report = try harness.ingest([file])

        #expect(report.rejectedCount == export.rejects)
        #expect(report.totals.inserted == 2)
        #expect(try harness.ticket("1", source: export.format) != nil)
        #expect(try harness.ticket("2", source: export.format) == nil)
        #expect(try harness.ticket("3", source: export.format) != nil)

        let listed = try #require(report.rejects.first)
        #expect(listed.file == export.name)
        #expect(listed.line == export.badLine)
        let noun = export.format == .csv ? "row 4" : "ticket 2"
        #expect(listed.description.hasPrefix("\(export.name):\(export.badLine): \(noun): "))
        #expect(!listed.description.contains("\n"))

        let stored = try harness.rejects()
        #expect(stored.count == export.rejects)
        let first = try #require(stored.first)
        #expect(first.sourceFile == export.name)
        #expect(first.source == export.format.rawValue)
        #expect(first.line == export.badLine)
        #expect(first.reason == listed.reason)
        #expect(first.raw.contains("Question 2"))
        #expect(first.rejectedAt == IngestHarness.now)
    }

    @Test("re-importing a fixed file clears its rejects", arguments: MalformedExport.all)
    func fixedFileClearsRejects(export: MalformedExport) throws {
        let harness = try IngestHarness()
        let file = try harness.write(export.text, to: export.name)
        _ = try harness.ingest([file])
        try harness.write(
            ExportWriter.export((1...3).map { FixtureTicket.numbered($0) }, as: export.format), to: export.name)
        let report = try harness.ingest([file])
        #expect(report.rejectedCount == 0)
        #expect(report.totals.inserted == 1)
        #expect(try harness.rejects().isEmpty)
    }

    @Test("rejects written over several batches are all kept, and replaced on the next import")
    func rejectsAcrossBatches() throws {
        let harness = try IngestHarness()
        var lines = [ExportWriter.csvHeader.joined(separator: ",")]
        for number in 1...5 { lines += ExportWriter.csvRows(.numbered(number)) + ["\(number),too,few"] }
        let file = try harness.write(lines.joined(separator: "\n"), to: "rows.csv")
        #expect(try harness.ingest([file], batchSize: 2).rejectedCount == 5)
        #expect(try harness.rejects().count == 5)
        #expect(try harness.ingest([file], batchSize: 2).rejectedCount == 5)
        #expect(try harness.rejects().count == 5)
    }

    @Test("each file leaves an audit event with its summary")
    func auditsEachFile() throws {
        let harness = try IngestHarness()
        let file = try harness.write(MalformedExport.zendesk.text, to: "export.json")
        let report = try harness.ingest([file])
        let events = try harness.store.read { db in try AuditEvent.fetchAll(db) }
        #expect(events.count == 1)
        #expect(events.first?.action == .ingested)
        #expect(events.first?.subjectType == "file")
        #expect(events.first?.note == report.files.first?.summary)
        #expect(events.first?.at == IngestHarness.now)
    }

    @Test("the report has one summary line and encodes to JSON")
    func reportShape() throws {
        let harness = try IngestHarness()
        let report = try harness.ingest([try harness.write(MalformedExport.csv.text, to: "tickets.csv")])
        #expect(report.stage == "ingest")
        #expect(
            report.summary
                == "ingested 1 file: 2 tickets read (2 new, 0 updated, 0 unchanged), 0 older copies skipped, "
                + "0 skipped as unresolved, 2 rejected"
        )
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"rejectedCount\":2"))
        #expect(json.contains("\"summary\""))
        #expect(json.contains("\"skippedUnresolved\":0"))
        #expect(json.contains("\"stale\":0"))
    }

    @Test("a missing file stops the run before anything is written")
    func missingFile() throws {
        let harness = try IngestHarness()
        let good = try harness.write(ExportWriter.csv([.english]), to: "good.csv")
        let missing = URL(fileURLWithPath: "nope/missing.csv", relativeTo: harness.folder.url)
        #expect(throws: IngestError(path: "nope/missing.csv", reason: .missing)) {
            try harness.ingest([good, missing])
        }
        #expect(try harness.store.status().tickets == 0)
        let error = IngestError(path: "nope/missing.csv", reason: .missing)
        #expect(error.description == "nope/missing.csv: no such file; check the path")
        #expect(error.exitCode == .noInput)
    }

    @Test("an empty folder or an unknown format is refused with a one-line error")
    func folderAndUnknownFormat() throws {
        let harness = try IngestHarness()
        try FileManager.default.createDirectory(
            at: harness.folder.url.appendingPathComponent("exports"), withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: "exports", relativeTo: harness.folder.url)
        #expect(throws: IngestError(path: "exports", reason: .emptyFolder)) { try harness.ingest([folder]) }

        let notes = try harness.write("just some notes\n", to: "notes.txt")
        #expect(throws: IngestError(path: "notes.txt", reason: .unknownFormat)) { try harness.ingest([notes]) }
        #expect(
            IngestError(path: "notes.txt", reason: .unknownFormat).description.contains(
                "--format zendesk|freshdesk|jira|helpscout|ndjson|csv"))
        #expect(try harness.ingest([notes], format: .csv).rejectedCount == 1)
    }

    @Test("progress is reported per file")
    func progress() throws {
        let harness = try IngestHarness()
        let file = try harness.write(ExportWriter.csv((1...150).map { FixtureTicket.numbered($0) }), to: "big.csv")
        let log = ProgressLog()
        var context = harness.context
        context.progress = ProgressReporter(
            update: { label, done, _ in log.add("\(label) \(done)") }, finish: { log.add("done \($0)") })
        _ = try IngestStage(files: [file]).run(in: context)
        #expect(log.entries.first == "big.csv 0")
        #expect(log.entries.contains("big.csv 100"))
        #expect(log.entries.last == "done big.csv")
    }
}

/// Collects progress calls (which may come from any thread).
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func add(_ entry: String) { lock.withLock { stored.append(entry) } }
    var entries: [String] { lock.withLock { stored } }
}
