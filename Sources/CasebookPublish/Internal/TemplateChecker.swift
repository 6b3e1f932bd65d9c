import Foundation

/// Checks a theme's templates before anything is rendered: every partial and parent a template names
/// exists, and every value it names exists in the view model of the page it is part of (Mustache would
/// render a missing one as nothing). Errors name the file, line and column.
///
/// Names are resolved as swift-mustache resolves them, against the shape of a filled view model
/// (`Exemplars`): the first part of `a.b` is looked up from the innermost section outwards, the rest
/// inside it; a section over a list enters its element, over a value enters the value.
struct TemplateChecker: Sendable {
    /// The source of every template, by name (`partials/header`), and where each comes from.
    var sources: [String: String]
    var location: @Sendable (String) -> String

    /// The shape of a view-model value.
    indirect enum Shape {
        case value
        case object([String: Shape])
        case list(Shape)
        case dictionary(Set<String>)

        init(of value: Any) {
            if let table = value as? [String: String] {
                self = .dictionary(Set(table.keys))
                return
            }
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                self = mirror.children.first.map { Shape(of: $0.value) } ?? .value
            case .collection:
                self = .list(mirror.children.first.map { Shape(of: $0.value) } ?? .value)
            case .struct, .class:
                var fields: [String: Shape] = [:]
                for child in mirror.children {
                    if let label = child.label { fields[label] = Shape(of: child.value) }
                }
                self = .object(fields)
            default:
                self = .value
            }
        }

        func child(_ name: String) -> Shape? {
            switch self {
            case .object(let fields): fields[name]
            case .dictionary(let keys): keys.contains(name) ? .value : nil
            case .value, .list: nil
            }
        }
    }

    /// A tag of a template, where it is.
    struct Tag {
        enum Kind { case variable, section, inverted, close, partial, parent, block }
        var kind: Kind
        var name: String
        var line: Int
        var column: Int
    }

    /// Checks the page template `name` against `model`; throws `PublishError.invalidTemplate`.
    func check(page name: String, model: Any) throws {
        var stack = [Shape(of: model)]
        try walk(name, stack: &stack, blocks: [:], depth: 0)
    }

    /// One template's tags between `range`, checked in `stack`; `blocks` are a child's overrides.
    private func walk(
        _ name: String, stack: inout [Shape], blocks: [String: (template: String, tags: ArraySlice<Tag>)], depth: Int
    ) throws {
        guard depth < 32 else {
            throw PublishError(
                path: location(name),
                reason: .invalidTemplate(line: nil, column: nil, problem: "partials include each other endlessly"))
        }
        let tags = try Self.tags(of: sources[name] ?? "", in: location(name))
        try walk(tags[...], of: name, stack: &stack, blocks: blocks, depth: depth)
    }

    private func walk(
        _ tags: ArraySlice<Tag>, of template: String, stack: inout [Shape],
        blocks: [String: (template: String, tags: ArraySlice<Tag>)], depth: Int
    ) throws {
        var index = tags.startIndex
        while index < tags.endIndex {
            let tag = tags[index]
            let fail = { (problem: String) in
                PublishError(
                    path: location(template),
                    reason: .invalidTemplate(line: tag.line, column: tag.column, problem: problem))
            }
            switch tag.kind {
            case .variable:
                _ = try resolve(tag.name, in: stack, fail: fail)
                index += 1
            case .section, .inverted, .parent, .block:
                let end = try Self.closing(of: index, in: tags, fail: fail)
                let inner = tags[(index + 1)..<end]
                switch tag.kind {
                case .section:
                    let shape = try resolve(tag.name, in: stack, fail: fail)
                    switch shape {
                    case .list(let element): stack.append(element)
                    default: stack.append(shape)
                    }
                    try walk(inner, of: template, stack: &stack, blocks: blocks, depth: depth)
                    stack.removeLast()
                case .inverted:
                    _ = try resolve(tag.name, in: stack, fail: fail)
                    try walk(inner, of: template, stack: &stack, blocks: blocks, depth: depth)
                case .parent:
                    guard sources[tag.name] != nil else { throw fail("the parent template \(tag.name) does not exist") }
                    var overrides = blocks
                    var cursor = inner.startIndex
                    while cursor < inner.endIndex {
                        let block = inner[cursor]
                        guard block.kind == .block else {
                            cursor += 1
                            continue
                        }
                        let blockEnd = try Self.closing(of: cursor, in: inner, fail: fail)
                        if overrides[block.name] == nil {
                            overrides[block.name] = (template, inner[(cursor + 1)..<blockEnd])
                        }
                        cursor = blockEnd + 1
                    }
                    try walk(tag.name, stack: &stack, blocks: overrides, depth: depth + 1)
                default:
                    if let override = blocks[tag.name] {
                        try walk(override.tags, of: override.template, stack: &stack, blocks: blocks, depth: depth)
                    } else {
                        try walk(inner, of: template, stack: &stack, blocks: blocks, depth: depth)
                    }
                }
                index = end + 1
            case .partial:
                guard sources[tag.name] != nil else { throw fail("the partial \(tag.name) does not exist") }
                try walk(tag.name, stack: &stack, blocks: blocks, depth: depth + 1)
                index += 1
            case .close:
                throw fail("{{/\(tag.name)}} closes no section")
            }
        }
    }

    /// The shape `name` refers to in `stack`, or an error saying it is not there.
    private func resolve(_ name: String, in stack: [Shape], fail: (String) -> PublishError) throws -> Shape {
        guard let current = stack.last else { return .value }
        if name == "." || name.isEmpty { return current }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return current }
        var shape: Shape? =
            name.hasPrefix(".") ? current.child(first) : stack.reversed().lazy.compactMap { $0.child(first) }.first
        for part in parts.dropFirst() { shape = shape?.child(part) }
        guard let shape else {
            throw fail("{{\(name)}} names nothing in the page's view model (a misspelt name renders as nothing)")
        }
        return shape
    }

    private static func closing(of index: Int, in tags: ArraySlice<Tag>, fail: (String) -> PublishError) throws -> Int {
        var depth = 0
        let name = tags[index].name
        for position in (index + 1)..<tags.endIndex {
            switch tags[position].kind {
            case .section, .inverted, .parent, .block: if tags[position].name == name { depth += 1 }
            case .close where tags[position].name == name:
                if depth == 0 { return position }
                depth -= 1
            default: continue
            }
        }
        throw fail("{{\(name)}} is never closed")
    }

    /// The tags of a template's source, with 1-based line and column.
    static func tags(of source: String, in location: String) throws -> [Tag] {
        var tags: [Tag] = []
        let characters = Array(source)
        var index = 0
        var line = 1
        var lineStart = 0
        while index < characters.count {
            if characters[index] == "\n" {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" else {
                index += 1
                continue
            }
            let (tagLine, column) = (line, index - lineStart + 1)
            let triple = index + 2 < characters.count && characters[index + 2] == "{"
            let closer: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            var end = index + (triple ? 3 : 2)
            while end + closer.count <= characters.count, Array(characters[end..<end + closer.count]) != closer {
                if characters[end] == "\n" {
                    line += 1
                    lineStart = end + 1
                }
                end += 1
            }
            guard end + closer.count <= characters.count else {
                throw PublishError(
                    path: location,
                    reason: .invalidTemplate(line: tagLine, column: column, problem: "a tag is never closed with }}"))
            }
            var body = String(characters[(index + (triple ? 3 : 2))..<end]).trimmingCharacters(in: .whitespaces)
            index = end + closer.count
            var kind = Tag.Kind.variable
            if !triple, let sigil = body.first {
                switch sigil {
                case "!", "%": continue
                case "=":
                    throw PublishError(
                        path: location,
                        reason: .invalidTemplate(
                            line: tagLine, column: column, problem: "set-delimiter tags are not supported"))
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "&": kind = .variable
                default: break
                }
                if kind != .variable || sigil == "&" {
                    body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
            }
            // A transform such as `uppercased(title)` or `first()` names the value inside the brackets.
            if let open = body.lastIndex(of: "("), let close = body.firstIndex(of: ")"), open < close {
                body = String(body[body.index(after: open)..<close])
            }
            tags.append(Tag(kind: kind, name: body, line: tagLine, column: column))
        }
        return tags
    }
}
