/// Partitions the documents of one language: a k-nearest-neighbour graph found through an inverted
/// index, Louvain communities at a resolution chosen from the data, then centroid refinement.
///
/// Identical documents always end in one group: a template or a copy-paste says one thing however
/// often it is sent, so no community boundary falls among its copies.
struct GraphClusterer {
    /// Groups smaller than this do not count as clusters.
    var minimumSize: Int
    /// When set, the similarity to its cluster's centroid a document needs to stay in it.
    var fixedThreshold: Double?
    /// When set, the Louvain resolution; otherwise `ResolutionChoice` picks it.
    var fixedResolution: Double?
    /// The neighbour search behind the graph.
    var search = NeighbourSearch()
    /// Centroid-refinement passes after the communities.
    var refinementPasses = 3
    /// When true, every document with a word in common with a cluster is given to its nearest cluster.
    var assignEveryDocument = false

    /// What the partition of one language found.
    struct Partition {
        /// Each document's group (nil: alone).
        var assignment: [Int?]
        /// The Louvain resolution used.
        var resolution: Double
        /// The centroid floor used (0 when every document was assigned).
        var threshold: Double
    }

    func partition(_ vectors: [SparseVector]) -> Partition {
        let candidates = vectors.indices.filter { !vectors[$0].isEmpty }
        let present = candidates.map { vectors[$0] }
        let resolution =
            fixedResolution
            ?? ResolutionChoice(minimumSize: minimumSize, search: search).resolution(for: present).resolution
        var communities =
            present.count > 1
            ? Louvain(resolution: resolution).communities(of: search.graph(of: present)) : Array(present.indices)
        communities = Self.joiningDuplicates(communities, vectors: present)
        var assignment: [Int?] = vectors.map { _ in nil }
        for (position, document) in candidates.enumerated() { assignment[document] = communities[position] }
        let threshold = fixedThreshold ?? 0
        let refiner = CentroidRefiner(
            minimumSize: minimumSize, threshold: threshold, passes: refinementPasses,
            outlierRatio: assignEveryDocument ? 0 : 0.5)
        let refined = refiner.refine(
            CentroidRefiner.dissolvingSmall(assignment, minimumSize: minimumSize), vectors: vectors)
        return Partition(assignment: refined, resolution: resolution, threshold: threshold)
    }

    /// `communities` with every set of identical vectors put in the community of its first member.
    static func joiningDuplicates(_ communities: [Int], vectors: [SparseVector]) -> [Int] {
        var first: [SparseVector: Int] = [:]
        var joined = communities
        for (position, vector) in vectors.enumerated() {
            if let earlier = first[vector] {
                joined[position] = joined[earlier]
            } else {
                first[vector] = position
            }
        }
        return joined
    }
}
