import CasebookCore
import CasebookIngest
import Foundation
import GRDB
import Testing

/// One family's sample under Samples/exports, and what it must give.
struct SampleExport: Sendable, CustomStringConvertible {
    var folder: String
    /// The file that holds its tickets (the one the malformed variants spoil).
    var ticketsFile: String
    var format: ImportFormat
    /// The resolved tickets' ids, and the records read in all (resolved or not).
    var resolved: [String]
    var read: Int

    var description: String { folder }

    /// The text every sample puts in its internal notes only.
    var internalMarker: String { "INTERNAL-NOTE-" }

    static let all: [SampleExport] = [
        SampleExport(
            folder: "zendesk", ticketsFile: "tickets.json", format: .zendesk, resolved: ["4001", "4002"], read: 2),
        SampleExport(
            folder: "zendesk-ndjson", ticketsFile: "tickets.ndjson", format: .zendesk, resolved: ["4001", "4002"],
            read: 2),
        SampleExport(
            folder: "freshdesk", ticketsFile: "tickets.json", format: .freshdesk, resolved: ["2001", "2002"], read: 3),
        SampleExport(
            folder: "jira", ticketsFile: "search.xml", format: .jira, resolved: ["SUP-11", "SUP-21", "SUP-22"], read: 4),
        SampleExport(
            folder: "helpscout", ticketsFile: "conversations.json", format: .helpscout, resolved: ["5001"], read: 2),
        SampleExport(folder: "ndjson", ticketsFile: "tickets.ndjson", format: .ndjson, resolved: ["N-1"], read: 2),
    ]

    /// The repository's Samples/exports folder.
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/exports")
    }

    /// A copy of the sample in `folder`, named `name` there (so reports name it `name/...`).
    func copy(into folder: TemporaryFolder) throws -> URL {
        let target = folder.url.appendingPathComponent(self.folder)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent(self.folder), to: target)
        return URL(fileURLWithPath: self.folder, relativeTo: folder.url)
    }
}

@Suite("Sample exports of every family")
struct SampleExportTests {
    @Test("each family's sample folder imports its resolved tickets with no reject", arguments: SampleExport.all)
    func imports(sample: SampleExport) throws {
        let harness = try IngestHarness()
        let report = try harness.ingest([try sample.copy(into: harness.folder)])
        #expect(report.rejectedCount == 0, "\(report.rejects)")
        #expect(report.totals.read == sample.read)
        #expect(report.totals.inserted == sample.resolved.count)
        let tickets = try harness.store.read { db in try Ticket.order(Ticket.Columns.externalID).fetchAll(db) }
        #expect(tickets.map(\.externalID) == sample.resolved)
        #expect(tickets.allSatisfy { $0.source == sample.format.rawValue })
        #expect(tickets.allSatisfy { $0.sourceFile.hasPrefix(sample.folder + "/") })
    }

    @Test("internal notes and restricted comments are stored private, in every family", arguments: SampleExport.all)
    func internalNotesArePrivate(sample: SampleExport) throws {
        let harness = try IngestHarness()
        _ = try harness.ingest([try sample.copy(into: harness.folder)])
        let comments = try harness.store.read { db in try Comment.fetchAll(db) }
        let notes = comments.filter { $0.bodyText.contains(sample.internalMarker) }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { !$0.isPublic })
        #expect(comments.contains { $0.isPublic && $0.authorRole == .agent })
        #expect(comments.contains { $0.isPublic && $0.authorRole == .customer })
    }

    @Test("the Zendesk API folder and the data export's NDJSON give the same tickets and comments")
    func zendeskLayoutsAgree() throws {
        func thread(_ folder: String) throws -> [String] {
            let harness = try IngestHarness()
            let sample = try #require(SampleExport.all.first { $0.folder == folder })
            _ = try harness.ingest([try sample.copy(into: harness.folder)])
            let tickets = try harness.store.read { db in try Ticket.order(Ticket.Columns.externalID).fetchAll(db) }
            return try tickets.flatMap { ticket in
                try ["\(ticket.externalID) \(ticket.subject) \(ticket.status) \(ticket.requesterName ?? "-")"]
                    + harness.comments(of: ticket).map {
                        "\($0.authorRole) \($0.authorName ?? "-") \($0.isPublic) \($0.createdAt) \($0.bodyText)"
                    }
            }
        }
        let pages = try thread("zendesk")
        #expect(pages.count == 8)
        #expect(pages == (try thread("zendesk-ndjson")))
    }

    @Test("a truncated tickets file keeps what comes before the cut and rejects the rest", arguments: SampleExport.all)
    func truncated(sample: SampleExport) throws {
        let harness = try IngestHarness()
        let folder = try sample.copy(into: harness.folder)
        let file = folder.appendingPathComponent(sample.ticketsFile)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count * 2 / 3).write(to: file)
        let report = try harness.ingest([folder])
        #expect(report.rejectedCount >= 1)
        #expect(report.totals.read < sample.read)
        #expect(report.rejects.allSatisfy { $0.file == "\(sample.folder)/\(sample.ticketsFile)" })
    }

    @Test("an empty tickets file is named in one line", arguments: SampleExport.all)
    func empty(sample: SampleExport) throws {
        let harness = try IngestHarness()
        let folder = try sample.copy(into: harness.folder)
        try Data().write(to: folder.appendingPathComponent(sample.ticketsFile))
        let report = try harness.ingest([folder])
        let reject = try #require(report.rejects.first { $0.kind == .file })
        #expect(reject.description.hasPrefix("\(sample.folder)/\(sample.ticketsFile): the file is empty"))
    }

    @Test("bytes that are not UTF-8 inside one record never stop the run", arguments: SampleExport.all)
    func badEncoding(sample: SampleExport) throws {
        let harness = try IngestHarness()
        let folder = try sample.copy(into: harness.folder)
        let name = sample.folder == "zendesk" ? "comments/4001.json" : sample.ticketsFile
        let file = folder.appendingPathComponent(name)
        var bytes = [UInt8](try Data(contentsOf: file))
        let marker = Array("INTERNAL-NOTE".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: marker) })
        bytes.replaceSubrange(at..<at + 2, with: [0xFF, 0xFE])
        try Data(bytes).write(to: file)
        let report = try harness.ingest([folder])
        #expect(report.totals.read + report.rejectedCount >= sample.read - 1)
        #expect(report.totals.read >= sample.read - 1 || report.rejectedCount >= 1)
    }
}
