import Foundation
import GRDB

/// One line of `casebook review list`.
public struct ArticleSummary: Codable, Sendable, Equatable {
    public var id: Int64
    public var slug: String
    public var title: String
    public var category: String
    public var language: String
    public var state: ArticleState
    /// The current revision's number.
    public var revision: Int
    /// The live (approved) revision's number, when it has one.
    public var liveRevision: Int?
    /// How many tickets it was drafted from.
    public var sourceCount: Int
    /// True when the drafter offered a newer text the editor has not taken or dismissed (it needs an update).
    public var needsUpdate: Bool
    public var isEditorOwned: Bool
    public var updatedAt: Date
}

/// Which articles `review list` (and the web app's queue) shows.
public struct ArticleFilter: Sendable, Equatable {
    /// Only these states (all when empty).
    public var states: Set<ArticleState> = []
    /// Only articles with a waiting suggestion.
    public var needsUpdate = false
    /// Only this language (a normalised tag; `fr` also matches `fr-ca`).
    public var language: String?
    /// Only this category (case-insensitive).
    public var category: String?
    /// Only articles drafted from at least this many tickets.
    public var minimumSources: Int?
    /// Only articles not changed since this time (older than an age).
    public var changedBefore: Date?
    /// Only articles changed since this time.
    public var changedSince: Date?

    public init() {}
}

/// Everything an editor needs to judge one article.
public struct ArticleDetail: Codable, Sendable {
    /// A ticket the article was drafted from (for the editor only; never published).
    public struct SourceTicket: Codable, Sendable, Equatable {
        public var id: Int64
        public var reference: String
        public var subject: String
    }

    public var article: Article
    public var current: ArticleRevision?
    /// The live (approved) revision, when it differs from the current one or is the current one.
    public var live: ArticleRevision?
    public var revisions: [ArticleRevision]
    public var pendingSuggestion: ArticleRevision?
    public var sources: [SourceTicket]
    public var history: [AuditEvent]
}

extension ArticleLedger {
    /// The articles `filter` lets through, by id.
    public func summaries(_ filter: ArticleFilter = ArticleFilter()) throws -> [ArticleSummary] {
        try store.read { db in try Self.summaries(filter, in: db) }
    }

    static func summaries(_ filter: ArticleFilter, in db: Database) throws -> [ArticleSummary] {
        var request = Article.all()
        if !filter.states.isEmpty {
            request = request.filter(filter.states.map(\.rawValue).contains(Article.Columns.state))
        }
        if filter.needsUpdate { request = request.filter(Article.Columns.pendingSuggestionID != nil) }
        if let before = filter.changedBefore { request = request.filter(Article.Columns.updatedAt < before) }
        if let since = filter.changedSince { request = request.filter(Article.Columns.updatedAt >= since) }
        let articles = try request.order(Article.Columns.id).fetchAll(db)
        let numbers = Dictionary(
            try Row.fetchAll(db, sql: "SELECT id, number FROM articleRevision").map { ($0[0] as Int64, $0[1] as Int) },
            uniquingKeysWith: { a, _ in a })
        let counts = Dictionary(
            try Row.fetchAll(db, sql: "SELECT articleID, COUNT(*) FROM articleSource GROUP BY articleID").map {
                ($0[0] as Int64, $0[1] as Int)
            }, uniquingKeysWith: { a, _ in a })
        return articles.compactMap { article in
            guard let id = article.id else { return nil }
            if let language = filter.language, article.language != language,
                !article.language.hasPrefix(language + "-")
            {
                return nil
            }
            if let category = filter.category, article.category.lowercased() != category.lowercased() { return nil }
            let sources = counts[id] ?? 0
            if let minimum = filter.minimumSources, sources < minimum { return nil }
            return ArticleSummary(
                id: id, slug: article.slug, title: article.title, category: article.category,
                language: article.language, state: article.state,
                revision: article.currentRevisionID.flatMap { numbers[$0] } ?? 0,
                liveRevision: article.approvedRevisionID.flatMap { numbers[$0] }, sourceCount: sources,
                needsUpdate: article.pendingSuggestionID != nil, isEditorOwned: article.isEditorOwned,
                updatedAt: article.updatedAt)
        }
    }

    /// Everything about one article.
    public func detail(_ id: Int64) throws -> ArticleDetail {
        try store.read { db in
            let session = Session(db: db, now: clock.now(), rules: rules)
            let article = try session.article(id)
            let revisions = try ArticleRevision.filter(ArticleRevision.Columns.articleID == id)
                .order(ArticleRevision.Columns.number).fetchAll(db)
            let tickets = try Ticket.fetchAll(
                db,
                sql: """
                    SELECT ticket.* FROM ticket JOIN articleSource ON articleSource.ticketID = ticket.id
                    WHERE articleSource.articleID = ? ORDER BY ticket.source, ticket.externalID
                    """, arguments: [id])
            let history = try AuditEvent.filter(
                AuditEvent.Columns.subjectType == "article" && AuditEvent.Columns.subjectID == id
            ).order(AuditEvent.Columns.at, Column("id")).fetchAll(db)
            return ArticleDetail(
                article: article, current: revisions.first { $0.id == article.currentRevisionID },
                live: revisions.first { $0.id == article.approvedRevisionID }, revisions: revisions,
                pendingSuggestion: revisions.first { $0.id == article.pendingSuggestionID },
                sources: tickets.compactMap { ticket in
                    ticket.id.map {
                        ArticleDetail.SourceTicket(id: $0, reference: ticket.reference, subject: ticket.subject)
                    }
                },
                history: history)
        }
    }

    /// Articles an editor should look at: drafts, articles in review, and articles with a waiting
    /// suggestion (that are not rejected or archived). The one definition status, list and publish count by.
    public static func waitingForReview(_ db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) FROM article
                WHERE state IN ('draft', 'in-review')
                   OR (pendingSuggestionID IS NOT NULL AND state NOT IN ('rejected', 'archived'))
                """) ?? 0
    }

    /// Articles with a waiting suggestion.
    public static func needingUpdate(_ db: Database) throws -> Int {
        try Article.filter(
            Article.Columns.pendingSuggestionID != nil
                && ![ArticleState.rejected, ArticleState.archived].contains(Article.Columns.state)
        ).fetchCount(db)
    }
}
