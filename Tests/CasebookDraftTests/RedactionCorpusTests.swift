import CasebookCore
import Foundation
import Testing

@testable import CasebookDraft

/// The whole redaction corpus through the redactor, as the drafter configures it (no known names: every
/// name in the corpus must be found by its context), scored per kind.
@Suite("Redaction corpus")
struct RedactionCorpusTests {
    /// The corpus's kinds, as the redactor labels them.
    static let labelKinds = [
        "name": "name", "email": "email", "phone": "phone", "card": "card", "iban": "iban", "ip": "ip",
        "address": "address", "order": "order", "credential": "credential", "token": "url-secret",
    ]

    @Test("recall ≥ 0.99 and precision ≥ 0.97 for every kind, and every keep string survives")
    func corpusScores() throws {
        let corpus = try RedactionCorpus.load()
        let redactor = Redactor(rules: .init(publicDomains: corpus.vendorDomains))
        var scores: [String: KindScore] = [:]
        var misses: [String] = []
        for item in corpus.cases {
            let redacted = redactor.redact(item.text)
            let regions = RedactionAlignment.regions(
                original: item.text, redacted: redacted, labels: Set(Self.labelKinds.keys))
            guard let regions else {
                misses.append("\(item.id): output does not align: \(redacted)")
                continue
            }
            let scalars = Array(item.text.unicodeScalars)
            for span in item.spans {
                scores[span.kind, default: KindScore()].spans += 1
                let length = span.text.unicodeScalars.count
                let found = (span.start..<(span.start + length)).allSatisfy { offset in
                    scalars[offset].properties.isWhitespace || regions.contains { $0.range.contains(offset) }
                }
                if found {
                    scores[span.kind, default: KindScore()].found += 1
                } else {
                    misses.append("\(item.id) missed \(span.kind) '\(span.text)': \(redacted)")
                }
            }
            for region in regions {
                let kind = Self.labelKinds[region.label] ?? region.label
                scores[kind, default: KindScore()].redactions += 1
                let overlaps = item.spans.contains { span in
                    region.range.overlaps(span.start..<(span.start + span.text.unicodeScalars.count))
                }
                if overlaps {
                    scores[kind, default: KindScore()].right += 1
                } else {
                    let text = String(String.UnicodeScalarView(scalars[region.range]))
                    misses.append("\(item.id) wrongly redacted '\(text)' as \(region.label): \(redacted)")
                }
            }
            for keep in Set(item.keep) {
                let expected = Self.occurrences(of: keep, in: Self.outsideSpans(item))
                if Self.occurrences(of: keep, in: redacted) < expected {
                    misses.append("\(item.id) lost '\(keep)': \(redacted)")
                }
            }
        }
        print("redaction corpus: \(corpus.cases.count) cases")
        for kind in corpus.kinds {
            let score = scores[kind] ?? KindScore()
            print(
                "  \(kind.padding(toLength: 11, withPad: " ", startingAt: 0)) recall \(String(format: "%.3f", score.recall)) "
                    + "(\(score.found)/\(score.spans))  precision \(String(format: "%.3f", score.precision)) "
                    + "(\(score.right)/\(score.redactions))")
        }
        for miss in misses { print("  - " + miss.replacingOccurrences(of: "\n", with: "⏎")) }
        for kind in corpus.kinds {
            let score = scores[kind] ?? KindScore()
            #expect(score.recall >= 0.99, "recall of \(kind)")
            #expect(score.precision >= 0.97, "precision of \(kind)")
        }
        #expect(!misses.contains { $0.contains(" lost '") }, "every keep string survives")
    }

    /// The text with its spans blanked, so keep strings inside a span ("Will Open") are not counted.
    static func outsideSpans(_ item: RedactionCorpus.Case) -> String {
        var scalars = Array(item.text.unicodeScalars)
        for span in item.spans {
            for offset in span.start..<(span.start + span.text.unicodeScalars.count) { scalars[offset] = "\u{1}" }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func occurrences(of needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }
}
