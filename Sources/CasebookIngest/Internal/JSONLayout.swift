/// Where the records of a JSON export are: in an array (at a key path, or the whole file), or one a line.
enum JSONLayout: Equatable {
    /// The elements of the array at `path`, or of the file's top-level array.
    case array(path: [String])
    /// NDJSON: one JSON object a line.
    case lines

    /// Keys that open a record (a ticket, an issue, a conversation) rather than a page wrapping records.
    private static let recordKeys: Set<String> = [
        "id", "url", "ticket_id", "subject", "external_id", "status", "created_at", "updated_at", "key", "number",
        "requester_id", "description", "via", "type", "fields", "priority", "tags", "raw_subject", "expand", "self",
    ]

    /// The layout of a file starting with `head` whose records, when wrapped, are at `path`: a first
    /// line holding one whole object with more after it is NDJSON, a first line that ends inside an
    /// object is a (pretty-printed) page; a first line longer than `head`, or the only one, is NDJSON
    /// when its first key is a record's rather than a page's.
    static func detect(_ head: [UInt8], path: [String]) -> JSONLayout {
        var index = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[index]) { index += 1 }
        guard index < head.count, head[index] == UInt8(ascii: "{") else { return .array(path: path) }
        switch firstLine(head[index...]) {
        case .objectThenMore: return .lines
        case .breaksInside: return .array(path: path)
        case .undecided: break
        }
        var cursor = index + 1
        while cursor < head.count, [0x20, 0x09].contains(head[cursor]) { cursor += 1 }
        guard cursor < head.count, head[cursor] == UInt8(ascii: "\"") else { return .array(path: path) }
        let name = head[(cursor + 1)...].prefix { $0 != UInt8(ascii: "\"") }
        return recordKeys.contains(String(decoding: name, as: UTF8.self)) ? .lines : .array(path: path)
    }

    private enum FirstLine { case objectThenMore, breaksInside, undecided }

    /// How the object opening `bytes` sits on the first line.
    private static func firstLine(_ bytes: ArraySlice<UInt8>) -> FirstLine {
        var depth = 0
        var inString = false
        var escaped = false
        var closedAt: Int?
        for index in bytes.indices {
            let byte = bytes[index]
            if let closed = closedAt {
                if byte == 0x0A {
                    let rest = bytes[(index + 1)...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
                    return rest == nil ? .undecided : .objectThenMore
                }
                if ![0x20, 0x09, 0x0D].contains(byte) { return index > closed ? .breaksInside : .undecided }
                continue
            }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte == 0x0A {
                    return .breaksInside
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { closedAt = index }
            case 0x0A: return .breaksInside
            default: break
            }
        }
        return .undecided
    }
}
