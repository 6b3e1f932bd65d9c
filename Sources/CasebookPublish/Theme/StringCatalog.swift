import CasebookCore
import Foundation
import Yams

/// The UI strings of every language a site shows, read once per publish from the theme's
/// `strings/*.yml`, each layered key by key: built-in English, the site's English, the built-in language,
/// the site's language.
struct StringCatalog: Sendable {
    /// The folder of the theme that holds the strings.
    static let folder = "strings"

    private var byLanguage: [String: UIStrings]
    private var english: UIStrings
    /// Each language's own name, when its strings give it (`languageName` is never inherited from English).
    private var ownNames: [String: String]

    /// Reads the strings of `languages` (normalised tags; `fr-ca` reads `strings/fr.yml`, then
    /// `strings/fr-ca.yml` over it) from `theme`.
    init(theme: Theme, languages: [String]) throws {
        let base = try Self.layers(["en"], theme: theme)
        english = try Self.strings(from: base, theme: theme)
        byLanguage = [:]
        ownNames = ["en": english.table["languageName"] ?? "English"]
        for language in Set(languages) {
            let primary = LanguageTag.primary(language)
            let names = primary == language ? [primary] : [primary, language]
            var layered = base
            let own = try Self.layers(names.filter { $0 != "en" }, theme: theme)
            for (key, value) in own { layered[key] = value }
            byLanguage[language] = try Self.strings(from: layered, theme: theme)
            if let name = own["languageName"] as? String { ownNames[language] = name }
        }
    }

    /// The strings for `language`, English when the site does not show that language.
    subscript(_ language: String) -> UIStrings { byLanguage[language] ?? english }

    /// The language's own name (`Français`), from its strings or the built-in list.
    func languageName(_ language: String) -> String {
        ownNames[language] ?? UIStrings.languageNames[LanguageTag.primary(language)] ?? language.uppercased()
    }

    /// Each named file's keys, built-in layer then site layer, later files over earlier ones.
    private static func layers(_ names: [String], theme: Theme) throws -> [String: Any] {
        var merged: [String: Any] = [:]
        for name in names {
            let path = "\(folder)/\(name).yml"
            guard theme.origin(of: path) != nil else { continue }
            var sources: [(String, Data)] = []
            if let builtIn = BuiltInTheme.data(path) { sources.append(("built-in theme: \(path)", builtIn)) }
            if theme.origin(of: path) == .site { sources.append((theme.location(of: path), try theme.data(path))) }
            for (location, data) in sources {
                for (key, value) in try parse(data, location: location) { merged[key] = value }
            }
        }
        return merged
    }

    private static func parse(_ data: Data, location: String) throws -> [String: Any] {
        let text = String(decoding: data, as: UTF8.self)
        let value: Any?
        do {
            value = try Yams.load(yaml: text)
        } catch let error as YamlError {
            throw PublishError(path: location, reason: .invalidStrings(YAMLProblem.describe(error)))
        }
        guard let value else { return [:] }
        guard let table = value as? [String: Any] else {
            throw PublishError(path: location, reason: .invalidStrings("expected `key: text` lines"))
        }
        for (key, entry) in table where !(entry is String) && key != "months" {
            throw PublishError(path: location, reason: .invalidStrings("\(key): expected text (quote it)"))
        }
        if let months = table["months"], (months as? [String])?.count != 12 {
            throw PublishError(path: location, reason: .invalidStrings("months: expected a list of 12 names"))
        }
        return table
    }

    private static func strings(from table: [String: Any], theme: Theme) throws -> UIStrings {
        UIStrings(
            table: table.compactMapValues { $0 as? String },
            months: table["months"] as? [String] ?? [])
    }
}
