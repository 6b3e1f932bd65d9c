/// An undirected weighted graph in compressed rows: each node's neighbours and edge weights, every
/// edge stored from both ends, plus a self-loop weight per node (what aggregation folds in).
struct NeighbourGraph: Sendable {
    let count: Int
    /// Node `i`'s edges are `offsets[i]..<offsets[i + 1]` in `targets` and `weights`.
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Float]
    let selfLoops: [Double]

    init(count: Int, offsets: [Int], targets: [Int32], weights: [Float], selfLoops: [Double]) {
        self.count = count
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoops = selfLoops
    }

    /// The symmetric graph of directed `lists` (each node's neighbours with weights): an edge kept by
    /// either end, with the larger of the two weights when both keep it.
    init(symmetrising lists: [[(node: Int32, weight: Float)]]) {
        count = lists.count
        var degree = [Int](repeating: 0, count: count)
        for (node, list) in lists.enumerated() {
            for entry in list where Int(entry.node) != node {
                degree[node] += 1
                degree[Int(entry.node)] += 1
            }
        }
        var offsets = [Int](repeating: 0, count: count + 1)
        for node in 0..<count { offsets[node + 1] = offsets[node] + degree[node] }
        var fill = Array(offsets.dropLast())
        var targets = [Int32](repeating: 0, count: offsets[count])
        var weights = [Float](repeating: 0, count: offsets[count])
        for (node, list) in lists.enumerated() {
            for entry in list where Int(entry.node) != node {
                let other = Int(entry.node)
                targets[fill[node]] = entry.node
                weights[fill[node]] = entry.weight
                fill[node] += 1
                targets[fill[other]] = Int32(node)
                weights[fill[other]] = entry.weight
                fill[other] += 1
            }
        }
        // Merge repeated edges (i→j kept by both ends) keeping the larger weight, in target order.
        var merged = [Int](repeating: 0, count: count + 1)
        var mergedTargets: [Int32] = []
        var mergedWeights: [Float] = []
        mergedTargets.reserveCapacity(targets.count)
        mergedWeights.reserveCapacity(targets.count)
        for node in 0..<count {
            let range = offsets[node]..<offsets[node + 1]
            let order = range.sorted { targets[$0] != targets[$1] ? targets[$0] < targets[$1] : $0 < $1 }
            var last: Int32 = -1
            for position in order {
                if targets[position] == last {
                    mergedWeights[mergedWeights.count - 1] = max(
                        mergedWeights[mergedWeights.count - 1], weights[position])
                } else {
                    mergedTargets.append(targets[position])
                    mergedWeights.append(weights[position])
                    last = targets[position]
                }
            }
            merged[node + 1] = mergedTargets.count
        }
        self.offsets = merged
        self.targets = mergedTargets
        self.weights = mergedWeights
        selfLoops = [Double](repeating: 0, count: count)
    }

    /// The weight at each node: its edges plus twice its self-loop (a self-loop counts at both ends).
    var strengths: [Double] {
        (0..<count).map { node in
            var sum = 2 * selfLoops[node]
            for position in offsets[node]..<offsets[node + 1] { sum += Double(weights[position]) }
            return sum
        }
    }

    /// The graph of the groups of `assignment` (`0..<groups`): edges between groups summed, edges
    /// inside a group folded into its self-loop.
    func aggregated(by assignment: [Int], groups: Int) -> NeighbourGraph {
        var loops = [Double](repeating: 0, count: groups)
        var rows = [[Int32: Double]](repeating: [:], count: groups)
        for node in 0..<count {
            let group = assignment[node]
            loops[group] += selfLoops[node]
            for position in offsets[node]..<offsets[node + 1] {
                let other = assignment[Int(targets[position])]
                if other == group {
                    loops[group] += Double(weights[position]) / 2
                } else {
                    rows[group][Int32(other), default: 0] += Double(weights[position])
                }
            }
        }
        var offsets = [0]
        var targets: [Int32] = []
        var weights: [Float] = []
        for row in rows {
            for (target, weight) in row.sorted(by: { $0.key < $1.key }) {
                targets.append(target)
                weights.append(Float(weight))
            }
            offsets.append(targets.count)
        }
        return NeighbourGraph(count: groups, offsets: offsets, targets: targets, weights: weights, selfLoops: loops)
    }
}
