import CasebookText

/// Scores the clusterer against labelled texts (NMI, ARI, matched accuracy), clustering them with
/// the same code as the cluster stage, two ways: as clustered (texts left alone counted together as
/// one group, never as flattering singletons) and with every text given to its nearest cluster.
public struct ClusterEvaluation: Sendable {
    /// The clusterer under evaluation.
    public var clusterer: TicketClusterer
    /// Guesses each text's language when none is given.
    public var detector: LanguageDetector
    /// When false, every text is read as `fallbackLanguage` (to measure what detection brings).
    public var detectsLanguage = true
    private let fallbackLanguage: String

    /// An evaluation with an optional fixed threshold; undetectable texts count as `fallbackLanguage`.
    public init(similarityThreshold: Double? = nil, fallbackLanguage: String = "en") {
        clusterer = TicketClusterer(minSize: 2, similarityThreshold: similarityThreshold)
        detector = LanguageDetector(fallback: fallbackLanguage)
        self.fallbackLanguage = fallbackLanguage
    }

    /// Clusters `samples` (language detected per text) and scores the result against their labels.
    public func evaluate(_ samples: [LabelledText]) -> EvaluationReport {
        let languages = samples.map { detectsLanguage ? detector.detect($0.text) : fallbackLanguage }
        let width = String(samples.count).count
        let documents = zip(samples, languages).enumerated().map { position, pair in
            let number = String(position)
            let reference = "row#" + String(repeating: "0", count: width - number.count) + number
            return ClusterDocument(
                reference: reference, language: pair.1, subject: "", messages: [pair.0.text], answer: pair.0.answer)
        }
        let truth = samples.map(\.label)
        let clock = ContinuousClock()
        let start = clock.now
        let clustered = clusterer.cluster(documents)
        let elapsed = clock.now - start
        var everyOne = clusterer
        everyOne.assignsEveryDocument = true
        everyOne.distinctiveTermShare = nil
        let assigned = everyOne.cluster(documents)
        let components = elapsed.components
        return EvaluationReport(
            documents: samples.count, trueLabels: Set(truth).count,
            asClustered: EvaluationReport.Scores(truth: truth, outcome: clustered),
            everyTextAssigned: EvaluationReport.Scores(truth: truth, outcome: assigned),
            resolutions: clustered.resolutions,
            seconds: Double(components.seconds) + Double(components.attoseconds) / 1e18)
    }
}

/// One labelled text: what the customer wrote, the answer that resolved it (empty when unknown) and its label.
public struct LabelledText: Sendable, Hashable {
    /// The customer's text.
    public var text: String
    /// The true label.
    public var label: String
    /// The resolving answer, empty when there is none.
    public var answer: String

    /// A labelled text, with an answer when known.
    public init(text: String, label: String, answer: String = "") {
        self.text = text
        self.label = label
        self.answer = answer
    }
}
