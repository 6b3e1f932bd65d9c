import CasebookCore
import CasebookIngest
import Foundation
import Testing

@Suite("CSV importer")
struct CSVTicketImporterTests {
    private let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func read(_ text: String) throws -> [ImportEvent] {
        try events(of: CSVTicketImporter(), reading: try folder.write(text, to: "t.csv"))
    }

    @Test("columns in any order, unknown columns ignored, optional columns absent")
    func anyColumnOrder() throws {
        let events = try read(
            """
            Body,PUBLIC,priority,author_role,status,subject,ticket_id
            "Hi, my printer jams.",yes,high,customer,Solved,Printer jams,7
            Clean the rollers.,1,low,admin,,,7
            """)
        let ticket = try #require(events.tickets.first)
        #expect(events.rejections.isEmpty)
        #expect(ticket.ticket.externalID == "7")
        #expect(ticket.ticket.status == "solved")
        #expect(ticket.ticket.tags.isEmpty)
        #expect(ticket.ticket.requesterName == nil)
        #expect(ticket.ticket.createdAt == Date(timeIntervalSince1970: 0))
        #expect(ticket.comments.map(\.bodyText) == ["Hi, my printer jams.", "Clean the rollers."])
        #expect(ticket.comments.map(\.authorRole) == [.customer, .agent])
        #expect(ticket.comments.map(\.isPublic) == [true, true])
    }

    @Test("tags split on | ; or , and booleans, roles and dates in their accepted spellings")
    func spellings() throws {
        let events = try read(
            """
            ticket_id,subject,status,tags,created_at,author_role,public,body,comment_created_at
            1,S,closed,"a|b; c,a",2024-03-01 10:15:00,requester,TRUE,x,2024-03-01T10:15:00.250+02:00
            1,,,,,system,No,y,2024-03-01
            1,,,,,End-User,0,z,2024-03-01T10:15Z
            """)
        let ticket = try #require(events.tickets.first)
        #expect(ticket.ticket.tags == ["a", "b", "c"])
        #expect(ticket.ticket.createdAt == FixtureTicket.date("2024-03-01T10:15:00Z"))
        #expect(ticket.comments.map(\.authorRole) == [.customer, .system, .customer])
        #expect(ticket.comments.map(\.isPublic) == [true, false, false])
        #expect(
            ticket.comments.map(\.createdAt) == [
                Date(timeIntervalSince1970: FixtureTicket.date("2024-03-01T08:15:00Z").timeIntervalSince1970 + 0.25),
                FixtureTicket.date("2024-03-01T00:00:00Z"), FixtureTicket.date("2024-03-01T10:15:00Z"),
            ])
        #expect(ticket.ticket.updatedAt == FixtureTicket.date("2024-03-01T10:15:00Z"))
    }

    @Test("a bad row is rejected alone, with its line, and the ticket keeps its other comments")
    func badRowsAlone() throws {
        let events = try read(
            """
            ticket_id,subject,status,author_role,public,body,comment_created_at
            1,Printer,solved,customer,true,first,
            1,,,agent,maybe,second,
            1,,,agent,true,third,
            1,,,robot,true,fourth,
            1,,,agent,true,,
            1,,,agent,true,sixth,last tuesday
            1,,,agent,true
            ,,,agent,true,orphan,
            1,,,agent,true,last,
            """)
        let ticket = try #require(events.tickets.first)
        #expect(ticket.comments.map(\.bodyText) == ["first", "third", "last"])
        #expect(ticket.comments.map(\.position) == [0, 1, 2])
        let reasons = events.rejections.map(\.record.reason)
        #expect(events.rejections.map(\.record.line) == [3, 5, 6, 7, 8, 9])
        #expect(events.rejections.map(\.kind) == Array(repeating: .row, count: 6))
        #expect(reasons[0] == "public 'maybe' is not a boolean; use true/false, 1/0 or yes/no")
        #expect(reasons[1].hasPrefix("author_role 'robot' is unknown"))
        #expect(reasons[2] == "body is empty; fill it in")
        #expect(reasons[3].hasPrefix("comment_created_at 'last tuesday' is not a date"))
        #expect(reasons[4].hasPrefix("has 5 fields but the header has 7"))
        #expect(reasons[5] == "ticket_id is empty; fill it in")
        #expect(events.rejections[0].description.hasPrefix("t.csv:3: row 3: public"))
    }

    @Test("a bad first row sets the whole ticket aside, and the next ticket still imports")
    func badFirstRow() throws {
        let events = try read(
            """
            ticket_id,subject,status,author_role,public,body
            1,,solved,customer,true,no subject
            1,,,agent,true,reply
            2,Fine,solved,customer,true,hello
            """)
        #expect(events.tickets.map(\.ticket.externalID) == ["2"])
        #expect(events.rejections.map(\.record.line) == [2, 3])
        #expect(
            events.rejections[0].record.reason.hasPrefix("ticket 1: subject is empty; fill it in (this row carries"))
        #expect(events.rejections[1].record.reason.hasPrefix("ticket 1: its first row (line 2) was rejected"))
    }

    @Test("a later row's differing ticket field keeps the first row's value, counted, and its comment imports")
    func conflictingRow() throws {
        let events = try read(
            """
            ticket_id,subject,status,author_role,public,body
            1,Printer,solved,customer,true,a
            1,Printer,SOLVED,agent,true,b
            1,Scanner,,agent,true,c
            1,Fax,,agent,true,d
            """)
        #expect(events.tickets.first?.comments.map(\.bodyText) == ["a", "b", "c", "d"])
        #expect(events.tickets.first?.ticket.subject == "Printer")
        #expect(events.rejections.isEmpty)
        let kept = events.compactMap { if case .keptFirstValue(let column) = $0 { column } else { nil } }
        #expect(kept == ["subject", "subject"])
    }

    @Test("a created_at on every row, without comment_created_at, dates each comment")
    func datesPerComment() throws {
        let events = try read(
            """
            ticket_id,subject,status,created_at,author_role,public,body
            1,Printer,solved,2024-03-01T09:00:00Z,customer,true,a
            1,,,2024-03-01T10:00:00Z,agent,true,b
            1,,,2024-03-02T08:00:00Z,customer,true,c
            """)
        let ticket = try #require(events.tickets.first)
        #expect(events.rejections.isEmpty)
        #expect(ticket.comments.map(\.bodyText) == ["a", "b", "c"])
        #expect(
            ticket.comments.map(\.createdAt)
                == ["2024-03-01T09:00:00Z", "2024-03-01T10:00:00Z", "2024-03-02T08:00:00Z"].map(FixtureTicket.date))
        #expect(ticket.ticket.createdAt == FixtureTicket.date("2024-03-01T09:00:00Z"))
        #expect(ticket.ticket.updatedAt == FixtureTicket.date("2024-03-02T08:00:00Z"))
    }

    @Test("a ticket whose rows are not together is rejected when it comes back")
    func repeatedTicket() throws {
        let events = try read(
            """
            ticket_id,subject,status,author_role,public,body
            1,A,solved,customer,true,a
            2,B,solved,customer,true,b
            1,A,solved,agent,true,c
            """)
        #expect(events.tickets.map(\.ticket.externalID) == ["1", "2"])
        #expect(
            events.rejections.first?.record.reason.contains("appears again after other tickets (first at line 2)")
                == true)
    }

    @Test("invalid UTF-8 rejects the row")
    func invalidUTF8() throws {
        var data = Data("ticket_id,subject,status,author_role,public,body\n1,A,solved,customer,true,ok\n".utf8)
        data += Data("1,,,agent,true,caf".utf8) + Data([0xE9]) + Data("\n".utf8)
        let events = try events(of: CSVTicketImporter(), reading: try folder.write(data, to: "latin1.csv"))
        #expect(events.tickets.first?.comments.count == 1)
        #expect(events.rejections.first?.record.reason == "contains bytes that are not UTF-8; export the file as UTF-8")
        #expect(events.rejections.first?.record.line == 3)
    }

    @Test("an unterminated quote rejects the rest of the file as one record, after the tickets before it")
    func unterminatedQuote() throws {
        let events = try read(
            """
            ticket_id,subject,status,author_role,public,body
            1,A,solved,customer,true,a
            2,B,solved,customer,true,"never closed
            3,C,solved,customer,true,c
            """)
        #expect(events.tickets.map(\.ticket.externalID) == ["1"])
        #expect(events.rejections.count == 1)
        #expect(events.rejections.first?.kind == .remainder)
        #expect(events.rejections.first?.record.line == 3)
        #expect(events.rejections.first?.description.hasPrefix("t.csv:3: rest of the file: a quoted field") == true)
    }

    @Test("a header without the required columns sets the file aside")
    func missingColumns() throws {
        let events = try read("ticket_id,subject,body\n1,A,a\n")
        #expect(events.tickets.isEmpty)
        #expect(events.rejections.count == 1)
        #expect(
            events.rejections.first?.record.reason.hasPrefix(
                "the header lacks the required column(s) status, author_role, public") == true)
    }

    @Test("quoted line breaks, CRLF and a byte-order mark; HTML bodies converted, plain ones kept")
    func quotingAndBodies() throws {
        let text =
            "\u{FEFF}ticket_id,subject,status,author_role,public,body\r\n"
            + "1,A,solved,customer,true,\"line one\r\nline two, with \"\"quotes\"\"\"\r\n"
            + "1,,,agent,true,<p>Try <code>reset</code></p><script>alert(1)</script>\r\n"
            + "1,,,agent,true,Use <your name> if 2 < 3\r\n"
        let events = try read(text)
        let ticket = try #require(events.tickets.first)
        #expect(ticket.line == 2)
        #expect(
            ticket.comments.map(\.bodyText) == [
                "line one\nline two, with \"quotes\"", "Try `reset`", "Use <your name> if 2 < 3",
            ])
        #expect(ticket.comments.map { $0.bodyHTML != nil } == [false, true, false])
    }
}
