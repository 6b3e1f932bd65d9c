import CasebookText

/// Term counts of a text, compared by cosine similarity.
struct TermVector {
    private(set) var counts: [String: Double] = [:]
    /// The Euclidean length, computed once (a centroid is compared with every member).
    private(set) var norm = 0.0

    init() {}

    init(_ text: String, language: String, analyzer: TermAnalyzer) {
        for term in analyzer.terms(text, language: language) {
            counts[term, default: 0] += 1
        }
        norm = Self.norm(of: counts)
    }

    /// The sum of `vectors`.
    init(sum vectors: [TermVector]) {
        for vector in vectors {
            for (term, count) in vector.counts {
                counts[term, default: 0] += count
            }
        }
        norm = Self.norm(of: counts)
    }

    var isEmpty: Bool { counts.isEmpty }

    /// The distinct terms.
    var terms: Set<String> { Set(counts.keys) }

    /// Cosine similarity, 0 when either is empty.
    func cosine(_ other: TermVector) -> Double {
        guard !counts.isEmpty, !other.counts.isEmpty else { return 0 }
        // Walk the smaller vector: a centroid can have thousands of terms.
        let (small, large) = counts.count <= other.counts.count ? (counts, other.counts) : (other.counts, counts)
        var dot = 0.0
        for (term, count) in small {
            dot += count * (large[term] ?? 0)
        }
        let norms = norm * other.norm
        return norms > 0 ? dot / norms : 0
    }

    /// Overlap of the distinct terms (|A ∩ B| / |A ∪ B|).
    func jaccard(_ other: TermVector) -> Double {
        let union = terms.union(other.terms)
        return union.isEmpty ? 1 : Double(terms.intersection(other.terms).count) / Double(union.count)
    }

    private static func norm(of counts: [String: Double]) -> Double {
        counts.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
