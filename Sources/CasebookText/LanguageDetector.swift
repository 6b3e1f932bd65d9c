/// Guesses a text's language from its function words (and French accents), which is reliable for
/// support messages of a sentence or more.
public struct LanguageDetector: Sendable {
    /// The language returned when the text gives no clear signal.
    public var fallback: String

    public init(fallback: String = "en") {
        self.fallback = fallback
    }

    /// The ISO 639-1 code of the most likely supported language of `text`.
    public func detect(_ text: String) -> String {
        let words = Tokenizer.words(text).prefix(400).map(TextFolding.fold)
        guard !words.isEmpty else { return fallback }
        var best = (code: fallback, score: 0)
        for language in Language.supported {
            let stopwords = language.stopwords
            let score = words.reduce(0) { $0 + (stopwords.contains($1) ? 1 : 0) }
            if score > best.score { best = (language.code, score) }
        }
        // A couple of stopwords is not evidence enough in a long text.
        return best.score >= max(2, words.count / 20) || best.score >= words.count / 2 ? best.code : fallback
    }
}
