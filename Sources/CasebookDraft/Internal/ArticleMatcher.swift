import CasebookCore
import GRDB

/// Finds the article a cluster was drafted into before: the one with the same cluster key, else
/// the one whose source tickets overlap the cluster's most (Jaccard ≥ 0.5), so that articles
/// survive re-clustering.
struct ArticleMatcher {
    /// Articles already matched by another cluster in this run.
    let claimed: Set<Int64>
    /// The keys of the other clusters of this run: an article that still belongs to one of them is
    /// not taken by overlap.
    let otherClusterKeys: Set<String>
    /// The least overlap that makes two sets of tickets the same problem.
    var threshold = 0.5

    func match(clusterKey: String, ticketIDs: Set<Int64>, in db: Database) throws -> Article? {
        let byKey = try Article.filter(Article.Columns.clusterKey == clusterKey).order(Article.Columns.id).fetchAll(db)
        if let article = byKey.first(where: { !claimed.contains($0.id ?? -1) }) { return article }
        guard !ticketIDs.isEmpty else { return nil }
        let overlapping = try ArticleSource.filter(ticketIDs.contains(ArticleSource.Columns.ticketID)).fetchAll(db)
        let shared = Dictionary(grouping: overlapping, by: \.articleID).mapValues(\.count)
        var best: (article: Article, score: Double)?
        for (articleID, sharedCount) in shared.sorted(by: { $0.key < $1.key }) where !claimed.contains(articleID) {
            guard let article = try Article.fetchOne(db, key: articleID) else { continue }
            if let key = article.clusterKey, otherClusterKeys.contains(key) { continue }
            let total = try ArticleSource.filter(ArticleSource.Columns.articleID == articleID).fetchCount(db)
            let union = total + ticketIDs.count - sharedCount
            let score = union > 0 ? Double(sharedCount) / Double(union) : 0
            if score >= threshold, score > (best?.score ?? 0) { best = (article, score) }
        }
        return best?.article
    }
}
