import CasebookText

/// Term counts of a text, compared by cosine similarity.
struct TermVector {
    private(set) var counts: [String: Double] = [:]

    init() {}

    init(_ text: String, language: String, analyzer: TermAnalyzer) {
        for term in analyzer.terms(text, language: language) {
            counts[term, default: 0] += 1
        }
    }

    /// The sum of `vectors`.
    init(sum vectors: [TermVector]) {
        for vector in vectors {
            for (term, count) in vector.counts {
                counts[term, default: 0] += count
            }
        }
    }

    var isEmpty: Bool { counts.isEmpty }

    /// The distinct terms.
    var terms: Set<String> { Set(counts.keys) }

    /// Cosine similarity, 0 when either is empty.
    func cosine(_ other: TermVector) -> Double {
        guard !counts.isEmpty, !other.counts.isEmpty else { return 0 }
        var dot = 0.0
        for (term, count) in counts {
            dot += count * (other.counts[term] ?? 0)
        }
        let norms = norm * other.norm
        return norms > 0 ? dot / norms : 0
    }

    /// Overlap of the distinct terms (|A ∩ B| / |A ∪ B|).
    func jaccard(_ other: TermVector) -> Double {
        let union = terms.union(other.terms)
        return union.isEmpty ? 1 : Double(terms.intersection(other.terms).count) / Double(union.count)
    }

    private var norm: Double {
        counts.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
