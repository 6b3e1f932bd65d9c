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

    /// The formats this writer writes; Freshdesk and Jira, whose first message is a description
    /// without an id, have their own samples and tests.
    static let formats: [ImportFormat] = [.csv, .zendesk, .ndjson, .helpscout]
    /// The formats whose ticket N sits on line N + 2 (CSV rows aside): a page, one ticket a line.
    static let paged: [ImportFormat] = [.csv, .zendesk, .helpscout]

    /// The export of `tickets` in `format` (one of `formats`).
    static func export(_ tickets: [FixtureTicket], as format: ImportFormat) -> String {
        switch format {
        case .csv: csv(tickets)
        case .ndjson: ndjson(tickets)
        case .helpscout: helpScout(tickets)
        default: zendesk(tickets)
        }
    }

    /// A file name for `base` in `format`.
    static func name(_ base: String, _ format: ImportFormat) -> String {
        switch format {
        case .csv: "\(base).csv"
        case .ndjson: "\(base).ndjson"
        default: "\(base).json"
        }
    }

    /// The line ticket `index` (from 0) of a non-CSV export is on.
    static func line(ofTicket index: Int, _ format: ImportFormat) -> Int {
        format == .ndjson ? index + 1 : index + 3
    }

    // MARK: NDJSON

    /// The generic NDJSON layout, one ticket a line.
    static func ndjson(_ tickets: [FixtureTicket]) -> String {
        tickets.map { ticket in
            let comments = ticket.comments.map { comment in
                GComment(
                    id: comment.id, author_role: comment.role.rawValue, author_name: comment.author,
                    public: comment.isPublic, body: comment.html == nil ? comment.body : nil, body_html: comment.html,
                    created_at: comment.created)
            }
            return encode(
                GTicket(
                    ticket_id: ticket.id, subject: ticket.subject, status: ticket.status, tags: ticket.tags,
                    requester_name: ticket.requesterName, requester_email: ticket.requesterEmail,
                    created_at: ticket.created, updated_at: ticket.updated, comments: comments))
        }.joined(separator: "\n") + "\n"
    }

    // MARK: Help Scout

    /// A Help Scout conversations page, one conversation a line, threads newest first as the API lists them.
    static func helpScout(_ tickets: [FixtureTicket]) -> String {
        let lines = tickets.map { ticket in
            let threads = ticket.comments.reversed().map { comment in
                let name = comment.author.split(separator: " ", maxSplits: 1).map(String.init)
                return HThread(
                    id: comment.id,
                    type: comment.role == .customer ? "customer" : (comment.isPublic ? "reply" : "note"),
                    body: comment.html ?? comment.body, createdAt: comment.created,
                    createdBy: HPerson(
                        type: comment.role == .customer ? "customer" : "user", first: name.first ?? "",
                        last: name.count > 1 ? name[1] : "", email: nil))
            }
            let name = ticket.requesterName.split(separator: " ", maxSplits: 1).map(String.init)
            return encode(
                HConversation(
                    id: Int(ticket.id) ?? 0, number: 1000 + (Int(ticket.id) ?? 0), subject: ticket.subject,
                    status: ticket.status, tags: ticket.tags.map { HTag(tag: $0) },
                    primaryCustomer: HPerson(
                        type: "customer", first: name.first ?? "", last: name.count > 1 ? name[1] : "",
                        email: ticket.requesterEmail),
                    createdAt: ticket.created, userUpdatedAt: ticket.updated,
                    _embedded: HEmbedded(threads: Array(threads))))
        }
        return "{\n\"_embedded\": {\"conversations\": [\n" + lines.joined(separator: ",\n") + "\n]},\n"
            + "\"page\": {\"size\": 50, \"totalElements\": \(tickets.count), \"totalPages\": 1, \"number\": 1}}\n"
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

    // swift-format-ignore: AlwaysUseLowerCamelCase
    private struct GTicket: Encodable {
        var ticket_id: String
        var subject: String
        var status: String
        var tags: [String]
        var requester_name: String
        var requester_email: String
        var created_at: String
        var updated_at: String
        var comments: [GComment]
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    private struct GComment: Encodable {
        var id: String
        var author_role: String
        var author_name: String
        var `public`: Bool
        var body: String?
        var body_html: String?
        var created_at: String
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    private struct HConversation: Encodable {
        var id: Int
        var number: Int
        var subject: String
        var status: String
        var tags: [HTag]
        var primaryCustomer: HPerson
        var createdAt: String
        var userUpdatedAt: String
        var _embedded: HEmbedded
    }

    private struct HEmbedded: Encodable {
        var threads: [HThread]
    }

    private struct HTag: Encodable {
        var tag: String
    }

    private struct HThread: Encodable {
        var id: String
        var type: String
        var body: String
        var createdAt: String
        var createdBy: HPerson
    }

    private struct HPerson: Encodable {
        var type: String
        var first: String
        var last: String
        var email: String?
    }

    private struct ZUser: Encodable {
        var id: Int
        var name: String
        var email: String
        var role: String
    }
}
