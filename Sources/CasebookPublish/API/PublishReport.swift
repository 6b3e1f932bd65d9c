import CasebookCore

/// What `publish` did: how many articles went out, which files changed, and where the site is.
public struct PublishReport: StageReport, Equatable {
    /// An approved article that could not be published, and what to do about it.
    public struct SkippedArticle: Codable, Sendable, Equatable {
        /// The article's slug.
        public var slug: String
        /// Why it was left out and how to fix it.
        public var reason: String

        /// Makes a skipped-article entry.
        public init(slug: String, reason: String) {
            self.slug = slug
            self.reason = reason
        }
    }

    /// Always `publish`.
    public var stage = "publish"
    /// Approved articles published (one page each).
    public var articles: Int
    /// The languages of the published articles, site language first.
    public var languages: [String]
    /// HTML pages (home and articles) whose bytes changed and were written.
    public var pagesWritten: Int
    /// Static assets whose bytes changed and were written.
    public var assetsWritten: Int
    /// Files (pages and assets) already up to date, left untouched.
    public var unchanged: Int
    /// Files written by an earlier publish that are no longer part of the site, now removed.
    public var removed: Int
    /// Approved articles left out, with the reason; each counts as a rejected record.
    public var skipped: [SkippedArticle]
    /// The folder the site was written to.
    public var outputFolder: String
    /// The site's home page.
    public var indexPath: String
    /// Articles in the store waiting for an editor (not published until approved).
    public var waitingForReview = 0
    /// Other things the user should know (a read-only store that was not audited).
    public var notes: [String] = []
    /// Files whose inputs changed since the live site and were rendered (the rest were not even rendered).
    public var rendered = 0
    /// Internal links checked (every link of every page, to a file of the site and, with `#`, an id of it).
    public var linksChecked = 0
    /// The files written (new or changed bytes), relative to the output folder.
    public var written: [String] = []
    /// The files of the previous site that left it, relative to the output folder.
    public var removedPaths: [String] = []
    /// True for `publish --check`: nothing was written.
    public var checkOnly = false

    /// Makes a report.
    public init(
        articles: Int, languages: [String], pagesWritten: Int, assetsWritten: Int, unchanged: Int, removed: Int,
        skipped: [SkippedArticle], outputFolder: String, indexPath: String
    ) {
        self.articles = articles
        self.languages = languages
        self.pagesWritten = pagesWritten
        self.assetsWritten = assetsWritten
        self.unchanged = unchanged
        self.removed = removed
        self.skipped = skipped
        self.outputFolder = outputFolder
        self.indexPath = indexPath
    }

    /// Files written in this run, pages and assets together.
    public var filesWritten: Int { pagesWritten + assetsWritten }

    /// `published 12 articles (en, fr): 3 files written, 10 unchanged, 1 removed; site at /path/index.html`.
    public var summary: String {
        let count = articles == 1 ? "1 article" : "\(articles) articles"
        let languageList = languages.isEmpty ? "" : " (\(languages.joined(separator: ", ")))"
        let skippedNote = skipped.isEmpty ? "" : ", \(skipped.count) skipped (see --json for why)"
        if checkOnly {
            return "checked \(count)\(languageList)\(skippedNote): \(rendered) files rendered, \(linksChecked) links "
                + "checked, nothing written; \(filesWritten) files would change, \(removed) would be removed"
        }
        return "published \(count)\(languageList)\(skippedNote): \(filesWritten) files written, \(unchanged) "
            + "unchanged, \(removed) removed (\(rendered) rendered, \(linksChecked) links checked); site at \(indexPath)"
    }

    /// Approved articles that could not be published.
    public var rejectedCount: Int { skipped.count }

    /// The figures by name.
    public var counts: [String: Int] {
        [
            "articles": articles, "pagesWritten": pagesWritten, "assetsWritten": assetsWritten,
            "unchanged": unchanged, "removed": removed, "skipped": skipped.count, "rendered": rendered,
            "linksChecked": linksChecked,
            "waitingForReview": waitingForReview,
        ]
    }

    /// Skipped articles, and drafts that are not on the site because nobody approved them.
    public var warnings: [String] {
        var warnings = skipped.map { "article \($0.slug) was not published: \($0.reason)" } + notes
        if waitingForReview > 0 {
            let waiting = waitingForReview == 1 ? "1 article waits" : "\(waitingForReview) articles wait"
            warnings.append(
                "\(waiting) for review and \(waitingForReview == 1 ? "is" : "are") not on the site: "
                    + "casebook review list (or approve all with casebook review approve --all)")
        }
        return warnings
    }

    /// Where to look: the waiting articles, or the site itself.
    public var nextStep: String? {
        waitingForReview > 0 ? "casebook review list" : nil
    }
}
