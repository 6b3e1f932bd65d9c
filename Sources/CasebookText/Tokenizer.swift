/// Splits text into words: runs of letters and digits (apostrophes and hyphens split words).
public enum Tokenizer {
    /// The words of `text`, lower-cased but with their accents (stemmers need them).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                words.append(String(current).lowercased())
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark, !current.isEmpty {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
