/// A link to an article page, as lists show it.
struct ArticleLink: Sendable {
    var title: String
    /// Relative to the page the link is on.
    var href: String
    /// The article's first paragraph on one line; `nil` when it has none.
    var excerpt: String?
    /// `Based on 12 resolved tickets`.
    var basedOnLabel: String
}

/// A link to a category page, as the home page lists it.
struct CategoryLink: Sendable {
    var name: String
    var href: String
    var countLabel: String
    /// The titles of its first articles, as a hint of what it holds.
    var sample: [ArticleLink]
}

/// One step of a breadcrumb trail; the last one is the page itself and has no link.
struct Crumb: Sendable {
    var title: String
    var href: String?
}
