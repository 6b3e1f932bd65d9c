/// The character encodings ingest tells apart by a file's first bytes.
enum TextEncoding: String, Sendable, Equatable {
    /// UTF-8, with or without a byte-order mark (also plain ASCII).
    case utf8
    /// UTF-16, little-endian (a `FF FE` byte-order mark, or NUL bytes after ASCII ones).
    case utf16LE = "utf-16le"
    /// UTF-16, big-endian (a `FE FF` byte-order mark, or NUL bytes before ASCII ones).
    case utf16BE = "utf-16be"

    /// The length of the byte-order mark `bytes` start with for this encoding, 0 when none.
    func byteOrderMarkLength(_ bytes: some Collection<UInt8>) -> Int {
        switch self {
        case .utf8: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LE: bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case .utf16BE: bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
        }
    }

    /// The encoding `head`, the start of a file, is in: a byte-order mark says it; without one, UTF-16
    /// shows as NUL bytes in every other position of mostly-ASCII text.
    static func sniff(_ head: [UInt8]) -> TextEncoding {
        if head.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if head.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        let sample = head.prefix(512)
        guard sample.count >= 4 else { return .utf8 }
        var evenNULs = 0
        var oddNULs = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenNULs += 1 } else { oddNULs += 1 }
        }
        let pairs = sample.count / 2
        if oddNULs * 10 >= pairs * 7, evenNULs * 10 < pairs { return .utf16LE }
        if evenNULs * 10 >= pairs * 7, oddNULs * 10 < pairs { return .utf16BE }
        return .utf8
    }
}
