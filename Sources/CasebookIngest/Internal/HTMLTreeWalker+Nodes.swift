import CLibXML2

extension HTMLTreeWalker {
    /// The lower-cased tag name of an element.
    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The text of a text node, entities already decoded by the parser.
    static func content(of node: xmlNodePtr) -> String {
        guard let content = node.pointee.content else { return "" }
        return String(cString: content)
    }

    /// The value of attribute `name` (lower-case), read without allocating through libxml2.
    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let attributeName = current.pointee.name, String(cString: attributeName).lowercased() == name
            else { continue }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                value += content(of: text)
                child = text.pointee.next
            }
            return value
        }
        return nil
    }

    /// The text below `node` and its siblings, skipping scripts and styles; `<br>` and block ends
    /// become line breaks when `keepSpaces` (for `<pre>`), spaces otherwise.
    static func plainText(of node: xmlNodePtr?, depth: Int, keepSpaces: Bool = false) -> String {
        var text = ""
        appendText(of: node, depth: depth, keepSpaces: keepSpaces, to: &text)
        return keepSpaces ? text.replacingNoBreakSpaces : text
    }

    private static func appendText(of node: xmlNodePtr?, depth: Int, keepSpaces: Bool, to text: inout String) {
        guard depth < maxDepth else { return }
        var node = node
        while let current = node {
            defer { node = current.pointee.next }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                text += content(of: current)
            case XML_ELEMENT_NODE:
                let name = name(of: current)
                if ["script", "style", "head", "title", "noscript", "template"].contains(name) { continue }
                if name == "br" {
                    text += keepSpaces ? "\n" : " "
                    continue
                }
                appendText(of: current.pointee.children, depth: depth + 1, keepSpaces: keepSpaces, to: &text)
                if keepSpaces, ["p", "div", "li", "tr"].contains(name), text.last != "\n" { text += "\n" }
            default:
                continue
            }
        }
    }

    /// `href` when it is a web or mail link, nil for `javascript:`, `data:`, relative links and the rest.
    /// Spaces and parentheses are escaped so the Markdown link stays whole.
    static func safeLink(_ href: String) -> String? {
        let lowered = href.lowercased()
        guard ["http://", "https://", "mailto:"].contains(where: lowered.hasPrefix), !href.contains("\n") else {
            return nil
        }
        var escaped = ""
        for character in href {
            switch character {
            case " ": escaped += "%20"
            case "(": escaped += "%28"
            case ")": escaped += "%29"
            case "<": escaped += "%3C"
            case ">": escaped += "%3E"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

extension String {
    /// White space runs (no-break spaces included) collapsed to one space, trimmed.
    var collapsedSpaces: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// No-break spaces turned into plain spaces.
    var replacingNoBreakSpaces: String {
        String(map { $0 == "\u{00A0}" ? " " : $0 })
    }

    /// Square brackets escaped, for link labels.
    var replacingBrackets: String {
        var escaped = ""
        for character in self {
            if character == "[" || character == "]" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
