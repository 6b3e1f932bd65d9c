/// A language the text tools know: its ISO 639-1 code, its Snowball stemmer and its stopwords.
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// ISO 639-1 code (`en`, `fr`, …).
    public let code: String
    /// The Snowball algorithm's name (`english`, `french`, …).
    let snowballName: String

    public var description: String { code }

    /// The languages with a stemmer and a stopword list, in detection order.
    public static let supported: [Language] = [
        Language(code: "en", snowballName: "english"),
        Language(code: "fr", snowballName: "french"),
        Language(code: "de", snowballName: "german"),
        Language(code: "es", snowballName: "spanish"),
        Language(code: "it", snowballName: "italian"),
        Language(code: "pt", snowballName: "portuguese"),
        Language(code: "nl", snowballName: "dutch"),
    ]

    /// The supported language with `code`, if any.
    public static func named(_ code: String) -> Language? {
        let code = code.lowercased().prefix(2)
        return supported.first { $0.code == code }
    }

    /// Common function words, already folded (lower case, no accents).
    public var stopwords: Set<String> { Stopwords.table[code] ?? [] }
}
