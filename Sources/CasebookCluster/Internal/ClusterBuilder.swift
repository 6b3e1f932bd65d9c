import CasebookCore
import CasebookText

/// Turns one language's partition into `ClusterResult`s: centroid, member similarities, cohesion,
/// label and key; groups below the minimum size (or without words of their own) are dropped.
struct ClusterBuilder {
    let labeler: ClusterLabeler
    var minimumSize: Int
    /// When set, a cluster needs a term found in at least this share of its members and whose
    /// documents are at least this share in the cluster: a recurring problem has words of its own.
    var characteristicShare: Double? = 0.5
    /// Strips quoted history and signatures from the texts labels are read from.
    let cleaner = ReplyCleaner()

    /// The clusters of `assignment` over `documents` (global `indices`), largest first, then by key.
    func clusters(
        assignment: [Int?], model: TFIDFModel, documents: [ClusterDocument], indices: [Int], language: String
    ) -> [ClusterResult] {
        var members: [Int: [Int]] = [:]
        for (local, group) in assignment.enumerated() {
            if let group { members[group, default: []].append(local) }
        }
        var clusters: [ClusterResult] = []
        for locals in members.values where locals.count >= minimumSize {
            if let share = characteristicShare, !Self.hasCharacteristicTerm(locals, model: model, share: share) {
                continue
            }
            clusters.append(
                cluster(of: locals, model: model, documents: documents, indices: indices, language: language))
        }
        return clusters.sorted { $0.size != $1.size ? $0.size > $1.size : $0.key < $1.key }
    }

    private func cluster(
        of locals: [Int], model: TFIDFModel, documents: [ClusterDocument], indices: [Int], language: String
    ) -> ClusterResult {
        let centroid = SparseVector.sum(locals.map { model.vectors[$0] }).normalized()
        let scored = locals.map { local in
            ClusterResult.Member(
                index: indices[local], reference: documents[indices[local]].reference,
                similarity: max(0, min(1, model.vectors[local].dot(centroid))))
        }
        let ordered = scored.sorted {
            $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.reference < $1.reference
        }
        let texts = locals.flatMap { TermExtractor.visibleText(of: documents[indices[$0]], cleaner: cleaner) }
        let label = labeler.label(
            centroid: centroid, vocabulary: Array(model.vocabulary.prefix(model.customerTerms)), texts: texts,
            language: language)
        let cohesion = ordered.reduce(0) { $0 + $1.similarity } / Double(ordered.count)
        return ClusterResult(
            key: Self.key(for: ordered.map(\.reference)), label: label, language: language, cohesion: cohesion,
            members: ordered)
    }

    /// True when some term occurs in at least `share` of `members` and `share` of its documents are members.
    static func hasCharacteristicTerm(_ members: [Int], model: TFIDFModel, share: Double) -> Bool {
        var counts: [Int: Int] = [:]
        for member in members {
            for term in model.vectors[member].indices { counts[term, default: 0] += 1 }
        }
        return counts.contains { term, count in
            Double(count) >= share * Double(members.count)
                && Double(count) >= share * Double(model.documentFrequency[term])
        }
    }

    /// `c-` and the first 12 hex digits of the hash of the sorted references.
    static func key(for references: [String]) -> String {
        "c-" + ContentHash.of(references.sorted()).prefix(12)
    }
}
