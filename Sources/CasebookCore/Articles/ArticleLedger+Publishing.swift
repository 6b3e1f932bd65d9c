import Foundation
import GRDB

/// What `publish` may show, and its record of what went live.
extension ArticleLedger {
    /// An article's live text: the approved revision of an article that is not rejected or archived.
    public struct LiveArticle: Sendable {
        public var article: Article
        /// The approved revision, nil when the record is broken (the article is then skipped and reported).
        public var revision: ArticleRevision?
        /// How many resolved tickets it was drafted from.
        public var sourceCount: Int
    }

    /// Every article with a live (approved) revision, in id order: what a publish serves. The one rule for
    /// "what is live", used by publish, status and export alike.
    public static func liveArticles(_ db: Database) throws -> [LiveArticle] {
        // An approved or published article without its approved revision is a broken record: it is
        // returned (without a revision) so that publish reports it instead of dropping it silently.
        let articles = try Article.filter(
            (Article.Columns.approvedRevisionID != nil
                || [ArticleState.approved, ArticleState.published].contains(Article.Columns.state))
                && ![ArticleState.rejected, ArticleState.archived].contains(Article.Columns.state)
        ).order(Article.Columns.id).fetchAll(db)
        let revisions = try ArticleRevision.fetchAll(db, keys: articles.compactMap(\.approvedRevisionID))
        let byID = Dictionary(revisions.compactMap { revision in revision.id.map { ($0, revision) } }) { a, _ in a }
        let counts = Dictionary(
            try Row.fetchAll(db, sql: "SELECT articleID, COUNT(*) FROM articleSource GROUP BY articleID").map {
                ($0[0] as Int64, $0[1] as Int)
            }, uniquingKeysWith: { a, _ in a })
        return articles.map { article in
            let revision = article.approvedRevisionID.flatMap { byID[$0] }
            return LiveArticle(
                article: article, revision: revision?.articleID == article.id ? revision : nil,
                sourceCount: article.id.flatMap { counts[$0] } ?? 0)
        }
    }
}

extension ArticleLedger.Session {
    /// Records that the listed articles' approved revisions are on the site: approved articles become
    /// published. Returns the ids whose published revision changed.
    @discardableResult
    public mutating func markPublished(_ ids: [Int64], by actor: String) throws -> [Int64] {
        var changed: [Int64] = []
        for id in ids {
            var article = try article(id)
            guard let approved = article.approvedRevisionID else { continue }
            let target = try? ArticleTransition.target(of: .publish, from: article.state, isLive: true).get()
            guard article.publishedRevisionID != approved || target != nil else { continue }
            if article.publishedRevisionID != approved {
                article.publishedRevisionID = approved
                article.publishedAt = now
                changed.append(id)
            }
            if let target = target ?? nil { article.state = target }
            try article.update(db)
        }
        return changed
    }
}
