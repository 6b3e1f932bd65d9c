/// The view model of `index.mustache`: one language's home page, with the search box, the most-asked
/// articles and the categories.
struct IndexPage: Sendable {
    var page: PageFrame
    /// The UI strings of the page's language, by key (`{{strings.home}}`).
    var strings: [String: String]
    var hasArticles: Bool
    var articleCountLabel: String
    /// The articles drafted from the most resolved tickets, most first.
    var popular: [ArticleLink]
    var hasPopular: Bool
    var categories: [CategoryLink]
}
