/// The view model of the pages that hold no article: `search.mustache` (results come from the search
/// script) and `404.mustache`.
struct PlainPage: Sendable {
    var page: PageFrame
    var strings: [String: String]
    /// The home page's categories, for the 404 page to offer a way on.
    var categories: [CategoryLink]
}
