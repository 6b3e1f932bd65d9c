import CasebookText

/// A word of a text, where it stands and its folded form.
struct ScannedWord {
    var range: Range<String.Index>
    var folded: String
}

/// Splits text into words the way `Tokenizer` does (runs of letters and digits, combining marks
/// kept), but keeps where each word stands so it can be replaced.
enum WordScanner {
    static func words(in text: String) -> [ScannedWord] {
        var words: [ScannedWord] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func flush(at end: String.Index) {
            if let begin = start {
                words.append(ScannedWord(range: begin..<end, folded: TextFolding.fold(String(scalars[begin..<end]))))
                start = nil
            }
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if start == nil { start = index }
            } else if scalar.properties.generalCategory == .nonspacingMark, start != nil {
                // A combining accent belongs to the word it follows.
            } else {
                flush(at: index)
            }
            index = scalars.index(after: index)
        }
        flush(at: scalars.endIndex)
        return words
    }
}
