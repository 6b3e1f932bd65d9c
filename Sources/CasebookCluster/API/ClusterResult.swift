/// One recurring problem found by the clusterer: its members and how to show it.
public struct ClusterResult: Sendable, Hashable {
    /// A document's membership, with its closeness to the cluster's centroid.
    public struct Member: Sendable, Hashable {
        /// The document's position in the clusterer's input.
        public var index: Int
        /// The document's reference (`zendesk#1042`).
        public var reference: String
        /// Cosine similarity of the document to the centroid, from 0 to 1.
        public var similarity: Double

        /// A membership of the document at `index` in the clusterer's input.
        public init(index: Int, reference: String, similarity: Double) {
            self.index = index
            self.reference = reference
            self.similarity = similarity
        }
    }

    /// `c-` and 12 hex digits derived from the sorted member references: stable while they are.
    public var key: String
    /// The most characteristic words, as customers wrote them (`refund · invoice · charge`).
    public var label: String
    /// The members' language.
    public var language: String
    /// Mean cosine similarity of the members to the centroid.
    public var cohesion: Double
    /// The members, closest to the centroid first.
    public var members: [Member]

    /// How many documents the cluster holds.
    public var size: Int { members.count }

    /// A cluster as the clusterer describes it.
    public init(key: String, label: String, language: String, cohesion: Double, members: [Member]) {
        self.key = key
        self.label = label
        self.language = language
        self.cohesion = cohesion
        self.members = members
    }
}

/// Everything one clustering run found.
public struct ClusteringOutcome: Sendable, Hashable {
    /// The clusters, by language, then largest first, then by key.
    public var clusters: [ClusterResult]
    /// Indices (into the input) of documents that belong to no cluster, in input order.
    public var singletons: [Int]
    /// The similarity to its centroid a member needs, per language: 0 when the floor follows each
    /// cluster's own cohesion, else the configured threshold.
    public var thresholds: [String: Double]
    /// The Louvain resolution used per language: chosen from the data unless configured.
    public var resolutions: [String: Double]

    /// An outcome made of its parts.
    public init(
        clusters: [ClusterResult], singletons: [Int], thresholds: [String: Double], resolutions: [String: Double] = [:]
    ) {
        self.clusters = clusters
        self.singletons = singletons
        self.thresholds = thresholds
        self.resolutions = resolutions
    }
}
