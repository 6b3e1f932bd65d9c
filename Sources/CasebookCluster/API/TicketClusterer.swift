import CasebookCore
import CasebookText

/// Groups documents that describe the same problem, choosing the number of groups itself.
///
/// Per language, two views of each document: TF-IDF vectors of the customer's stemmed unigrams and
/// bigrams (subject counted twice), and of the resolving answer when there is one. The views are
/// joined in one vector (each weighted by the square root of its share), so two documents that both
/// have answers are as similar as the weighted mean of their two cosines, and documents without
/// answers (labelled intent data) are compared on their words alone. Then a k-nearest-neighbour
/// graph through an inverted index, Louvain communities at a resolution chosen from the data, and a
/// few k-means-style refinement passes. Deterministic: the input's order does not matter, and the
/// same documents always give the same clusters in the same order.
public struct TicketClusterer: Sendable {
    /// Groups smaller than this are dissolved: their documents are singletons.
    public var minSize: Int
    /// When set, how alike (average cosine, 0–1) groups must be to merge; `nil` chooses per language.
    public var similarityThreshold: Double?
    /// When set, the Louvain resolution; `nil` chooses it per language from the data.
    public var resolution: Double?
    /// The answer view's share of the similarity between two documents that both have answers.
    public var answerWeight = 0.5
    /// When true, every document sharing a word with some cluster joins its nearest one, however far
    /// (how `eval clusters` scores "every text assigned"); otherwise outliers stay alone.
    public var assignsEveryDocument = false
    /// When set, a cluster is kept only if some term occurs in at least this share of its members and
    /// at least this share of that term's documents are members (a problem has words of its own).
    /// Filters clusters held together by generic words; `nil` keeps every cluster.
    public var distinctiveTermShare: Double? = 0.5

    /// A clusterer with a minimum cluster size (at least 2) and an optional fixed threshold.
    public init(minSize: Int = 3, similarityThreshold: Double? = nil) {
        self.minSize = max(2, minSize)
        self.similarityThreshold = similarityThreshold.map { max(0, min(1, $0)) }
    }

    /// A clusterer set up from the `cluster` section of the configuration.
    public init(configuration: CasebookConfiguration.Cluster) {
        self.init(minSize: configuration.minSize, similarityThreshold: configuration.similarityThreshold)
    }

    /// Clusters `documents`; `progress` hears `(language, languages done, languages)` as it goes.
    public func cluster(
        _ documents: [ClusterDocument], progress: (String, Int, Int) -> Void = { _, _, _ in }
    ) -> ClusteringOutcome {
        let byLanguage = Dictionary(grouping: documents.indices) { Self.languageCode(documents[$0].language) }
        let languages = byLanguage.keys.sorted()
        let analyzer = TermAnalyzer()
        let builder = ClusterBuilder(
            labeler: ClusterLabeler(analyzer: analyzer), minimumSize: minSize, characteristicShare: distinctiveTermShare
        )
        var clusters: [ClusterResult] = []
        var thresholds: [String: Double] = [:]
        var resolutions: [String: Double] = [:]
        for (done, language) in languages.enumerated() {
            progress(language, done, languages.count)
            let indices = (byLanguage[language] ?? []).sorted {
                documents[$0].reference != documents[$1].reference
                    ? documents[$0].reference < documents[$1].reference : $0 < $1
            }
            let extractor = TermExtractor(analyzer: analyzer, language: language)
            let model = TFIDFModel(
                customer: TFIDFVectorizer().fit(indices.map { extractor.terms(of: documents[$0]) }),
                answers: TFIDFVectorizer().fit(indices.map { extractor.answerTerms(of: documents[$0]) }),
                answerWeight: answerWeight)
            let clusterer = GraphClusterer(
                minimumSize: minSize, fixedThreshold: similarityThreshold, fixedResolution: resolution,
                assignEveryDocument: assignsEveryDocument)
            let partition = clusterer.partition(model.vectors)
            thresholds[language] = partition.threshold
            resolutions[language] = partition.resolution
            clusters += builder.clusters(
                assignment: partition.assignment, model: model, documents: documents, indices: indices,
                language: language)
        }
        progress("", languages.count, languages.count)
        let clustered = Set(clusters.flatMap { $0.members.map(\.index) })
        return ClusteringOutcome(
            clusters: clusters, singletons: documents.indices.filter { !clustered.contains($0) },
            thresholds: thresholds, resolutions: resolutions)
    }

    /// The language a document is grouped under: the supported code, else the given code lower-cased.
    static func languageCode(_ language: String) -> String {
        Language.named(language)?.code ?? (language.isEmpty ? "und" : language.lowercased())
    }
}
