import Foundation

/// Finds, without decoding the file, each element of one top-level array of a JSON object
/// (`{"tickets": [ {...}, {...} ], ...}`) with the line it starts on, so each element can be
/// decoded on its own and one bad element does not spoil the others.
///
/// It only matches brackets and strings; the decoder judges each element. A string broken by a raw
/// line break (invalid JSON) ends at that line break so the next lines are still read; a closing
/// bracket of the wrong kind ends the element it is in. Memory is bounded by `elementLimit`.
struct JSONArrayScanner {
    /// One element of the array, as it stood in the file.
    struct Element {
        var bytes: [UInt8]
        var line: Int
        /// Its index in the array, from 1.
        var index: Int
        /// What the scanner already knows is wrong with it, if anything.
        var problem: String?
    }

    /// Where the file stopped making sense, and what it said there.
    struct Breakage: Error, Equatable {
        var line: Int
        /// The index of the element it broke in or before, from 1.
        var index: Int
        var reason: String
        var raw: String
    }

    static let elementLimit = 64 << 20

    var stream: ByteStream

    init(url: URL) throws {
        stream = try ByteStream(url: url)
    }

    /// Calls `body` with each element of the array under the top-level `key`; returns false when the
    /// object has no such array, throws a `Breakage` when the structure breaks (errors from `body`
    /// propagate). Reading stops at the end of that array.
    mutating func scan(array key: String, _ body: (Element) throws -> Void) throws -> Bool {
        try scan(path: [key], topLevelArray: false, body)
    }

    /// Calls `body` with each element of the array at `path` (`["_embedded", "conversations"]`: keys of
    /// nested objects), or of the file's top-level array when it is one and `topLevelArray` allows it.
    /// Returns false when there is no such array; throws a `Breakage` when the structure breaks.
    mutating func scan(path: [String], topLevelArray: Bool, _ body: (Element) throws -> Void) throws -> Bool {
        defer { stream.close() }
        stream.skipWhitespace()
        if topLevelArray, stream.peek() == UInt8(ascii: "[") {
            _ = stream.next()
            try elements(of: path.last ?? "records", body)
            return true
        }
        guard stream.next() == UInt8(ascii: "{") else {
            throw breakage(index: 1, "the file is not a JSON object (it should start with '{')")
        }
        return try scanObject(path: path[...], depth: 0, body)
    }

    /// Looks for `path` in the object whose `{` was just read.
    private mutating func scanObject(path: ArraySlice<String>, depth: Int, _ body: (Element) throws -> Void) throws
        -> Bool
    {
        guard let key = path.first else { return false }
        let wanted = Array(key.utf8)
        let place = depth == 0 ? "the top-level object" : "the \"\(key)\" object's parent"
        while true {
            stream.skipWhitespace()
            switch stream.next() {
            case UInt8(ascii: "}"):
                return false
            case UInt8(ascii: "\""):
                let name = readKey()
                stream.skipWhitespace()
                guard stream.next() == UInt8(ascii: ":") else {
                    throw breakage(index: 1, "expected ':' after a key of \(place)")
                }
                stream.skipWhitespace()
                if name == wanted, path.count == 1, stream.peek() == UInt8(ascii: "[") {
                    _ = stream.next()
                    try elements(of: key, body)
                    return true
                }
                if name == wanted, path.count > 1, stream.peek() == UInt8(ascii: "{") {
                    _ = stream.next()
                    return try scanObject(path: path.dropFirst(), depth: depth + 1, body)
                }
                // Problems inside other keys are their own pass's business; only the end of the file matters.
                _ = skipValue(problem: nil)
                if stream.peek() == nil {
                    let name = String(decoding: name, as: UTF8.self)
                    throw breakage(index: 1, "the file ends inside \"\(name)\" (is it truncated?)")
                }
            case nil:
                throw breakage(index: 1, "the file ends before \(place) is closed (is it truncated?)")
            default:
                throw breakage(index: 1, "expected a key in \(place)")
            }
            stream.skipWhitespace()
            switch stream.next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return false
            case nil: throw breakage(index: 1, "the file ends inside \(place) (is it truncated?)")
            default: throw breakage(index: 1, "expected ',' or '}' between the keys of \(place)")
            }
        }
    }

    private mutating func elements(of key: String, _ body: (Element) throws -> Void) throws {
        let noun = key.hasSuffix("s") ? String(key.dropLast()) : key
        var index = 0
        while true {
            stream.skipWhitespace()
            if stream.peek() == UInt8(ascii: "]") {
                _ = stream.next()
                return
            }
            index += 1
            let line = stream.line
            stream.startCapture(limit: Self.elementLimit)
            var problem = skipValue(problem: nil)
            stream.stopCapture()
            if stream.captured.isEmpty {
                guard stream.peek() != nil else {
                    throw breakage(index: index, "the file ends inside the \"\(key)\" array (is it truncated?)")
                }
                problem = problem ?? "is empty (a value is missing between two commas)"
            }
            if stream.captureOverflowed {
                problem = problem ?? "is larger than \(Self.elementLimit >> 20) MiB"
            }
            if stream.peek() == nil, problem != nil {
                throw Breakage(
                    line: line, index: index,
                    reason: "the file ends inside \(noun) \(index) (\(problem ?? "")); is it truncated?",
                    raw: String(decoding: stream.captured.prefix(4096), as: UTF8.self))
            }
            try body(Element(bytes: stream.captured, line: line, index: index, problem: problem))
            stream.skipWhitespace()
            switch stream.next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return
            case nil:
                throw breakage(index: index + 1, "the file ends inside the \"\(key)\" array (is it truncated?)")
            default:
                throw breakage(index: index + 1, "expected ',' or ']' after \(noun) \(index)")
            }
        }
    }

    /// Reads a key's text up to its closing quote (escapes kept as written).
    private mutating func readKey() -> [UInt8] {
        var bytes: [UInt8] = []
        while let byte = stream.next() {
            if byte == UInt8(ascii: "\"") || byte == 0x0A { break }
            if byte == UInt8(ascii: "\\"), let escaped = stream.next() {
                bytes += [byte, escaped]
                continue
            }
            bytes.append(byte)
        }
        return bytes
    }
}
