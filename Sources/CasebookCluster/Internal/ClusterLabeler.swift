import CasebookText

/// Names a cluster by its heaviest stems, each shown as the word the members used most for it
/// (`remboursement`, not the stem `rembours`).
///
/// Not thread-safe (it owns a `TermAnalyzer`).
struct ClusterLabeler {
    let analyzer: TermAnalyzer
    /// How many words the label has at most.
    var length = 4

    /// The label of a cluster whose normalised centroid is `centroid`, from its members' `texts`.
    func label(centroid: SparseVector, vocabulary: [String], texts: [String], language: String) -> String {
        let stems = topStems(centroid: centroid, vocabulary: vocabulary)
        guard !stems.isEmpty else { return "" }
        let wanted = Set(stems)
        var surfaces: [String: [String: Int]] = [:]
        for text in texts {
            for word in Tokenizer.words(text) {
                guard let stem = analyzer.terms(word, language: language).first, wanted.contains(stem) else { continue }
                surfaces[stem, default: [:]][word, default: 0] += 1
            }
        }
        return stems.map { stem in
            let forms = surfaces[stem] ?? [:]
            let best = forms.max { lhs, rhs in
                lhs.value != rhs.value
                    ? lhs.value < rhs.value
                    : lhs.key.count != rhs.key.count ? lhs.key.count > rhs.key.count : lhs.key > rhs.key
            }
            return best?.key ?? stem
        }.joined(separator: " · ")
    }

    /// The heaviest unigram stems of the centroid, heaviest first; bigrams add their parts' weight.
    private func topStems(centroid: SparseVector, vocabulary: [String]) -> [String] {
        var weights: [String: Double] = [:]
        for (index, value) in zip(centroid.indices, centroid.values) where index < vocabulary.count {
            let parts = vocabulary[index].split(separator: " ")
            for part in parts { weights[String(part), default: 0] += value / Double(parts.count) }
        }
        return weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(length).map(\.key)
    }
}
