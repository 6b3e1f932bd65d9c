/// Turns UTF-16 bytes into UTF-8 a chunk at a time (a character split across chunks is carried over);
/// a lone surrogate becomes U+FFFD and is counted.
struct UTF16Decoder {
    let bigEndian: Bool
    private var pendingByte: UInt8?
    private var highSurrogate: UInt16?
    /// Lone surrogates replaced so far.
    private(set) var loneSurrogates = 0

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// The UTF-8 form of `bytes`, continuing from the previous chunk.
    mutating func decode(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for byte in bytes {
            guard let first = pendingByte else {
                pendingByte = byte
                continue
            }
            pendingByte = nil
            let unit = bigEndian ? UInt16(first) << 8 | UInt16(byte) : UInt16(byte) << 8 | UInt16(first)
            take(unit, into: &output)
        }
        return output
    }

    /// What is left at the end of the input: a dangling surrogate or odd byte becomes U+FFFD.
    mutating func finish() -> [UInt8] {
        var output: [UInt8] = []
        if highSurrogate != nil || pendingByte != nil {
            loneSurrogates += highSurrogate == nil ? 0 : 1
            append(0xFFFD, to: &output)
        }
        highSurrogate = nil
        pendingByte = nil
        return output
    }

    private mutating func take(_ unit: UInt16, into output: inout [UInt8]) {
        switch unit {
        case 0xD800...0xDBFF:
            if highSurrogate != nil {
                loneSurrogates += 1
                append(0xFFFD, to: &output)
            }
            highSurrogate = unit
        case 0xDC00...0xDFFF:
            if let high = highSurrogate {
                highSurrogate = nil
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                append(scalar, to: &output)
            } else {
                loneSurrogates += 1
                append(0xFFFD, to: &output)
            }
        default:
            if highSurrogate != nil {
                highSurrogate = nil
                loneSurrogates += 1
                append(0xFFFD, to: &output)
            }
            append(UInt32(unit), to: &output)
        }
    }

    private func append(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output += [UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F)]
        case 0x800..<0x10000:
            output += [UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F)]
        default:
            output += [
                UInt8(0xF0 | scalar >> 18), UInt8(0x80 | scalar >> 12 & 0x3F), UInt8(0x80 | scalar >> 6 & 0x3F),
                UInt8(0x80 | scalar & 0x3F),
            ]
        }
    }
}
