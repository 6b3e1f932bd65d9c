import Foundation

/// The hand-written redaction corpus in `Tests/Fixtures/redaction-corpus.json` (see its README), and
/// the scoring its README suggests: a span is found when all its non-space characters were redacted, a
/// redaction is right when it overlaps a span, a keep string survives when it is still there as often.
struct RedactionCorpus: Decodable {
    struct Span: Decodable {
        var kind: String
        var text: String
        var start: Int
    }

    struct Case: Decodable {
        var id: String
        var language: String
        var text: String
        var spans: [Span]
        var keep: [String]
    }

    var kinds: [String]
    var vendorDomains: [String]
    var cases: [Case]

    enum CodingKeys: String, CodingKey {
        case kinds, cases
        case vendorDomains = "vendor_domains"
    }

    static func load() throws -> RedactionCorpus {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/redaction-corpus.json")
        return try JSONDecoder().decode(RedactionCorpus.self, from: Data(contentsOf: url))
    }
}

/// A redacted region of an original text (Unicode scalar offsets) and the placeholder's label.
struct RedactedRegion: Equatable {
    var range: Range<Int>
    var label: String
}

/// Aligns a redacted text with its original: the text between placeholders is found again in the
/// original, in order (backtracking over the places a short piece could match), and what lies between
/// is what each placeholder replaced.
enum RedactionAlignment {
    static func regions(original: String, redacted: String, labels: Set<String>) -> [RedactedRegion]? {
        let source = Array(original.unicodeScalars)
        var literals: [[Unicode.Scalar]] = [[]]
        var placeholders: [String] = []
        let output = Array(redacted.unicodeScalars)
        var index = 0
        while index < output.count {
            if output[index] == "[", let close = output[index...].firstIndex(of: "]"),
                labels.contains(String(String.UnicodeScalarView(output[(index + 1)..<close])))
            {
                placeholders.append(String(String.UnicodeScalarView(output[(index + 1)..<close])))
                literals.append([])
                index = close + 1
            } else {
                literals[literals.count - 1].append(output[index])
                index += 1
            }
        }
        guard source.starts(with: literals[0]) else { return nil }
        var starts: [Int] = []
        func align(_ piece: Int, from cursor: Int) -> Bool {
            if piece == literals.count { return cursor == source.count }
            let literal = literals[piece]
            let isLast = piece == literals.count - 1
            let earliest = cursor + 1
            guard earliest <= source.count else { return false }
            let candidates =
                isLast ? [source.count - literal.count] : Array(earliest...max(earliest, source.count - literal.count))
            for start in candidates where start >= earliest && start + literal.count <= source.count {
                guard Array(source[start..<(start + literal.count)]) == literal else { continue }
                starts.append(start)
                if align(piece + 1, from: start + literal.count) { return true }
                starts.removeLast()
            }
            return false
        }
        guard align(1, from: literals[0].count) else { return placeholders.isEmpty ? [] : nil }
        var regions: [RedactedRegion] = []
        var cursor = literals[0].count
        for (offset, label) in placeholders.enumerated() {
            regions.append(RedactedRegion(range: cursor..<starts[offset], label: label))
            cursor = starts[offset] + literals[offset + 1].count
        }
        return regions
    }
}

/// Recall and precision for one kind.
struct KindScore {
    var spans = 0
    var found = 0
    var redactions = 0
    var right = 0
    var recall: Double { spans == 0 ? 1 : Double(found) / Double(spans) }
    var precision: Double { redactions == 0 ? 1 : Double(right) / Double(redactions) }
}
