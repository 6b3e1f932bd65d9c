import Foundation

/// BCP 47 language tags (`en`, `fr-CA`, `zh-Hant-TW`, `es-419`), checked and normalised once, where a tag
/// enters Casebook.
public enum LanguageTag {
    /// `tag` in the one form Casebook uses everywhere (lowercase, `-` between subtags: `fr-ca`), or nil when
    /// it is not a well-formed BCP 47 tag. `_` is accepted as a separator (`pt_BR`).
    public static func normalized(_ tag: String) -> String? {
        let parts = tag.trimmingCharacters(in: .whitespaces).lowercased()
            .split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
            .map(String.init)
        // BCP 47 also reserves 4–8 letter language subtags, but none is in use: `english` is a mistake.
        guard let language = parts.first, isAlpha(language, 2...3) else { return nil }
        var rest = parts.dropFirst()[...]
        // extlang (up to three), script, region, variants, extensions, private use: in that order.
        var extlangs = 0
        while language.count <= 3, extlangs < 3, let next = rest.first, isAlpha(next, 3...3) {
            rest = rest.dropFirst()
            extlangs += 1
        }
        if let next = rest.first, isAlpha(next, 4...4) { rest = rest.dropFirst() }
        if let next = rest.first, isAlpha(next, 2...2) || isDigits(next, 3) { rest = rest.dropFirst() }
        while let next = rest.first, isVariant(next) { rest = rest.dropFirst() }
        while let singleton = rest.first, singleton.count == 1, singleton != "x", isAlphanumeric(singleton, 1...1) {
            rest = rest.dropFirst()
            var subtags = 0
            while let next = rest.first, isAlphanumeric(next, 2...8) {
                rest = rest.dropFirst()
                subtags += 1
            }
            if subtags == 0 { return nil }
        }
        if rest.first == "x" {
            rest = rest.dropFirst()
            guard !rest.isEmpty, rest.allSatisfy({ isAlphanumeric($0, 1...8) }) else { return nil }
            rest = []
        }
        return rest.isEmpty ? parts.joined(separator: "-") : nil
    }

    /// The language subtag alone: `fr` for `fr-ca`.
    public static func primary(_ tag: String) -> String {
        String(tag.lowercased().prefix { $0.isLetter })
    }

    private static func isAlpha(_ text: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(text.count) && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }

    private static func isDigits(_ text: String, _ length: Int) -> Bool {
        text.count == length && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func isAlphanumeric(_ text: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(text.count)
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    private static func isVariant(_ text: String) -> Bool {
        isAlphanumeric(text, 5...8)
            || (text.count == 4 && text.first?.isNumber == true && isAlphanumeric(text, 4...4))
    }
}
