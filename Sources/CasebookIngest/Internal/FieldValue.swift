import CasebookCore

/// Reads the small typed values that exports spell in many ways.
enum FieldValue {
    /// `true/false`, `1/0`, `yes/no`, `y/n` (any case); nil otherwise.
    static func bool(_ text: String) -> Bool? {
        switch text.trimmingSpaces.lowercased() {
        case "true", "1", "yes", "y": true
        case "false", "0", "no", "n": false
        default: nil
        }
    }

    /// `customer`, `end-user`, `requester` → customer; `agent`, `admin` → agent; `system` (any case).
    static func role(_ text: String) -> AuthorRole? {
        switch text.trimmingSpaces.lowercased() {
        case "customer", "end-user", "end_user", "enduser", "requester": .customer
        case "agent", "admin", "administrator": .agent
        case "system": .system
        default: nil
        }
    }

    /// Tags split on `|` (or `;` or `,`), trimmed, without empties or repeats, in order.
    static func tags(_ text: String) -> [String] {
        var seen = Set<String>()
        var tags: [String] = []
        for part in text.split(whereSeparator: { $0 == "|" || $0 == ";" || $0 == "," }) {
            let tag = String(part).trimmingSpaces
            if !tag.isEmpty, seen.insert(tag).inserted { tags.append(tag) }
        }
        return tags
    }

    /// `value` quoted for a message when short and on one line, so reasons stay readable and carry
    /// no customer text; otherwise a neutral description.
    static func quoted(_ value: String) -> String {
        value.count <= 32 && !value.contains(where: \.isNewline) ? "'\(value)'" : "a long value"
    }
}

extension String {
    /// The string without leading and trailing white space and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension Substring {
    /// The substring without leading and trailing white space and line breaks.
    var trimmingSpaces: String { String(self).trimmingSpaces }
}
