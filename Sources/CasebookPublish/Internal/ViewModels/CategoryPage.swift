/// The view model of `category.mustache`: every article of one category in one language.
struct CategoryPage: Sendable {
    var page: PageFrame
    var strings: [String: String]
    var breadcrumbs: [Crumb]
    var name: String
    var countLabel: String
    var articles: [ArticleLink]
}
