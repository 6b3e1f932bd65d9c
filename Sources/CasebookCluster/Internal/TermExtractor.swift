import CasebookText

/// Turns a document into index terms: stemmed unigrams and bigrams of the subject (counted twice)
/// and of the customer's cleaned messages. Bigrams never straddle the subject and a message.
///
/// Not thread-safe (it owns a `TermAnalyzer`).
struct TermExtractor {
    let analyzer: TermAnalyzer
    /// The language documents are read as.
    let language: String
    /// How many times the subject's terms count.
    var subjectWeight = 2
    /// Follow-up messages with fewer words are skipped (`thanks, all sorted now!`).
    var minimumFollowUpWords = 8
    private let ignored: Set<String>
    private let cleaner = ReplyCleaner()

    /// An extractor for documents in `language`.
    init(analyzer: TermAnalyzer = TermAnalyzer(), language: String) {
        self.analyzer = analyzer
        self.language = language
        ignored = SupportChatter.stems(for: language, analyzer: analyzer)
    }

    /// The terms of `document`.
    func terms(of document: ClusterDocument) -> [String] {
        var terms: [String] = []
        let subject = withBigrams(analyze(document.subject))
        for _ in 0..<subjectWeight { terms += subject }
        for (position, message) in document.messages.enumerated() {
            let text = cleaner.clean(message)
            if position > 0, Tokenizer.words(text).count < minimumFollowUpWords { continue }
            terms += withBigrams(analyze(text))
        }
        return terms
    }

    /// The terms of `document`'s answer (cleaned of greeting and sign-off), empty when it has none.
    func answerTerms(of document: ClusterDocument) -> [String] {
        guard !document.answer.isEmpty else { return [] }
        return withBigrams(analyze(cleaner.clean(document.answer)))
    }

    private func analyze(_ text: String) -> [String] {
        analyzer.terms(text, language: language).filter { !ignored.contains($0) }
    }

    /// The text the terms come from, for showing surface words: subject and cleaned messages.
    static func visibleText(of document: ClusterDocument, cleaner: ReplyCleaner) -> [String] {
        [document.subject] + document.messages.map(cleaner.clean)
    }

    private func withBigrams(_ unigrams: [String]) -> [String] {
        guard unigrams.count > 1 else { return unigrams }
        var terms = unigrams
        for position in 1..<unigrams.count where unigrams[position - 1] != unigrams[position] {
            terms.append(unigrams[position - 1] + " " + unigrams[position])
        }
        return terms
    }
}
