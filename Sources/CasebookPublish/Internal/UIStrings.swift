import Foundation

/// The words a page shows around the articles, in one language (English and French; English otherwise).
///
/// Dates are spelled from fixed month names in UTC, never through the system locale, so the same article
/// renders to the same bytes on every machine.
struct UIStrings: Sendable, Equatable {
    var home: String
    var skipToContent: String
    var intro: String
    var browse: String
    var breadcrumb: String
    var languages: String
    var lastUpdated: String
    var related: String
    var backToHome: String
    var noArticles: String
    var uncategorized: String
    var footer: String
    var months: [String]
    /// True when the day comes before the month (`4 mars 2025`).
    var dayFirst: Bool
    /// How the first day of a month is written, when it differs from `1` (`1er`).
    var firstDay: String?
    /// `1 article`, with `%d` for the number.
    var oneArticle: String
    /// `%d articles`.
    var manyArticles: String

    /// The strings for `language` (a tag such as `fr` or `fr-ca`), falling back to English.
    static func forLanguage(_ language: String) -> UIStrings {
        switch primarySubtag(of: language) {
        case "fr": .french
        default: .english
        }
    }

    /// `1 article`, `3 articles`.
    func articleCount(_ count: Int) -> String {
        (count == 1 ? oneArticle : manyArticles).replacingOccurrences(of: "%d", with: String(count))
    }

    /// The date as readers expect it (`March 4, 2025`, `4 mars 2025`), computed in UTC.
    func longDate(_ date: Date) -> String {
        let (year, month, day) = Self.components(date)
        let monthName = months.indices.contains(month - 1) ? months[month - 1] : String(month)
        guard dayFirst else { return "\(monthName) \(day), \(year)" }
        let dayName = day == 1 ? (firstDay ?? "1") : String(day)
        return "\(dayName) \(monthName) \(year)"
    }

    /// The date as `YYYY-MM-DD` in UTC, for `<time datetime>`.
    static func isoDate(_ date: Date) -> String {
        let (year, month, day) = components(date)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The language's own name for itself (`Français`), or the tag in capitals when it is not known.
    static func languageName(_ language: String) -> String {
        let names = [
            "ar": "العربية", "da": "Dansk", "de": "Deutsch", "en": "English", "es": "Español", "fi": "Suomi",
            "fr": "Français", "it": "Italiano", "ja": "日本語", "nl": "Nederlands", "no": "Norsk", "pl": "Polski",
            "pt": "Português", "ru": "Русский", "sv": "Svenska", "tr": "Türkçe", "zh": "中文",
        ]
        return names[primarySubtag(of: language)] ?? language.uppercased()
    }

    /// `fr` for `fr-CA` or `fr_ca`.
    static func primarySubtag(of language: String) -> String {
        String(language.lowercased().prefix { $0.isLetter })
    }

    private static func components(_ date: Date) -> (year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return (parts.year ?? 1970, min(max(parts.month ?? 1, 1), 12), parts.day ?? 1)
    }
}
