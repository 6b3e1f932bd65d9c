/// How well the clusterer recovered known labels, as `casebook eval clusters` prints it.
public struct EvaluationReport: Encodable, Sendable, Equatable {
    /// The scores of one way of counting.
    public struct Scores: Encodable, Sendable, Equatable {
        /// Clusters of two documents or more.
        public var clustersOfTwoOrMore: Int
        /// Documents in no cluster (scored together as one group).
        public var unclustered: Int
        /// Normalised mutual information (arithmetic normaliser), 0–1.
        public var nmi: Double
        /// Adjusted Rand index, 1 at best, about 0 for chance.
        public var ari: Double
        /// Accuracy after the best one-to-one matching of clusters to labels, 0–1.
        public var accuracy: Double

        /// The scores of `outcome` against `truth` (by document position), the unclustered as one group.
        init(truth: [String], outcome: ClusteringOutcome) {
            var predicted = Array(repeating: -1, count: truth.count)
            for (number, cluster) in outcome.clusters.enumerated() {
                for member in cluster.members { predicted[member.index] = number }
            }
            clustersOfTwoOrMore = outcome.clusters.count
            unclustered = outcome.singletons.count
            nmi = ClusteringMetrics.normalizedMutualInformation(truth: truth, predicted: predicted)
            ari = ClusteringMetrics.adjustedRandIndex(truth: truth, predicted: predicted)
            accuracy = ClusteringMetrics.accuracy(truth: truth, predicted: predicted)
        }

        var summary: String {
            "\(clustersOfTwoOrMore) clusters, \(unclustered) alone: NMI \(format(nmi)) ARI \(format(ari)) "
                + "accuracy \(format(accuracy))"
        }
    }

    /// Documents scored.
    public var documents: Int
    /// Distinct true labels.
    public var trueLabels: Int
    /// As clustered: the texts left alone counted together as one group.
    public var asClustered: Scores
    /// With every text given to its nearest cluster.
    public var everyTextAssigned: Scores
    /// The Louvain resolution used per language.
    public var resolutions: [String: Double]
    /// Time spent clustering as the cluster stage does (vectorising included), in seconds.
    public var seconds: Double

    /// Clusters of 2+ (every text assigned) over the true number of labels: 1 is right.
    public var clusterRatio: Double { Double(everyTextAssigned.clustersOfTwoOrMore) / Double(max(1, trueLabels)) }

    /// Two lines for people: as clustered, then every text assigned.
    public var summary: String {
        "\(documents) documents, \(trueLabels) labels; as clustered \(asClustered.summary); "
            + "every text assigned \(everyTextAssigned.summary); in \(format(seconds))s"
    }

    private enum CodingKeys: String, CodingKey {
        case documents, trueLabels, asClustered, everyTextAssigned, resolutions, seconds, clusterRatio
        case nmi, ari, accuracy, clustersOfTwoOrMore, clustersFound
    }

    /// Encodes the fields, plus the every-text-assigned scores at top level (what benchmarks compare).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(trueLabels, forKey: .trueLabels)
        try container.encode(asClustered, forKey: .asClustered)
        try container.encode(everyTextAssigned, forKey: .everyTextAssigned)
        try container.encode(resolutions, forKey: .resolutions)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(clusterRatio, forKey: .clusterRatio)
        try container.encode(everyTextAssigned.nmi, forKey: .nmi)
        try container.encode(everyTextAssigned.ari, forKey: .ari)
        try container.encode(everyTextAssigned.accuracy, forKey: .accuracy)
        try container.encode(everyTextAssigned.clustersOfTwoOrMore, forKey: .clustersOfTwoOrMore)
        try container.encode(everyTextAssigned.clustersOfTwoOrMore, forKey: .clustersFound)
    }
}

private func format(_ value: Double) -> String {
    "\((value * 1000).rounded() / 1000)"
}
