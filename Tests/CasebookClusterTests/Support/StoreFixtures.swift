import CasebookCore
import Foundation

/// Fills a store with the fixture tickets: the customer's message, a short agent question, the agent's
/// fix (one wording per problem) and an internal note.
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
                    Comment(position: 1, authorRole: .agent, isPublic: true, bodyText: "Which plan?", createdAt: date),
                    Comment(
                        position: 2, authorRole: .agent, isPublic: true, bodyText: answer(for: row.problem),
                        createdAt: date),
                    Comment(
                        position: 3, authorRole: .agent, isPublic: false,
                        bodyText: "Internal: customer is on the legacy billing cluster.", createdAt: date),
                ]
                _ = try Store.save(ticket, comments: comments, in: db)
            }
        }
        return store
    }

    /// The fix agents sent for `problem` (one-offs get an answer of their own).
    static func answer(for problem: String) -> String {
        let fixes = [
            "refund": "I have reversed the duplicate payment; the money is back on your statement within five days.",
            "password": "Sign out everywhere, then use the reset link again: the old session kept the previous secret.",
            "android": "Update Nimbus from the Play Store to version 4.2, which fixes the crash on Android 14.",
            "facture": "Dans Paramètres > Facturation, cochez « Joindre le PDF » pour recevoir vos factures.",
            "plante": "Désinstallez puis réinstallez l'application : la mise à jour 3.1 corrige le démarrage.",
        ]
        return fixes[problem] ?? "Thanks for asking about \(problem); nobody else has needed that."
    }
}
