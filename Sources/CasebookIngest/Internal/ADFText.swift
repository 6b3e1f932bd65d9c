/// A node of the Atlassian Document Format (Jira Cloud's rich text), as much as text needs.
struct ADFNode: Decodable {
    struct Attributes: Decodable {
        var url: String?
        var href: String?
        var text: String?
        var level: Int?
    }

    struct Mark: Decodable {
        var type: String
        var attrs: Attributes?
    }

    var type: String
    var text: String?
    var content: [ADFNode]?
    var attrs: Attributes?
    var marks: [Mark]?

    /// The node as light Markdown, the form `HTMLTextConverter` gives: blocks a blank line apart,
    /// lists as `- ` / `1. ` items, code fenced, links as `[text](url)`, mentions by name.
    var markdown: String {
        PlainText.normalized(block(indent: ""))
    }

    private func block(indent: String) -> String {
        let children = content ?? []
        switch type {
        case "doc", "panel", "expand", "layoutSection", "layoutColumn", "table", "tableRow":
            return children.map { $0.block(indent: indent) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        case "paragraph", "tableCell", "tableHeader":
            return indent + inline(children)
        case "heading":
            return indent + "## " + inline(children)
        case "blockquote":
            return children.map { $0.block(indent: indent) }.joined(separator: "\n\n")
                .split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
        case "codeBlock":
            return "```\n" + children.compactMap(\.text).joined() + "\n```"
        case "bulletList", "orderedList":
            return children.enumerated().map { index, item in
                let marker = type == "bulletList" ? "- " : "\(index + 1). "
                let body = (item.content ?? []).map { $0.block(indent: "") }.joined(separator: "\n")
                let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
                return lines.enumerated().map { $0 == 0 ? indent + marker + $1 : indent + "  " + $1 }
                    .joined(separator: "\n")
            }.joined(separator: "\n")
        case "rule":
            return "---"
        default:
            return indent + inline([self])
        }
    }

    private func inline(_ nodes: [ADFNode]) -> String {
        nodes.map { node in
            switch node.type {
            case "text": node.marked(node.text ?? "")
            case "hardBreak": "\n"
            case "mention", "emoji", "date", "status": node.attrs?.text ?? ""
            case "inlineCard", "blockCard": node.attrs?.url ?? ""
            default: node.content.map(inline) ?? (node.text ?? "")
            }
        }.joined()
    }

    private func marked(_ text: String) -> String {
        var result = text
        for mark in marks ?? [] {
            switch mark.type {
            case "strong": result = "**\(result)**"
            case "em": result = "*\(result)*"
            case "code": result = "`\(result)`"
            case "link":
                if let href = mark.attrs?.href,
                    href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:")
                {
                    result = href == result ? result : "[\(result)](\(href))"
                }
            default: break
            }
        }
        return result
    }
}

/// A Jira rich-text field: ADF (Jira Cloud, API v3) or plain wiki text (API v2, Server).
enum JiraText: Decodable {
    case document(ADFNode)
    case plain(String)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .plain(text)
        } else {
            self = .document(try container.decode(ADFNode.self))
        }
    }

    var text: String {
        switch self {
        case .document(let node): node.markdown
        case .plain(let text): PlainText.normalized(text)
        }
    }
}
