import Foundation

/// What ingest learns of a file before choosing its importer: its encoding, whether it holds anything
/// at all, and its first bytes as UTF-8 for telling the format.
struct ExportContent {
    /// Why a file holds nothing to read.
    enum Blank: Equatable {
        /// Zero bytes.
        case noBytes
        /// Only white space, byte-order marks or NUL bytes.
        case onlySpace

        /// What to tell the user.
        var reason: String {
            switch self {
            case .noBytes: "the file is empty (0 bytes)"
            case .onlySpace: "the file is empty (only white space)"
            }
        }
    }

    /// The encoding of the file's bytes.
    var encoding: TextEncoding
    /// Set when the file holds nothing to read.
    var blank: Blank?
    /// Up to `headLength` bytes of the start, as UTF-8 without a byte-order mark.
    var head: [UInt8]

    static let headLength = 8192

    /// Reads the start of `url` (and, while it is blank, on to the end).
    static func inspect(_ url: URL) throws -> ExportContent {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let first = Array(try handle.read(upToCount: headLength) ?? Data())
        let encoding = TextEncoding.sniff(first)
        let start = encoding.byteOrderMarkLength(first)
        var decoder = encoding == .utf8 ? nil : UTF16Decoder(bigEndian: encoding == .utf16BE)
        let head = decoder?.decode(first[start...]) ?? Array(first[start...])
        guard !first.isEmpty else { return ExportContent(encoding: encoding, blank: .noBytes, head: []) }
        var blank = isBlank(head)
        while blank, let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            blank = isBlank(decoder?.decode(chunk) ?? Array(chunk))
        }
        return ExportContent(encoding: encoding, blank: blank ? .onlySpace : nil, head: head)
    }

    /// True when `bytes` (UTF-8) hold only white space, byte-order marks and NUL bytes.
    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]) {
                index += 3
                continue
            }
            guard [0x20, 0x09, 0x0A, 0x0D, 0x00].contains(bytes[index]) else { return false }
            index += 1
        }
        return true
    }
}

extension ExportContent {
    /// A UTF-8 copy of `url` in the temporary folder, made a chunk at a time, for a file that is not
    /// UTF-8 (nil when it is); the caller removes it.
    func utf8Copy(of url: URL) throws -> URL? {
        guard encoding != .utf8 else { return nil }
        var decoder = UTF16Decoder(bigEndian: encoding == .utf16BE)
        let copy = FileManager.default.temporaryDirectory
            .appendingPathComponent("casebook-\(UUID().uuidString)-\(url.lastPathComponent)")
        guard FileManager.default.createFile(atPath: copy.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let input = try FileHandle(forReadingFrom: url)
        defer { try? input.close() }
        let output = try FileHandle(forWritingTo: copy)
        defer { try? output.close() }
        var first = true
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            let bytes = Array(chunk)
            let start = first ? encoding.byteOrderMarkLength(bytes) : 0
            first = false
            try output.write(contentsOf: decoder.decode(bytes[start...]))
        }
        try output.write(contentsOf: decoder.finish())
        return copy
    }
}
