/// A link to an article page, as lists show it.
struct ArticleLink: Sendable {
    var title: String
    /// Relative to the page the link is on.
    var href: String
    /// The article's first paragraph on one line; `nil` when it has none.
    var excerpt: String?
}
