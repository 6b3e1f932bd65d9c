/// The view model of `article.mustache`: one approved article in its current revision.
struct ArticlePage: Sendable {
    /// The article as the page shows it.
    struct Content: Sendable {
        var title: String
        var category: String
        /// The category's section of the home page.
        var categoryHref: String
        /// `YYYY-MM-DD`, for `<time datetime>`.
        var updatedISO: String
        /// The same date as readers of the article's language write it.
        var updatedLabel: String
        /// The body rendered by `MarkdownRenderer` (safe mode): the only value a template emits unescaped.
        var bodyHTML: String
        /// Other articles of the same category and language.
        var related: [ArticleLink]
        var hasRelated: Bool
    }

    var page: PageFrame
    /// The UI strings of the page's language, by key (`{{strings.home}}`).
    var strings: [String: String]
    var article: Content
}
