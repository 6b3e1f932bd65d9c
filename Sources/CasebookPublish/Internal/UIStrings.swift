import Foundation

/// The words a page shows around the articles, in one language, read from the theme's
/// `strings/<language>.yml` (English fills any key a language lacks).
///
/// Dates are spelled from the strings' month names in UTC, never through the system locale, so the same
/// article renders to the same bytes on every machine.
struct UIStrings: Sendable, Equatable {
    /// Every string by key, as templates read them (`{{strings.home}}`).
    var table: [String: String]
    /// January… December.
    var months: [String]

    /// The string for `key`, or the key itself when no layer of the theme defines it.
    subscript(_ key: String) -> String { table[key] ?? key }

    /// `1 article`, `3 articles`.
    func articleCount(_ count: Int) -> String {
        self[count == 1 ? "oneArticle" : "manyArticles"].replacingOccurrences(of: "%d", with: String(count))
    }

    /// `Based on 1 resolved ticket`, `Based on 12 resolved tickets`.
    func basedOn(_ count: Int) -> String {
        self[count == 1 ? "basedOnOne" : "basedOnMany"].replacingOccurrences(of: "%d", with: String(count))
    }

    /// The date as readers expect it (`March 4, 2025`, `1er mars 2025`, `4. März 2025`), computed in UTC from
    /// the `dateFormat` pattern (`{day}`, `{month}`, `{year}`).
    func longDate(_ date: Date) -> String {
        let (year, month, day) = Self.components(date)
        let monthName = months.indices.contains(month - 1) ? months[month - 1] : String(month)
        let dayName = day == 1 ? (table["firstDay"] ?? "1") : String(day)
        return (table["dateFormat"] ?? "{month} {day}, {year}")
            .replacingOccurrences(of: "{day}", with: dayName)
            .replacingOccurrences(of: "{month}", with: monthName)
            .replacingOccurrences(of: "{year}", with: String(year))
    }

    /// The date as `YYYY-MM-DD` in UTC, for `<time datetime>`.
    static func isoDate(_ date: Date) -> String {
        let (year, month, day) = components(date)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Names of languages in themselves, for languages whose strings do not say (`languageName`).
    static let languageNames = [
        "ar": "العربية", "da": "Dansk", "de": "Deutsch", "en": "English", "es": "Español", "fi": "Suomi",
        "fr": "Français", "it": "Italiano", "ja": "日本語", "nl": "Nederlands", "no": "Norsk", "pl": "Polski",
        "pt": "Português", "ru": "Русский", "sv": "Svenska", "tr": "Türkçe", "zh": "中文",
    ]

    private static func components(_ date: Date) -> (year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return (parts.year ?? 1970, min(max(parts.month ?? 1, 1), 12), parts.day ?? 1)
    }
}
