/// One merge of average-linkage clustering: the two units joined and their average similarity.
struct Merge: Sendable, Hashable {
    var survivor: Int
    var absorbed: Int
    var similarity: Double
}

/// Average-linkage agglomerative clustering by the nearest-neighbour-chain algorithm: O(n²) time
/// on the similarity matrix, which it consumes (Lance–Williams updates in place).
///
/// Merges stop below `minimumSimilarity`, give or take `Cosine.tolerance` (so a minimum of 1 still
/// joins duplicates), and never join units with nothing in common.
struct AverageLinkage {
    var minimumSimilarity: Double = 0

    /// The merges, most similar first (ties in the order they were found).
    func merges(matrix: inout SimilarityMatrix, sizes initialSizes: [Double]) -> [Merge] {
        var sizes = initialSizes
        var active = Array(0..<matrix.count)
        var chain: [Int] = []
        var merges: [Merge] = []
        while active.count > 1 {
            if chain.isEmpty { chain.append(active[0]) }
            let current = chain[chain.count - 1]
            let previous = chain.count >= 2 ? chain[chain.count - 2] : nil
            var best = previous ?? -1
            var bestSimilarity = previous.map { matrix[current, $0] } ?? -Float.infinity
            for other in active where other != current {
                let similarity = matrix[current, other]
                if similarity > bestSimilarity {
                    best = other
                    bestSimilarity = similarity
                }
            }
            let similarity = Double(bestSimilarity)
            if best < 0 || similarity <= 0 || similarity < minimumSimilarity - Cosine.tolerance {
                // Nothing reaches the current unit, nor (average linkage being reducible) the chain below it.
                active.removeAll { chain.contains($0) }
                chain.removeAll()
                continue
            }
            if best == previous {
                chain.removeLast(2)
                let survivor = min(current, best)
                let absorbed = max(current, best)
                let total = sizes[survivor] + sizes[absorbed]
                for other in active where other != survivor && other != absorbed {
                    let joined =
                        (Double(matrix[survivor, other]) * sizes[survivor] + Double(matrix[absorbed, other])
                            * sizes[absorbed]) / total
                    matrix[survivor, other] = Float(joined)
                }
                sizes[survivor] = total
                if let position = active.firstIndex(of: absorbed) { active.remove(at: position) }
                merges.append(Merge(survivor: survivor, absorbed: absorbed, similarity: similarity))
            } else {
                chain.append(best)
            }
        }
        return merges.enumerated()
            .sorted {
                $0.element.similarity != $1.element.similarity
                    ? $0.element.similarity > $1.element.similarity : $0.offset < $1.offset
            }
            .map(\.element)
    }
}
