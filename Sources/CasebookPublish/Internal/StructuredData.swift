import CasebookCore
import Foundation

/// The schema.org JSON-LD of the pages (`WebSite`, `Article`, `BreadcrumbList`, `FAQPage`), encoded with
/// sorted keys and `<`, `>`, `&` escaped so it is safe inside a `<script>` element whatever the text.
enum StructuredData {
    static func website(name: String, url: String?, search: String?) -> String? {
        guard let url else { return nil }
        var site: [String: Any] = ["@context": "https://schema.org", "@type": "WebSite", "name": name, "url": url]
        if let search {
            site["potentialAction"] = [
                "@type": "SearchAction", "target": search + "?q={search_term_string}",
                "query-input": "required name=search_term_string",
            ]
        }
        return encode(site)
    }

    static func breadcrumbs(_ crumbs: [Crumb], page: String, absolute: (String) -> String?) -> String? {
        encode(["@context": "https://schema.org", "@graph": [breadcrumbList(crumbs, page: page, absolute: absolute)]])
    }

    static func article(
        _ article: PublishedArticle, body: RenderedBody, crumbs: [Crumb], page: String, siteTitle: String,
        absolute: (String) -> String?
    ) -> String? {
        let date = ISO8601DateFormatter.string(
            from: article.updatedAt, timeZone: TimeZone(identifier: "UTC") ?? .current,
            formatOptions: [.withInternetDateTime])
        var entry: [String: Any] = [
            "@type": "Article", "headline": article.title, "inLanguage": article.language, "dateModified": date,
            "publisher": ["@type": "Organization", "name": siteTitle],
        ]
        if let excerpt = body.excerpt { entry["description"] = excerpt }
        if let url = absolute(page) { entry["mainEntityOfPage"] = url }
        var graph: [Any] = [entry, breadcrumbList(crumbs, page: page, absolute: absolute)]
        if isQuestion(article.title, language: article.language) {
            graph.append([
                "@type": "FAQPage",
                "mainEntity": [
                    [
                        "@type": "Question", "name": article.title,
                        "acceptedAnswer": ["@type": "Answer", "text": body.plainText],
                    ]
                ],
            ])
        }
        return encode(["@context": "https://schema.org", "@graph": graph])
    }

    /// Words a question starts with, by language (a title ending in `?` is always one).
    static let questionWords: [String: Set<String>] = [
        "en": [
            "how", "what", "why", "when", "where", "which", "who", "can", "could", "do", "does", "is", "are", "should",
            "will",
        ],
        "fr": [
            "comment", "pourquoi", "quand", "que", "quel", "quelle", "quels", "quelles", "qui", "où", "puis-je",
            "peut-on", "est-ce",
        ],
        "de": ["wie", "was", "warum", "wann", "wo", "welche", "welcher", "kann", "wer"],
        "es": ["cómo", "qué", "por", "cuándo", "dónde", "cuál", "quién", "puedo", "puede"],
    ]

    /// True for a title asking a question (`How do I…`, `Pourquoi…`, anything ending in `?`).
    static func isQuestion(_ title: String, language: String) -> Bool {
        if title.trimmingCharacters(in: .whitespaces).hasSuffix("?") { return true }
        let first =
            title.lowercased().split(whereSeparator: { $0 == " " || $0 == "’" || $0 == "'" }).first.map(String.init)
            ?? ""
        return questionWords[LanguageTag.primary(language)]?.contains(first) ?? false
    }

    private static func breadcrumbList(_ crumbs: [Crumb], page: String, absolute: (String) -> String?) -> [String: Any]
    {
        var items: [[String: Any]] = []
        for (index, crumb) in crumbs.enumerated() {
            var item: [String: Any] = ["@type": "ListItem", "position": index + 1, "name": crumb.title]
            let target = crumb.href.map { PageLinks.resolve($0, from: page) ?? $0 } ?? page
            item["item"] = absolute(target) ?? target
            items.append(item)
        }
        return ["@type": "BreadcrumbList", "itemListElement": items]
    }

    private static func encode(_ object: Any) -> String? {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return nil }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
    }
}
