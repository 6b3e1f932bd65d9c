import CasebookCore

/// The users of a Zendesk export, by id: kept in memory while tickets are read (users are few next
/// to tickets and comments).
struct ZendeskUsers {
    struct User {
        var name: String?
        var email: String?
        /// nil when the export gives no role.
        var role: AuthorRole?
    }

    private var users: [String: User] = [:]

    var count: Int { users.count }

    mutating func add(_ payload: ZendeskUserPayload) {
        users[payload.id.value] = User(
            name: payload.name?.trimmingSpaces.nilIfEmpty, email: payload.email?.trimmingSpaces.nilIfEmpty,
            role: payload.role.map(Self.role))
    }

    subscript(id: ZendeskID?) -> User? {
        id.flatMap { users[$0.value] }
    }

    /// `end-user` → customer; `agent`, `admin` and other staff roles → agent.
    static func role(_ text: String) -> AuthorRole {
        switch text.trimmingSpaces.lowercased() {
        case "end-user", "end_user", "enduser", "customer": .customer
        case "system": .system
        default: .agent
        }
    }
}

extension String {
    /// nil for the empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
