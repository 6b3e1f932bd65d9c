/// Where each file of the site lives, relative to its root, and links between them.
///
/// The site language's pages are at the root (`index.html`, `search.html`, `feed.xml`), another language's
/// under its tag (`fr/index.html`); categories are `categories/<anchor>.html` (anchors carry the language),
/// articles `articles/<slug>.html`.
struct SitePaths: Sendable {
    static let articlesFolder = "articles"
    static let categoriesFolder = "categories"
    static let notFound = "404.html"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    static let stylesheet = "assets/style.css"
    static let favicon = "assets/favicon.svg"
    static let searchScript = "assets/search.js"

    var siteLanguage: String

    func home(_ language: String) -> String { inLanguage(language, "index.html") }
    func search(_ language: String) -> String { inLanguage(language, "search.html") }
    func feed(_ language: String) -> String { inLanguage(language, "feed.xml") }
    /// The folder of a language's search index.
    func searchIndex(_ language: String) -> String { "assets/search/\(language)/" }

    static func article(_ slug: String) -> String { "\(articlesFolder)/\(slug).html" }
    static func category(_ anchor: String) -> String { "\(categoriesFolder)/\(anchor).html" }

    private func inLanguage(_ language: String, _ file: String) -> String {
        language == siteLanguage ? file : "\(language)/\(file)"
    }

    /// `target` as a link from the page at `page` (both relative to the root).
    static func link(to target: String, from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1) + target
    }
}
