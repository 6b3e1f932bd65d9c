import CasebookCore
import Foundation
import GRDB

/// The public part of an approved article and its approved revision: all a page may show.
///
/// Built only from `Article`, the revision `approvedRevisionID` names (the text an editor approved, even if a
/// newer draft exists) and the number of its source tickets, or from an exported article file holding the
/// same; never from suggestions, ticket text, review notes or authors, so nothing private or unreviewed can
/// reach a template. The store and the exported folder give equal values, hence byte-identical sites.
struct PublishedArticle: Sendable, Equatable {
    var id: Int64
    var slug: String
    var title: String
    var category: String
    /// A normalised language tag (`en`, `fr`, `pt-br`).
    var language: String
    /// The approved revision's Markdown.
    var body: String
    /// When the published text was approved (readers see it as "last updated").
    var updatedAt: Date
    /// Articles that are translations of this one share the key.
    var translationGroup: String?
    /// How many resolved tickets it was drafted from.
    var sourceCount: Int

    /// Characters a slug may hold: it names a file and a URL path segment.
    private static let slugCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")

    /// Reads the live articles and their approved revisions (the ledger's rule), in id order; one that
    /// cannot be published (no approved revision, unsafe slug, no title) is returned among the skipped.
    static func fetchAll(_ db: Database, defaultLanguage: String) throws -> (
        articles: [PublishedArticle], skipped: [PublishReport.SkippedArticle]
    ) {
        var articles: [PublishedArticle] = []
        var skipped: [PublishReport.SkippedArticle] = []
        for live in try ArticleLedger.liveArticles(db) {
            let article = live.article
            guard let id = article.id, let revision = live.revision else {
                skipped.append(
                    .init(
                        slug: article.slug,
                        reason: "its approved revision is missing; approve it again with `casebook review approve`"))
                continue
            }
            let candidate = PublishedArticle(
                id: id, slug: article.slug, title: revision.title, category: article.category,
                language: article.language.isEmpty ? defaultLanguage : article.language, body: revision.body,
                updatedAt: article.approvedAt ?? revision.createdAt, translationGroup: article.translationGroup,
                sourceCount: live.sourceCount)
            switch candidate.checked(fallbackTitle: article.title) {
            case .success(let published): articles.append(published)
            case .failure(let reason): skipped.append(.init(slug: article.slug, reason: reason.text))
            }
        }
        return (articles, skipped)
    }

    /// The article an exported file describes, when the file is approved and publishable.
    static func from(_ file: ArticleFile, fallbackID: Int64) -> Result<PublishedArticle, Problem> {
        PublishedArticle(
            id: file.id ?? fallbackID, slug: file.slug, title: file.title, category: file.category,
            language: file.language, body: file.body, updatedAt: file.approvedAt ?? .distantPast,
            translationGroup: file.translationGroup, sourceCount: file.sources.count
        ).checked(fallbackTitle: "")
    }

    /// Why an article cannot be published.
    struct Problem: Error, Equatable {
        var text: String
    }

    /// The article with its text fields trimmed, or why it cannot be published. The one normalisation both
    /// sources go through.
    private func checked(fallbackTitle: String) -> Result<PublishedArticle, Problem> {
        guard !slug.isEmpty, slug.count <= 200, slug.allSatisfy(Self.slugCharacters.contains) else {
            return .failure(
                Problem(text: "its slug is not URL-safe (letters, digits, - and _ only); give it a new slug"))
        }
        guard let title = [title, fallbackTitle].map(Self.trimmed).first(where: { !$0.isEmpty }) else {
            return .failure(Problem(text: "it has no title; edit it to add one"))
        }
        var published = self
        published.title = title
        published.category = Self.trimmed(category)
        published.body = ArticleFile.normalizedBody(body)
        // Readers see the day of the approval; pages, feeds and orderings use that day (UTC) alone, so the
        // store and an exported folder, whose times may differ by the seconds an import took, publish alike.
        let day = 86_400.0
        published.updatedAt = Date(timeIntervalSince1970: (updatedAt.timeIntervalSince1970 / day).rounded(.down) * day)
        published.translationGroup = translationGroup.map(Self.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        return .success(published)
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
