/// The view model of `article.mustache`: one approved article in its approved revision.
struct ArticlePage: Sendable {
    /// One entry of the table of contents.
    struct Heading: Sendable {
        var title: String
        var href: String
        /// True for a third-level heading (indented under the one before).
        var isSub: Bool
    }

    /// "Was this helpful?": a plain form posted to `site.feedback_url`, or two `mailto:` links.
    struct Feedback: Sendable {
        var isForm: Bool
        var action: String
        var slug: String
        var language: String
        var yesHref: String
        var noHref: String
    }

    /// The article as the page shows it.
    struct Content: Sendable {
        var title: String
        var breadcrumbs: [Crumb]
        /// `YYYY-MM-DD`, for `<time datetime>`: when the published revision was approved.
        var updatedISO: String
        /// The same date as readers of the article's language write it.
        var updatedLabel: String
        /// `Based on 12 resolved tickets`; nil when the article has no source ticket.
        var basedOnLabel: String?
        /// The body rendered by `MarkdownRenderer` (safe mode), headings with ids.
        var bodyHTML: String
        /// The table of contents, for long articles.
        var toc: [Heading]
        var hasToc: Bool
        /// Other articles of the same category (then the language's most asked).
        var related: [ArticleLink]
        var hasRelated: Bool
        /// The article in other languages.
        var translations: [PageFrame.LanguageLink]
        var hasTranslations: Bool
        var feedback: Feedback?
    }

    var page: PageFrame
    /// The UI strings of the page's language, by key (`{{strings.home}}`).
    var strings: [String: String]
    var article: Content
}
