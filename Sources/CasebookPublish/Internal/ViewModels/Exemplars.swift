/// One fully filled value of each page's view model (every optional set, every list with an element), the
/// shape `TemplateChecker` checks templates against before anything is rendered: a template naming a value
/// its view model lacks is an error, not a silently empty spot.
enum Exemplars {
    /// Page template name → a filled view model, with the given UI strings.
    static func pages(strings: [String: String]) -> [String: Any] {
        let frame = self.frame
        let link = ArticleLink(title: "t", href: "h", excerpt: "e", basedOnLabel: "b")
        let category = CategoryLink(name: "n", href: "h", countLabel: "c", sample: [link])
        let crumbs = [Crumb(title: "t", href: "h")]
        let article = ArticlePage.Content(
            title: "t", breadcrumbs: crumbs, updatedISO: "d", updatedLabel: "d", basedOnLabel: "b", bodyHTML: "b",
            toc: [.init(title: "t", href: "h", isSub: true)], hasToc: true, related: [link], hasRelated: true,
            translations: frame.languageLinks, hasTranslations: true,
            feedback: .init(isForm: true, action: "a", slug: "s", language: "l", yesHref: "y", noHref: "n"))
        return [
            "index": IndexPage(
                page: frame, strings: strings, hasArticles: true, articleCountLabel: "c", popular: [link],
                hasPopular: true, categories: [category]),
            "category": CategoryPage(
                page: frame, strings: strings, breadcrumbs: crumbs, name: "n", countLabel: "c", articles: [link]),
            "article": ArticlePage(page: frame, strings: strings, article: article),
            "search": PlainPage(page: frame, strings: strings, categories: [category]),
            "404": PlainPage(page: frame, strings: strings, categories: [category]),
        ]
    }

    static let frame = PageFrame(
        lang: "l", baseHref: "b", title: "t", description: "d", canonicalURL: "u", robots: "r",
        card: .init(type: "t", title: "t", description: "d", url: "u", locale: "l"),
        alternates: [.init(hreflang: "l", href: "h")], jsonLD: "{}", siteTitle: "s", rootHref: "r", homeHref: "h",
        stylesheetHref: "s", faviconHref: "f", feedHref: "f", searchHref: "s", searchScriptHref: "s",
        searchIndexHref: "s", contactHref: "c",
        languageLinks: [.init(code: "c", name: "n", href: "h", isCurrent: true)],
        hasSeveralLanguages: true)
}
