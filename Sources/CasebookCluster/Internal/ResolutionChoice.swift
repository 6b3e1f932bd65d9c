import Foundation

/// Chooses the Louvain resolution from the data: the resolution at which the clusters found on one
/// half of the documents are best found again on the other half.
///
/// The documents are split in two halves, several times over (deterministic splits); each half gets
/// its own neighbour graph and communities at every resolution tried. Half A's clusters are carried
/// to half B (each B document to the nearest A centroid), and each B cluster scores the Jaccard
/// overlap of its best-matching carried cluster, weighted by its size. Coarse resolutions join
/// problems differently in each half, so the agreement rises as the resolution grows until the
/// partition has found the structure both halves share: the choice is the first resolution whose
/// mean agreement over the splits the next one does not beat. A fixed resolution never fits both
/// 3,000 and 15,000 texts (the number of communities grows with the number of documents).
struct ResolutionChoice: Sendable {
    /// Resolutions tried, coarsest first.
    var grid: [Double] = [1, 1.41, 2, 2.83, 4, 5.66, 8]
    /// How many different halvings are averaged.
    var splits = 3
    /// Clusters smaller than this are not scored.
    var minimumSize = 3
    /// Neighbour search used on each half.
    var search = NeighbourSearch()
    /// Below this many documents the choice is not made (too few to split): `fallback` is used.
    var minimumDocuments = 40
    var fallback = 1.0

    /// The resolution for `vectors` (L2-normalised), with the mean agreement at each resolution tried.
    func resolution(for vectors: [SparseVector]) -> (resolution: Double, agreements: [Double]) {
        guard vectors.count >= minimumDocuments, !grid.isEmpty else { return (fallback, []) }
        var totals = [Double](repeating: 0, count: grid.count)
        for split in 0..<splits {
            let side = vectors.indices.map { Self.side(of: $0, split: split) }
            let halfA = vectors.indices.filter { side[$0] }.map { vectors[$0] }
            let halfB = vectors.indices.filter { !side[$0] }.map { vectors[$0] }
            guard halfA.count >= minimumSize, halfB.count >= minimumSize else { continue }
            let graphA = search.graph(of: halfA)
            let graphB = search.graph(of: halfB)
            for (step, resolution) in grid.enumerated() {
                let louvain = Louvain(resolution: resolution)
                totals[step] += agreement(
                    louvain.communities(of: graphA), on: halfA, against: louvain.communities(of: graphB), of: halfB)
            }
        }
        let agreements = totals.map { $0 / Double(splits) }
        let peak = agreements.indices.dropLast().first { agreements[$0 + 1] <= agreements[$0] + 1e-9 }
        return (grid[peak ?? grid.count - 1], agreements)
    }

    /// Which half document `index` is in for the `split`-th halving: even/odd, then hashed positions.
    static func side(of index: Int, split: Int) -> Bool {
        guard split > 0 else { return index % 2 == 0 }
        var value = UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(split) &* 0xBF58_476D_1CE4_E5B9
        value ^= value >> 31
        value = value &* 0x94D0_49BB_1331_11EB
        value ^= value >> 29
        return value & 1 == 0
    }

    /// The size-weighted mean, over `halfB`'s clusters of `minimumSize` or more, of the Jaccard
    /// overlap with the best-matching cluster of `communitiesA` carried over by nearest centroid.
    private func agreement(
        _ communitiesA: [Int], on halfA: [SparseVector], against communitiesB: [Int], of halfB: [SparseVector]
    ) -> Double {
        let carried = CentroidIndex(groups: communitiesA, vectors: halfA, minimumSize: minimumSize)
            .nearest(to: halfB)
        var sizeB: [Int: Int] = [:]
        var sizeCarried: [Int: Int] = [:]
        var overlap: [Int: [Int: Int]] = [:]
        for (document, group) in communitiesB.enumerated() {
            sizeB[group, default: 0] += 1
            if let target = carried[document] {
                sizeCarried[target, default: 0] += 1
                overlap[group, default: [:]][target, default: 0] += 1
            }
        }
        var clustered = 0
        var matched = 0.0
        for (group, size) in sizeB where size >= minimumSize {
            clustered += size
            let best =
                (overlap[group] ?? [:]).map { target, shared in
                    Double(shared) / Double(size + (sizeCarried[target] ?? 0) - shared)
                }.max() ?? 0
            matched += best * Double(size)
        }
        return clustered > 0 ? matched / Double(clustered) : 0
    }
}
