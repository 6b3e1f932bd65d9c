import CasebookCore
import CasebookIngest
import Foundation

/// Writes fixture tickets as exports in each format, one record per line where the format allows it,
/// so tests know the line of every ticket.
enum ExportWriter {
    static let csvHeader = [
        "ticket_id", "subject", "status", "tags", "requester_name", "requester_email", "created_at", "updated_at",
        "comment_id", "author_role", "author_name", "public", "body", "comment_created_at",
    ]

    /// The export of `tickets` in `format`.
    static func export(_ tickets: [FixtureTicket], as format: ImportFormat) -> String {
        switch format {
        case .csv: csv(tickets)
        case .zendesk: zendesk(tickets)
        }
    }

    // MARK: CSV

    /// A CSV export: a header, then one line per comment; ticket fields on each ticket's first row only.
    static func csv(_ tickets: [FixtureTicket]) -> String {
        ([csvHeader.joined(separator: ",")] + tickets.flatMap(csvRows)).joined(separator: "\n") + "\n"
    }

    /// The rows of one ticket (each comment's body on one line: fixtures avoid line breaks in CSV).
    static func csvRows(_ ticket: FixtureTicket) -> [String] {
        ticket.comments.enumerated().map { index, comment in
            let ticketFields =
                index == 0
                ? [
                    ticket.subject, ticket.status, ticket.tags.joined(separator: "|"), ticket.requesterName,
                    ticket.requesterEmail, ticket.created, ticket.updated,
                ] : Array(repeating: "", count: 7)
            let role = comment.role == .customer ? "end-user" : "agent"
            let fields =
                [ticket.id] + ticketFields + [
                    comment.id, role, comment.author, comment.isPublic ? "true" : "false",
                    comment.html ?? comment.body, comment.created,
                ]
            return fields.map(csvField).joined(separator: ",")
        }
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: Zendesk

    /// A Zendesk export: each ticket and user on a line of its own; ticket N is on line N + 2 when
    /// `usersFirst` is false.
    static func zendesk(_ tickets: [FixtureTicket], usersFirst: Bool = false) -> String {
        let ticketLines = tickets.map(zendeskTicket)
        let users = zendeskUsers(tickets)
        let ticketsPart = "\"tickets\": [\n" + ticketLines.joined(separator: ",\n") + "\n]"
        let usersPart = "\"users\": [\n" + users.joined(separator: ",\n") + "\n]"
        let parts = usersFirst ? [usersPart, ticketsPart] : [ticketsPart, usersPart]
        return "{\n" + parts.joined(separator: ",\n") + "\n}\n"
    }

    /// One ticket as a single line of JSON.
    static func zendeskTicket(_ ticket: FixtureTicket) -> String {
        let comments = ticket.comments.map { comment in
            ZComment(
                id: Int(comment.id.filter(\.isNumber)) ?? 0, author_id: authorID(comment, of: ticket),
                public: comment.isPublic, body: comment.html == nil ? comment.body : "plain version",
                html_body: comment.html, created_at: comment.created)
        }
        let payload = ZTicket(
            id: Int(ticket.id) ?? 0, subject: ticket.subject, description: ticket.comments.first?.body ?? "",
            status: ticket.status, tags: ticket.tags, requester_id: requesterID(ticket), assignee_id: 1,
            created_at: ticket.created, updated_at: ticket.updated, comments: comments)
        return encode(payload)
    }

    static func zendeskUsers(_ tickets: [FixtureTicket]) -> [String] {
        var users = [
            ZUser(id: 1, name: "Sam Agent", email: "sam@helpdesk.example", role: "agent"),
            ZUser(id: 2, name: "Root Admin", email: "root@helpdesk.example", role: "admin"),
        ]
        users += tickets.map {
            ZUser(id: requesterID($0), name: $0.requesterName, email: $0.requesterEmail, role: "end-user")
        }
        return users.map(encode)
    }

    static func requesterID(_ ticket: FixtureTicket) -> Int { 10_000 + (Int(ticket.id) ?? 0) }

    private static func authorID(_ comment: FixtureTicket.Comment, of ticket: FixtureTicket) -> Int {
        switch comment.author {
        case "Sam Agent": 1
        case "Root Admin": 2
        default: requesterID(ticket)
        }
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    private struct ZTicket: Encodable {
        var id: Int
        var subject: String
        var description: String
        var status: String
        var tags: [String]
        var requester_id: Int
        var assignee_id: Int
        var created_at: String
        var updated_at: String
        var comments: [ZComment]
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    private struct ZComment: Encodable {
        var id: Int
        var author_id: Int
        var `public`: Bool
        var body: String
        var html_body: String?
        var created_at: String
    }

    private struct ZUser: Encodable {
        var id: Int
        var name: String
        var email: String
        var role: String
    }
}
