import CasebookCore
import Foundation
import GRDB

/// What editors do with drafted articles: list, read, edit, approve and reject them.
///
/// Every change is one transaction and one line of the audit log naming the editor. Only approved
/// articles are published.
public struct ReviewDesk: Sendable {
    public let store: Store
    public let clock: WallClock

    public init(store: Store, clock: WallClock = .system) {
        self.store = store
        self.clock = clock
    }

    /// The articles in `state` (all when nil), newest change first, then by id.
    public func list(state: ArticleState? = nil) throws -> [ArticleSummary] {
        try store.read { db in
            var request = Article.all()
            if let state { request = request.filter(Article.Columns.state == state) }
            let articles = try request.order(Article.Columns.id).fetchAll(db)
            return try articles.map { article in
                let sources = try ArticleSource.filter(ArticleSource.Columns.articleID == article.id).fetchCount(db)
                return ArticleSummary(
                    id: article.id ?? 0, slug: article.slug, title: article.title, category: article.category,
                    language: article.language, state: article.state, sourceCount: sources,
                    hasPendingSuggestion: try Self.latestSuggestion(of: article, in: db) != nil,
                    isEditorOwned: article.isEditorOwned, updatedAt: article.updatedAt)
            }
        }
    }

    /// Everything an editor needs to judge one article: its text, sources, history and suggestion.
    public func show(_ id: Int64) throws -> ArticleDetail {
        try store.read { db in
            let article = try Self.article(id, in: db)
            let revisions = try ArticleRevision.filter(ArticleRevision.Columns.articleID == id)
                .order(ArticleRevision.Columns.number).fetchAll(db)
            let current = revisions.first { $0.id == article.currentRevisionID }
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
                article: article, current: current, revisions: revisions,
                pendingSuggestion: try Self.latestSuggestion(of: article, in: db),
                sources: tickets.map { ArticleDetail.SourceTicket(reference: $0.reference, subject: $0.subject) },
                history: history)
        }
    }

    /// Approves articles with their current text (idempotent: approving an approved article changes
    /// nothing). With `revision`, approval of one article goes through only while that revision is
    /// still its current one, so nobody approves a text they have not read.
    @discardableResult
    public func approve(_ ids: [Int64], editor: String, note: String? = nil, revision: Int? = nil) throws
        -> [ReviewOutcome]
    {
        try transition(ids, to: .approved, action: .approved, editor: editor, note: note, expectedRevision: revision)
    }

    /// Approves every article waiting in draft (for bulk review and CI).
    @discardableResult
    public func approveAllDrafts(editor: String, note: String? = nil) throws -> [ReviewOutcome] {
        let ids = try store.read { db in
            try Int64.fetchAll(
                db,
                Article.filter(Article.Columns.state == ArticleState.draft).select(Article.Columns.id)
                    .order(Article.Columns.id))
        }
        return try approve(ids, editor: editor, note: note)
    }

    /// Rejects articles: they are never published and never re-drafted into a new article.
    @discardableResult
    public func reject(_ ids: [Int64], editor: String, note: String? = nil) throws -> [ReviewOutcome] {
        try transition(ids, to: .rejected, action: .rejected, editor: editor, note: note)
    }

    /// Sends approved or rejected articles back to draft.
    @discardableResult
    public func reopen(_ ids: [Int64], editor: String, note: String? = nil) throws -> [ReviewOutcome] {
        try transition(ids, to: .draft, action: .reopened, editor: editor, note: note)
    }

    /// Saves an editor's text as the article's new current revision. From then on the article is
    /// editor-owned: automatic re-drafts only suggest.
    @discardableResult
    public func edit(_ id: Int64, title: String?, body: String, editor: String, note: String? = nil) throws
        -> ArticleRevision
    {
        let title = title?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let title, title.isEmpty { throw ReviewError(articleID: id, reason: .emptyTitle) }
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ReviewError(articleID: id, reason: .emptyBody)
        }
        return try store.write { db in
            var article = try Self.article(id, in: db)
            let number =
                (try Int.fetchOne(
                    db,
                    ArticleRevision.filter(ArticleRevision.Columns.articleID == id)
                        .select(max(ArticleRevision.Columns.number))) ?? 0) + 1
            let now = clock.now()
            var revision = ArticleRevision(
                articleID: id, number: number, title: title ?? article.title, body: body, origin: .edit,
                author: editor, createdAt: now)
            try revision.insert(db)
            article.title = revision.title
            article.currentRevisionID = revision.id
            // An editor's own text on an approved article is approved by writing it.
            if article.state == .approved { article.approvedRevisionID = revision.id }
            article.isEditorOwned = true
            article.updatedAt = now
            try article.update(db)
            try Store.audit(
                AuditEvent(
                    at: now, actor: editor, action: .edited, subjectType: "article", subjectID: id,
                    note: note ?? "revision \(number)"), in: db)
            return revision
        }
    }

    /// Makes the drafter's pending suggestion the article's current text (and, for an approved
    /// article, its published text): the editor has read it and takes it.
    @discardableResult
    public func acceptSuggestion(_ id: Int64, editor: String, note: String? = nil) throws -> ArticleRevision {
        try store.write { db in
            var article = try Self.article(id, in: db)
            guard let suggestion = try Self.latestSuggestion(of: article, in: db) else {
                throw ReviewError(articleID: id, reason: .noSuggestion)
            }
            let now = clock.now()
            article.title = suggestion.title
            article.currentRevisionID = suggestion.id
            if article.state == .approved { article.approvedRevisionID = suggestion.id }
            article.isEditorOwned = true
            article.updatedAt = now
            try article.update(db)
            try Store.audit(
                AuditEvent(
                    at: now, actor: editor, action: .edited, subjectType: "article", subjectID: id,
                    note: note ?? "took the suggested revision \(suggestion.number)"), in: db)
            return suggestion
        }
    }

    private func transition(
        _ ids: [Int64], to state: ArticleState, action: AuditEvent.Action, editor: String, note: String?,
        expectedRevision: Int? = nil
    ) throws -> [ReviewOutcome] {
        try store.write { db in
            let now = clock.now()
            return try ids.map { id in
                var article = try Self.article(id, in: db)
                if state == .approved {
                    guard let current = article.currentRevisionID else {
                        throw ReviewError(articleID: id, reason: .noText)
                    }
                    if let expectedRevision {
                        let number = try ArticleRevision.fetchOne(db, key: current)?.number ?? 0
                        guard number == expectedRevision else {
                            throw ReviewError(
                                articleID: id, reason: .revisionChanged(current: number, expected: expectedRevision))
                        }
                    }
                }
                let approved = state == .approved ? article.currentRevisionID : nil
                guard article.state != state || article.approvedRevisionID != approved else {
                    return ReviewOutcome(article: article, changed: false)
                }
                if approved != article.approvedRevisionID {
                    article.approvedBy = approved == nil ? nil : editor
                    article.approvedAt = approved == nil ? nil : now
                }
                article.approvedRevisionID = approved
                article.state = state
                article.reviewedBy = editor
                article.reviewedAt = now
                article.reviewNote = note
                article.updatedAt = now
                try article.update(db)
                try Store.audit(
                    AuditEvent(
                        at: now, actor: editor, action: action, subjectType: "article", subjectID: id, note: note),
                    in: db)
                return ReviewOutcome(article: article, changed: true)
            }
        }
    }

    static func article(_ id: Int64, in db: Database) throws -> Article {
        guard let article = try Article.fetchOne(db, key: id) else {
            throw ReviewError(articleID: id, reason: .notFound)
        }
        return article
    }

    static func latestSuggestion(of article: Article, in db: Database) throws -> ArticleRevision? {
        guard let id = article.id else { return nil }
        let current = article.currentRevisionID ?? 0
        return
            try ArticleRevision
            .filter(
                ArticleRevision.Columns.articleID == id && ArticleRevision.Columns.origin == RevisionOrigin.suggestion
            )
            .filter(Column("id") > current)
            .order(ArticleRevision.Columns.number.desc).fetchOne(db)
    }
}
