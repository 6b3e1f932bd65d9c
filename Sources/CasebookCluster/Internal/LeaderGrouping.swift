/// Shrinks a corpus too large for a full similarity matrix: one pass puts each document with the
/// first earlier "leader" it resembles enough (or makes it a leader), loosening until few enough.
struct LeaderGrouping {
    /// The most groups wanted.
    var limit: Int
    /// The similarities tried in turn, strictest first.
    var levels: [Double] = [0.6, 0.45, 0.3, 0.2, 0.1]

    /// Groups of `candidates` (indices into `vectors`), at most `limit` of them; when even the
    /// loosest level leaves too many, the extra groups are left out (their documents stay alone).
    func groups(of candidates: [Int], vectors: [SparseVector]) -> [[Int]] {
        guard candidates.count > limit else { return candidates.map { [$0] } }
        var groups: [[Int]] = []
        for level in levels {
            groups = pass(candidates, vectors: vectors, level: level)
            if groups.count <= limit { return groups }
        }
        return Array(groups.prefix(limit))
    }

    private func pass(_ candidates: [Int], vectors: [SparseVector], level: Double) -> [[Int]] {
        var groups: [[Int]] = []
        var postings: [Int: [(group: Int, value: Double)]] = [:]
        var scores: [Double] = []
        var touched: [Int] = []
        for document in candidates {
            let vector = vectors[document]
            for (term, value) in zip(vector.indices, vector.values) {
                for entry in postings[term] ?? [] {
                    if scores[entry.group] == 0 { touched.append(entry.group) }
                    scores[entry.group] += value * entry.value
                }
            }
            var best: (group: Int, score: Double)?
            for group in touched.sorted() where scores[group] >= level {
                if best.map({ scores[group] > $0.score }) ?? true { best = (group, scores[group]) }
            }
            for group in touched { scores[group] = 0 }
            touched.removeAll(keepingCapacity: true)
            if let best {
                groups[best.group].append(document)
            } else {
                for (term, value) in zip(vector.indices, vector.values) {
                    postings[term, default: []].append((groups.count, value))
                }
                groups.append([document])
                scores.append(0)
            }
        }
        return groups
    }
}
