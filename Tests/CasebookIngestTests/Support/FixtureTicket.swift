import CasebookCore
import Foundation

/// A ticket as a test writes it into an export, in any format, and expects it back from the store.
struct FixtureTicket: Sendable {
    struct Comment: Sendable {
        var id: String
        var role: AuthorRole
        var author: String
        var isPublic: Bool
        var body: String
        /// Sent as `html_body` (Zendesk) or as the CSV body, instead of `body`.
        var html: String?
        var created: String
    }

    var id: String
    var subject: String
    var status: String
    var tags: [String]
    var requesterName: String
    var requesterEmail: String
    var created: String
    var updated: String
    var comments: [Comment]

    /// Parses a fixture's ISO 8601 date (all fixtures are in UTC with a `Z`).
    static func date(_ text: String) -> Date {
        (try? Date(text, strategy: .iso8601)) ?? Date(timeIntervalSince1970: -1)
    }
}

extension FixtureTicket {
    /// An English billing ticket: a customer message, a public agent reply, an HTML reply and a private note.
    static let english = FixtureTicket(
        id: "101", subject: "Charged twice for my subscription", status: "solved", tags: ["billing", "refund"],
        requesterName: "Alice Martin", requesterEmail: "alice.martin@example.com", created: "2024-03-01T09:00:00Z",
        updated: "2024-03-02T10:30:00Z",
        comments: [
            Comment(
                id: "9001", role: .customer, author: "Alice Martin", isPublic: true,
                body: "Hello, I was charged twice for my subscription this month. Can you refund the extra charge?",
                created: "2024-03-01T09:00:00Z"),
            Comment(
                id: "9002", role: .agent, author: "Sam Agent", isPublic: false,
                body: "Internal note: duplicate charge confirmed in the billing console.",
                created: "2024-03-01T09:30:00Z"),
            Comment(
                id: "9003", role: .agent, author: "Sam Agent", isPublic: true,
                body: "Sorry about that! I have refunded the duplicate charge; it shows within 5 days.",
                created: "2024-03-01T10:00:00Z"),
            Comment(
                id: "9004", role: .agent, author: "Root Admin", isPublic: true, body: "",
                html: "<p>To avoid it next time:</p><ul><li>Open <b>Settings</b></li>"
                    + "<li>Check <a href=\"https://example.com/billing\">Billing</a></li></ul>",
                created: "2024-03-02T10:30:00Z"),
        ])

    /// A French login ticket.
    static let french = FixtureTicket(
        id: "102", subject: "Impossible de me connecter", status: "closed", tags: ["connexion"],
        requesterName: "Benoît Durand", requesterEmail: "benoit.durand@example.fr", created: "2024-03-05T14:00:00Z",
        updated: "2024-03-05T16:45:00Z",
        comments: [
            Comment(
                id: "9101", role: .customer, author: "Benoît Durand", isPublic: true,
                body: "Bonjour, je n'arrive pas à me connecter à mon compte depuis la mise à jour. "
                    + "Le mot de passe est refusé, pouvez-vous m'aider ?",
                created: "2024-03-05T14:00:00Z"),
            Comment(
                id: "9102", role: .agent, author: "Sam Agent", isPublic: true,
                body: "Bonjour, nous avons réinitialisé votre mot de passe.\nVous pouvez maintenant vous connecter "
                    + "avec le lien envoyé par e-mail.",
                created: "2024-03-05T16:45:00Z"),
        ])

    /// A ticket still open: skipped by ingest.
    static let open = FixtureTicket(
        id: "103", subject: "Export to PDF is slow", status: "open", tags: [], requesterName: "Chris Lee",
        requesterEmail: "chris@example.com", created: "2024-03-06T08:00:00Z", updated: "2024-03-06T08:00:00Z",
        comments: [
            Comment(
                id: "9201", role: .customer, author: "Chris Lee", isPublic: true,
                body: "Exporting a report to PDF takes minutes.", created: "2024-03-06T08:00:00Z")
        ])

    /// A plain resolved ticket numbered `number`, for larger files.
    static func numbered(_ number: Int, subject: String? = nil) -> FixtureTicket {
        FixtureTicket(
            id: String(number), subject: subject ?? "Question \(number) about the mobile app", status: "solved",
            tags: ["app"], requesterName: "Customer \(number)", requesterEmail: "c\(number)@example.com",
            created: "2024-04-01T08:00:00Z", updated: "2024-04-01T09:00:00Z",
            comments: [
                Comment(
                    id: "c\(number)-1", role: .customer, author: "Customer \(number)", isPublic: true,
                    body: "The app crashes when I open the settings page.", created: "2024-04-01T08:00:00Z"),
                Comment(
                    id: "c\(number)-2", role: .agent, author: "Sam Agent", isPublic: true,
                    body: "Please update the app to the latest version.", created: "2024-04-01T09:00:00Z"),
            ])
    }

    /// This ticket as a later export has it: updated at `updated`, with an agent's follow-up written then.
    func followedUp(at updated: String) -> FixtureTicket {
        var ticket = self
        ticket.updated = updated
        ticket.comments.append(
            Comment(
                id: "c\(id)-\(comments.count + 1)", role: .agent, author: "Sam Agent", isPublic: true,
                body: "Following up: is the crash gone since the update?", created: updated))
        return ticket
    }
}
