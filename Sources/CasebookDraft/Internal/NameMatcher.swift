import CasebookText

/// Finds people's names in text by word lookup: every full name, and each part of three letters or
/// more that is not a common word, matched as whole words, ignoring case and accents.
struct NameMatcher: Sendable {
    /// Full names and name parts, as folded word sequences, keyed by their first word; the longest
    /// sequence first.
    private var sequences: [String: [[String]]] = [:]
    /// Words that never count as a name part on their own.
    private let commonWords: Set<String>

    /// Words that mark a team or a company rather than a person (`Acme Support`): such a name is
    /// matched whole only.
    static let organisationWords: Set<String> = [
        "support", "team", "help", "helpdesk", "desk", "service", "services", "customer", "customers", "client",
        "clients", "care", "admin", "administrator", "billing", "sales", "info", "contact", "noreply", "reply",
        "bot", "system", "agent", "agents", "staff", "equipe", "assistance", "account", "accounts", "mail",
        "email", "user", "unknown", "anonymous", "guest", "inconnu", "automation", "zendesk", "notifications",
        "notification", "security", "hello", "office", "technique", "technical", "tech", "hotline", "sav",
    ]

    /// A matcher for `names`; words in `reserved` (the placeholders' labels) never match.
    init(names: [String], reserved: Set<String>) {
        var common = reserved.union(Self.organisationWords)
        for language in Language.supported {
            common.formUnion(language.stopwords)
        }
        commonWords = common
        add(names)
    }

    /// The matcher, also matching `names`.
    func adding(_ names: [String]) -> NameMatcher {
        var copy = self
        copy.add(names)
        return copy
    }

    private mutating func add(_ names: [String]) {
        for name in names {
            let words = Tokenizer.words(name).map(TextFolding.fold)
            guard !words.isEmpty, words.joined().count >= 2 else { continue }
            let isOrganisation = words.contains { Self.organisationWords.contains($0) }
            let allCommon = words.allSatisfy { commonWords.contains($0) || $0.allSatisfy(\.isNumber) }
            if !allCommon || words.count > 1 { insert(words) }
            guard !isOrganisation else { continue }
            for word in words where word.count >= 3 && !commonWords.contains(word) && !word.allSatisfy(\.isNumber) {
                insert([word])
            }
        }
    }

    private mutating func insert(_ words: [String]) {
        guard let first = words.first else { return }
        var list = sequences[first] ?? []
        guard !list.contains(words) else { return }
        list.append(words)
        list.sort { $0.count > $1.count }
        sequences[first] = list
    }

    /// True when no name was given.
    var isEmpty: Bool { sequences.isEmpty }

    /// `text` with every name replaced by `[name]`.
    func redact(_ text: String) -> String {
        guard !sequences.isEmpty else { return text }
        let words = WordScanner.words(in: text)
        let scalars = text.unicodeScalars
        var result = String.UnicodeScalarView()
        var cursor = scalars.startIndex
        var index = 0
        while index < words.count {
            guard let length = match(at: index, in: words, text: text) else {
                index += 1
                continue
            }
            let start = words[index].range.lowerBound
            let end = words[index + length - 1].range.upperBound
            result.append(contentsOf: scalars[cursor..<start])
            result.append(contentsOf: "[name]".unicodeScalars)
            cursor = end
            index += length
        }
        result.append(contentsOf: scalars[cursor...])
        return String(result)
    }

    private func match(at index: Int, in words: [ScannedWord], text: String) -> Int? {
        guard let candidates = sequences[words[index].folded] else { return nil }
        for sequence in candidates where index + sequence.count <= words.count {
            var matched = true
            for offset in 1..<max(sequence.count, 1) {
                let previous = words[index + offset - 1]
                let word = words[index + offset]
                let gap = text.unicodeScalars[previous.range.upperBound..<word.range.lowerBound]
                guard word.folded == sequence[offset], Self.isNameGap(gap) else {
                    matched = false
                    break
                }
            }
            guard matched else { continue }
            let first = words[index].range
            let last = words[index + sequence.count - 1].range
            if Self.isPlaceholder(text, from: first.lowerBound, to: last.upperBound) { return nil }
            return sequence.count
        }
        return nil
    }

    /// The characters that may stand between two parts of a name: spaces, a hyphen, an apostrophe,
    /// a period (`J. R. Doe`), on one line.
    private static func isNameGap(_ gap: Substring.UnicodeScalarView) -> Bool {
        gap.count <= 3 && gap.allSatisfy { " \u{00A0}\t-'’.".unicodeScalars.contains($0) }
    }

    /// True when the word is the label of a placeholder such as `[name]`, which must stay as it is.
    private static func isPlaceholder(_ text: String, from start: String.Index, to end: String.Index) -> Bool {
        let scalars = text.unicodeScalars
        guard start > scalars.startIndex, end < scalars.endIndex else { return false }
        return scalars[scalars.index(before: start)] == "[" && scalars[end] == "]"
    }
}
