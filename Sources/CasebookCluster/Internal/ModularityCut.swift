/// Chooses where to cut an agglomerative dendrogram: the prefix of merges whose partition has the
/// highest modularity on the nearest-neighbour graph (Newman's Q, updated merge by merge).
///
/// Merging two groups gains `2·w/2m − 2·dₐ·d_b/(2m)²` where `w` is the edge weight between them and
/// `d` their degrees, so the whole path costs one pass over the merges.
struct ModularityCut {
    let count: Int
    let edges: [(low: Int, high: Int, weight: Double)]

    /// How many of `merges` (most similar first) to apply, at least `minimum`: the best cut from
    /// there on, `minimum` when no later one is better (0 when no merge helps).
    func steps(for merges: [Merge], atLeast minimum: Int = 0) -> Int {
        var degree = [Double](repeating: 0, count: count)
        var adjacency = [[Int: Double]](repeating: [:], count: count)
        for edge in edges {
            degree[edge.low] += edge.weight
            degree[edge.high] += edge.weight
            adjacency[edge.low][edge.high, default: 0] += edge.weight
            adjacency[edge.high][edge.low, default: 0] += edge.weight
        }
        let total = degree.reduce(0, +)
        guard total > 0 else { return minimum }
        var groups = UnionFind(count: count)
        var quality = 0.0
        var best = (quality: minimum > 0 ? -Double.infinity : 0, steps: minimum)
        for (step, merge) in merges.enumerated() {
            let first = groups.find(merge.survivor)
            let second = groups.find(merge.absorbed)
            guard first != second else { continue }
            let between = adjacency[first][second] ?? 0
            quality += 2 * between / total - 2 * degree[first] * degree[second] / (total * total)
            let (root, child) = adjacency[first].count >= adjacency[second].count ? (first, second) : (second, first)
            groups.join(child, into: root)
            degree[root] += degree[child]
            adjacency[root][child] = nil
            for (neighbour, weight) in adjacency[child] where neighbour != root {
                adjacency[root][neighbour, default: 0] += weight
                adjacency[neighbour][child] = nil
                adjacency[neighbour][root, default: 0] += weight
            }
            adjacency[child] = [:]
            if step + 1 >= minimum, quality > best.quality + 1e-12 { best = (quality, step + 1) }
        }
        return best.steps
    }
}

/// Disjoint sets over `0..<count`, with path halving.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    /// Puts `child`'s set under `root` (both must be roots).
    mutating func join(_ child: Int, into root: Int) {
        parent[child] = root
    }
}
