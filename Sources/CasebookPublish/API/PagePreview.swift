import CasebookCore
import Foundation

/// An article page rendered with the site's own theme before it is published: what editors preview in
/// `casebook serve`. The page is the one `publish` would write at `articles/<slug>.html` (its links and
/// asset paths are relative to that place), for an article that is not necessarily approved.
public struct PagePreview: Sendable {
    /// What the page shows: the article's text and what readers see about it.
    public struct Article: Sendable, Equatable {
        public var id: Int64
        public var slug: String
        public var title: String
        public var body: String
        public var category: String
        public var language: String
        public var updatedAt: Date
        public var sourceCount: Int

        public init(
            id: Int64, slug: String, title: String, body: String, category: String, language: String, updatedAt: Date,
            sourceCount: Int
        ) {
            self.id = id
            self.slug = slug
            self.title = title
            self.body = body
            self.category = category
            self.language = language
            self.updatedAt = updatedAt
            self.sourceCount = sourceCount
        }
    }

    private let builder: SiteBuilder

    /// Parses and checks the theme once; previews are then cheap.
    public init(site: CasebookConfiguration.Site, theme: Theme) throws {
        let catalog = try StringCatalog(theme: theme, languages: [site.language, "en", "fr", "de", "es"])
        let templates = try SiteTemplates.load(from: theme, strings: catalog[site.language].table)
        builder = SiteBuilder(site: site, templates: templates, catalog: catalog)
    }

    /// The full HTML page of `article`.
    public func page(of article: Article) throws -> String {
        let published = PublishedArticle(
            id: article.id, slug: article.slug, title: article.title, category: article.category,
            language: article.language, body: article.body, updatedAt: article.updatedAt, translationGroup: nil,
            sourceCount: article.sourceCount)
        let outline = SiteOutline(articles: [published], siteLanguage: builder.site.language, catalog: builder.catalog)
        let model = builder.articlePage(published, outline: outline, bodies: BodyCache(renderer: builder.renderer))
        return try builder.templates.render(model, with: "article")
    }

    /// The Markdown rendered as the page's body would be (safe mode), for a live preview.
    public func bodyHTML(_ markdown: String) -> String {
        builder.renderer.html(from: markdown)
    }

    /// A static file of the theme (`assets/style.css`), or nil.
    public func asset(_ path: String) -> Data? {
        guard path.hasPrefix(SiteTemplates.assetsFolder + "/"), builder.templates.assets.contains(path) else {
            return nil
        }
        return try? builder.templates.theme.data(path)
    }
}
