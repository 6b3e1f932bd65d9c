/// The normalised centroids of groups, searchable through an inverted index.
struct CentroidIndex: Sendable {
    /// The group number behind each centroid.
    let groups: [Int]
    let centroids: [SparseVector]
    private let postings: [Int: [(centroid: Int32, value: Float)]]

    /// Centroids of the groups of `assignment` with at least `minimumSize` members.
    init(groups assignment: [Int], vectors: [SparseVector], minimumSize: Int) {
        var members: [Int: [Int]] = [:]
        for (document, group) in assignment.enumerated() { members[group, default: []].append(document) }
        let kept = members.filter { $0.value.count >= minimumSize }.sorted { $0.key < $1.key }
        self.init(groups: kept.map(\.key), centroids: kept.map { SparseVector.sum($0.value.map { vectors[$0] }) })
    }

    /// An index over `centroids` (normalised here), one per entry of `groups`.
    init(groups: [Int], centroids: [SparseVector]) {
        self.groups = groups
        self.centroids = centroids.map { $0.normalized() }
        var postings: [Int: [(centroid: Int32, value: Float)]] = [:]
        for (number, centroid) in self.centroids.enumerated() {
            for (term, value) in zip(centroid.indices, centroid.values) {
                postings[term, default: []].append((Int32(number), Float(value)))
            }
        }
        self.postings = postings
    }

    /// Each vector's most similar centroid's group (nil when it shares no term with any).
    func nearest(to vectors: [SparseVector]) -> [Int?] {
        scored(vectors).map { $0.map { groups[$0.centroid] } }
    }

    /// Each vector's most similar centroid (its position) and the cosine, nil when none shares a term.
    func scored(_ vectors: [SparseVector]) -> [(centroid: Int, similarity: Double)?] {
        var scores = [Float](repeating: 0, count: centroids.count)
        var touched: [Int32] = []
        return vectors.map { vector in
            for (term, value) in zip(vector.indices, vector.values) {
                for entry in postings[term] ?? [] {
                    if scores[Int(entry.centroid)] == 0 { touched.append(entry.centroid) }
                    scores[Int(entry.centroid)] += Float(value) * entry.value
                }
            }
            var best: (centroid: Int, similarity: Double)?
            for centroid in touched {
                let score = Double(scores[Int(centroid)])
                let better = best.map {
                    score > $0.similarity || (score == $0.similarity && Int(centroid) < $0.centroid)
                }
                if score > 0, better ?? true { best = (Int(centroid), score) }
                scores[Int(centroid)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            return best
        }
    }
}
