import CasebookCore

/// What the cluster stage did, as one line or as JSON.
public struct ClusterReport: StageReport, Equatable {
    /// Counts for one language.
    public struct LanguageCounts: Encodable, Sendable, Equatable {
        /// Tickets of that language considered.
        public var tickets: Int
        /// Clusters found.
        public var clusters: Int
        /// Tickets in a cluster.
        public var clusteredTickets: Int
        /// The similarity to its centroid a member needs (0: each cluster's own floor).
        public var threshold: Double
        /// The Louvain resolution used (chosen from the data unless configured).
        public var resolution: Double
    }

    /// Always `cluster`.
    public var stage = "cluster"
    /// Tickets read from the store.
    public var ticketsConsidered: Int
    /// Clusters written.
    public var clusters: Int
    /// Tickets in a cluster.
    public var clusteredTickets: Int
    /// Tickets in no cluster (no article will come from them).
    public var singletons: Int
    /// The counts per language code.
    public var languages: [String: LanguageCounts]
    /// `clustered 312 tickets: 25 clusters hold 280, 32 alone (en 20 at resolution 2.0, fr 5 at resolution 1.41)`.
    public var summary: String

    /// The figures by name.
    public var counts: [String: Int] {
        [
            "tickets": ticketsConsidered, "clusters": clusters, "clusteredTickets": clusteredTickets,
            "singletons": singletons,
        ]
    }

    /// Clusters become articles with `casebook draft`.
    public var nextStep: String? { clusters > 0 ? "casebook draft" : nil }

    /// A report from the clustering outcome over `tickets` documents with these languages.
    public init(outcome: ClusteringOutcome, languagesOfDocuments: [String]) {
        ticketsConsidered = languagesOfDocuments.count
        clusters = outcome.clusters.count
        clusteredTickets = outcome.clusters.reduce(0) { $0 + $1.size }
        singletons = outcome.singletons.count
        var languages: [String: LanguageCounts] = [:]
        for (language, threshold) in outcome.thresholds {
            let found = outcome.clusters.filter { $0.language == language }
            languages[language] = LanguageCounts(
                tickets: languagesOfDocuments.filter { $0 == language }.count, clusters: found.count,
                clusteredTickets: found.reduce(0) { $0 + $1.size }, threshold: threshold,
                resolution: outcome.resolutions[language] ?? 0)
        }
        self.languages = languages
        let perLanguage = languages.sorted { $0.key < $1.key }.map { language, counts in
            "\(language) \(counts.clusters) at resolution \(Double((counts.resolution * 100).rounded()) / 100)"
        }
        summary =
            "clustered \(ticketsConsidered) tickets: \(clusters) clusters hold \(clusteredTickets), \(singletons) alone"
            + (perLanguage.isEmpty ? "" : " (" + perLanguage.joined(separator: ", ") + ")")
    }
}
