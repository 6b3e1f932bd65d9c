import CasebookText
import Foundation

/// Turning untrusted text into Markdown that shows it as written: no raw HTML, no accidental
/// headings, lists or links.
enum MarkdownText {
    private static let links = CompiledPattern(builtIn: #"\[([^\]\n]{1,300})\]\([^)\s]{1,2000}\)"#)
    private static let emphasis = CompiledPattern(builtIn: #"\*\*|__|`"#)

    private static let images = CompiledPattern(
        builtIn: #"!\[([^\]\n]{0,300})\]\s*(?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,300}\])"#)

    /// Markdown with its images replaced by their descriptions: an image in ticket text would make every
    /// reader's browser fetch its address (`![x](/account/close?confirm=1)`).
    static func withoutImages(_ text: String) -> String {
        images.replace(in: text) { match, source in
            let alt = match.group(1, in: source) ?? ""
            return alt.isEmpty ? "" : alt
        }
    }

    /// Light Markdown (as importers write HTML) back to plain text: links become their text, bold
    /// and code markers go.
    static func plainText(_ text: String) -> String {
        let unlinked = links.replace(in: text) { match, source in match.group(1, in: source) }
        return emphasis.replace(in: unlinked) { _, _ in "" }
    }

    /// Plain text (a customer's words) as one inline run: every character Markdown could read as
    /// syntax is escaped, except placeholders such as `[email]`.
    static func escapePlain(_ text: String) -> String {
        var result = ""
        var characters = Array(text)[...]
        while let character = characters.first {
            if character == "[", let placeholder = placeholderPrefix(characters) {
                result += placeholder
                characters = characters.dropFirst(placeholder.count)
                if characters.first == "(" || characters.first == "[" || characters.first == ":" { result += "\\" }
                continue
            }
            if "\\`*_[]<>&|~#!".contains(character) { result += "\\" }
            result.append(character)
            characters = characters.dropFirst()
        }
        return escapeLineStart(result)
    }

    /// Text that may hold light Markdown (an agent's answer: emphasis, links, code) with raw HTML
    /// disabled: `<` is escaped outside code spans.
    static func escapeHTML(_ text: String) -> String {
        var result = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle() }
            if character == "<", !inCode { result += "\\" }
            result.append(character)
        }
        return escapeLineStart(result)
    }

    /// Escapes a leading character that would start a heading, quote, list or thematic break.
    static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>=".contains(first) { return "\\" + text }
        if "-+*".contains(first), text.dropFirst().first.map({ $0 == " " || $0 == first }) ?? true {
            return "\\" + text
        }
        let digits = text.prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count <= 9, let marker = text.dropFirst(digits.count).first, ".)".contains(marker) {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    /// A placeholder such as `[email]` or `[customer-id]` at the start of `characters`.
    private static func placeholderPrefix(_ characters: ArraySlice<Character>) -> String? {
        var label = ""
        for character in characters.dropFirst().prefix(41) {
            if character == "]" {
                return label.isEmpty ? nil : "[\(label)]"
            }
            guard character.isLetter || character.isNumber || character == "_" || character == "-" else { return nil }
            label.append(character)
        }
        return nil
    }
}
