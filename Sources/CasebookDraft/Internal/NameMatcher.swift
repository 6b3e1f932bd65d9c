import CasebookText

/// Finds people's names in text by word lookup: every full name, and each part of three letters or
/// more that is not a common word, matched as whole words, ignoring case and accents.
///
/// The names live in immutable indexes shared by every copy: ``adding(_:)`` layers a new small index
/// over them instead of copying them, so a store-wide index is built once per run.
struct NameMatcher: Sendable {
    /// The indexes searched together, the shared store-wide one first.
    private var layers: [NameIndex]
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
        layers = [NameIndex(names: names, commonWords: common)]
    }

    /// The matcher, also matching `names` (the names it has are shared, not copied).
    func adding(_ names: [String]) -> NameMatcher {
        let index = NameIndex(names: names, commonWords: commonWords)
        guard !index.sequences.isEmpty else { return self }
        var copy = self
        copy.layers.append(index)
        return copy
    }

    /// The identities of the indexes searched, the shared one first.
    var indexes: [ObjectIdentifier] { layers.map(ObjectIdentifier.init) }

    /// True when no name was given.
    var isEmpty: Bool { layers.allSatisfy(\.sequences.isEmpty) }

    /// `text` with every name replaced by `[name]`.
    func redact(_ text: String) -> String {
        guard !isEmpty else { return text }
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

    /// The number of words of the longest name (in any index) starting at word `index`.
    private func match(at index: Int, in words: [ScannedWord], text: String) -> Int? {
        var longest = 0
        for layer in layers {
            guard let candidates = layer.sequences[words[index].folded] else { continue }
            for sequence in candidates where sequence.count > longest && index + sequence.count <= words.count {
                if Self.matches(sequence, at: index, in: words, text: text) {
                    longest = sequence.count
                    break
                }
            }
        }
        guard longest > 0 else { return nil }
        let first = words[index].range
        let last = words[index + longest - 1].range
        return Self.isPlaceholder(text, from: first.lowerBound, to: last.upperBound) ? nil : longest
    }

    private static func matches(_ sequence: [String], at index: Int, in words: [ScannedWord], text: String) -> Bool {
        for offset in 1..<max(sequence.count, 1) {
            let previous = words[index + offset - 1]
            let word = words[index + offset]
            let gap = text.unicodeScalars[previous.range.upperBound..<word.range.lowerBound]
            guard word.folded == sequence[offset], isNameGap(gap) else { return false }
        }
        return true
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

/// One immutable set of names, as folded word sequences keyed by their first word, the longest
/// sequence first. A class so that copies of a ``NameMatcher`` share it.
private final class NameIndex: Sendable {
    let sequences: [String: [[String]]]

    init(names: [String], commonWords: Set<String>) {
        var sequences: [String: [[String]]] = [:]
        func insert(_ words: [String]) {
            guard let first = words.first, !(sequences[first]?.contains(words) ?? false) else { return }
            sequences[first, default: []].append(words)
        }
        for name in names {
            let words = Tokenizer.words(name).map(TextFolding.fold)
            guard !words.isEmpty, words.joined().count >= 2 else { continue }
            let isOrganisation = words.contains { NameMatcher.organisationWords.contains($0) }
            let allCommon = words.allSatisfy { commonWords.contains($0) || $0.allSatisfy(\.isNumber) }
            if !allCommon || words.count > 1 { insert(words) }
            guard !isOrganisation else { continue }
            for word in words where word.count >= 3 && !commonWords.contains(word) && !word.allSatisfy(\.isNumber) {
                insert([word])
            }
        }
        self.sequences = sequences.mapValues { list in list.sorted { $0.count > $1.count } }
    }
}
