import CasebookCore
import CasebookIngest
import Foundation
import Testing

@Suite("Zendesk importer")
struct ZendeskImporterTests {
    private let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func read(_ text: String) throws -> [ImportEvent] {
        try events(of: ZendeskImporter(), reading: try folder.write(text, to: "z.json"))
    }

    private static let users = """
        "users": [
          {"id": 1, "name": "Sam Agent", "email": "sam@x.example", "role": "agent"},
          {"id": 2, "name": "Ada Admin", "role": "admin"},
          {"id": 5, "name": "Cleo Customer", "email": "cleo@example.com", "phone": "+33 1 23", "role": "end-user"}
        ]
        """

    @Test("users before or after tickets give the same roles, names and requester", arguments: [true, false])
    func usersEitherSide(usersFirst: Bool) throws {
        let text = ExportWriter.zendesk([.english, .french], usersFirst: usersFirst)
        let tickets = try read(text).tickets
        #expect(tickets.count == 2)
        #expect(tickets.first?.ticket.requesterName == "Alice Martin")
        #expect(tickets.first?.comments.map(\.authorRole) == FixtureTicket.english.comments.map(\.role))
        #expect(tickets.first?.line == (usersFirst ? 9 : 3))
    }

    @Test("only agent and admin users are agents; unknown authors and users without a known role are customers")
    func unknownAuthors() throws {
        let text = """
            {"tickets": [{"id": 10, "subject": "S", "status": "solved", "requester_id": 77, "comments": [
              {"id": 1, "author_id": 77, "public": true, "body": "help"},
              {"id": 2, "author_id": 88, "public": true, "body": "CC'd colleague missing from users"},
              {"id": 3, "author_id": 2, "public": true, "body": "admin"},
              {"id": 4, "author_id": 5, "body": "no public flag"},
              {"id": 5, "author_id": 1, "public": true, "body": "agent"},
              {"id": 6, "author_id": 6, "public": true, "body": "user without a role"},
              {"id": 7, "author_id": 7, "public": true, "body": "user with an unknown role"},
              {"id": 8, "public": true, "body": "no author"}
            ]}],
            "users": [
              {"id": 1, "name": "Sam Agent", "role": "agent"},
              {"id": 2, "name": "Ada Admin", "role": "admin"},
              {"id": 5, "name": "Cleo Customer", "role": "end-user"},
              {"id": 6, "name": "Nora Norole"},
              {"id": 7, "name": "Uma Unknown", "role": "light-agent"}
            ]}
            """
        let ticket = try #require(try read(text).tickets.first)
        #expect(
            ticket.comments.map(\.authorRole) == [
                .customer, .customer, .agent, .customer, .agent, .customer, .customer, .customer,
            ])
        #expect(
            ticket.comments.map(\.authorName) == [
                nil, nil, "Ada Admin", "Cleo Customer", "Sam Agent", "Nora Norole", "Uma Unknown", nil,
            ])
        #expect(ticket.comments.map(\.isPublic) == [true, true, true, false, true, true, true, true])
        #expect(ticket.ticket.requesterEmail == nil)
    }

    @Test("a CC'd end-user who is not the requester is a customer, and keeps their name for redaction")
    func ccdEndUser() throws {
        let text = """
            {"tickets": [{"id": 11, "subject": "S", "status": "solved", "requester_id": 1, "comments": [
              {"id": 1, "author_id": 5, "public": true, "body": "I live at 12 Rue de la Paix"}
            ]}],
            \(Self.users)}
            """
        let comment = try #require(try read(text).tickets.first?.comments.first)
        #expect(comment.authorRole == .customer)
        #expect(comment.authorName == "Cleo Customer")
    }

    @Test("a user's phone is ignored, whatever its type")
    func phoneIgnored() throws {
        let text = """
            {"users": [{"id": 5, "name": "Cleo", "phone": {"mobile": 612345678}, "role": "end-user"}],
             "tickets": [{"id": 1, "status": "solved", "requester_id": 5, "comments": [
              {"id": 1, "author_id": 5, "public": true, "body": "hi"}]}]}
            """
        let events = try read(text)
        #expect(events.rejections.isEmpty)
        #expect(events.tickets.first?.ticket.requesterName == "Cleo")
        #expect(events.tickets.first?.comments.first?.authorName == "Cleo")
    }

    @Test("html_body is converted and kept; body is used without it")
    func htmlBodies() throws {
        let text = """
            {"tickets": [{"id": 1, "subject": "S", "status": "solved", "comments": [
              {"id": 1, "author_id": 1, "public": true, "body": "plain",
               "html_body": "<p>Hi&nbsp;there &amp; <a href=\\"javascript:alert(1)\\">click</a></p>"},
              {"id": 2, "author_id": 1, "public": true, "body": "just text\\r\\n"},
              {"id": 3, "author_id": 1, "public": true, "body": "see the picture", "html_body": "<img src=x>"}
            ]}]}
            """
        let ticket = try #require(try read(text).tickets.first)
        #expect(ticket.comments.map(\.bodyText) == ["Hi there & click", "just text", "see the picture"])
        #expect(ticket.comments.first?.bodyHTML?.contains("javascript") == true)
        #expect(ticket.comments[1].bodyHTML == nil)
    }

    @Test("a ticket without comments gets its description as the customer's first message")
    func descriptionFallback() throws {
        let text = #"{"tickets": [{"id": 1, "subject": "S", "status": "closed", "description": "It broke."}]}"#
        let ticket = try #require(try read(text).tickets.first)
        #expect(ticket.comments.map(\.bodyText) == ["It broke."])
        #expect(ticket.comments.first?.authorRole == .customer)
    }

    @Test("wrong types, a missing id and bad dates reject only their ticket, naming the field")
    func badElements() throws {
        let text = """
            {"tickets": [
            {"id": 1, "subject": "ok", "status": "solved"},
            {"id": 2, "subject": "S", "status": "solved", "comments": 42},
            {"subject": "no id", "status": "solved"},
            {"id": 4, "status": "solved", "comments": [{"id": 1, "public": "yes"}]},
            {"id": 5, "status": "solved", "created_at": "soon"},
            {"id": 6, "subject": "ok", "status": "solved"},
            {"id": 1, "subject": "again", "status": "solved"}
            ]}
            """
        let events = try read(text)
        #expect(events.tickets.map(\.ticket.externalID) == ["1", "6"])
        let rejections = events.rejections
        #expect(rejections.map(\.record.line) == [3, 4, 5, 6, 8])
        #expect(rejections.map(\.record.position) == [2, 3, 4, 5, 7])
        #expect(rejections[0].record.reason == "comments should be an array")
        #expect(rejections[1].record.reason == "id is missing")
        #expect(rejections[2].record.reason == "comments[0].public should be true or false")
        #expect(rejections[3].record.reason.hasPrefix("created_at 'soon' is not a date"))
        #expect(rejections[4].record.reason == "id 1 was already read at line 2; the first one is kept")
        #expect(rejections[1].description == "z.json:4: ticket 3: id is missing")
    }

    @Test("bad JSON syntax inside a ticket rejects that ticket only, even across lines")
    func syntaxErrors() throws {
        let text = """
            {
              "tickets": [
                {"id": 1, "subject": "one", "status": "solved"},
                {"id": 2, "subject": "missing comma" "status": "solved"},
                {
                  "id": 3,
                  "subject": "unclosed string,
                  "status": "solved"
                },
                {"id": 4, "subject": "bad bracket", "status": "solved", "tags": ["a"},
                {"id": 5, "subject": "five", "status": "solved"}
              ]
            }
            """
        let events = try read(text)
        #expect(events.tickets.map(\.ticket.externalID) == ["1", "5"])
        #expect(events.rejections.map(\.record.line) == [4, 5, 10])
        #expect(events.rejections[0].record.reason == "is not valid JSON; check its commas, quotes and brackets")
        #expect(events.rejections[1].record.reason == "a string on line 7 is not closed (a '\"' is missing)")
        #expect(events.rejections[2].record.reason.hasPrefix("brackets do not match at line 10"))
    }

    @Test("a truncated file keeps the tickets before the cut and rejects the rest as one record")
    func truncated() throws {
        let full = ExportWriter.zendesk((1...4).map { FixtureTicket.numbered($0) })
        let mark = try #require(full.range(of: "\"id\":3"))
        let cut = String(full[..<mark.lowerBound])
        let events = try read(cut)
        #expect(events.tickets.map(\.ticket.externalID) == ["1", "2"])
        #expect(events.rejections.count == 1)
        #expect(events.rejections.first?.kind == .remainder)
        #expect(events.rejections.first?.record.line == 5)
        #expect(events.rejections.first?.record.reason.contains("the file ends inside ticket 3") == true)
    }

    @Test(
        "a file without a tickets array, or not an object, is one reject",
        arguments: [
            #"{"users": []}"#, "", #"{"tickets": 5}"#, #"{"tickets": [ "#,
        ])
    func brokenStructure(text: String) throws {
        let events = try read(text)
        #expect(events.tickets.isEmpty)
        #expect(events.rejections.count == 1)
        #expect(events.rejections.first?.kind == .remainder)
        #expect(events.rejections.first?.record.line == 1)
    }

    @Test("a bare array of tickets, and NDJSON with one ticket a line, read like a tickets page")
    func arrayAndLines() throws {
        let tickets = [FixtureTicket.numbered(1), .numbered(2)].map(ExportWriter.zendeskTicket)
        let array = try read("[\n" + tickets.joined(separator: ",\n") + "\n]\n")
        #expect(array.tickets.map(\.ticket.externalID) == ["1", "2"])
        let lines = try read(tickets.joined(separator: "\n") + "\n")
        #expect(lines.tickets.map(\.ticket.externalID) == ["1", "2"])
        #expect(lines.tickets.map(\.line) == [1, 2])
        #expect(lines.rejections.isEmpty)
    }

    @Test("a corrupt NDJSON line costs that line only, named by its line")
    func corruptLine() throws {
        var tickets = (1...3).map { ExportWriter.zendeskTicket(.numbered($0)) }
        tickets[1] = String(tickets[1].dropLast(10))
        let events = try read(tickets.joined(separator: "\n") + "\n")
        #expect(events.tickets.map(\.ticket.externalID) == ["1", "3"])
        let reject = try #require(events.rejections.first)
        #expect(events.rejections.count == 1)
        #expect(reject.kind == .line)
        #expect(reject.record.line == 2)
        #expect(reject.description.hasPrefix("z.json:2: "))
    }

    @Test("garbage between tickets keeps the tickets before it and rejects the rest as one record")
    func garbageBetweenTickets() throws {
        let events = try read(#"{"tickets": [{"id": 1, "status": "solved"} {"id": 2, "status": "solved"}]}"#)
        #expect(events.tickets.map(\.ticket.externalID) == ["1"])
        #expect(events.rejections.map(\.kind) == [.remainder])
        #expect(events.rejections.first?.record.reason.hasPrefix("expected ',' or ']' after ticket 1") == true)
    }

    @Test("a malformed user is rejected and its comments are taken as the customer's")
    func badUser() throws {
        let text = """
            {"users": [
            {"id": "", "name": "Nobody"},
            {"id": 1, "name": "Sam", "role": "agent"},
            {"id": 4, "name": "Broken", "role": ["agent"]}
            ],
            "tickets": [{"id": 9, "subject": "S", "status": "solved", "requester_id": 3, "comments": [
              {"id": 1, "author_id": 1, "public": true, "body": "hi"},
              {"id": 2, "author_id": 4, "public": true, "body": "my home address"}]}]}
            """
        let events = try read(text)
        #expect(events.tickets.first?.comments.map(\.authorRole) == [.agent, .customer])
        #expect(events.rejections.map(\.kind) == [.user, .user])
        #expect(events.rejections.first?.description.hasPrefix("z.json:2: user 1: id ") == true)
    }

    @Test("a repeated id whose first copy was rejected is imported: nothing was kept before it")
    func repeatAfterRejectedFirst() throws {
        let text = """
            {"tickets": [
            {"id": 1, "subject": "bad date", "status": "solved", "created_at": "soon"},
            {"id": 1, "subject": "fixed", "status": "solved"},
            {"id": 1, "subject": "again", "status": "solved"}
            ]}
            """
        let events = try read(text)
        #expect(events.tickets.map(\.ticket.subject) == ["fixed"])
        #expect(events.rejections.map(\.record.line) == [2, 4])
        #expect(events.rejections[0].record.reason.hasPrefix("created_at 'soon' is not a date"))
        #expect(events.rejections[1].record.reason == "id 1 was already read at line 3; the first one is kept")
    }
}
