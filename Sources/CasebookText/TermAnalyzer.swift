/// Turns text into index terms: words, minus stopwords, stemmed per language, folded.
///
/// Not thread-safe (it owns stemmers): give each thread its own.
public final class TermAnalyzer {
    private var stemmers: [String: Stemmer] = [:]
    /// The shortest term kept.
    public var minimumLength = 2

    public init() {}

    /// The terms of `text`, read as `language` (unknown languages are tokenised and folded only).
    public func terms(_ text: String, language: String) -> [String] {
        let language = Language.named(language)
        let stopwords = language?.stopwords ?? []
        let stemmer = language.flatMap(stemmer(for:))
        var terms: [String] = []
        for word in Tokenizer.words(text) {
            let folded = TextFolding.fold(word)
            guard folded.count >= minimumLength, !stopwords.contains(folded), !folded.allSatisfy(\.isNumber)
            else { continue }
            terms.append(stemmer.map { TextFolding.fold($0.stem(word)) } ?? folded)
        }
        return terms
    }

    private func stemmer(for language: Language) -> Stemmer? {
        if let stemmer = stemmers[language.code] { return stemmer }
        let stemmer = Stemmer(language: language)
        stemmers[language.code] = stemmer
        return stemmer
    }
}
