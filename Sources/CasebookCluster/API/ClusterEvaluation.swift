import CasebookText

/// Scores the clusterer against labelled texts (NMI, ARI, matched accuracy), clustering them with
/// the same code as the cluster stage: minimum size 2, leftover singletons scored as their own clusters.
public struct ClusterEvaluation: Sendable {
    /// The clusterer under evaluation.
    public var clusterer: TicketClusterer
    /// Guesses each text's language when none is given.
    public var detector: LanguageDetector

    /// An evaluation with an optional fixed threshold; undetectable texts count as `fallbackLanguage`.
    public init(similarityThreshold: Double? = nil, fallbackLanguage: String = "en") {
        clusterer = TicketClusterer(minSize: 2, similarityThreshold: similarityThreshold)
        detector = LanguageDetector(fallback: fallbackLanguage)
    }

    /// Clusters `samples` (language detected per text) and scores the result against their labels.
    public func evaluate(_ samples: [(text: String, label: String)]) -> EvaluationReport {
        evaluate(samples.map { ($0.text, $0.label, detector.detect($0.text)) })
    }

    /// Clusters `samples` in the languages given and scores the result against their labels.
    public func evaluate(_ samples: [(text: String, label: String, language: String)]) -> EvaluationReport {
        let width = String(samples.count).count
        let documents = samples.enumerated().map { position, sample in
            let number = String(position)
            let reference = "row#" + String(repeating: "0", count: width - number.count) + number
            return ClusterDocument(
                reference: reference, language: sample.language, subject: "", messages: [sample.text])
        }
        var outcome: ClusteringOutcome?
        let elapsed = ContinuousClock().measure { outcome = clusterer.cluster(documents) }
        let found = outcome ?? ClusteringOutcome(clusters: [], singletons: Array(documents.indices), thresholds: [:])

        var predicted = Array(repeating: -1, count: samples.count)
        for (number, cluster) in found.clusters.enumerated() {
            for member in cluster.members { predicted[member.index] = number }
        }
        for (offset, index) in found.singletons.enumerated() { predicted[index] = found.clusters.count + offset }
        let truth = samples.map(\.label)
        let components = elapsed.components
        return EvaluationReport(
            documents: samples.count,
            trueLabels: Set(truth).count,
            clustersFound: found.clusters.count + found.singletons.count,
            clustersOfTwoOrMore: found.clusters.count,
            singletons: found.singletons.count,
            nmi: ClusteringMetrics.normalizedMutualInformation(truth: truth, predicted: predicted),
            ari: ClusteringMetrics.adjustedRandIndex(truth: truth, predicted: predicted),
            accuracy: ClusteringMetrics.accuracy(truth: truth, predicted: predicted),
            thresholds: found.thresholds,
            seconds: Double(components.seconds) + Double(components.attoseconds) / 1e18)
    }
}
