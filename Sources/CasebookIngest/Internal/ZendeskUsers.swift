import CasebookCore

/// The users of a Zendesk export, by id: kept in memory while tickets are read (users are few next
/// to tickets and comments).
struct ZendeskUsers {
    struct User {
        var name: String?
        var email: String?
        /// `.customer` when the export gives no role or one that is not staff's.
        var role: AuthorRole
    }

    private var users: [String: User] = [:]

    var count: Int { users.count }

    mutating func add(_ payload: ZendeskUserPayload) {
        users[payload.id.value] = User(
            name: payload.name?.trimmingSpaces.nilIfEmpty, email: payload.email?.trimmingSpaces.nilIfEmpty,
            role: payload.role.map(Self.role) ?? .customer)
    }

    subscript(id: ZendeskID?) -> User? {
        id.flatMap { users[$0.value] }
    }

    /// `agent` and `admin` → agent; `system` → system; anything else (`end-user`, an unknown role) →
    /// customer, so that only staff's words can become an article's solution.
    static func role(_ text: String) -> AuthorRole {
        switch text.trimmingSpaces.lowercased() {
        case "agent", "admin": .agent
        case "system": .system
        default: .customer
        }
    }
}

extension String {
    /// nil for the empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
