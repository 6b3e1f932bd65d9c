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
    /// Articles per review state (`draft`, `approved`, `rejected`).
    public var articles: [String: Int]
    /// Articles with a waiting suggestion (they need an update).
    public var pendingSuggestions: Int
    /// Articles an editor should look at (``ArticleLedger/waitingForReview(_:)``).
    public var waitingForReview: Int
    /// Articles with a live (approved) revision.
    public var liveArticles: Int
    public var auditEvents: Int

    /// The number of articles in `state`.
    public func articles(_ state: ArticleState) -> Int { articles[state.rawValue] ?? 0 }
}

extension Store {
    /// Reads the counts of everything in the store.
    public func status() throws -> StoreStatus {
        try read { db in
            let byLanguage = try Row.fetchAll(
                db, sql: "SELECT language, COUNT(*) AS n FROM ticket GROUP BY language ORDER BY language")
            let byState = try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM article GROUP BY state")
            var articles: [String: Int] = [:]
            for state in ArticleState.allCases { articles[state.rawValue] = 0 }
            for row in byState { articles[row["state"]] = row["n"] }
            let pending = try ArticleLedger.needingUpdate(db)
            return StoreStatus(
                tickets: try Ticket.fetchCount(db),
                comments: try Comment.fetchCount(db),
                rejectedRecords: try RejectedRecord.fetchCount(db),
                ticketsByLanguage: Dictionary(uniqueKeysWithValues: byLanguage.map { ($0["language"], $0["n"]) }),
                clusters: try Cluster.fetchCount(db),
                clusteredTickets: try ClusterMember.fetchCount(db),
                articles: articles,
                pendingSuggestions: pending,
                waitingForReview: try ArticleLedger.waitingForReview(db),
                liveArticles: try ArticleLedger.liveArticles(db).filter { $0.revision != nil }.count,
                auditEvents: try AuditEvent.fetchCount(db)
            )
        }
    }
}

extension Store {
    /// The records kept aside by ingest, by file and line.
    public func rejectedRecords() throws -> [RejectedRecord] {
        try read { db in
            try RejectedRecord.order(RejectedRecord.Columns.sourceFile, Column("line")).fetchAll(db)
        }
    }
}
