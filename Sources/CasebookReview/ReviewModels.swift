import CasebookCore
import Foundation

/// One line of `casebook review list`.
public struct ArticleSummary: Codable, Sendable, Equatable {
    public var id: Int64
    public var slug: String
    public var title: String
    public var category: String
    public var language: String
    public var state: ArticleState
    /// How many tickets it was drafted from.
    public var sourceCount: Int
    /// True when the drafter has offered a newer text the editor has not taken yet.
    public var hasPendingSuggestion: Bool
    public var isEditorOwned: Bool
    public var updatedAt: Date
}

/// Everything `casebook review show` prints about one article.
public struct ArticleDetail: Codable, Sendable {
    /// A ticket the article was drafted from (for the editor only; never published).
    public struct SourceTicket: Codable, Sendable, Equatable {
        public var reference: String
        public var subject: String
    }

    public var article: Article
    public var current: ArticleRevision?
    public var revisions: [ArticleRevision]
    public var pendingSuggestion: ArticleRevision?
    public var sources: [SourceTicket]
    public var history: [AuditEvent]
}

/// What a review action did to one article.
public struct ReviewOutcome: Codable, Sendable {
    public var article: Article
    /// False when the article already was in the requested state.
    public var changed: Bool
}

/// A review action that cannot be done.
public struct ReviewError: CasebookError, Equatable {
    public enum Reason: Sendable, Equatable {
        case notFound
        case noText
        case emptyTitle
        case emptyBody
        case noSuggestion
        case revisionChanged(current: Int, expected: Int)
    }

    public var articleID: Int64
    public var reason: Reason

    public init(articleID: Int64, reason: Reason) {
        self.articleID = articleID
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .notFound: "article \(articleID): no such article; `casebook review list` shows the ids"
        case .noText: "article \(articleID): has no text to approve; run `casebook draft` or edit it first"
        case .emptyTitle: "article \(articleID): the title is empty; give a title or leave --title out"
        case .emptyBody: "article \(articleID): the new text is empty; nothing was saved"
        case .noSuggestion:
            "article \(articleID): no suggestion is waiting; `casebook review show \(articleID)` shows it"
        case .revisionChanged(let current, let expected):
            "article \(articleID): revision \(current) is current, not \(expected); read it with "
                + "`casebook review show \(articleID)` and approve again"
        }
    }
}
