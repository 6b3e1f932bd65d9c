import Foundation

/// The published articles grouped by language, then category, in the site's one stable order.
///
/// Languages: the site's language first, then by tag. Categories: by folded name (case and accents
/// ignored), then name. Articles: by folded title, then slug. Every group gets an anchor on the home page,
/// prefixed by its language so links stay valid when another language is added.
struct SiteOutline: Sendable {
    struct Language: Sendable {
        var code: String
        var anchor: String
        var categories: [Category]
    }

    struct Category: Sendable {
        var name: String
        var anchor: String
        var articles: [PublishedArticle]
    }

    var languages: [Language]
    /// Where each article is: its language's and its category's positions in `languages`.
    private var places: [Int64: (language: Int, category: Int)] = [:]
    /// Articles that are translations of one another, by translation group.
    private var groups: [String: [PublishedArticle]] = [:]

    init(articles: [PublishedArticle], siteLanguage: String, catalog: StringCatalog) {
        let byLanguage = Dictionary(grouping: articles, by: \.language)
        let codes = byLanguage.keys.sorted { ($0 == siteLanguage ? 0 : 1, $0) < ($1 == siteLanguage ? 0 : 1, $1) }
        var usedAnchors: Set<String> = []
        languages = codes.map { code in
            let fallback = catalog[code]["uncategorized"]
            let byCategory = Dictionary(grouping: byLanguage[code] ?? []) {
                $0.category.isEmpty ? fallback : $0.category
            }
            let names = byCategory.keys.sorted { (Self.folded($0), $0) < (Self.folded($1), $1) }
            let languageAnchor = Self.unique("lang-" + Self.anchor(code), in: &usedAnchors)
            let categories = names.map { name in
                Category(
                    name: name,
                    anchor: Self.unique(Self.anchor(code) + "-" + Self.anchor(name), in: &usedAnchors),
                    articles: (byCategory[name] ?? []).sorted {
                        (Self.folded($0.title), $0.slug) < (Self.folded($1.title), $1.slug)
                    })
            }
            return Language(code: code, anchor: languageAnchor, categories: categories)
        }
        for (languageIndex, language) in languages.enumerated() {
            for (categoryIndex, category) in language.categories.enumerated() {
                for article in category.articles {
                    places[article.id] = (languageIndex, categoryIndex)
                    if let group = article.translationGroup { groups[group, default: []].append(article) }
                }
            }
        }
    }

    /// All articles in outline order.
    var articles: [PublishedArticle] {
        languages.flatMap { $0.categories.flatMap(\.articles) }
    }

    /// The category an article is filed under.
    func category(of article: PublishedArticle) -> Category? {
        guard let place = places[article.id] else { return nil }
        return languages[place.language].categories[place.category]
    }

    /// The articles of `language` drafted from the most resolved tickets, most first (then outline order).
    func popular(in language: Language, limit: Int) -> [PublishedArticle] {
        let all = language.categories.flatMap(\.articles)
        let order = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.id, $0) })
        return Array(
            all.sorted { ($1.sourceCount, order[$0.id] ?? 0) < ($0.sourceCount, order[$1.id] ?? 0) }.prefix(limit))
    }

    /// Up to `limit` articles to read next: the same category's most asked, then the language's.
    func related(to article: PublishedArticle, limit: Int) -> [PublishedArticle] {
        guard let place = places[article.id] else { return [] }
        let language = languages[place.language]
        var picked = language.categories[place.category].articles.filter { $0.id != article.id }
            .sorted { $0.sourceCount > $1.sourceCount }
        picked = Array(picked.prefix(limit))
        if picked.count < 3 {
            let more = popular(in: language, limit: limit + 1 + picked.count).filter { candidate in
                candidate.id != article.id && !picked.contains { $0.id == candidate.id }
            }
            picked += more.prefix(3 - picked.count)
        }
        return picked
    }

    /// The other languages' versions of `article` (same translation group), in language order.
    func translations(of article: PublishedArticle) -> [PublishedArticle] {
        guard let group = article.translationGroup else { return [] }
        let codes = languages.map(\.code)
        var seen: Set<String> = [article.language]
        return (groups[group] ?? []).sorted {
            (codes.firstIndex(of: $0.language) ?? 0) < (codes.firstIndex(of: $1.language) ?? 0)
        }
        .filter { seen.insert($0.language).inserted }
    }

    /// `text` without case or accents, for sorting the way readers expect (`Éco` next to `eco`).
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// An HTML id made of lowercase ASCII letters, digits and dashes (`Billing & Plans` → `billing-plans`).
    static func anchor(_ text: String) -> String {
        var result = ""
        for scalar in folded(text).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "topic" : result
    }

    static func unique(_ anchor: String, in used: inout Set<String>) -> String {
        var candidate = anchor
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(anchor)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
