/// Splits text into words: runs of letters and digits, combining marks kept with the letter they
/// follow (apostrophes and hyphens split words).
public enum Tokenizer {
    /// The words of `text`, lower-cased but with their accents (stemmers need them).
    public static func words(_ text: String) -> [String] {
        wordRanges(in: text).map { text[$0].lowercased() }
    }

    /// Where each word of `text` stands, in order.
    public static func wordRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if start == nil { start = index }
            } else if scalar.properties.generalCategory == .nonspacingMark, start != nil {
                // A combining accent belongs to the word it follows.
            } else if let begin = start {
                ranges.append(begin..<index)
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begin = start { ranges.append(begin..<scalars.endIndex) }
        return ranges
    }
}

/// A word of a text, where it stands and its folded form.
package struct ScannedWord {
    package var range: Range<String.Index>
    package var folded: String
}

/// The words of a text with their places, for code that replaces words in place.
package enum WordScanner {
    package static func words(in text: String) -> [ScannedWord] {
        Tokenizer.wordRanges(in: text).map { ScannedWord(range: $0, folded: TextFolding.fold(String(text[$0]))) }
    }
}
