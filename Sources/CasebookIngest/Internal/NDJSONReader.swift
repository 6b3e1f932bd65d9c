import Foundation

/// Reads an NDJSON file a line at a time: each non-blank line is one record, handed over with its
/// line number so that a corrupt line costs that line only.
struct NDJSONReader {
    private var stream: ByteStream

    init(url: URL) throws {
        stream = try ByteStream(url: url)
    }

    /// Calls `body` with each non-blank line as an element (its index counts records, from 1).
    mutating func scan(_ body: (JSONArrayScanner.Element) throws -> Void) throws {
        defer { stream.close() }
        var index = 0
        while stream.peek() != nil {
            let line = stream.line
            stream.startCapture(limit: JSONArrayScanner.elementLimit)
            while let byte = stream.peek(), byte != 0x0A { _ = stream.next() }
            stream.stopCapture()
            _ = stream.next()  // the line break
            var bytes = stream.captured
            if bytes.last == 0x0D { bytes.removeLast() }
            guard bytes.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
            index += 1
            let problem = stream.captureOverflowed ? "is larger than \(JSONArrayScanner.elementLimit >> 20) MiB" : nil
            try body(JSONArrayScanner.Element(bytes: bytes, line: line, index: index, problem: problem))
        }
    }
}
