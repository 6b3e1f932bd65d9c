import Foundation
import GRDB

/// Where an article's current revision stands, as the help desks editors know name it (Zendesk Guide,
/// Freshdesk). The live version (`approvedRevisionID`) is separate: a published article whose next revision
/// is being edited is `draft` (or `in-review`) and stays live until that revision is approved.
public enum ArticleState: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Drafted, re-drafted or edited, waiting for an editor.
    case draft
    /// Submitted for a (second) editor's look.
    case inReview = "in-review"
    /// Approved: its approved revision goes live on the next `publish`.
    case approved
    /// Its approved revision is on the published site.
    case published
    /// Rejected before it was ever live: never published, never re-drafted into a new article.
    case rejected
    /// Taken off the site on purpose: kept, never re-drafted into a new article.
    case archived
}

/// A knowledge-base article drafted from one cluster of tickets.
///
/// Its text lives in revisions; `currentRevisionID` names the one editors see and work on, and
/// `approvedRevisionID` the one an editor approved, which is the one published. The source tickets
/// are kept in `ArticleSource` for the editor and are never published.
public struct Article: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    /// URL-safe and unique; kept once chosen so links stay valid.
    public var slug: String
    public var title: String
    public var category: String
    public var language: String
    public var state: ArticleState
    /// The key of the cluster it was last drafted from.
    public var clusterKey: String?
    public var currentRevisionID: Int64?
    /// The revision an editor approved: the one that is published (nil unless approved).
    public var approvedRevisionID: Int64?
    /// True once an editor changed the text: automatic re-drafts then only suggest.
    public var isEditorOwned: Bool
    public var createdAt: Date
    public var updatedAt: Date
    public var reviewedBy: String?
    public var reviewedAt: Date?
    public var reviewNote: String?
    /// Who approved the live revision, and when (what readers see as "last updated").
    public var approvedBy: String?
    public var approvedAt: Date?
    /// The revision the last `publish` put on the site, and when.
    public var publishedRevisionID: Int64?
    public var publishedAt: Date?
    /// The drafter's newer text waiting for an editor (the article needs an update), if any.
    public var pendingSuggestionID: Int64?
    /// Articles that say the same in other languages share this key (for `hreflang` alternates).
    public var translationGroup: String?

    public init(
        id: Int64? = nil, slug: String, title: String, category: String, language: String,
        state: ArticleState = .draft, clusterKey: String? = nil, currentRevisionID: Int64? = nil,
        approvedRevisionID: Int64? = nil, isEditorOwned: Bool = false, createdAt: Date, updatedAt: Date,
        reviewedBy: String? = nil,
        reviewedAt: Date? = nil, reviewNote: String? = nil, approvedBy: String? = nil, approvedAt: Date? = nil,
        publishedRevisionID: Int64? = nil, publishedAt: Date? = nil, pendingSuggestionID: Int64? = nil,
        translationGroup: String? = nil
    ) {
        self.id = id
        self.slug = slug
        self.title = title
        self.category = category
        self.language = language
        self.state = state
        self.clusterKey = clusterKey
        self.currentRevisionID = currentRevisionID
        self.approvedRevisionID = approvedRevisionID
        self.isEditorOwned = isEditorOwned
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.reviewNote = reviewNote
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
        self.publishedRevisionID = publishedRevisionID
        self.publishedAt = publishedAt
        self.pendingSuggestionID = pendingSuggestionID
        self.translationGroup = translationGroup
    }
}

extension Article: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "article"
    public static let revisions = hasMany(ArticleRevision.self)
    public static let sources = hasMany(ArticleSource.self)
    public static let currentRevision = belongsTo(
        ArticleRevision.self, using: ForeignKey([Columns.currentRevisionID]))

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let slug = Column(CodingKeys.slug)
        public static let state = Column(CodingKeys.state)
        public static let language = Column(CodingKeys.language)
        public static let category = Column(CodingKeys.category)
        public static let title = Column(CodingKeys.title)
        public static let clusterKey = Column(CodingKeys.clusterKey)
        public static let currentRevisionID = Column(CodingKeys.currentRevisionID)
        public static let approvedRevisionID = Column(CodingKeys.approvedRevisionID)
        public static let translationGroup = Column(CodingKeys.translationGroup)
        public static let pendingSuggestionID = Column(CodingKeys.pendingSuggestionID)
        public static let updatedAt = Column(CodingKeys.updatedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// How a revision came to be.
public enum RevisionOrigin: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Written by the drafter and made current (the article had no editor changes).
    case draft
    /// Written by an editor.
    case edit
    /// Written by the drafter for an editor-owned or live article: offered, never applied by itself.
    case suggestion
    /// An earlier revision's text brought back by an editor (`review restore`).
    case restore
    /// Read back from an exported Markdown file (`casebook import`).
    case imported
}

/// One version of an article's text, in Markdown. Revisions are append-only.
public struct ArticleRevision: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    public var articleID: Int64
    /// 1, 2, 3… within the article.
    public var number: Int
    public var title: String
    /// The article body in Markdown (safe subset; rendered by cmark-gfm in safe mode).
    public var body: String
    public var origin: RevisionOrigin
    /// The editor's name, or `casebook` for the drafter.
    public var author: String
    public var createdAt: Date
    /// The revision this one was made from (the current one an editor changed, the drafter's previous
    /// text for a suggestion): the common base when a suggestion is merged into an editor's text.
    public var baseRevisionID: Int64?

    public init(
        id: Int64? = nil, articleID: Int64, number: Int, title: String, body: String, origin: RevisionOrigin,
        author: String, createdAt: Date, baseRevisionID: Int64? = nil
    ) {
        self.id = id
        self.articleID = articleID
        self.number = number
        self.title = title
        self.body = body
        self.origin = origin
        self.author = author
        self.createdAt = createdAt
        self.baseRevisionID = baseRevisionID
    }
}

extension ArticleRevision: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "articleRevision"
    public static let article = belongsTo(Article.self)

    public enum Columns {
        public static let articleID = Column(CodingKeys.articleID)
        public static let number = Column(CodingKeys.number)
        public static let origin = Column(CodingKeys.origin)
        public static let id = Column(CodingKeys.id)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A ticket an article was drafted from: provenance for the editor, never published.
public struct ArticleSource: Codable, Sendable, Hashable {
    public var articleID: Int64
    public var ticketID: Int64

    public init(articleID: Int64, ticketID: Int64) {
        self.articleID = articleID
        self.ticketID = ticketID
    }
}

extension ArticleSource: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "articleSource"
    public static let article = belongsTo(Article.self)
    public static let ticket = belongsTo(Ticket.self)

    public enum Columns {
        public static let articleID = Column(CodingKeys.articleID)
        public static let ticketID = Column(CodingKeys.ticketID)
    }
}
