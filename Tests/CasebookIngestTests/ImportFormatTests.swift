import CasebookIngest
import Foundation
import Testing

@Suite("Import format detection")
struct ImportFormatTests {
    @Test(
        "by extension first, then by the first bytes",
        arguments: [
            ("a.json", "whatever", ImportFormat.zendesk), ("a.CSV", "{", .csv),
            ("a.txt", "\u{FEFF}  \n{\"tickets\": []}", .zendesk), ("export", "ticket_id,subject,status\n", .csv),
            ("export", "Ticket_ID;subject", nil), ("notes.txt", "hello", nil), ("empty", "", nil),
        ] as [(String, String, ImportFormat?)])
    func detect(name: String, content: String, expected: ImportFormat?) throws {
        let folder = try TemporaryFolder()
        let url = try folder.write(content, to: name)
        #expect(ImportFormat.detect(url) == expected)
    }

    @Test("every format has an importer that says so")
    func importers() {
        for format in ImportFormat.allCases {
            #expect(type(of: format.importer()).format == format)
        }
    }
}

@Suite("Dates")
struct TimestampTests {
    @Test(
        "accepted spellings read through the CSV importer",
        arguments: [
            ("2024-03-01T10:15:00Z", "2024-03-01T10:15:00Z"), ("2024-03-01T10:15:00.5Z", "2024-03-01T10:15:00Z"),
            ("2024-03-01T12:15:00+02:00", "2024-03-01T10:15:00Z"), ("2024-03-01T05:15:00-0500", "2024-03-01T10:15:00Z"),
            ("2024-03-01 10:15:00", "2024-03-01T10:15:00Z"), ("2024-03-01T10:15", "2024-03-01T10:15:00Z"),
            ("2024-03-01", "2024-03-01T00:00:00Z"), ("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"),
        ])
    func accepted(text: String, utc: String) throws {
        let ticket = try #require(try importTicket(createdAt: text))
        let expected = FixtureTicket.date(utc).timeIntervalSince1970
        #expect(abs(ticket.ticket.createdAt.timeIntervalSince1970 - expected) < 0.6)
    }

    @Test(
        "refused spellings reject the ticket",
        arguments: [
            "2023-02-29", "2024-13-01", "01/03/2024", "2024-03-01T25:00:00Z", "2024-03-01T10:15:00 PST", "March 1",
        ])
    func refused(text: String) throws {
        #expect(try importTicket(createdAt: text) == nil)
    }

    private func importTicket(createdAt: String) throws -> ImportedTicket? {
        let folder = try TemporaryFolder()
        let url = try folder.write(
            "ticket_id,subject,status,created_at,author_role,public,body\n1,S,solved,\(createdAt),agent,true,b\n",
            to: "d.csv")
        return try events(of: CSVTicketImporter(), reading: url).tickets.first
    }
}
