import CasebookCore
import Foundation

/// The people of an export (Zendesk users, Freshdesk contacts and agents), by id: kept in memory
/// while tickets are read (people are few next to tickets and comments).
struct PeopleDirectory: Sendable {
    struct User: Sendable {
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

    /// Adds (or replaces) the person `id`.
    mutating func add(id: String, name: String?, email: String?, role: AuthorRole) {
        users[id] = User(
            name: name?.trimmingSpaces.nilIfEmpty, email: email?.trimmingSpaces.nilIfEmpty, role: role)
    }

    subscript(id: RecordID?) -> User? {
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

extension PeopleDirectory {
    /// Adds the users of `export`'s top-level `users` array (a users page, or users side-loaded with
    /// tickets), passing a reject for each malformed one to `sink`; returns where the array broke, if it did.
    static func read(
        _ export: ExportFile, into users: inout PeopleDirectory, records: JSONRecords,
        sink: (ImportEvent) throws -> Void
    ) throws -> JSONArrayScanner.Breakage? {
        let decoder = JSONDecoder()
        var scanner: JSONArrayScanner
        do {
            scanner = try JSONArrayScanner(url: export.url)
        } catch {
            throw IngestError(path: export.name, reason: .unreadable(IngestError.explain(error)))
        }
        do {
            _ = try scanner.scan(path: ["users"], topLevelArray: false) { element in
                try users.add(element, decoder: decoder, records: records, sink: sink)
            }
        } catch let breakage as JSONArrayScanner.Breakage {
            return breakage
        }
        return nil
    }
}

extension String {
    /// nil for the empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension PeopleDirectory {
    /// Adds the Zendesk user in `element`, or passes it to `sink` as a rejected user.
    mutating func add(
        _ element: JSONArrayScanner.Element, decoder: JSONDecoder, records: JSONRecords,
        sink: (ImportEvent) throws -> Void
    ) throws {
        do {
            if let problem = element.problem { throw ElementProblem(reason: problem) }
            add(try decoder.decode(ZendeskUserPayload.self, from: Data(element.bytes)))
        } catch {
            let reason = JSONProblem.reason(error, in: element)
            try sink(.rejected(records.rejection(of: element, kind: .user, reason: reason)))
        }
    }
}
