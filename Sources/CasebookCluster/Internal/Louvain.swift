/// Community detection on a weighted graph by the Louvain method with a resolution `γ`: nodes move
/// to the neighbouring community that most raises modularity `Σ_c (in_c/2m − γ·(tot_c/2m)²)`, then
/// communities become nodes and the moves repeat, until nothing moves.
///
/// After each level's moves, communities are split into their connected parts (the guarantee
/// Leiden's refinement gives: no community is held together only through others). Nodes are visited
/// in index order, so the same graph always gives the same communities.
struct Louvain {
    var resolution: Double
    /// Sweeps over the nodes per level at most.
    var maximumSweeps = 12
    var maximumLevels = 12

    /// Each node's community, numbered `0..<count` in order of first node.
    func communities(of graph: NeighbourGraph) -> [Int] {
        var membership = Array(0..<graph.count)
        var current = graph
        let total = graph.strengths.reduce(0, +)
        guard total > 0 else { return membership }
        for _ in 0..<maximumLevels {
            let moved = localMoves(current, total: total)
            let (refined, groups) = Self.connectedParts(of: moved, in: current)
            if groups == current.count { break }
            for node in membership.indices { membership[node] = refined[membership[node]] }
            current = current.aggregated(by: refined, groups: groups)
        }
        return Self.renumbered(membership)
    }

    /// One level of moves: each node's community after sweeping until no node moves.
    private func localMoves(_ graph: NeighbourGraph, total: Double) -> [Int] {
        let strength = graph.strengths
        var community = Array(0..<graph.count)
        var communityTotal = strength
        var linkWeight = [Double](repeating: 0, count: graph.count)
        var touched: [Int] = []
        let scale = resolution / total
        for _ in 0..<maximumSweeps {
            var moves = 0
            for node in 0..<graph.count {
                let own = community[node]
                touched.removeAll(keepingCapacity: true)
                for position in graph.offsets[node]..<graph.offsets[node + 1] {
                    let other = Int(graph.targets[position])
                    let target = community[other]
                    if linkWeight[target] == 0 { touched.append(target) }
                    linkWeight[target] += Double(graph.weights[position])
                }
                communityTotal[own] -= strength[node]
                var best = own
                var bestGain = linkWeight[own] - scale * communityTotal[own] * strength[node]
                for target in touched where target != own {
                    let gain = linkWeight[target] - scale * communityTotal[target] * strength[node]
                    if gain > bestGain + 1e-12 || (gain > bestGain - 1e-12 && gain >= bestGain && target < best) {
                        if gain > bestGain + 1e-12 || target < best {
                            best = target
                            bestGain = gain
                        }
                    }
                }
                communityTotal[best] += strength[node]
                for target in touched { linkWeight[target] = 0 }
                linkWeight[own] = 0
                if best != own {
                    community[node] = best
                    moves += 1
                }
            }
            if moves == 0 { break }
        }
        return community
    }

    /// `assignment` with every community split into its connected parts, numbered from 0, and how many.
    static func connectedParts(of assignment: [Int], in graph: NeighbourGraph) -> ([Int], Int) {
        var part = [Int](repeating: -1, count: graph.count)
        var parts = 0
        var stack: [Int] = []
        for start in 0..<graph.count where part[start] < 0 {
            part[start] = parts
            stack.append(start)
            while let node = stack.popLast() {
                for position in graph.offsets[node]..<graph.offsets[node + 1] {
                    let other = Int(graph.targets[position])
                    if part[other] < 0, assignment[other] == assignment[start] {
                        part[other] = parts
                        stack.append(other)
                    }
                }
            }
            parts += 1
        }
        return (part, parts)
    }

    /// Community numbers in order of first appearance.
    static func renumbered(_ assignment: [Int]) -> [Int] {
        var numbers: [Int: Int] = [:]
        return assignment.map { label in
            if let number = numbers[label] { return number }
            numbers[label] = numbers.count
            return numbers.count - 1
        }
    }
}
