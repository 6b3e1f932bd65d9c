/// The view model of `index.mustache`: the home page, articles grouped by language and category.
struct IndexPage: Sendable {
    /// One language's part of the home page.
    struct LanguageSection: Sendable {
        var code: String
        var name: String
        var anchor: String
        var categories: [CategorySection]
    }

    /// One category: its name, how many articles it holds, and links to them.
    struct CategorySection: Sendable {
        var name: String
        var anchor: String
        var countLabel: String
        /// 2 on a one-language site, 3 under a language heading.
        var headingLevel: Int
        var articles: [ArticleLink]
    }

    var page: PageFrame
    /// The UI strings of the page's language, by key (`{{strings.home}}`).
    var strings: [String: String]
    var hasArticles: Bool
    var hasSeveralLanguages: Bool
    var articleCountLabel: String
    var languages: [LanguageSection]
}
