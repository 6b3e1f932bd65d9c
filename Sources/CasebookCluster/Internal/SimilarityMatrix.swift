/// The similarities of every pair of units (documents or groups of them), stored as the upper
/// triangle of a matrix in single precision: n(n−1)/2 floats.
///
/// The similarity of two groups is their average pairwise cosine: `⟨Σa, Σb⟩ / (|a|·|b|)`.
struct SimilarityMatrix {
    let count: Int
    private(set) var storage: [Float]
    /// Each unit's nearest neighbours as undirected edges `low < high`, weighted by the summed
    /// pairwise similarity, in order.
    private(set) var edges: [(low: Int, high: Int, weight: Double)] = []

    /// Computes all pairs through an inverted index, and keeps each unit's `neighbours` most similar
    /// other units (similarity above 0) as edges.
    init(sums: [SparseVector], sizes: [Double], neighbours: Int) {
        count = sums.count
        storage = [Float](repeating: 0, count: count > 1 ? count * (count - 1) / 2 : 0)
        var postings: [Int: [(unit: Int, value: Double)]] = [:]
        for (unit, vector) in sums.enumerated() {
            for (term, value) in zip(vector.indices, vector.values) {
                postings[term, default: []].append((unit, value))
            }
        }
        var row = [Double](repeating: 0, count: count)
        var edgeWeights: [Int: Double] = [:]
        for unit in 0..<count {
            for index in row.indices { row[index] = 0 }
            for (term, value) in zip(sums[unit].indices, sums[unit].values) {
                for entry in postings[term] ?? [] { row[entry.unit] += value * entry.value }
            }
            row[unit] = 0
            for other in 0..<count where other != unit {
                row[other] /= sizes[unit] * sizes[other]
            }
            if unit + 1 < count {
                let base = offset(unit, unit + 1)
                for other in (unit + 1)..<count { storage[base + other - unit - 1] = Float(row[other]) }
            }
            for other in Self.top(neighbours, of: row) {
                let weight = row[other] * sizes[unit] * sizes[other]
                edgeWeights[min(unit, other) * count + max(unit, other)] = weight
            }
        }
        edges = edgeWeights.sorted { $0.key < $1.key }.map { ($0.key / count, $0.key % count, $0.value) }
    }

    /// The similarity of units `i` and `j` (`i ≠ j`).
    @inline(__always)
    subscript(i: Int, j: Int) -> Float {
        get { storage[i < j ? offset(i, j) : offset(j, i)] }
        set { storage[i < j ? offset(i, j) : offset(j, i)] = newValue }
    }

    @inline(__always)
    private func offset(_ i: Int, _ j: Int) -> Int {
        i * (2 * count - i - 1) / 2 + (j - i - 1)
    }

    /// The indices of the `k` largest positive entries of `row` (ties to the lower index).
    private static func top(_ k: Int, of row: [Double]) -> [Int] {
        var best: [(index: Int, value: Double)] = []
        for (index, value) in row.enumerated() where value > 0 {
            if best.count == k, let last = best.last, value <= last.value { continue }
            var position = best.count
            while position > 0, best[position - 1].value < value { position -= 1 }
            best.insert((index, value), at: position)
            if best.count > k { best.removeLast() }
        }
        return best.map(\.index)
    }
}
