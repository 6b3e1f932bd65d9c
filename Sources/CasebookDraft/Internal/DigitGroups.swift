import CasebookText
import Foundation

/// A run of groups (digits or letters) with separators between them, as found by a loose pattern,
/// and the search for the groups that really form a number (a card, an IBAN, a phone number).
struct DigitGroups {
    /// The run split into pieces: groups at even positions, separators at odd ones.
    private(set) var pieces: [String] = []

    init(_ text: String, separators: Set<Character>) {
        var current = ""
        var inSeparator = false
        for character in text {
            let isSeparator = separators.contains(character)
            if isSeparator != inSeparator {
                pieces.append(current)
                current = ""
                inSeparator = isSeparator
            }
            current.append(character)
        }
        pieces.append(current)
    }

    /// The number of groups.
    var count: Int { (pieces.count + 1) / 2 }

    /// Group `index`.
    func group(_ index: Int) -> String { pieces[index * 2] }

    /// Groups `range` joined without their separators.
    func joined(_ range: ClosedRange<Int>) -> String { range.map(group).joined() }

    /// Groups `range` as written, separators included.
    func written(_ range: ClosedRange<Int>) -> String {
        pieces[(range.lowerBound * 2)...(range.upperBound * 2)].joined()
    }

    /// The non-overlapping runs of groups accepted by `isValid`, left to right, the longest first at
    /// each start.
    func spans(where isValid: (ClosedRange<Int>) -> Bool) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        var start = 0
        while start < count {
            var found: ClosedRange<Int>?
            for end in stride(from: count - 1, through: start, by: -1) where isValid(start...end) {
                found = start...end
                break
            }
            if let found {
                spans.append(found)
                start = found.upperBound + 1
            } else {
                start += 1
            }
        }
        return spans
    }

    /// The run with each span replaced by `[label]`.
    func replacing(_ spans: [ClosedRange<Int>], label: String) -> String {
        var result = ""
        var cursor = 0
        for span in spans {
            result += pieces[cursor..<(span.lowerBound * 2)].joined()
            result += "[\(label)]"
            cursor = span.upperBound * 2 + 1
        }
        if cursor < pieces.count { result += pieces[cursor...].joined() }
        return result
    }

    /// The number of characters of each group, added up: `lengths[i + 1] - lengths[j]` is the
    /// length of groups `j...i` joined.
    var cumulativeLengths: [Int] {
        (0..<count).reduce(into: [0]) { $0.append($0[$0.count - 1] + group($1).count) }
    }

    /// Replaces, in every match of `pattern`, the runs of groups that `isValid` accepts (given the
    /// groups joined without separators); runs whose joined length is outside `lengths` are not
    /// even joined.
    static func replaceSpans(
        in text: String, pattern: CompiledPattern, label: String, separators: String, lengths: ClosedRange<Int>,
        isValid: @escaping (String) -> Bool
    ) -> String {
        let separatorSet = Set(separators)
        return pattern.replace(in: text) { match, source in
            let groups = DigitGroups(source.substring(with: match.range), separators: separatorSet)
            let sums = groups.cumulativeLengths
            let spans = groups.spans { span in
                lengths.contains(sums[span.upperBound + 1] - sums[span.lowerBound]) && isValid(groups.joined(span))
            }
            return spans.isEmpty ? nil : groups.replacing(spans, label: label)
        }
    }
}
