import CasebookCore
import Foundation
import GRDB

/// Stores one draft: a new article, a new current revision of an untouched draft, or a suggestion
/// beside an article an editor owns. An editor's text is never replaced, and a problem an editor
/// rejected never comes back as a new article.
struct ArticleWriter {
    struct Outcome {
        enum Kind {
            case created, updated, suggested, unchanged, skippedRejected
        }

        var kind: Kind
        /// The article matched or created; nil when the cluster was left alone without one.
        var articleID: Int64?
    }

    let now: Date
    let actor: String
    /// The least share of a new cluster's tickets that, when they are sources of a rejected
    /// article, keeps the cluster from becoming a new article.
    var rejectedShare = 0.5

    /// Saves `draft` for the cluster `clusterKey` made of `ticketIDs`. Articles in `claimed` were
    /// matched by an earlier cluster of this run and are not matched again; `owners` says which
    /// cluster of this run shares most of each article's tickets (see ``ArticleMatcher/owners``).
    func save(
        _ draft: ArticleDraft, clusterKey: String, ticketIDs: [Int64], otherClusterKeys: Set<String>,
        claimed: Set<Int64>, owners: [Int64: String] = [:], in db: Database
    ) throws -> Outcome {
        let matcher = ArticleMatcher(claimed: claimed, otherClusterKeys: otherClusterKeys, owners: owners)
        guard var article = try matcher.match(clusterKey: clusterKey, ticketIDs: Set(ticketIDs), in: db),
            let articleID = article.id
        else {
            if let rejected = try ArticleMatcher.rejectedShare(of: Set(ticketIDs), in: db),
                rejected.share >= rejectedShare
            {
                return Outcome(kind: .skippedRejected, articleID: nil)
            }
            return try create(draft, clusterKey: clusterKey, ticketIDs: ticketIDs, in: db)
        }
        if article.state == .rejected {
            // A rejected article keeps every ticket it was ever drafted from, so that no part of the
            // problem comes back as a new article later.
            try addSources(to: articleID, ticketIDs, in: db)
        } else {
            try replaceSources(of: articleID, with: ticketIDs, in: db)
        }
        if article.clusterKey != clusterKey {
            article.clusterKey = clusterKey
            try article.update(db, columns: [Article.Columns.clusterKey])
        }
        if article.state == .rejected { return Outcome(kind: .skippedRejected, articleID: articleID) }

        let revisions = try ArticleRevision.filter(ArticleRevision.Columns.articleID == articleID)
            .order(ArticleRevision.Columns.number).fetchAll(db)
        let current = revisions.first { $0.id == article.currentRevisionID }
        if let current, current.title == draft.title, current.body == draft.body {
            return Outcome(kind: .unchanged, articleID: articleID)
        }
        let nextNumber = (revisions.map(\.number).max() ?? 0) + 1
        let isOwned = article.isEditorOwned || article.state != .draft || revisions.contains { $0.origin == .edit }
        if isOwned {
            let latest = revisions.last { $0.origin == .suggestion }
            if let latest, latest.title == draft.title, latest.body == draft.body {
                return Outcome(kind: .unchanged, articleID: articleID)
            }
            _ = try insertRevision(draft, articleID: articleID, number: nextNumber, origin: .suggestion, in: db)
            try audit(
                .suggested, articleID: articleID, note: "suggested revision \(nextNumber) from cluster \(clusterKey)",
                in: db)
            return Outcome(kind: .suggested, articleID: articleID)
        }
        let revision = try insertRevision(draft, articleID: articleID, number: nextNumber, origin: .draft, in: db)
        article.currentRevisionID = revision.id
        article.title = draft.title
        article.category = draft.category
        article.language = draft.language
        article.updatedAt = now
        try article.update(db)
        try audit(
            .drafted, articleID: articleID, note: "re-drafted as revision \(nextNumber) from cluster \(clusterKey)",
            in: db)
        return Outcome(kind: .updated, articleID: articleID)
    }

    private func create(_ draft: ArticleDraft, clusterKey: String, ticketIDs: [Int64], in db: Database) throws
        -> Outcome
    {
        var article = Article(
            slug: try Slug.unique(for: draft.title, in: db), title: draft.title, category: draft.category,
            language: draft.language, state: .draft, clusterKey: clusterKey, createdAt: now, updatedAt: now)
        try article.insert(db)
        guard let articleID = article.id else { throw DatabaseError(message: "the new article has no id") }
        let revision = try insertRevision(draft, articleID: articleID, number: 1, origin: .draft, in: db)
        article.currentRevisionID = revision.id
        try article.update(db, columns: [Article.Columns.currentRevisionID])
        try replaceSources(of: articleID, with: ticketIDs, in: db)
        try audit(.drafted, articleID: articleID, note: "drafted from cluster \(clusterKey)", in: db)
        return Outcome(kind: .created, articleID: articleID)
    }

    private func insertRevision(
        _ draft: ArticleDraft, articleID: Int64, number: Int, origin: RevisionOrigin, in db: Database
    ) throws -> ArticleRevision {
        var revision = ArticleRevision(
            articleID: articleID, number: number, title: draft.title, body: draft.body, origin: origin,
            author: DraftStage.author, createdAt: now)
        try revision.insert(db)
        return revision
    }

    private func replaceSources(of articleID: Int64, with ticketIDs: [Int64], in db: Database) throws {
        try ArticleSource.filter(ArticleSource.Columns.articleID == articleID).deleteAll(db)
        try addSources(to: articleID, ticketIDs, in: db)
    }

    private func addSources(to articleID: Int64, _ ticketIDs: [Int64], in db: Database) throws {
        for ticketID in Set(ticketIDs).sorted() {
            try ArticleSource(articleID: articleID, ticketID: ticketID).insert(db, onConflict: .ignore)
        }
    }

    private func audit(_ action: AuditEvent.Action, articleID: Int64, note: String, in db: Database) throws {
        try Store.audit(
            AuditEvent(at: now, actor: actor, action: action, subjectType: "article", subjectID: articleID, note: note),
            in: db)
    }
}
