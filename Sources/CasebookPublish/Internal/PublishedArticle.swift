import CasebookCore
import Foundation
import GRDB

/// The public part of an approved article and its approved revision: all a page may show.
///
/// Built only from `Article` and the revision `approvedRevisionID` names (the text an editor approved,
/// even if a newer draft exists); never from suggestions, sources, review notes or authors, so nothing
/// private or unreviewed can reach a template.
struct PublishedArticle: Sendable, Equatable {
    var id: Int64
    var slug: String
    var title: String
    var category: String
    /// Lowercased language tag (`en`, `fr`, `pt-br`).
    var language: String
    /// The approved revision's Markdown.
    var body: String
    /// When the published text was written: the approved revision's date.
    var updatedAt: Date

    /// Characters a slug may hold: it names a file and a URL path segment.
    private static let slugCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")

    /// Reads the approved articles and their approved revisions, in id order; an approved article that
    /// cannot be published (no approved revision, unsafe slug, no title) is returned among the skipped.
    static func fetchAll(_ db: Database, defaultLanguage: String) throws -> (
        articles: [PublishedArticle], skipped: [PublishReport.SkippedArticle]
    ) {
        let approved =
            try Article
            .filter(Article.Columns.state == ArticleState.approved)
            .order(Article.Columns.id)
            .fetchAll(db)
        let revisions = try ArticleRevision.fetchAll(db, keys: approved.compactMap(\.approvedRevisionID))
        let revisionsByID = Dictionary(revisions.compactMap { revision in revision.id.map { ($0, revision) } }) {
            first, _ in first
        }
        var articles: [PublishedArticle] = []
        var skipped: [PublishReport.SkippedArticle] = []
        for article in approved {
            let revision = article.approvedRevisionID.flatMap { revisionsByID[$0] }
            switch make(article, revision: revision, defaultLanguage: defaultLanguage) {
            case .published(let published): articles.append(published)
            case .skipped(let reason): skipped.append(PublishReport.SkippedArticle(slug: article.slug, reason: reason))
            }
        }
        return (articles, skipped)
    }

    /// What became of one approved article.
    private enum Outcome {
        case published(PublishedArticle)
        case skipped(String)
    }

    private static func make(_ article: Article, revision: ArticleRevision?, defaultLanguage: String) -> Outcome {
        guard let id = article.id, let revision, revision.articleID == id else {
            return .skipped("it has no approved revision; approve it again with `casebook review approve`")
        }
        guard !article.slug.isEmpty, article.slug.count <= 200, article.slug.allSatisfy(slugCharacters.contains)
        else {
            return .skipped("its slug is not URL-safe (letters, digits, - and _ only); give it a new slug")
        }
        let title = [revision.title, article.title].map(trimmed).first { !$0.isEmpty }
        guard let title else { return .skipped("it has no title; edit it to add one") }
        let language = trimmed(article.language).lowercased()
        return .published(
            PublishedArticle(
                id: id, slug: article.slug, title: title, category: trimmed(article.category),
                language: language.isEmpty ? defaultLanguage.lowercased() : language, body: revision.body,
                updatedAt: revision.createdAt))
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
