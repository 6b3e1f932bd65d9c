/// A sparse vector: term ids in increasing order and their weights.
struct SparseVector: Sendable, Hashable {
    var indices: [Int]
    var values: [Double]

    init(indices: [Int] = [], values: [Double] = []) {
        self.indices = indices
        self.values = values
    }

    /// Builds a vector from unordered `(id, weight)` pairs, adding weights of repeated ids.
    init(pairs: [Int: Double]) {
        let sorted = pairs.sorted { $0.key < $1.key }
        indices = sorted.map(\.key)
        values = sorted.map(\.value)
    }

    var isEmpty: Bool { indices.isEmpty }

    var norm: Double { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// The vector scaled to length 1 (the zero vector stays zero).
    func normalized() -> SparseVector {
        let length = norm
        guard length > 0 else { return self }
        return SparseVector(indices: indices, values: values.map { $0 / length })
    }

    /// The dot product, by merging the two sorted index lists.
    func dot(_ other: SparseVector) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < indices.count, j < other.indices.count {
            if indices[i] == other.indices[j] {
                sum += values[i] * other.values[j]
                i += 1
                j += 1
            } else if indices[i] < other.indices[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The sum of `vectors`, term by term.
    static func sum<C: Collection>(_ vectors: C) -> SparseVector where C.Element == SparseVector {
        var pairs: [Int: Double] = [:]
        for vector in vectors {
            for (index, value) in zip(vector.indices, vector.values) {
                pairs[index, default: 0] += value
            }
        }
        return SparseVector(pairs: pairs)
    }
}
