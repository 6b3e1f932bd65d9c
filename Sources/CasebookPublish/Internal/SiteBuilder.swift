import CasebookCore
import Foundation

/// Turns the published articles into the site's files: the home page, one page per article and the assets.
struct SiteBuilder: Sendable {
    /// The folder article pages live in, relative to the site's root.
    static let articlesFolder = "articles"

    var site: CasebookConfiguration.Site
    var templates: SiteTemplates
    var catalog: StringCatalog
    var renderer = MarkdownRenderer()

    /// Every file of the site, in a stable order: `index.html`, the article pages, then the assets.
    func files(for articles: [PublishedArticle], progress: ProgressReporter) throws -> [SiteFile] {
        let outline = SiteOutline(articles: articles, siteLanguage: site.language, catalog: catalog)
        let ordered = outline.articles
        var excerpts: [Int64: String] = [:]
        for article in ordered {
            excerpts[article.id] = renderer.excerpt(from: article.body)
        }
        var files = [try page("index.html", indexPage(outline, excerpts: excerpts), template: "index")]
        for (position, article) in ordered.enumerated() {
            progress.update("publish", position, ordered.count)
            let model = articlePage(article, outline: outline, description: excerpts[article.id])
            files.append(try page(Self.pagePath(of: article), model, template: "article"))
        }
        progress.finish("publish")
        for asset in templates.assets {
            files.append(SiteFile(path: asset, data: try templates.theme.data(asset), kind: .asset))
        }
        return files
    }

    /// `articles/<slug>.html`.
    static func pagePath(of article: PublishedArticle) -> String {
        "\(articlesFolder)/\(article.slug).html"
    }

    /// The site's base URL (`https://help.example.com/kb/`, checked when the configuration was read), for
    /// canonical links.
    var absoluteBaseURL: String? { site.baseURL }

    /// The shared frame of a page `depth` folders below the site's root.
    func frame(
        depth: Int, language: String, title: String, description: String?, canonicalPath: String,
        outline: SiteOutline
    ) -> PageFrame {
        let root = String(repeating: "../", count: depth)
        let links = outline.languages.map { section in
            PageFrame.LanguageLink(
                code: section.code, name: catalog.languageName(section.code),
                href: "\(root)index.html#\(section.anchor)")
        }
        return PageFrame(
            lang: language, title: title, description: description,
            canonicalURL: absoluteBaseURL.map { $0 + canonicalPath }, siteTitle: site.title,
            homeHref: "\(root)index.html", stylesheetHref: "\(root)\(SiteTemplates.assetsFolder)/style.css",
            languageLinks: links.count > 1 ? links : [], hasSeveralLanguages: links.count > 1)
    }

    private func page(_ path: String, _ model: Any, template: String) throws -> SiteFile {
        SiteFile(path: path, data: Data(try templates.render(model, with: template).utf8), kind: .page)
    }
}
