import CasebookCore
import Foundation

/// The last stage: writes the approved articles as a static help-center site.
///
/// Only approved articles are published, each in its current revision; sources, review notes, drafts and
/// suggestions never reach a page. Pages come from the Mustache templates in `templatesFolder` (values
/// escaped; only the safe-mode Markdown body is inserted as HTML), and the same store and templates always
/// publish the same bytes. The site is `index.html`, `articles/<slug>.html` and `assets/…`, all linked
/// relatively, so it works from a folder, from `file://` and under any base path.
public struct PublishStage: Stage {
    /// Where the site is written.
    public var outputFolder: URL
    /// The folder holding `index.mustache`, `article.mustache`, `partials/` and `assets/`.
    public var templatesFolder: URL

    /// `publish`.
    public var name: String { "publish" }

    /// Makes the stage; nothing is read or written until `run`.
    public init(outputFolder: URL, templatesFolder: URL) {
        self.outputFolder = outputFolder
        self.templatesFolder = templatesFolder
    }

    /// Publishes the site and says what changed; throws a `PublishError` for template and file problems.
    public func run(in context: PipelineContext) throws -> any StageReport {
        try publish(in: context)
    }

    /// `run`, with the report's concrete type.
    public func publish(in context: PipelineContext) throws -> PublishReport {
        let templates = try SiteTemplates.load(from: templatesFolder, fileIO: context.fileIO)
        let site = context.configuration.site
        let (articles, skipped) = try context.store.read { db in
            try PublishedArticle.fetchAll(db, defaultLanguage: site.language)
        }
        let builder = SiteBuilder(site: site, templates: templates)
        let files = try builder.files(for: articles, fileIO: context.fileIO, progress: context.progress)
        let outcome = try SiteWriter(folder: outputFolder, fileIO: context.fileIO).write(files)
        let report = PublishReport(
            articles: articles.count,
            languages: SiteOutline(articles: articles, siteLanguage: site.language).languages.map(\.code),
            pagesWritten: outcome.writtenByKind[.page] ?? 0, assetsWritten: outcome.writtenByKind[.asset] ?? 0,
            unchanged: outcome.unchanged, removed: outcome.removed.count, skipped: skipped,
            outputFolder: outputFolder.path, indexPath: outputFolder.appending(path: "index.html").path)
        try audit(report, articles: articles, written: Set(outcome.written), in: context)
        return report
    }

    /// Logs the run, and each article whose page was written in it (its text or its template changed).
    private func audit(
        _ report: PublishReport, articles: [PublishedArticle], written: Set<String>, in context: PipelineContext
    ) throws {
        let now = context.clock.now()
        try context.store.write { db in
            for article in articles.sorted(by: { $0.id < $1.id }) {
                let path = SiteBuilder.pagePath(of: article)
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
