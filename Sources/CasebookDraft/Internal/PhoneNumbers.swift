import CasebookText
import Foundation

/// Phone numbers in international (`+33 1 99 00 12 34`, `0044 20 7946 0123`) and national
/// (`(415) 555-0134`, `01 99 00 12 34`, `06.12.34.56.78`) formats, told apart from dates, times,
/// versions, amounts, years and order numbers by their digit count, grouping and context.
struct PhoneNumbers: Sendable {
    private let candidates = CompiledPattern(
        builtIn: #"(?<![\p{L}\p{N}+#$€£¥/@_])(?<![\p{L}\p{N}][.,\-])"#  // not inside a word, amount or version
            + #"(?:\+[ \u00A0]?|\b00(?=[1-9]))?"#  // international prefix
            + #"(?:\(\d{1,5}\)|\d)(?:[ \u00A0.\-]{0,2}(?:\(\d{1,5}\)|\d)){6,24}(?![\p{L}\p{N}])"#
    )
    private let amountBefore = CompiledPattern(
        builtIn: #"(?:[$€£¥]|\b(?:eur|usd|gbp|chf|cad|aud|euros?|dollars?))\s*$"#, caseInsensitive: true)
    private let amountAfter = CompiledPattern(
        builtIn: #"^(?:[.,]\d|\s*(?:[$€£¥%]|(?:eur|usd|gbp|chf|cad|aud|euros?|dollars?|k|m|kb|mb|gb|go|mo|ko)\b))"#,
        caseInsensitive: true)
    private let referenceBefore = CompiledPattern(
        builtIn: #"(?:\b(?:order|orders|commande|invoice|facture|ticket|case|dossier|ref|réf|reference|référence|"#
            + #"tracking|suivi|colis|parcel|sku|serial|série|serie|sn|s/n|build|version|id|no|nr|num|n°)\.?|#)"#
            + #"\s*(?:n°|no\.?|#)?\s*[:#]?\s*$"#,
        caseInsensitive: true)

    /// `text` with every phone number replaced by `[phone]`.
    func redact(_ text: String) -> String {
        let separators: Set<Character> = [" ", "\u{00A0}", ".", "-"]
        return candidates.replace(in: text) { match, source in
            let found = source.substring(with: match.range)
            // Only the context next to the match is read, so that many matches stay linear.
            let start = max(0, match.range.location - 80)
            let before = source.substring(with: NSRange(location: start, length: match.range.location - start))
                .suffix(40)
            let end = match.range.location + match.range.length
            let after = source.substring(with: NSRange(location: end, length: min(24, source.length - end)))
                .prefix(12)
            let groups = DigitGroups(found, separators: separators)
            if isPhone(groups, 0...(groups.count - 1), before: String(before), after: String(after)) {
                return groups.replacing([0...(groups.count - 1)], label: "phone")
            }
            // A run longer than any phone number may hold one next to other numbers, unless it is laid
            // out like a card number (groups of four).
            let groupSizes = (0..<groups.count).map { groups.group($0).count }
            guard digitCount(groups, 0...(groups.count - 1)) > 15, !groupSizes.dropLast().allSatisfy({ $0 == 4 })
            else { return nil }
            let digitsPerGroup = (0..<groups.count).map { groups.group($0).filter(\.isNumber).count }
            let spans = groups.spans { span in
                // No phone number has fewer than 8 or more than 15 digits: skip those spans cheaply.
                guard (8...15).contains(span.reduce(0) { $0 + digitsPerGroup[$1] }) else { return false }
                let spanBefore = String(before) + (span.lowerBound > 0 ? groups.written(0...(span.lowerBound - 1)) : "")
                return isPhone(groups, span, before: spanBefore, after: "")
            }
            return spans.isEmpty ? nil : groups.replacing(spans, label: "phone")
        }
    }

    private func digitCount(_ groups: DigitGroups, _ span: ClosedRange<Int>) -> Int {
        span.reduce(0) { $0 + groups.group($1).filter(\.isNumber).count }
    }

    private func isPhone(_ groups: DigitGroups, _ span: ClosedRange<Int>, before: String, after: String) -> Bool {
        let written = groups.written(span)
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        let digits = digitCount(groups, span)
        let isInternational = trimmed.hasPrefix("+") || (trimmed.hasPrefix("00") && span.count > 1)
        if isInternational { return (8...15).contains(digits) && !amountBefore.matches(before) }
        guard !amountBefore.matches(before), !amountAfter.matches(after), !referenceBefore.matches(before) else {
            return false
        }
        let groupTexts = span.map { groups.group($0).filter(\.isNumber) }
        // An ISBN ("978-2-07-036822-8") or an id that starts with a date ("2025-03-14-0815").
        if written.contains("-"), let first = groupTexts.first,
            ["978", "979"].contains(first) || (first.count == 4 && (first.hasPrefix("19") || first.hasPrefix("20")))
        {
            return false
        }
        if span.count == 1 {
            // An unbroken run of digits is an order or account number unless it has a trunk prefix.
            return trimmed.hasPrefix("0") && !trimmed.hasPrefix("00") && (10...11).contains(digits)
        }
        guard (9...13).contains(digits) else { return false }
        if written.contains("("), !written.contains(")") { return false }
        if groupTexts.allSatisfy({ $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) }) { return false }
        if written.contains(".") {
            // Dotted: 06.12.34.56.78 or 415.555.0134, never versions such as 10.15.7.
            return groupTexts.count >= 3 && groupTexts.allSatisfy { (2...4).contains($0.count) }
        }
        return true
    }
}
