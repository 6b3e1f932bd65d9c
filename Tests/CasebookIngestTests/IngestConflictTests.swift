import CasebookCore
import CasebookIngest
import Foundation
import Testing

@Suite("Ingest stage: the same ticket in two exports, the newer copy wins")
struct IngestConflictTests {
    private static let otherSubject = "Another export's ticket 1"
    private static let later = "2024-05-01T10:00:00Z"

    /// Two monthly exports: `october` holds tickets 1 and 2; `november` ticket 3, then ticket 1 again
    /// (its second record, on line 4 in both formats), updated later with one more comment.
    private func incremental(_ format: ImportFormat, in harness: IngestHarness) throws -> (older: URL, newer: URL) {
        let older = try harness.write(
            ExportWriter.export([.numbered(1), .numbered(2)], as: format), to: Self.name("october", format))
        let newer = try harness.write(
            ExportWriter.export([.numbered(3), FixtureTicket.numbered(1).followedUp(at: Self.later)], as: format),
            to: Self.name("november", format))
        return (older, newer)
    }

    /// `a` holds tickets 1 and 2; `b` ticket 3, then another ticket 1 with the same update time.
    private func conflicting(
        _ format: ImportFormat, in harness: IngestHarness, updated: (a: String, b: String)? = nil
    ) throws -> (a: URL, b: URL) {
        var (first, second) = (FixtureTicket.numbered(1), FixtureTicket.numbered(1, subject: Self.otherSubject))
        if let updated { (first.updated, second.updated) = updated }
        let a = try harness.write(ExportWriter.export([first, .numbered(2)], as: format), to: Self.name("a", format))
        let b = try harness.write(ExportWriter.export([.numbered(3), second], as: format), to: Self.name("b", format))
        return (a, b)
    }

    private static func name(_ base: String, _ format: ImportFormat) -> String {
        ExportWriter.name(base, format)
    }

    /// How b's copy of ticket 1 is listed: CSV line 4 is its 4th record, Zendesk line 4 its 2nd element;
    /// a's copy is on line 2 (CSV) or 3 (Zendesk).
    private static func conflict(_ format: ImportFormat) -> String {
        let (file, other) = (name("b", format), name("a", format))
        return "\(file):4: ticket \(format == .csv ? 4 : 2): ticket id 1 conflicts with the copy from "
            + "\(other):\(format == .csv ? 2 : 3) (same id and update time, different content); "
            + "fix one export or import only one"
    }

    /// Every stored ticket with where it came from, its content hash and its comments, to compare end states.
    private func snapshot(_ harness: IngestHarness) throws -> [String] {
        let tickets = try harness.store.read { db in
            try Ticket.order(Ticket.Columns.source, Ticket.Columns.externalID).fetchAll(db)
        }
        return try tickets.map { ticket in
            let comments = try harness.comments(of: ticket).map(\.bodyText)
            return "\(ticket.reference) \(ticket.sourceFile):\(ticket.sourceLine) \(ticket.contentHash) \(comments)"
        }
    }

    private func expectNewerKept(_ format: ImportFormat, in harness: IngestHarness) throws {
        let ticket = try #require(try harness.ticket("1", source: format))
        #expect(ticket.sourceFile == Self.name("november", format))
        #expect(ticket.updatedAt == FixtureTicket.date(Self.later))
        #expect(try harness.comments(of: ticket).count == 3)
        #expect(try harness.rejects().isEmpty)
        #expect(try harness.store.status().tickets == 3)
    }

    @Test("an incremental export updates the tickets that reappear in it", arguments: ExportWriter.paged)
    func incrementalUpdates(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let (older, newer) = try incremental(format, in: harness)
        let first = try harness.ingest([older])
        #expect(first.totals.inserted == 2)

        let report = try harness.ingest([newer])
        #expect(report.totals.inserted == 1)
        #expect(report.totals.updated == 1)
        #expect(report.totals.stale == 0)
        #expect(report.rejectedCount == 0)
        try expectNewerKept(format, in: harness)
    }

    @Test(
        "an older export after a newer one leaves the newer copies and counts its own as stale",
        arguments: ExportWriter.paged)
    func olderAfterNewer(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let (older, newer) = try incremental(format, in: harness)
        let report = try harness.ingest([newer, older])
        #expect(report.files.map(\.counts.inserted) == [2, 1])
        #expect(report.files.map(\.counts.stale) == [0, 1])
        #expect(report.files.map(\.counts.read) == [2, 2])
        #expect(report.totals.updated == 0)
        #expect(report.rejectedCount == 0)
        #expect(report.rejects.isEmpty)
        #expect(report.files[1].summary.contains("(1 new, 0 updated, 0 unchanged), 1 older copy skipped,"))
        #expect(report.summary.contains("1 older copy skipped"))
        try expectNewerKept(format, in: harness)

        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"stale\":1"))
        let audit = try harness.store.read { db in try AuditEvent.fetchAll(db) }
        #expect(audit.last?.note == report.files[1].summary)
    }

    @Test("the order of the files in a run does not change what is stored", arguments: ExportWriter.paged)
    func orderDoesNotMatter(format: ImportFormat) throws {
        let (forward, backward) = (try IngestHarness(), try IngestHarness())
        let (older, newer) = try incremental(format, in: forward)
        _ = try forward.ingest([older, newer])
        let (olderAgain, newerAgain) = try incremental(format, in: backward)
        _ = try backward.ingest([newerAgain, olderAgain])
        #expect(try snapshot(forward) == snapshot(backward))
        try expectNewerKept(format, in: forward)
    }

    @Test(
        "running the same command again reports nothing new or updated",
        arguments: ExportWriter.paged, [false, true])
    func reRunsAreIdempotent(format: ImportFormat, newerFirst: Bool) throws {
        let harness = try IngestHarness()
        let (older, newer) = try incremental(format, in: harness)
        let files = newerFirst ? [newer, older] : [older, newer]
        _ = try harness.ingest(files)
        let before = try snapshot(harness)

        for _ in 1...2 {
            let again = try harness.ingest(files)
            #expect(again.totals.inserted == 0)
            #expect(again.totals.updated == 0)
            #expect(again.totals.unchanged == 3)
            #expect(again.totals.stale == 1)
            #expect(again.rejectedCount == 0)
            #expect(try snapshot(harness) == before)
        }
    }

    @Test(
        "the same id and update time with other content is one conflict, and the stored copy stays",
        arguments: ExportWriter.paged)
    func sameTimeOtherContent(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let (a, b) = try conflicting(format, in: harness)

        for run in 1...2 {
            let report = try harness.ingest([a, b])
            #expect(report.files.map(\.counts.inserted) == (run == 1 ? [2, 1] : [0, 0]))
            #expect(report.totals.updated == 0)
            #expect(report.totals.stale == 0)
            #expect(report.files.map(\.counts.rejected) == [0, 1])
            #expect(report.files.map(\.counts.read) == [2, 1])
            #expect(report.rejectedCount == 1)  // what makes the command exit 65
            #expect(report.rejects.map(\.description) == [Self.conflict(format)])

            let ticket = try #require(try harness.ticket("1", source: format))
            #expect(ticket.subject == "Question 1 about the mobile app")
            #expect(ticket.sourceFile == Self.name("a", format))
            #expect(try harness.comments(of: ticket).count == 2)
            let rejects = try harness.rejects()
            #expect(rejects.count == 1)
            #expect(rejects.first?.sourceFile == Self.name("b", format))
            #expect(rejects.first?.source == format.rawValue)
            #expect(rejects.first?.raw.contains(Self.otherSubject) == true)
            #expect(rejects.first?.rejectedAt == IngestHarness.now)
            #expect(try harness.store.status().tickets == 3)
        }
    }

    @Test(
        "the same file read again with other content at the same update time replaces its own copy",
        arguments: ExportWriter.paged)
    func sameFileReadAgain(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let name = Self.name("a", format)
        let first = try harness.write(ExportWriter.export([.numbered(1)], as: format), to: name)
        _ = try harness.ingest([first])
        let again = try harness.write(
            ExportWriter.export([FixtureTicket.numbered(1, subject: Self.otherSubject)], as: format), to: name)
        let report = try harness.ingest([again])
        #expect(report.totals.updated == 1)
        #expect(report.rejectedCount == 0)
        #expect(try harness.ticket("1", source: format)?.subject == Self.otherSubject)
    }

    @Test(
        "update times are compared to the millisecond, as the store keeps them, so re-runs stay idempotent",
        arguments: ExportWriter.paged)
    func subMillisecondTimes(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let (a, b) = try conflicting(
            format, in: harness, updated: ("2024-04-01T09:00:00.1234Z", "2024-04-01T09:00:00.1231Z"))
        for _ in 1...2 {
            let report = try harness.ingest([a, b])
            #expect(report.totals.updated == 0)
            #expect(report.rejectedCount == 1)
            #expect(try harness.ticket("1", source: format)?.sourceFile == Self.name("a", format))
        }
    }

    @Test("the same file from another folder or path is unchanged, not a conflict", arguments: ExportWriter.paged)
    func sameFileElsewhere(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let (older, _) = try incremental(format, in: harness)
        _ = try harness.ingest([older])
        let copy = try harness.write(
            try String(contentsOf: older, encoding: .utf8), to: "elsewhere-" + Self.name("october", format))
        try FileManager.default.createDirectory(
            at: harness.folder.url.appendingPathComponent("other"), withIntermediateDirectories: true)
        let moved = try harness.write(
            try String(contentsOf: older, encoding: .utf8), to: "other/" + Self.name("october", format))
        let absolute = URL(fileURLWithPath: older.absoluteURL.path)

        for again in [absolute, copy, moved] {
            let report = try harness.ingest([again])
            #expect(report.totals.unchanged == 2)
            #expect(report.totals.inserted + report.totals.updated + report.totals.stale == 0)
            #expect(report.rejectedCount == 0)
        }
        #expect(try harness.ticket("1", source: format)?.sourceFile == Self.name("october", format))
    }

    @Test("the same id in the other format is no conflict: tickets are keyed by format")
    func otherFormat() throws {
        let harness = try IngestHarness()
        let csv = try harness.write(ExportWriter.csv([.numbered(1)]), to: "a.csv")
        let json = try harness.write(ExportWriter.zendesk([.numbered(1)]), to: "a.json")
        let report = try harness.ingest([csv, json])
        #expect(report.rejectedCount == 0)
        #expect(report.totals.inserted == 2)
    }
}
