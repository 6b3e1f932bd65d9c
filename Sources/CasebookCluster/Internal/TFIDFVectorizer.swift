import Foundation

/// TF-IDF vectors of one corpus: the kept vocabulary (sorted) and one L2-normalised vector per document.
struct TFIDFModel: Sendable {
    var vocabulary: [String]
    var vectors: [SparseVector]
    /// How many documents each vocabulary term occurs in.
    var documentFrequency: [Int]
    /// The first `customerTerms` vocabulary entries are the customer's words (what labels are made of).
    var customerTerms: Int

    init(vocabulary: [String], vectors: [SparseVector], documentFrequency: [Int]) {
        self.vocabulary = vocabulary
        self.vectors = vectors
        self.documentFrequency = documentFrequency
        customerTerms = vocabulary.count
    }

    /// The two views in one model: answer terms numbered after the customer's, each document's vector
    /// the customer's scaled by `√(1 − answerWeight)` followed by its answer's scaled by `√answerWeight`
    /// (the customer's alone, unscaled, when it has no answer).
    init(customer: TFIDFModel, answers: TFIDFModel, answerWeight: Double) {
        let offset = customer.vocabulary.count
        vocabulary = customer.vocabulary + answers.vocabulary
        documentFrequency = customer.documentFrequency + answers.documentFrequency
        customerTerms = offset
        let customerScale = (1 - answerWeight).squareRoot()
        let answerScale = answerWeight.squareRoot()
        vectors = zip(customer.vectors, answers.vectors).map { words, answer in
            guard !answer.isEmpty, !words.isEmpty else { return words.isEmpty ? answer : words }
            return SparseVector(
                indices: words.indices + answer.indices.map { $0 + offset },
                values: words.values.map { $0 * customerScale } + answer.values.map { $0 * answerScale })
        }
    }
}

/// Weighs terms the usual way: sublinear tf (`1 + ln tf`), smoothed idf (`ln((1+n)/(1+df)) + 1`),
/// L2 normalisation; rare and very common terms are pruned from the vocabulary.
struct TFIDFVectorizer: Sendable {
    /// Terms in fewer documents are dropped (a term seen once links nothing).
    var minDocumentFrequency = 2
    /// Terms in a larger share of the distinct documents are dropped (copies of one text count once:
    /// a problem reported through a form hundreds of times keeps its words)…
    var maxDocumentFrequencyRatio = 0.5
    /// …once the corpus has at least this many distinct documents (small corpora keep their common terms).
    var ratioAppliesFrom = 50

    func fit(_ documents: [[String]]) -> TFIDFModel {
        var frequency: [String: Int] = [:]
        var distinctFrequency: [String: Int] = [:]
        var distinct: Set<[String]> = []
        for terms in documents {
            let unique = Set(terms)
            for term in unique { frequency[term, default: 0] += 1 }
            if distinct.insert(terms.sorted()).inserted {
                for term in unique { distinctFrequency[term, default: 0] += 1 }
            }
        }
        let count = documents.count
        let maximum =
            distinct.count >= ratioAppliesFrom
            ? Int((maxDocumentFrequencyRatio * Double(distinct.count)).rounded(.down)) : distinct.count
        let vocabulary = frequency.filter {
            $0.value >= minDocumentFrequency && distinctFrequency[$0.key, default: 0] <= maximum
        }.keys.sorted()
        var ids: [String: Int] = [:]
        ids.reserveCapacity(vocabulary.count)
        for (id, term) in vocabulary.enumerated() { ids[term] = id }
        let idf = vocabulary.map { log(Double(1 + count) / Double(1 + (frequency[$0] ?? 0))) + 1 }

        let vectors = documents.map { terms -> SparseVector in
            var counts: [Int: Double] = [:]
            for term in terms {
                if let id = ids[term] { counts[id, default: 0] += 1 }
            }
            for (id, tf) in counts { counts[id] = (1 + log(tf)) * idf[id] }
            return SparseVector(pairs: counts).normalized()
        }
        return TFIDFModel(
            vocabulary: vocabulary, vectors: vectors, documentFrequency: vocabulary.map { frequency[$0] ?? 0 })
    }
}
