/// Partitions the documents of one language: average linkage cut where modularity on the
/// nearest-neighbour graph peaks (or at a fixed threshold), then centroid refinement.
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
        guard units.count > 1 else { return (vectors.map { _ in nil }, fixedThreshold ?? 1) }
        let sums = units.map { SparseVector.sum($0.map { vectors[$0] }) }
        let sizes = units.map { Double($0.count) }
        var matrix = SimilarityMatrix(sums: sums, sizes: sizes, neighbours: neighbours)
        let edges = matrix.edges
        let merges = AverageLinkage(minimumSimilarity: fixedThreshold ?? 0).merges(matrix: &matrix, sizes: sizes)
        let steps =
            fixedThreshold == nil ? ModularityCut(count: units.count, edges: edges).steps(for: merges) : merges.count
        let threshold = fixedThreshold ?? (steps > 0 ? merges[steps - 1].similarity : 1)

        var groups = UnionFind(count: units.count)
        for merge in merges.prefix(steps) {
            let first = groups.find(merge.survivor)
            let second = groups.find(merge.absorbed)
            if first != second { groups.join(second, into: first) }
        }
        var assignment: [Int?] = vectors.map { _ in nil }
        for (unit, members) in units.enumerated() {
            let root = groups.find(unit)
            for document in members { assignment[document] = root }
        }
        let refiner = CentroidRefiner(minimumSize: minimumSize, threshold: threshold, passes: refinementPasses)
        return (refiner.refine(assignment, vectors: vectors), threshold)
    }
}
