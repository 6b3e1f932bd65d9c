extension JSONArrayScanner {
    /// A problem found while skipping: a raw line break inside a string, or mismatched brackets.
    typealias Problem = String?

    /// Skips one JSON value (object, array, string or scalar); returns the first problem seen.
    mutating func skipValue(problem: Problem) -> Problem {
        var problem = problem
        guard let first = stream.peek() else { return problem }
        switch first {
        case UInt8(ascii: "\""):
            _ = stream.next()
            return skipString(problem: problem)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            break
        default:
            while let byte = stream.peek(), !Self.endsScalar(byte) { _ = stream.next() }
            return problem
        }
        var closers: [UInt8] = []
        while let byte = stream.peek() {
            switch byte {
            case UInt8(ascii: "\""):
                _ = stream.next()
                problem = skipString(problem: problem)
            case UInt8(ascii: "{"):
                _ = stream.next()
                closers.append(UInt8(ascii: "}"))
            case UInt8(ascii: "["):
                _ = stream.next()
                closers.append(UInt8(ascii: "]"))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard let match = closers.lastIndex(of: byte) else {
                    // It closes something outside this value: the value ends here, broken.
                    return problem ?? mismatch
                }
                if match != closers.count - 1 {
                    // Closers are missing before it: take them as given and go on.
                    problem = problem ?? mismatch
                }
                _ = stream.next()
                closers.removeSubrange(match...)
                if closers.isEmpty { return problem }
            default:
                _ = stream.next()
            }
        }
        return problem ?? "the file ends before this value is closed"
    }

    private var mismatch: String {
        "brackets do not match at line \(stream.line) (a '}' or ']' is missing or extra)"
    }

    /// Skips to the end of a string whose opening quote was read.
    private mutating func skipString(problem: Problem) -> Problem {
        while let byte = stream.peek() {
            if byte == 0x0A {
                // JSON strings cannot hold a raw line break: the quote is missing; resume on the next line.
                return problem ?? "a string on line \(stream.line) is not closed (a '\"' is missing)"
            }
            _ = stream.next()
            if byte == UInt8(ascii: "\"") { return problem }
            if byte == UInt8(ascii: "\\") { _ = stream.next() }
        }
        return problem ?? "the file ends inside a string"
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") || byte == 0x20
            || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// A breakage at the current position, with a sample of what follows as its raw text.
    mutating func breakage(index: Int, _ reason: String) -> Breakage {
        let line = stream.line
        return Breakage(line: line, index: index, reason: reason, raw: stream.sample(4096))
    }
}
