/// What the shared layout (`layout`, `partials/header`, `partials/footer`) shows on one page.
///
/// Links are relative to the page, so the site works from a folder, from `file://` and under any path;
/// only canonical, alternate and Open Graph URLs are absolute (from `site.base_url`, when it is set).
struct PageFrame: Sendable {
    /// A link to one language's home page (the language menu) or to a translation of the page.
    struct LanguageLink: Sendable {
        var code: String
        var name: String
        var href: String
        /// True for the page's own language (the menu marks it `aria-current`).
        var isCurrent: Bool
    }

    /// A `<link rel=alternate hreflang>` to the same page in another language (or the page itself).
    struct Alternate: Sendable {
        var hreflang: String
        var href: String
    }

    /// The Open Graph and Twitter card of the page.
    struct Card: Sendable {
        /// `website` or `article`.
        var type: String
        var title: String
        var description: String?
        var url: String?
        /// `fr_FR` style, from the page's language.
        var locale: String
    }

    /// The page's language, for `<html lang>`.
    var lang: String
    /// A `<base href>`: the 404 page, which hosts serve at any address, links from the site's root.
    var baseHref: String?
    /// The `<title>`.
    var title: String
    /// The `<meta name=description>`, if any.
    var description: String?
    /// The absolute URL of the page, when the site's base URL is set.
    var canonicalURL: String?
    /// `noindex, nofollow` on a private site.
    var robots: String?
    var card: Card
    var alternates: [Alternate]
    /// Structured data (schema.org JSON-LD), already escaped for a `<script>` element; the only value
    /// besides the article body a template emits unescaped.
    var jsonLD: String?
    var siteTitle: String
    /// `../` repeated to reach the site's root from the page (empty at the root).
    var rootHref: String
    var homeHref: String
    var stylesheetHref: String
    var faviconHref: String
    /// The Atom feed of the page's language.
    var feedHref: String
    /// The search page of the page's language (the header's search form submits to it).
    var searchHref: String
    /// The search script, and the folder of the language's search index it loads.
    var searchScriptHref: String
    var searchIndexHref: String
    /// Where readers reach support, when the site says.
    var contactHref: String?
    var languageLinks: [LanguageLink]
    var hasSeveralLanguages: Bool
}
