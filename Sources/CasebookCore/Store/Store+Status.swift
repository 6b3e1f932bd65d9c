import Foundation
import GRDB

/// Counts per stage and state, as `casebook status` shows them.
public struct StoreStatus: Codable, Sendable, Equatable {
    public var tickets: Int
    public var comments: Int
    public var rejectedRecords: Int
    public var ticketsByLanguage: [String: Int]
    public var clusters: Int
    public var clusteredTickets: Int
    public var articles: [ArticleState: Int]
    public var pendingSuggestions: Int
    public var auditEvents: Int

    public func articles(_ state: ArticleState) -> Int { articles[state] ?? 0 }
}

extension Store {
    /// Reads the counts of everything in the store.
    public func status() throws -> StoreStatus {
        try read { db in
            let byLanguage = try Row.fetchAll(
                db, sql: "SELECT language, COUNT(*) AS n FROM ticket GROUP BY language ORDER BY language")
            let byState = try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM article GROUP BY state")
            var articles: [ArticleState: Int] = [:]
            for row in byState {
                if let state = ArticleState(rawValue: row["state"]) { articles[state] = row["n"] }
            }
            let pending = try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM articleRevision r JOIN article a ON a.id = r.articleID
                    WHERE r.origin = 'suggestion' AND r.id > COALESCE(a.currentRevisionID, 0)
                    """) ?? 0
            return StoreStatus(
                tickets: try Ticket.fetchCount(db),
                comments: try Comment.fetchCount(db),
                rejectedRecords: try RejectedRecord.fetchCount(db),
                ticketsByLanguage: Dictionary(uniqueKeysWithValues: byLanguage.map { ($0["language"], $0["n"]) }),
                clusters: try Cluster.fetchCount(db),
                clusteredTickets: try ClusterMember.fetchCount(db),
                articles: articles,
                pendingSuggestions: pending,
                auditEvents: try AuditEvent.fetchCount(db)
            )
        }
    }
}
