import Foundation

/// Parses the dates exports use: ISO 8601 (`2024-03-01T10:15:00Z`, with or without fractional
/// seconds or a `±HH:MM` offset), `2024-03-01 10:15:00`, or a bare `2024-03-01`. Without an
/// offset a time is taken as UTC. Fast and locale-free (no `DateFormatter`).
enum Timestamp {
    /// The date `text` names, nil when it is not one of the accepted forms or not a real date.
    static func parse(_ text: Substring) -> Date? {
        var scanner = Scanner(Array(text.utf8))
        scanner.skipSpaces()
        guard let year = scanner.digits(4), scanner.take(UInt8(ascii: "-")),
            let month = scanner.digits(2), scanner.take(UInt8(ascii: "-")),
            let day = scanner.digits(2), (1...12).contains(month), (1...daysIn(month, year)).contains(day)
        else { return nil }
        var seconds = Double(daysFromCivil(year, month, day)) * 86_400
        scanner.skipSpaces()
        if scanner.atEnd { return Date(timeIntervalSince1970: seconds) }
        _ = scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: "t"))
        scanner.skipSpaces()
        guard let hour = scanner.digits(2), scanner.take(UInt8(ascii: ":")), let minute = scanner.digits(2),
            hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if scanner.take(UInt8(ascii: ":")) {
            guard let second = scanner.digits(2), second <= 60 else { return nil }
            seconds += Double(second)
            if scanner.take(UInt8(ascii: ".")) || scanner.take(UInt8(ascii: ",")) {
                guard let fraction = scanner.fraction() else { return nil }
                seconds += fraction
            }
        }
        scanner.skipSpaces()
        guard let offset = scanner.offset() else { return nil }
        scanner.skipSpaces()
        return scanner.atEnd ? Date(timeIntervalSince1970: seconds - Double(offset)) : nil
    }

    /// `parse` for a whole string.
    static func parse(_ text: String) -> Date? { parse(text[...]) }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }

        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }

        mutating func fraction() -> Double? {
            var value = 0.0
            var scale = 0.1
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                value += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            return index > start ? value : nil
        }

        /// The UTC offset in seconds: none or `Z` is 0; `±HH`, `±HHMM`, `±HH:MM`.
        mutating func offset() -> Int? {
            if atEnd { return 0 }
            if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
            let sign: Int
            if take(UInt8(ascii: "+")) {
                sign = 1
            } else if take(UInt8(ascii: "-")) {
                sign = -1
            } else {
                return nil
            }
            guard let hours = digits(2), hours <= 18 else { return nil }
            _ = take(UInt8(ascii: ":"))
            let minutes = atEnd ? 0 : digits(2)
            guard let minutes, minutes < 60 else { return nil }
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}

extension Timestamp {
    /// The date in a record's `field`, nil when absent or empty; throws a one-line problem naming the
    /// field when it is not a date.
    static func field(_ text: String?, named field: String) throws(ElementProblem) -> Date? {
        guard let text, !text.trimmingSpaces.isEmpty else { return nil }
        guard let date = parse(text) else {
            throw ElementProblem(
                reason: "\(field) \(FieldValue.quoted(text)) is not a date; use ISO 8601 such as 2024-03-01T10:15:00Z")
        }
        return date
    }
}

extension Timestamp {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// An RFC 2822 date as mail and Jira's XML write it: `Fri, 1 Mar 2024 09:00:00 +0000` (the day
    /// name optional, seconds optional, `GMT`/`UT`/`Z` as UTC); nil otherwise.
    static func parseRFC2822(_ text: String) -> Date? {
        var words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        if let first = words.first, first.first?.isLetter == true, first.count == 3 { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]), let monthIndex = months.firstIndex(of: words[1].lowercased()),
            let year = Int(words[2])
        else { return nil }
        let time = words[3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2 else { return nil }
        let zone = words.count > 4 ? words[4] : "+0000"
        var offset = "Z"
        if zone.count == 5, zone.first == "+" || zone.first == "-" { offset = zone }
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let date = [padded(year < 100 ? year + 2000 : year, 4), padded(monthIndex + 1, 2), padded(day, 2)]
        let clock = [padded(time[0], 2), padded(time[1], 2), padded(time.count > 2 ? time[2] : 0, 2)]
        return parse(date.joined(separator: "-") + "T" + clock.joined(separator: ":") + offset)
    }
}
