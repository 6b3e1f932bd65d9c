/// What the shared layout (`partials/layout`, `partials/header`, `partials/footer`) shows on one page.
///
/// Links are relative to the page, so the site works from a folder, from `file://` and under any path.
struct PageFrame: Sendable {
    /// A link to one language's section of the home page (shown when the site has several).
    struct LanguageLink: Sendable {
        var code: String
        var name: String
        var href: String
    }

    /// The page's language, for `<html lang>`.
    var lang: String
    /// The `<title>`.
    var title: String
    /// The `<meta name=description>`, if any.
    var description: String?
    /// The absolute URL of the page, when the site's base URL is absolute.
    var canonicalURL: String?
    var siteTitle: String
    var homeHref: String
    var stylesheetHref: String
    var languageLinks: [LanguageLink]
    var hasSeveralLanguages: Bool
}
