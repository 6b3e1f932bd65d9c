import Foundation

/// Everything a run can be told, with defaults for all of it. Decoded from an optional
/// `casebook.yml`; passed down explicitly (there are no globals).
public struct CasebookConfiguration: Sendable, Equatable {
    /// The file name looked for in the working directory.
    public static let defaultFileName = "casebook.yml"

    public var site: Site
    public var ingest: Ingest
    public var cluster: Cluster
    public var draft: Draft
    public var review: Review
    public var redaction: Redaction

    public init(
        site: Site = Site(), ingest: Ingest = Ingest(), cluster: Cluster = Cluster(), draft: Draft = Draft(),
        review: Review = Review(), redaction: Redaction = Redaction()
    ) {
        self.site = site
        self.ingest = ingest
        self.cluster = cluster
        self.draft = draft
        self.review = review
        self.redaction = redaction
    }

    /// Reviewing articles.
    public struct Review: Sendable, Equatable {
        /// The four-eyes rule: the author of a revision cannot approve it.
        public var requireSecondEditor: Bool

        public init(requireSecondEditor: Bool = false) {
            self.requireSecondEditor = requireSecondEditor
        }

        /// The ledger's rules these settings make.
        public var rules: ArticleLedger.Rules { ArticleLedger.Rules(requireSecondEditor: requireSecondEditor) }
    }

    /// The published help center.
    public struct Site: Sendable, Equatable {
        public var title: String
        /// The absolute http(s) URL the site is served from, ending in `/` (for canonical links); nil when
        /// the site only links relatively.
        public var baseURL: String?
        /// The site's default language, a normalised BCP 47 tag (`en`, `fr-ca`); also the fallback for
        /// tickets whose language is unclear.
        public var language: String
        /// A folder whose theme files (templates, assets, strings) override the built-in theme's, one file
        /// at a time; an absolute path, or nil for `Templates/` beside the configuration when it exists.
        public var templates: String?

        /// Where readers reach support (`https://…` or `mailto:…`), linked from every page; nil for no link.
        public var contactURL: String?
        /// Where "Was this helpful?" answers are posted as a plain form (`https://…`), or a `mailto:` address
        /// to send them to; nil to fall back to `contactURL` when it is a `mailto:`, else no feedback form.
        public var feedbackURL: String?
        /// Whether search engines may index the site.
        public var visibility: Visibility

        /// Who the help center is for.
        public enum Visibility: String, Sendable, Equatable, CaseIterable {
            /// Anyone: a sitemap and a robots.txt that allows crawling.
            case `public`
            /// Behind the host's authentication: `noindex` on every page, a robots.txt that disallows
            /// everything, no sitemap.
            case `private`
        }

        public init(
            title: String = "Help Center", baseURL: String? = nil, language: String = "en", templates: String? = nil,
            contactURL: String? = nil, feedbackURL: String? = nil, visibility: Visibility = .public
        ) {
            self.title = title
            self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
            self.language = LanguageTag.normalized(language) ?? language.lowercased()
            self.templates = templates
            self.contactURL = contactURL
            self.feedbackURL = feedbackURL
            self.visibility = visibility
        }
    }

    /// Reading exports.
    public struct Ingest: Sendable, Equatable {
        /// Helpdesk statuses that count as resolved (compared case-insensitively); other tickets are skipped.
        public var resolvedStatuses: [String]

        public init(resolvedStatuses: [String] = ["solved", "closed", "resolved"]) {
            self.resolvedStatuses = resolvedStatuses.map { $0.lowercased() }
        }

        /// True when `status` counts as resolved.
        public func isResolved(_ status: String) -> Bool {
            resolvedStatuses.contains(status.lowercased())
        }
    }

    /// Grouping tickets into problems.
    public struct Cluster: Sendable, Equatable {
        /// The fewest tickets a problem needs before it gets an article.
        public var minSize: Int
        /// How alike (cosine, 0–1) two tickets must be to be considered the same problem; `nil`
        /// lets the clusterer choose from the data.
        public var similarityThreshold: Double?

        public init(minSize: Int = 3, similarityThreshold: Double? = nil) {
            self.minSize = minSize
            self.similarityThreshold = similarityThreshold
        }
    }

    /// Writing articles.
    public struct Draft: Sendable, Equatable {
        /// Helpdesk tag → public category name. Tags are internal metadata: when this map is given,
        /// only the tags it names become categories (others fall back to the problem's own words);
        /// when it is empty, the most common topical tag is shown, capitalised.
        public var categories: [String: String]

        public init(categories: [String: String] = [:]) {
            self.categories = Dictionary(categories.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        }
    }

    /// Removing personal data before a draft exists.
    public struct Redaction: Sendable, Equatable {
        /// Extra names to redact everywhere (staff names, customer names not in the export).
        public var names: [String]
        /// Extra patterns (regular expressions) to redact, each with the label that replaces it.
        public var patterns: [Pattern]
        /// The organisation's own mail domains (`example.com`): their role addresses (`support@`, `no-reply@`)
        /// are public and kept; people's addresses at them are still redacted.
        public var publicDomains: [String]

        public init(names: [String] = [], patterns: [Pattern] = [], publicDomains: [String] = []) {
            self.names = names
            self.patterns = patterns
            self.publicDomains = publicDomains
        }

        /// A custom redaction: text matching `regex` becomes `[label]`.
        public struct Pattern: Sendable, Equatable, Codable {
            public var label: String
            public var regex: String

            public init(label: String, regex: String) {
                self.label = label
                self.regex = regex
            }
        }
    }
}
