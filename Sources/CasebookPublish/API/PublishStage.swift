import CasebookCore
import Foundation

/// The last stage: writes the approved articles as a static help-center site.
///
/// Only approved articles are published, each in its approved revision; sources, review notes, drafts and
/// suggestions never reach a page. Pages come from the theme's Mustache templates (values escaped; only the
/// safe-mode Markdown body is inserted as HTML), and the same articles and theme always publish the same
/// bytes, whether the articles come from the store or from an exported folder (`publish --from kb`). The
/// site is `index.html`, `articles/<slug>.html` and `assets/…`, all linked relatively, so it works from a
/// folder, from `file://` and under any base path.
public struct PublishStage: Stage {
    /// Where the site is written.
    public var outputFolder: URL
    /// The templates, assets and strings (the site's own over the built-in theme).
    public var theme: Theme
    /// The last privacy gate: every article's title and text must pass it before any page is written, or the
    /// publish stops naming the article and the kind of data (never the value). Nil only in tests of layout.
    public var gate: PublicTextGate?
    /// Validate only (`publish --check`): render every page and check every link, write nothing.
    public var checkOnly: Bool

    /// `publish`.
    public var name: String { "publish" }

    /// Makes the stage; nothing is read or written until `run`.
    public init(outputFolder: URL, theme: Theme = .builtIn, gate: PublicTextGate? = nil, checkOnly: Bool = false) {
        self.outputFolder = outputFolder
        self.theme = theme
        self.gate = gate
        self.checkOnly = checkOnly
    }

    /// Publishes the site and says what changed; throws a `PublishError` for template and file problems.
    public func run(in context: PipelineContext) throws -> any StageReport {
        try publish(in: context)
    }

    /// `run`, with the report's concrete type. On a read-only store the site is still published; only the
    /// audit log is not written (the report says so).
    public func publish(in context: PipelineContext) throws -> PublishReport {
        let site = context.configuration.site
        let (articles, skipped, waiting) = try context.store.read { db in
            let (articles, skipped) = try PublishedArticle.fetchAll(db, defaultLanguage: site.language)
            return (articles, skipped, try ArticleLedger.waitingForReview(db))
        }
        try checkPublicSafety(of: articles, store: context.store, configuration: context.configuration)
        var (report, written) = try write(articles, skipped: skipped, site: site, context.fileIO, context.progress)
        report.waitingForReview = waiting
        if checkOnly { return report }
        if context.store.isReadOnly {
            report.notes.append("the store is read-only: this publish was not written to its audit log")
        } else {
            try audit(report, articles: articles, written: written, in: context)
        }
        return report
    }

    /// Publishes the approved articles of an exported folder (`casebook export articles`), without a store:
    /// what CI runs on a repository's committed `kb/`.
    public func publish(
        fromFolder folder: URL, configuration: CasebookConfiguration, fileIO: FileIO = .live,
        progress: ProgressReporter = .silent
    ) throws -> PublishReport {
        let (entries, failures) = try ArticleFolder(url: folder, fileIO: fileIO).read()
        if let failure = failures.first { throw failure }
        var articles: [PublishedArticle] = []
        var skipped: [PublishReport.SkippedArticle] = []
        var slugs: [String: String] = [:]
        for (index, entry) in entries.enumerated() {
            guard entry.file.state == ArticleState.approved.rawValue else {
                skipped.append(.init(slug: entry.file.slug, reason: "its state is \(entry.file.state), not approved"))
                continue
            }
            switch PublishedArticle.from(entry.file, fallbackID: -Int64(index + 1)) {
            case .success(let article):
                if let other = slugs[article.slug] {
                    throw ArticleFolderError(
                        folder: folder.path, reason: .duplicateSlug(article.slug, [other, entry.path]))
                }
                slugs[article.slug] = entry.path
                articles.append(article)
            case .failure(let problem):
                skipped.append(.init(slug: entry.file.slug, reason: problem.text))
            }
        }
        articles.sort { $0.id < $1.id }
        try checkPublicSafety(of: articles, store: nil, configuration: configuration)
        return try write(articles, skipped: skipped, site: configuration.site, fileIO, progress).report
    }

    /// Renders and writes the site of `articles`; returns the report and the paths written.
    private func write(
        _ articles: [PublishedArticle], skipped: [PublishReport.SkippedArticle], site: CasebookConfiguration.Site,
        _ fileIO: FileIO, _ progress: ProgressReporter
    ) throws -> (report: PublishReport, written: Set<String>) {
        let catalog = try StringCatalog(theme: theme, languages: [site.language] + articles.map(\.language))
        let templates = try SiteTemplates.load(from: theme, strings: catalog[site.language].table)
        let builder = SiteBuilder(site: site, templates: templates, catalog: catalog)
        progress.update("publish", 0, 2)
        let files = try builder.plan(for: articles)
        progress.update("publish", 1, 2)
        let outcome = try SiteWriter(folder: outputFolder, fileIO: fileIO).publish(files, checkOnly: checkOnly)
        progress.finish("publish")
        var report = PublishReport(
            articles: articles.count,
            languages: SiteOutline(articles: articles, siteLanguage: site.language, catalog: catalog).languages.map(
                \.code),
            pagesWritten: outcome.writtenByKind[.page] ?? 0, assetsWritten: outcome.writtenByKind[.asset] ?? 0,
            unchanged: outcome.unchanged, removed: outcome.removed.count, skipped: skipped,
            outputFolder: outputFolder.path, indexPath: outputFolder.appending(path: "index.html").path)
        report.rendered = outcome.rendered
        report.linksChecked = outcome.linksChecked
        if let reason = outcome.notAtomic {
            report.notes.append(
                "this publish was not atomic: \(reason), so the files were replaced one by one inside "
                    + "\(outputFolder.path); give publish a parent folder it can write for atomic swaps")
        }
        report.written = outcome.written
        report.removedPaths = outcome.removed
        report.checkOnly = checkOnly
        return (report, Set(outcome.written))
    }

    /// Runs the gate over every article before anything is written, so a refused publish leaves the site as it was.
    private func checkPublicSafety(
        of articles: [PublishedArticle], store: Store?, configuration: CasebookConfiguration
    ) throws {
        guard let gate else { return }
        let check = try gate(store, configuration)
        for article in articles {
            if let reason = check(article.title + "\n\n" + article.body) {
                throw PublishError(path: SitePaths.article(article.slug), reason: .notPublicSafe(reason))
            }
        }
    }

    /// Logs the run, and each article whose page was written in it (its text or its template changed).
    private func audit(
        _ report: PublishReport, articles: [PublishedArticle], written: Set<String>, in context: PipelineContext
    ) throws {
        let now = context.clock.now()
        try context.store.write { db in
            var ledger = ArticleLedger.Session(db: db, now: now)
            try ledger.markPublished(articles.map(\.id), by: context.actor)
            for article in articles.sorted(by: { $0.id < $1.id }) {
                let path = SitePaths.article(article.slug)
                guard written.contains(path) else { continue }
                let event = AuditEvent(
                    at: now, actor: context.actor, action: .published, subjectType: "article", subjectID: article.id,
                    note: path)
                try Store.audit(event, in: db)
            }
            let site = AuditEvent(
                at: now, actor: context.actor, action: .published, subjectType: "site", note: report.summary)
            try Store.audit(site, in: db)
        }
    }
}
