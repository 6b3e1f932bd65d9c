import Foundation
import GRDB

/// A drafted text, as the drafter hands it to the ledger.
public struct DraftedText: Sendable, Equatable {
    public var title: String
    public var body: String
    public var category: String
    public var language: String

    public init(title: String, body: String, category: String, language: String) {
        self.title = title
        self.body = body
        self.category = category
        self.language = language
    }
}

/// What the drafter may do: create articles, replace the text of untouched drafts, and otherwise only
/// suggest.
extension ArticleLedger.Session {
    /// What recording a draft did.
    public enum DraftOutcome: Sendable, Equatable {
        /// An untouched draft got the new text as its current revision.
        case updated
        /// An article an editor owns (or that was approved or is live) got the text as a suggestion.
        case suggested
        /// The text is the one it already has (or already suggests).
        case unchanged
        /// The article was rejected or archived: left alone.
        case leftAlone
    }

    /// A new draft article with its first revision (the drafter's, or an editor's written by hand).
    public mutating func createArticle(
        _ draft: DraftedText, slug: String, clusterKey: String?, sources: [Int64], by actor: String, note: String,
        origin: RevisionOrigin = .draft
    ) throws -> Article {
        var article = Article(
            slug: slug, title: draft.title, category: draft.category, language: draft.language, state: .draft,
            clusterKey: clusterKey, createdAt: now, updatedAt: now)
        try article.insert(db)
        guard let id = article.id else { throw DatabaseError(message: "the new article has no id") }
        let revision = try appendRevision(
            to: id, title: draft.title, body: draft.body, origin: origin, author: actor, base: nil)
        article.currentRevisionID = revision.id
        article.isEditorOwned = origin != .draft
        try article.update(db, columns: [Article.Columns.currentRevisionID, Column("isEditorOwned")])
        try setSources(of: id, to: sources, keepingOld: false)
        try audit(origin == .draft ? .drafted : .imported, id, by: actor, note: note, revision: revision.number)
        return article
    }

    /// Records a new draft of an existing article. An editor's text is never replaced: an article an editor
    /// changed, submitted, approved or put live only gets a suggestion.
    public mutating func recordDraft(_ draft: DraftedText, for id: Int64, by actor: String, note: String) throws
        -> DraftOutcome
    {
        var article = try article(id)
        if article.state == .rejected || article.state == .archived { return .leftAlone }
        let current = try revision(article.currentRevisionID)
        if let current, current.title == draft.title, current.body == draft.body { return .unchanged }
        if Self.isOwned(article) {
            if let pending = try revision(article.pendingSuggestionID), pending.title == draft.title,
                pending.body == draft.body
            {
                return .unchanged
            }
            let base = try current.flatMap { try drafterAncestor(of: $0) }
            let suggestion = try appendRevision(
                to: id, title: draft.title, body: draft.body, origin: .suggestion, author: actor, base: base?.id)
            article.pendingSuggestionID = suggestion.id
            article.updatedAt = now
            try article.update(db)
            try audit(.suggested, id, by: actor, note: note, revision: suggestion.number)
            return .suggested
        }
        let revision = try appendRevision(
            to: id, title: draft.title, body: draft.body, origin: .draft, author: actor, base: current?.id)
        article.currentRevisionID = revision.id
        article.title = draft.title
        article.category = draft.category
        article.language = draft.language
        article.updatedAt = now
        try article.update(db)
        try audit(.drafted, id, by: actor, note: note, revision: revision.number)
        return .updated
    }

    /// Replaces (or, with `keepingOld`, widens) the tickets an article was drafted from.
    public func setSources(of id: Int64, to ticketIDs: [Int64], keepingOld: Bool) throws {
        if !keepingOld { try ArticleSource.filter(ArticleSource.Columns.articleID == id).deleteAll(db) }
        for ticketID in Set(ticketIDs).sorted() {
            try ArticleSource(articleID: id, ticketID: ticketID).insert(db, onConflict: .ignore)
        }
    }

    /// Points the article at the cluster it was last drafted from.
    public func setClusterKey(of id: Int64, to key: String) throws {
        try Article.filter(key: id).updateAll(db, Article.Columns.clusterKey.set(to: key))
    }

    /// True when an editor has a stake in the text: edited it, submitted, approved, rejected or archived it,
    /// or it was ever live. The drafter only suggests to such articles.
    public static func isOwned(_ article: Article) -> Bool {
        article.isEditorOwned || article.state != .draft || article.approvedRevisionID != nil
            || article.publishedRevisionID != nil
    }
}
