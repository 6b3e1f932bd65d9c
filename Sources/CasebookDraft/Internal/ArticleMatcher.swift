import CasebookCore
import GRDB

/// Finds the article a cluster was drafted into before, so that articles survive re-clustering: the
/// one with the same cluster key, else one whose source tickets overlap the cluster's enough
/// (shared tickets ÷ the smaller of the two sets ≥ 0.5, so that a cluster that grew or shrank still
/// finds its article). Articles an editor acted on (rejected, approved, edited) come before plain
/// drafts, then the larger overlap, then the older article.
struct ArticleMatcher {
    /// Articles already matched by another cluster in this run.
    let claimed: Set<Int64>
    /// The keys of the other clusters of this run: an article that still belongs to one of them is
    /// not taken by overlap.
    let otherClusterKeys: Set<String>
    /// For each article, the key of the cluster of this run that shares most of its tickets: only
    /// that cluster takes it by overlap, so a small cluster split off a large one does not.
    var owners: [Int64: String] = [:]
    /// The least containment that makes two sets of tickets the same problem.
    var threshold = 0.5

    func match(clusterKey: String, ticketIDs: Set<Int64>, in db: Database) throws -> Article? {
        let byKey = try Article.filter(Article.Columns.clusterKey == clusterKey).order(Article.Columns.id).fetchAll(db)
        if let article = byKey.first(where: { !claimed.contains($0.id ?? -1) }) { return article }
        guard !ticketIDs.isEmpty else { return nil }
        var best: (article: Article, rank: Rank)?
        for (articleID, shared) in try Self.sharedCounts(with: ticketIDs, in: db) where !claimed.contains(articleID) {
            if let owner = owners[articleID], owner != clusterKey { continue }
            guard let article = try Article.fetchOne(db, key: articleID) else { continue }
            if let key = article.clusterKey, otherClusterKeys.contains(key) { continue }
            let total = try ArticleSource.filter(ArticleSource.Columns.articleID == articleID).fetchCount(db)
            let containment = Double(shared) / Double(max(1, min(total, ticketIDs.count)))
            guard containment >= threshold else { continue }
            let rank = Rank(
                isReviewed: try Self.isReviewed(article, in: db), containment: containment, shared: shared,
                articleID: articleID)
            if best.map({ rank < $0.rank }) ?? true { best = (article, rank) }
        }
        return best?.article
    }

    /// The rejected article with the most of `ticketIDs` among its sources, and the share of
    /// `ticketIDs` it has; nil when no rejected article has any of them.
    static func rejectedShare(of ticketIDs: Set<Int64>, in db: Database) throws -> (article: Article, share: Double)? {
        guard !ticketIDs.isEmpty else { return nil }
        let byOverlap = try sharedCounts(with: ticketIDs, in: db).sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
        }
        for (articleID, shared) in byOverlap {
            guard let article = try Article.fetchOne(db, key: articleID),
                article.state == .rejected || article.state == .archived
            else { continue }
            return (article, Double(shared) / Double(ticketIDs.count))
        }
        return nil
    }

    /// How many of `ticketIDs` each article has among its sources, in article order.
    static func sharedCounts(with ticketIDs: Set<Int64>, in db: Database) throws -> [(key: Int64, value: Int)] {
        var counts: [Int64: Int] = [:]
        for chunk in SQLChunks.split(ticketIDs) {
            let request = ArticleSource.select(ArticleSource.Columns.articleID, count(ArticleSource.Columns.ticketID))
                .filter(chunk.contains(ArticleSource.Columns.ticketID)).group(ArticleSource.Columns.articleID)
            for row in try Row.fetchAll(db, request) {
                counts[row[0] as Int64, default: 0] += row[1] as Int
            }
        }
        return counts.sorted { $0.key < $1.key }
    }

    /// True when an editor has a stake in the article (the ledger's rule).
    private static func isReviewed(_ article: Article, in db: Database) throws -> Bool {
        ArticleLedger.Session.isOwned(article)
    }

    /// The order of candidates: reviewed first, then the larger containment, overlap, the older article.
    private struct Rank: Comparable {
        var isReviewed: Bool
        var containment: Double
        var shared: Int
        var articleID: Int64

        static func < (lhs: Rank, rhs: Rank) -> Bool {
            if lhs.isReviewed != rhs.isReviewed { return lhs.isReviewed }
            if abs(lhs.containment - rhs.containment) > 1e-9 { return lhs.containment > rhs.containment }
            if lhs.shared != rhs.shared { return lhs.shared > rhs.shared }
            return lhs.articleID < rhs.articleID
        }
    }
}
