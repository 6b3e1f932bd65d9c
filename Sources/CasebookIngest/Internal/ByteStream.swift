import Foundation

/// Reads a file a chunk at a time, one byte at a time, counting lines; can copy what it reads into
/// a capture buffer (up to a limit) to hand one JSON element to a decoder.
struct ByteStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var offset = 0
    private var atEnd = false
    private static let chunkSize = 1 << 16

    /// The line of the next byte, from 1.
    private(set) var line = 1
    /// The bytes read since `startCapture`, while capturing.
    private(set) var captured: [UInt8] = []
    /// True when the capture went past its limit (the rest was read but not kept).
    private(set) var captureOverflowed = false
    private var capturing = false
    private var captureLimit = 0

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
        if peek() == 0xEF, buffer.count >= 3, buffer[1] == 0xBB, buffer[2] == 0xBF { offset = 3 }
    }

    /// Closes the file.
    func close() {
        try? handle.close()
    }

    /// The next byte without consuming it, nil at the end.
    mutating func peek() -> UInt8? {
        if offset >= buffer.count, !refill() { return nil }
        return buffer[offset]
    }

    /// Consumes and returns the next byte, nil at the end.
    mutating func next() -> UInt8? {
        guard let byte = peek() else { return nil }
        offset += 1
        if byte == 0x0A { line += 1 }
        if capturing {
            if captured.count < captureLimit {
                captured.append(byte)
            } else {
                captureOverflowed = true
            }
        }
        return byte
    }

    /// Skips spaces, tabs and line breaks.
    mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { _ = next() }
    }

    /// Starts keeping the bytes read, at most `limit` of them.
    mutating func startCapture(limit: Int) {
        captured.removeAll(keepingCapacity: true)
        captureOverflowed = false
        captureLimit = limit
        capturing = true
    }

    /// Stops keeping bytes; `captured` keeps what was kept.
    mutating func stopCapture() {
        capturing = false
    }

    /// Up to `count` bytes from here, consumed, as text (for the raw text of a reject).
    mutating func sample(_ count: Int) -> String {
        var bytes: [UInt8] = []
        while bytes.count < count, let byte = next() { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func refill() -> Bool {
        guard !atEnd else { return false }
        let data = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
        guard let data, !data.isEmpty else {
            atEnd = true
            return false
        }
        buffer = Array(data)
        offset = 0
        return true
    }
}
