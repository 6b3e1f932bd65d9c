/// Partitions the documents of one language: average linkage cut where modularity on the
/// nearest-neighbour graph peaks (or at a fixed threshold), then centroid refinement.
///
/// Merges of duplicates (similarity 1, give or take rounding) are always applied: a template or a
/// copy-paste says one thing however often it is sent, so no cut falls among its copies.
struct LanguageClusterer {
    /// Groups smaller than this do not count as clusters.
    var minimumSize: Int
    /// When set, merges stop at this similarity instead of a data-chosen one.
    var fixedThreshold: Double?
    /// Neighbours per document in the graph whose modularity chooses the cut.
    var neighbours = 5
    /// The most units the full similarity matrix is built for (about 4·n²/2 bytes).
    var denseLimit = 12_000
    /// Centroid-refinement passes after the cut.
    var refinementPasses = 3

    /// Each document's group (nil: alone) and the similarity threshold used.
    func partition(_ vectors: [SparseVector]) -> (assignment: [Int?], threshold: Double) {
        let candidates = vectors.indices.filter { !vectors[$0].isEmpty }
        let units = LeaderGrouping(limit: max(2, denseLimit)).groups(of: candidates, vectors: vectors)
        let (roots, threshold) = units.count > 1 ? cut(units, vectors: vectors) : (Array(units.indices), 1)
        var assignment: [Int?] = vectors.map { _ in nil }
        for (unit, members) in units.enumerated() {
            for document in members { assignment[document] = roots[unit] }
        }
        let refiner = CentroidRefiner(
            minimumSize: minimumSize, threshold: fixedThreshold ?? threshold, passes: refinementPasses)
        return (refiner.refine(assignment, vectors: vectors), fixedThreshold ?? threshold)
    }

    /// Each unit's group (a unit number) after average linkage cut where modularity peaks (or at the
    /// fixed threshold), and the similarity of the last merge applied (1 when none is).
    private func cut(_ units: [[Int]], vectors: [SparseVector]) -> (roots: [Int], threshold: Double) {
        let sums = units.map { SparseVector.sum($0.map { vectors[$0] }) }
        let sizes = units.map { Double($0.count) }
        var matrix = SimilarityMatrix(sums: sums, sizes: sizes, neighbours: neighbours)
        let edges = matrix.edges
        let merges = AverageLinkage(minimumSimilarity: fixedThreshold ?? 0).merges(matrix: &matrix, sizes: sizes)
        let duplicates = merges.prefix { $0.similarity >= Cosine.duplicate }.count
        let steps =
            fixedThreshold == nil
            ? ModularityCut(count: units.count, edges: edges).steps(for: merges, atLeast: duplicates) : merges.count
        var groups = UnionFind(count: units.count)
        for merge in merges.prefix(steps) {
            let first = groups.find(merge.survivor)
            let second = groups.find(merge.absorbed)
            if first != second { groups.join(second, into: first) }
        }
        return (units.indices.map { groups.find($0) }, steps > 0 ? min(1, merges[steps - 1].similarity) : 1)
    }
}
