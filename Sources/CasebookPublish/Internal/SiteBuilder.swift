import CasebookCore
import Foundation

/// Plans the site's files from the published articles: every page, feed, index file and asset, each with
/// the fingerprint of its inputs and a way to render it (so publish renders only what changed).
struct SiteBuilder: Sendable {
    /// Bump when the builder's output changes for the same inputs, so every page is rendered again.
    static let generation = "casebook-site-3"
    /// How many most-asked articles the home page lists.
    static let popularCount = 6
    /// How many related articles an article page lists.
    static let relatedCount = 5

    var site: CasebookConfiguration.Site
    var templates: SiteTemplates
    var catalog: StringCatalog
    var renderer = MarkdownRenderer()

    var paths: SitePaths { SitePaths(siteLanguage: site.language) }

    /// Every file of the site, in a stable order: pages, then feeds and index files, then the assets.
    func plan(for articles: [PublishedArticle]) throws -> [SiteFile] {
        let outline = SiteOutline(articles: articles, siteLanguage: site.language, catalog: catalog)
        let bodies = BodyCache(renderer: renderer)
        let global = globalFingerprint(outline)
        var files: [SiteFile] = []
        let builder = self
        func add(
            _ path: String, _ kind: SiteFile.Kind, _ inputs: [String], _ render: @escaping @Sendable () throws -> Data
        ) {
            files.append(
                SiteFile(path: path, kind: kind, fingerprint: ContentHash.of([global, path] + inputs), render: render))
        }
        let languages =
            outline.languages.isEmpty
            ? [SiteOutline.Language(code: site.language, anchor: "lang-\(site.language)", categories: [])]
            : outline.languages
        for language in languages {
            let code = language.code
            add(paths.home(code), .page, Self.inputs(home: language, outline: outline)) {
                try builder.page(builder.homePage(language, outline: outline, bodies: bodies), "index")
            }
            add(paths.search(code), .page, Self.inputs(categories: language)) {
                try builder.page(builder.searchPage(language, outline: outline), "search")
            }
            for category in language.categories {
                add(SitePaths.category(category.anchor), .page, category.articles.flatMap(Self.inputs(link:))) {
                    try builder.page(
                        builder.categoryPage(category, in: language, outline: outline, bodies: bodies), "category")
                }
            }
        }
        add(SitePaths.notFound, .page, Self.inputs(categories: languages[0])) {
            try builder.page(builder.notFoundPage(languages[0], outline: outline), "404")
        }
        for article in outline.articles {
            add(SitePaths.article(article.slug), .page, Self.inputs(article: article, outline: outline)) {
                try builder.page(builder.articlePage(article, outline: outline, bodies: bodies), "article")
            }
        }
        files += feedFiles(outline, languages: languages, global: global, bodies: bodies)
        files += try SearchIndex.files(for: outline, paths: paths, global: global, bodies: bodies)
        for asset in templates.assets {
            let data = try templates.theme.data(asset)
            files.append(
                SiteFile(
                    path: asset, kind: .asset, fingerprint: ContentHash.of([String(decoding: data, as: UTF8.self)])
                ) { data })
        }
        return files
    }

    /// What every page depends on: the builder, the site's settings, the templates, the strings and the
    /// list of languages (every page's language menu).
    private func globalFingerprint(_ outline: SiteOutline) -> String {
        var parts = [
            Self.generation, site.title, site.baseURL ?? "", site.language, site.contactURL ?? "",
            site.feedbackURL ?? "", site.visibility.rawValue, templates.fingerprint,
        ]
        for language in outline.languages {
            parts.append(language.code)
            parts.append(
                catalog[language.code].table.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    .joined(separator: "\u{1}") + catalog[language.code].months.joined(separator: ","))
        }
        return ContentHash.of(parts)
    }

    /// What a link to an article shows (title, excerpt, ticket count).
    static func inputs(link article: PublishedArticle) -> [String] {
        [article.slug, article.title, article.body, String(article.sourceCount)]
    }

    static func inputs(categories language: SiteOutline.Language) -> [String] {
        language.categories.flatMap {
            [$0.anchor, $0.name, String($0.articles.count)] + $0.articles.prefix(3).map(\.title)
        }
    }

    static func inputs(home language: SiteOutline.Language, outline: SiteOutline) -> [String] {
        inputs(categories: language) + language.categories.flatMap { $0.articles.prefix(3).flatMap(inputs(link:)) }
            + outline.popular(in: language, limit: popularCount).flatMap(inputs(link:))
    }

    static func inputs(article: PublishedArticle, outline: SiteOutline) -> [String] {
        let category = outline.category(of: article)
        return [
            String(article.id), article.title, article.category, article.language, article.body,
            String(article.updatedAt.timeIntervalSince1970), String(article.sourceCount),
            category?.name ?? "", category?.anchor ?? "",
        ] + outline.related(to: article, limit: relatedCount).flatMap { [$0.slug, $0.title] }
            + outline.translations(of: article).flatMap { [$0.slug, $0.language] }
    }

    private func page(_ model: Any, _ template: String) throws -> Data {
        Data(try templates.render(model, with: template).utf8)
    }
}
