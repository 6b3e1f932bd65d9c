/// K-means-style polishing of a partition: each document moves to the most similar centroid among
/// the groups large enough to count, if it is close enough to that group; then members much less
/// alike than the rest of their group (leave-one-out) are let go.
///
/// "Close enough" is per group: at least the threshold and `outlierRatio` times the group's median
/// member similarity, so a tight group does not absorb documents that merely share a word with it.
/// The floor never exceeds `Cosine.duplicate` and is met within `Cosine.tolerance`: a threshold of
/// 1 (a cut among duplicates) still keeps documents identical to their centroid, whatever the rounding.
struct CentroidRefiner {
    var minimumSize: Int
    var threshold: Double
    var passes = 3
    var outlierRatio = 0.5

    /// The refined assignment (`nil` for a document in no group); group numbers are arbitrary.
    func refine(_ assignment: [Int?], vectors: [SparseVector]) -> [Int?] {
        var assignment = assignment
        for _ in 0..<passes {
            let groups = Self.groups(of: assignment, minimumSize: minimumSize)
            guard !groups.isEmpty else { return assignment }
            var postings: [Int: [(group: Int, value: Double)]] = [:]
            var floors: [Double] = []
            for (number, group) in groups.enumerated() {
                let centroid = SparseVector.sum(group.members.map { vectors[$0] }).normalized()
                for (term, value) in zip(centroid.indices, centroid.values) {
                    postings[term, default: []].append((number, value))
                }
                let median = Self.median(group.members.map { vectors[$0].dot(centroid) })
                floors.append(min(max(threshold, outlierRatio * median), Cosine.duplicate) - Cosine.tolerance)
            }
            var scores = [Double](repeating: 0, count: groups.count)
            var next = assignment
            for (document, vector) in vectors.enumerated() {
                for index in scores.indices { scores[index] = 0 }
                for (term, value) in zip(vector.indices, vector.values) {
                    for entry in postings[term] ?? [] { scores[entry.group] += value * entry.value }
                }
                var best: Int?
                for (number, score) in scores.enumerated() where score >= floors[number] && score > 0 {
                    if best.map({ score > scores[$0] }) ?? true { best = number }
                }
                next[document] = best.map { groups[$0].label }
            }
            if next == assignment { break }
            assignment = next
        }
        return pruned(assignment, vectors: vectors)
    }

    /// `assignment` without the members whose leave-one-out similarity to their group's centroid is
    /// below `outlierRatio` times the group's median.
    func pruned(_ assignment: [Int?], vectors: [SparseVector]) -> [Int?] {
        var assignment = assignment
        for group in Self.groups(of: assignment, minimumSize: minimumSize) {
            let sum = SparseVector.sum(group.members.map { vectors[$0] })
            let squaredNorm = sum.dot(sum)
            let similarities = group.members.map { member -> Double in
                let vector = vectors[member]
                let own = vector.dot(vector)
                let shared = vector.dot(sum)
                let rest = squaredNorm - 2 * shared + own
                return rest > 0 && own > 0 ? (shared - own) / (rest.squareRoot() * own.squareRoot()) : 0
            }
            let floor = outlierRatio * Self.median(similarities)
            for (member, similarity) in zip(group.members, similarities) where similarity < floor {
                assignment[member] = nil
            }
        }
        return assignment
    }

    /// `assignment` with the members of groups smaller than `minimumSize` left alone.
    static func dissolvingSmall(_ assignment: [Int?], minimumSize: Int) -> [Int?] {
        var sizes: [Int: Int] = [:]
        for group in assignment { if let group { sizes[group, default: 0] += 1 } }
        return assignment.map { group in group.flatMap { (sizes[$0] ?? 0) >= minimumSize ? $0 : nil } }
    }

    /// The groups with at least `minimumSize` members, by group number.
    static func groups(of assignment: [Int?], minimumSize: Int) -> [(label: Int, members: [Int])] {
        var members: [Int: [Int]] = [:]
        for (document, group) in assignment.enumerated() {
            if let group { members[group, default: []].append(document) }
        }
        return members.filter { $0.value.count >= minimumSize }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
