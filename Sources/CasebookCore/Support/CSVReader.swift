import Foundation

/// One CSV record with where it starts in its file.
public struct CSVRecord: Sendable, Equatable {
    /// The record's fields, decoded as UTF-8.
    public var fields: [String]
    /// The line the record starts on, from 1.
    public var line: Int
    /// The record's index in the file, from 1 (the header is record 1).
    public var index: Int
    /// The record's text as it stood in the file (without its line break).
    public var raw: String
    /// True when some bytes were not valid UTF-8 (they were replaced by U+FFFD).
    public var hadInvalidUTF8: Bool
}

/// A streaming RFC 4180 reader: quoted fields with commas, quotes (`""`) and line breaks, CRLF or LF
/// line ends, an optional UTF-8 byte-order mark. Memory stays bounded by the largest record.
public struct CSVReader {
    /// A record that cannot be read at all (an unterminated quote runs to the end of the file).
    public struct Failure: Error, Sendable, Equatable {
        public var line: Int
        public var index: Int
        public var reason: String
        public var raw: String
    }

    private let handle: FileHandle?
    private var buffer: [UInt8]
    private var offset = 0
    private var atEnd: Bool
    private var line = 1
    private var index = 0
    private let separator: UInt8
    private static let chunkSize = 1 << 16

    /// Reads `url` as it goes; throws if it cannot be opened.
    public init(url: URL, separator: Character = ",") throws {
        handle = try FileHandle(forReadingFrom: url)
        buffer = []
        atEnd = false
        self.separator = separator.asciiValue ?? 0x2C
        skipByteOrderMark()
    }

    /// Reads records from text in memory.
    public init(text: String, separator: Character = ",") {
        handle = nil
        buffer = Array(text.utf8)
        atEnd = true
        self.separator = separator.asciiValue ?? 0x2C
        skipByteOrderMark()
    }

    /// The next record, nil at the end of the input.
    public mutating func next() throws -> CSVRecord? {
        guard peek() != nil else { return nil }
        index += 1
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var raw: [UInt8] = []
        var inQuotes = false
        var invalid = false

        func endField() {
            if let text = String(validating: field, as: UTF8.self) {
                fields.append(text)
            } else {
                invalid = true
                fields.append(String(decoding: field, as: UTF8.self))
            }
            field.removeAll(keepingCapacity: true)
        }

        while let byte = take() {
            if inQuotes {
                if byte == 0x22 {
                    if peek() == 0x22 {
                        _ = take()
                        field.append(0x22)
                        raw += [0x22, 0x22]
                        continue
                    }
                    inQuotes = false
                    raw.append(byte)
                    continue
                }
                if byte == 0x0A { line += 1 }
                field.append(byte)
                raw.append(byte)
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty:
                inQuotes = true
                raw.append(byte)
            case separator:
                endField()
                raw.append(byte)
            case 0x0D where peek() == 0x0A:
                continue
            case 0x0A:
                line += 1
                endField()
                return CSVRecord(
                    fields: fields, line: startLine, index: index, raw: String(decoding: raw, as: UTF8.self),
                    hadInvalidUTF8: invalid)
            default:
                field.append(byte)
                raw.append(byte)
            }
        }
        if inQuotes {
            throw Failure(
                line: startLine, index: index, reason: "a quoted field opened here is never closed",
                raw: String(decoding: raw.prefix(4096), as: UTF8.self))
        }
        endField()
        return CSVRecord(
            fields: fields, line: startLine, index: index, raw: String(decoding: raw, as: UTF8.self),
            hadInvalidUTF8: invalid)
    }

    private mutating func skipByteOrderMark() {
        if peek() == 0xEF, buffer.count >= offset + 3, buffer[offset + 1] == 0xBB, buffer[offset + 2] == 0xBF {
            offset += 3
        }
    }

    private mutating func peek() -> UInt8? {
        if offset >= buffer.count, !refill() { return nil }
        return buffer[offset]
    }

    private mutating func take() -> UInt8? {
        guard let byte = peek() else { return nil }
        offset += 1
        return byte
    }

    private mutating func refill() -> Bool {
        guard !atEnd, let handle else { return false }
        let data = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
        guard let data, !data.isEmpty else {
            atEnd = true
            try? handle.close()
            return false
        }
        buffer = Array(data)
        offset = 0
        return true
    }
}
