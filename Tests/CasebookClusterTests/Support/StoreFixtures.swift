import CasebookCore
import Foundation

/// Fills a store with the fixture tickets: the customer's message, an agent reply and an internal note.
enum StoreFixtures {
    static let date = Date(timeIntervalSince1970: 1_750_000_000)

    static func store() throws -> Store {
        let store = try Store.inMemory()
        try store.write { db in
            for (position, row) in Fixtures.rows.enumerated() {
                let ticket = Ticket(
                    source: "fixture", externalID: String(position + 1), subject: row.subject, status: "solved",
                    language: row.language, createdAt: date, updatedAt: date, sourceFile: "fixtures.csv",
                    sourceLine: position + 2)
                let comments = [
                    Comment(position: 0, authorRole: .customer, isPublic: true, bodyText: row.message, createdAt: date),
                    Comment(
                        position: 1, authorRole: .agent, isPublic: true,
                        bodyText: "Hello, please restart the app and clear the cache \(position).", createdAt: date),
                    Comment(
                        position: 2, authorRole: .agent, isPublic: false,
                        bodyText: "Internal: customer is on the legacy billing cluster.", createdAt: date),
                ]
                _ = try Store.save(ticket, comments: comments, in: db)
            }
        }
        return store
    }
}
