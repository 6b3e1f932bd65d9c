import Foundation

/// The view models of the home page and the article pages.
extension SiteBuilder {
    func indexPage(_ outline: SiteOutline, excerpts: [Int64: String]) -> IndexPage {
        let strings = catalog[site.language]
        let several = outline.languages.count > 1
        let sections = outline.languages.map { language in
            let local = catalog[language.code]
            return IndexPage.LanguageSection(
                code: language.code, name: catalog.languageName(language.code), anchor: language.anchor,
                categories: language.categories.map { category in
                    IndexPage.CategorySection(
                        name: category.name, anchor: category.anchor,
                        countLabel: local.articleCount(category.articles.count), headingLevel: several ? 3 : 2,
                        articles: category.articles.map {
                            ArticleLink(title: $0.title, href: Self.pagePath(of: $0), excerpt: excerpts[$0.id])
                        })
                })
        }
        return IndexPage(
            page: frame(
                depth: 0, language: site.language, title: site.title, description: strings["intro"],
                canonicalPath: "", outline: outline),
            strings: strings.table, hasArticles: !sections.isEmpty, hasSeveralLanguages: several,
            articleCountLabel: strings.articleCount(outline.articles.count), languages: sections)
    }

    func articlePage(_ article: PublishedArticle, outline: SiteOutline, description: String?) -> ArticlePage {
        let strings = catalog[article.language]
        let category = outline.category(of: article)
        let related = (category?.articles ?? []).filter { $0.id != article.id }.prefix(5).map {
            ArticleLink(title: $0.title, href: "\($0.slug).html", excerpt: nil)
        }
        let content = ArticlePage.Content(
            title: article.title, category: category?.name ?? article.category,
            categoryHref: "../index.html#\(category?.anchor ?? "")",
            updatedISO: UIStrings.isoDate(article.updatedAt), updatedLabel: strings.longDate(article.updatedAt),
            bodyHTML: renderer.html(from: article.body), related: Array(related), hasRelated: !related.isEmpty)
        return ArticlePage(
            page: frame(
                depth: 1, language: article.language, title: "\(article.title) · \(site.title)",
                description: description, canonicalPath: Self.pagePath(of: article), outline: outline),
            strings: strings.table, article: content)
    }
}
