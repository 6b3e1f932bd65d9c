import CStemmer

/// A Snowball stemmer for one language (`connexions` → `connexion`, `syncing` → `sync`).
///
/// Not thread-safe: give each thread its own.
public final class Stemmer {
    public let language: Language
    private let handle: OpaquePointer

    /// A stemmer for `language`, or nil when libstemmer has none for it.
    public init?(language: Language) {
        guard let handle = sb_stemmer_new(language.snowballName, "UTF_8") else { return nil }
        self.language = language
        self.handle = handle
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of a lower-case word.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                let stemmed = sb_stemmer_stem(handle, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
    }
}
