import CasebookCore
import Foundation

/// The files for machines: an Atom feed per language, `sitemap.xml` and `robots.txt`.
extension SiteBuilder {
    /// How many articles a feed holds (the most recently approved).
    static let feedSize = 50

    func feedFiles(_ outline: SiteOutline, languages: [SiteOutline.Language], global: String, bodies: BodyCache)
        -> [SiteFile]
    {
        let builder = self
        var files: [SiteFile] = []
        for language in languages {
            let entries = Array(
                language.categories.flatMap(\.articles).sorted { ($1.updatedAt, $0.slug) < ($0.updatedAt, $1.slug) }
                    .prefix(Self.feedSize))
            let path = paths.feed(language.code)
            let inputs = entries.flatMap { Self.inputs(link: $0) + [String($0.updatedAt.timeIntervalSince1970)] }
            files.append(
                SiteFile(path: path, kind: .asset, fingerprint: ContentHash.of([global, path] + inputs)) {
                    Data(builder.feed(language, entries: entries, bodies: bodies).utf8)
                })
        }
        let pages =
            (languages.map { paths.home($0.code) }
                + languages.flatMap { $0.categories.map { SitePaths.category($0.anchor) } }
                + outline.articles.map { SitePaths.article($0.slug) })
        if site.visibility == .public, site.baseURL != nil {
            let dates = outline.articles.map { String($0.updatedAt.timeIntervalSince1970) }
            files.append(
                SiteFile(path: SitePaths.sitemap, kind: .asset, fingerprint: ContentHash.of([global] + pages + dates)) {
                    Data(builder.sitemap(pages: pages, outline: outline).utf8)
                })
        }
        files.append(
            SiteFile(path: SitePaths.robots, kind: .asset, fingerprint: ContentHash.of([global, SitePaths.robots])) {
                Data(builder.robots.utf8)
            })
        return files
    }

    /// `robots.txt`: everything allowed (with the sitemap) on a public site, everything disallowed on a private one.
    var robots: String {
        switch site.visibility {
        case .private:
            return "# A private help center: nothing here is for search engines.\nUser-agent: *\nDisallow: /\n"
        case .public:
            let sitemap = absolute(SitePaths.sitemap).map { "Sitemap: \($0)\n" } ?? ""
            return "User-agent: *\nAllow: /\n" + sitemap
        }
    }

    func sitemap(pages: [String], outline: SiteOutline) -> String {
        var modified: [String: Date] = [:]
        for article in outline.articles { modified[SitePaths.article(article.slug)] = article.updatedAt }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            guard let url = absolute(page) else { continue }
            xml += "<url><loc>\(Self.xmlEscaped(url))</loc>"
            if let date = modified[page] { xml += "<lastmod>\(UIStrings.isoDate(date))</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// The Atom feed of one language's articles, newest approval first.
    func feed(_ language: SiteOutline.Language, entries: [PublishedArticle], bodies: BodyCache) -> String {
        let path = paths.feed(language.code)
        let strings = catalog[language.code]
        let id = { (page: String) in site.baseURL.map { $0 + page } ?? "urn:casebook:\(page)" }
        let href = { (page: String) in site.baseURL.map { $0 + page } ?? SitePaths.link(to: page, from: path) }
        let updated = entries.map(\.updatedAt).max() ?? Date(timeIntervalSince1970: 0)
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language.code)\">\n"
        xml += "<title>\(Self.xmlEscaped(site.title))</title>\n"
        xml += "<subtitle>\(Self.xmlEscaped(strings["intro"]))</subtitle>\n"
        xml += "<id>\(Self.xmlEscaped(id(paths.home(language.code))))</id>\n"
        xml += "<link rel=\"self\" href=\"\(Self.xmlEscaped(href(path)))\"/>\n"
        xml += "<link rel=\"alternate\" href=\"\(Self.xmlEscaped(href(paths.home(language.code))))\"/>\n"
        xml += "<updated>\(Self.atomDate(updated))</updated>\n"
        for article in entries {
            let page = SitePaths.article(article.slug)
            xml += "<entry>\n<title>\(Self.xmlEscaped(article.title))</title>\n"
            xml += "<id>\(Self.xmlEscaped(id(page)))</id>\n"
            xml += "<link rel=\"alternate\" href=\"\(Self.xmlEscaped(href(page)))\"/>\n"
            xml += "<updated>\(Self.atomDate(article.updatedAt))</updated>\n"
            xml += "<author><name>\(Self.xmlEscaped(site.title))</name></author>\n"
            if let excerpt = bodies.body(of: article).excerpt {
                xml += "<summary>\(Self.xmlEscaped(excerpt))</summary>\n"
            }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    static func atomDate(_ date: Date) -> String {
        ISO8601DateFormatter.string(
            from: date, timeZone: TimeZone(identifier: "UTC") ?? .current, formatOptions: [.withInternetDateTime])
    }

    static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
