import CasebookCore
import CasebookIngest
import Foundation
import Testing

@Suite("Ingest stage, over every format")
struct IngestStageTests {
    static let fixtures: [FixtureTicket] = [.english, .french, .open]

    private func exportFile(_ format: ImportFormat, in harness: IngestHarness) throws -> URL {
        let name = ExportWriter.name(format == .csv ? "tickets" : "export", format)
        return try harness.write(ExportWriter.export(Self.fixtures, as: format), to: name)
    }

    @Test(
        "imports tickets with their comments, roles, public flags, order, tags, dates and requester",
        arguments: ExportWriter.formats)
    func importsEverything(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let file = try exportFile(format, in: harness)
        let report = try harness.ingest([file])

        #expect(report.totals.read == 3)
        #expect(report.totals.inserted == 2)
        #expect(report.rejectedCount == 0)
        for fixture in [FixtureTicket.english, .french] {
            let ticket = try #require(try harness.ticket(fixture.id, source: format))
            #expect(ticket.subject == fixture.subject)
            #expect(ticket.status == fixture.status)
            #expect(ticket.tags == fixture.tags)
            #expect(ticket.requesterName == fixture.requesterName)
            #expect(ticket.requesterEmail == fixture.requesterEmail)
            #expect(ticket.createdAt == FixtureTicket.date(fixture.created))
            #expect(ticket.updatedAt == FixtureTicket.date(fixture.updated))
            #expect(ticket.sourceFile == file.relativePath)
            #expect(ticket.ingestedAt == IngestHarness.now)

            let comments = try harness.comments(of: ticket)
            #expect(comments.map(\.externalID) == fixture.comments.map(\.id))
            #expect(comments.map(\.position) == Array(0..<fixture.comments.count))
            #expect(comments.map(\.authorRole) == fixture.comments.map(\.role))
            #expect(comments.map(\.isPublic) == fixture.comments.map(\.isPublic))
            #expect(comments.map(\.authorName) == fixture.comments.map(\.author))
            #expect(comments.map(\.createdAt) == fixture.comments.map { FixtureTicket.date($0.created) })
            for (comment, expected) in zip(comments, fixture.comments) where expected.html == nil {
                #expect(comment.bodyText == expected.body)
                #expect(comment.bodyHTML == nil)
            }
        }
        let english = try #require(try harness.ticket("101", source: format))
        let html = try #require(try harness.comments(of: english).last)
        #expect(html.bodyHTML == FixtureTicket.english.comments.last?.html)
        #expect(
            html.bodyText
                == "To avoid it next time:\n\n- Open **Settings**\n- Check [Billing](https://example.com/billing)")
    }

    @Test("records each ticket's line", arguments: ExportWriter.formats)
    func recordsLines(format: ImportFormat) throws {
        let harness = try IngestHarness()
        _ = try harness.ingest([try exportFile(format, in: harness)])
        let french = try #require(try harness.ticket("102", source: format))
        // CSV: header, 4 rows of ticket 101, then 102. Zendesk: `{`, `"tickets": [`, then one ticket per line.
        #expect(french.sourceLine == (format == .csv ? 6 : ExportWriter.line(ofTicket: 1, format)))
    }

    @Test("ingesting the same file twice changes nothing the second time", arguments: ExportWriter.formats)
    func idempotent(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let file = try exportFile(format, in: harness)
        let first = try harness.ingest([file])
        let before = try harness.store.status()
        let second = try harness.ingest([file])
        let after = try harness.store.status()

        #expect(first.totals.inserted == 2)
        #expect(second.totals.read == first.totals.read)
        #expect(second.totals.inserted == 0)
        #expect(second.totals.updated == 0)
        #expect(second.totals.unchanged == 2)
        #expect(second.totals.skippedUnresolved == 1)
        #expect(after.tickets == before.tickets)
        #expect(after.comments == before.comments)
    }

    @Test("a changed ticket is updated, the others left alone", arguments: ExportWriter.formats)
    func updatesChangedTicket(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let name = ExportWriter.name(format == .csv ? "tickets" : "export", format)
        let file = try harness.write(ExportWriter.export(Self.fixtures, as: format), to: name)
        _ = try harness.ingest([file])

        var changed = FixtureTicket.french
        changed.subject = "Impossible de me connecter depuis la mise à jour"
        changed.comments.removeLast()
        changed.updated = "2024-03-06T09:00:00Z"  // a changed ticket has a later update time (see IngestConflictTests)
        try harness.write(ExportWriter.export([.english, changed, .open], as: format), to: name)
        let report = try harness.ingest([file])

        #expect(report.totals.updated == 1)
        #expect(report.totals.unchanged == 1)
        let ticket = try #require(try harness.ticket("102", source: format))
        #expect(ticket.subject == changed.subject)
        #expect(try harness.comments(of: ticket).count == 1)
        #expect(try harness.store.status().tickets == 2)
    }

    @Test("unresolved tickets are skipped and counted", arguments: ExportWriter.formats)
    func skipsUnresolved(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let report = try harness.ingest([try exportFile(format, in: harness)])
        #expect(report.totals.skippedUnresolved == 1)
        #expect(try harness.ticket("103", source: format) == nil)
    }

    @Test("resolved statuses come from the configuration")
    func resolvedStatusesFromConfiguration() throws {
        var harness = try IngestHarness()
        harness.configuration.ingest = .init(resolvedStatuses: ["Open"])
        let report = try harness.ingest([try exportFile(.csv, in: harness)])
        #expect(report.totals.inserted == 1)
        #expect(report.totals.skippedUnresolved == 2)
    }

    @Test("detects English and French tickets", arguments: ExportWriter.formats)
    func detectsLanguages(format: ImportFormat) throws {
        let harness = try IngestHarness()
        _ = try harness.ingest([try exportFile(format, in: harness)])
        #expect(try harness.ticket("101", source: format)?.language == "en")
        #expect(try harness.ticket("102", source: format)?.language == "fr")
    }

    @Test("small batches give the same result as one", arguments: ExportWriter.formats)
    func batches(format: ImportFormat) throws {
        let harness = try IngestHarness()
        let tickets = (1...25).map { FixtureTicket.numbered($0) }
        let file = try harness.write(
            ExportWriter.export(tickets, as: format), to: "many.\(format == .csv ? "csv" : "json")")
        let report = try harness.ingest([file], batchSize: 4)
        #expect(report.totals.inserted == 25)
        #expect(try harness.store.status().comments == 50)
        #expect(try harness.ingest([file], batchSize: 4).totals.unchanged == 25)
    }
}
