import Foundation

/// The view models of the site's pages.
extension SiteBuilder {
    func homePage(_ language: SiteOutline.Language, outline: SiteOutline, bodies: BodyCache) -> IndexPage {
        let path = paths.home(language.code)
        let strings = catalog[language.code]
        let count = language.categories.reduce(0) { $0 + $1.articles.count }
        var frame = frame(
            path: path, language: language.code, title: site.title, description: strings["intro"], outline: outline,
            translations: outline.languages.map { ($0.code, paths.home($0.code)) })
        frame.jsonLD = StructuredData.website(
            name: site.title, url: absolute(path), search: absolute(paths.search(language.code)))
        return IndexPage(
            page: frame, strings: strings.table, hasArticles: count > 0, articleCountLabel: strings.articleCount(count),
            popular: outline.popular(in: language, limit: Self.popularCount).map {
                link(to: $0, from: path, bodies: bodies)
            },
            hasPopular: count > 0, categories: categoryLinks(language, from: path, bodies: bodies))
    }

    func categoryPage(
        _ category: SiteOutline.Category, in language: SiteOutline.Language, outline: SiteOutline, bodies: BodyCache
    ) -> CategoryPage {
        let path = SitePaths.category(category.anchor)
        let strings = catalog[language.code]
        let crumbs = [
            Crumb(title: strings["home"], href: SitePaths.link(to: paths.home(language.code), from: path)),
            Crumb(title: category.name, href: nil),
        ]
        var frame = frame(
            path: path, language: language.code, title: "\(category.name) · \(site.title)",
            description: strings.articleCount(category.articles.count), outline: outline, translations: [])
        frame.jsonLD = StructuredData.breadcrumbs(crumbs, page: path, absolute: absolute)
        return CategoryPage(
            page: frame, strings: strings.table, breadcrumbs: crumbs, name: category.name,
            countLabel: strings.articleCount(category.articles.count),
            articles: category.articles.map { link(to: $0, from: path, bodies: bodies) })
    }

    func searchPage(_ language: SiteOutline.Language, outline: SiteOutline) -> PlainPage {
        let path = paths.search(language.code)
        let strings = catalog[language.code]
        let frame = frame(
            path: path, language: language.code, title: "\(strings["search"]) · \(site.title)", description: nil,
            outline: outline, translations: outline.languages.map { ($0.code, paths.search($0.code)) })
        return PlainPage(
            page: frame, strings: strings.table, categories: categoryLinks(language, from: path, bodies: nil))
    }

    func notFoundPage(_ language: SiteOutline.Language, outline: SiteOutline) -> PlainPage {
        let path = SitePaths.notFound
        let strings = catalog[language.code]
        var frame = frame(
            path: path, language: language.code, title: "\(strings["notFoundTitle"]) · \(site.title)",
            description: nil, outline: outline, translations: [])
        frame.canonicalURL = nil
        frame.card.url = nil
        frame.robots = "noindex"
        frame.baseHref = site.baseURL
        return PlainPage(
            page: frame, strings: strings.table, categories: categoryLinks(language, from: path, bodies: nil))
    }

    func articlePage(_ article: PublishedArticle, outline: SiteOutline, bodies: BodyCache) -> ArticlePage {
        let path = SitePaths.article(article.slug)
        let strings = catalog[article.language]
        let body = bodies.body(of: article)
        let category = outline.category(of: article)
        let categoryName = category?.name ?? article.category
        let crumbs = [
            Crumb(title: strings["home"], href: SitePaths.link(to: paths.home(article.language), from: path)),
            Crumb(
                title: categoryName,
                href: category.map { SitePaths.link(to: SitePaths.category($0.anchor), from: path) }),
            Crumb(title: article.title, href: nil),
        ]
        let translations = outline.translations(of: article)
        let related = outline.related(to: article, limit: Self.relatedCount).map {
            ArticleLink(
                title: $0.title, href: SitePaths.link(to: SitePaths.article($0.slug), from: path), excerpt: nil,
                basedOnLabel: strings.basedOn($0.sourceCount))
        }
        let toc = body.headings.filter { $0.level <= 3 }.map {
            ArticlePage.Heading(title: $0.text, href: "#\($0.id)", isSub: $0.level > 2)
        }
        let content = ArticlePage.Content(
            title: article.title, breadcrumbs: crumbs, updatedISO: UIStrings.isoDate(article.updatedAt),
            updatedLabel: strings.longDate(article.updatedAt),
            basedOnLabel: article.sourceCount > 0 ? strings.basedOn(article.sourceCount) : nil, bodyHTML: body.html,
            toc: toc.count >= 3 ? toc : [], hasToc: toc.count >= 3, related: related, hasRelated: !related.isEmpty,
            translations: translations.map {
                PageFrame.LanguageLink(
                    code: $0.language, name: catalog.languageName($0.language),
                    href: SitePaths.link(to: SitePaths.article($0.slug), from: path), isCurrent: false)
            },
            hasTranslations: !translations.isEmpty, feedback: feedback(for: article, strings: strings))
        var frame = frame(
            path: path, language: article.language, title: "\(article.title) · \(site.title)",
            description: body.excerpt, outline: outline,
            translations: ([article] + translations).map { ($0.language, SitePaths.article($0.slug)) })
        frame.card.type = "article"
        frame.card.title = article.title
        frame.jsonLD = StructuredData.article(
            article, body: body, crumbs: crumbs, page: path, siteTitle: site.title, absolute: absolute)
        return ArticlePage(page: frame, strings: strings.table, article: content)
    }

    /// "Was this helpful?": a form to `site.feedback_url`, or `mailto:` links (to it, or to a `mailto:`
    /// contact address); nil when the site gives neither.
    func feedback(for article: PublishedArticle, strings: UIStrings) -> ArticlePage.Feedback? {
        let target = site.feedbackURL ?? site.contactURL.flatMap { $0.lowercased().hasPrefix("mailto:") ? $0 : nil }
        guard let target else { return nil }
        guard target.lowercased().hasPrefix("mailto:") else {
            return .init(
                isForm: true, action: target, slug: article.slug, language: article.language, yesHref: "", noHref: "")
        }
        let address = target.split(separator: "?").first.map(String.init) ?? target
        let mail = { (answer: String) in
            let subject = "\(strings["feedbackSubject"]): \(article.slug) — \(answer)"
            let allowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))
            return address + "?subject=" + (subject.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }
        return .init(
            isForm: false, action: "", slug: article.slug, language: article.language,
            yesHref: mail(strings["answerYes"]),
            noHref: mail(strings["answerNo"]))
    }

    private func categoryLinks(_ language: SiteOutline.Language, from path: String, bodies: BodyCache?)
        -> [CategoryLink]
    {
        let strings = catalog[language.code]
        return language.categories.map { category in
            CategoryLink(
                name: category.name, href: SitePaths.link(to: SitePaths.category(category.anchor), from: path),
                countLabel: strings.articleCount(category.articles.count),
                sample: bodies.map { cache in
                    category.articles.prefix(3).map { link(to: $0, from: path, bodies: cache) }
                }
                    ?? [])
        }
    }

    private func link(to article: PublishedArticle, from path: String, bodies: BodyCache) -> ArticleLink {
        ArticleLink(
            title: article.title, href: SitePaths.link(to: SitePaths.article(article.slug), from: path),
            excerpt: bodies.body(of: article).excerpt,
            basedOnLabel: catalog[article.language].basedOn(article.sourceCount))
    }

    /// The absolute URL of `path`, when the site has a base URL.
    func absolute(_ path: String) -> String? {
        site.baseURL.map { $0 + (path == "index.html" ? "" : path) }
    }

    /// The shared frame of the page at `path`; `translations` are the same page in each language.
    func frame(
        path: String, language: String, title: String, description: String?, outline: SiteOutline,
        translations: [(language: String, path: String)]
    ) -> PageFrame {
        let link = { (target: String) in SitePaths.link(to: target, from: path) }
        let languages = outline.languages.map { section in
            PageFrame.LanguageLink(
                code: section.code, name: catalog.languageName(section.code), href: link(paths.home(section.code)),
                isCurrent: section.code == language)
        }
        let alternates =
            translations.count > 1
            ? translations.map { PageFrame.Alternate(hreflang: $0.language, href: absolute($0.path) ?? link($0.path)) }
            : []
        let contact = site.contactURL
        return PageFrame(
            lang: language, baseHref: nil, title: title, description: description, canonicalURL: absolute(path),
            robots: site.visibility == .private ? "noindex, nofollow" : nil,
            card: .init(
                type: "website", title: title, description: description, url: absolute(path),
                locale: language.replacingOccurrences(of: "-", with: "_")),
            alternates: alternates, jsonLD: nil, siteTitle: site.title, rootHref: link(""),
            homeHref: link(paths.home(language)),
            stylesheetHref: link(SitePaths.stylesheet), faviconHref: link(SitePaths.favicon),
            feedHref: link(paths.feed(language)), searchHref: link(paths.search(language)),
            searchScriptHref: link(SitePaths.searchScript), searchIndexHref: link(paths.searchIndex(language)),
            contactHref: contact, languageLinks: languages.count > 1 ? languages : [],
            hasSeveralLanguages: languages.count > 1)
    }
}
