/// How well the clusterer recovered known labels, as `casebook eval clusters` prints it.
public struct EvaluationReport: Encodable, Sendable, Equatable {
    /// Documents scored.
    public var documents: Int
    /// Distinct true labels.
    public var trueLabels: Int
    /// Clusters found, each leftover singleton counting as its own.
    public var clustersFound: Int
    /// Clusters of two documents or more.
    public var clustersOfTwoOrMore: Int
    /// Documents left alone.
    public var singletons: Int
    /// Normalised mutual information (arithmetic normaliser), 0–1.
    public var nmi: Double
    /// Adjusted Rand index, 1 at best, about 0 for chance.
    public var ari: Double
    /// Accuracy after the best one-to-one matching of clusters to labels, 0–1.
    public var accuracy: Double
    /// The similarity threshold used per language.
    public var thresholds: [String: Double]
    /// Time spent clustering (vectorising included), in seconds.
    public var seconds: Double

    /// One line for people: `10003 documents, 77 labels → 312 clusters: NMI 0.571 ARI 0.243 …`.
    public var summary: String {
        "\(documents) documents, \(trueLabels) labels → \(clustersFound) clusters (\(clustersOfTwoOrMore) of 2+, "
            + "\(singletons) singletons): NMI \(Self.format(nmi)) ARI \(Self.format(ari)) "
            + "accuracy \(Self.format(accuracy)) in \(Self.format(seconds))s"
    }

    private static func format(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 1000
        return "\(scaled)"
    }
}
