import CasebookCore
import Foundation
import GRDB

/// Writes articles as Markdown files with front matter (`casebook export articles|drafts DIR`), for teams
/// that keep reviewed articles in git and publish them from CI without the store.
///
/// A file an editor changed and has not imported yet is never overwritten (nor removed) unless `force`:
/// it is kept and reported, so no edit is lost.
public struct ArticleExport: Sendable {
    /// Which articles go out.
    public enum Selection: String, Sendable, Codable {
        /// The live (approved) text of every live article: the public `kb/`.
        case articles
        /// The current text of every draft and article in review, for review in pull requests.
        case drafts
    }

    /// What an export did.
    public struct Report: StageReport, Equatable {
        public var stage = "export"
        public var selection: Selection
        public var folder: String
        public var written: [String] = []
        public var unchanged = 0
        public var removed: [String] = []
        /// Files with edits not imported yet, left as they are.
        public var kept: [String] = []
        /// Articles left out because their text failed the privacy check.
        public var refused: [String] = []

        public var summary: String {
            var line =
                "exported \(written.count + unchanged) \(selection == .articles ? "articles" : "drafts") to \(folder): "
            line += "\(written.count) written, \(unchanged) unchanged, \(removed.count) removed"
            if !kept.isEmpty { line += ", \(kept.count) with edits not imported kept as they are" }
            if !refused.isEmpty { line += ", \(refused.count) refused by the privacy check" }
            return line
        }

        public var counts: [String: Int] {
            [
                "written": written.count, "unchanged": unchanged, "removed": removed.count, "kept": kept.count,
                "refused": refused.count,
            ]
        }

        public var warnings: [String] { kept.map { "\($0) has edits that were not imported; kept (import it first)" } }
        public var rejectedCount: Int { kept.count + refused.count }
        public var nextStep: String? {
            kept.isEmpty ? nil : "casebook import \(selection.rawValue) \(folder)"
        }
    }

    public var store: Store
    public var folder: URL
    public var selection: Selection
    public var fileIO: FileIO
    public var check: PublicTextCheck

    public init(
        store: Store, folder: URL, selection: Selection, fileIO: FileIO = .live, check: @escaping PublicTextCheck
    ) {
        self.store = store
        self.folder = folder
        self.selection = selection
        self.fileIO = fileIO
        self.check = check
    }

    /// Writes the files; with `force`, files with edits not imported are overwritten too.
    public func run(force: Bool = false) throws -> Report {
        let folderReader = ArticleFolder(url: folder, fileIO: fileIO)
        var report = Report(selection: selection, folder: folder.relativePath)
        let (files, revisionsByArticle) = try store.read { db in
            (try Self.files(selection, in: db), try Self.revisions(db))
        }
        if !fileIO.exists(folder) {
            do { try fileIO.createFolder(folder) } catch {
                throw ArticleFolderError(folder: folder.path, reason: .unreadable(error.localizedDescription))
            }
        }
        let (existing, failures) = try folderReader.read()
        let failed = Set(failures.map(\.file))
        var existingByID: [Int64: ArticleFolder.Entry] = [:]
        for entry in existing { if let id = entry.file.id { existingByID[id] = entry } }
        func isUnedited(_ entry: ArticleFolder.Entry) -> Bool {
            guard let id = entry.file.id, let number = entry.file.revision,
                let revision = revisionsByArticle[id]?[number]
            else { return false }
            return revision.title == entry.file.title
                && ArticleFile.normalizedBody(revision.body) == entry.file.body
        }
        var exportedIDs: Set<Int64> = []
        for file in files {
            guard let id = file.id else { continue }
            if let problem = check(file.title + "\n" + file.body) {
                report.refused.append("article \(id) (\(file.slug)): \(problem)")
                continue
            }
            exportedIDs.insert(id)
            let path = existingByID[id]?.path ?? file.relativePath
            let url = folder.appending(path: path)
            let data = Data(file.text.utf8)
            if fileIO.exists(url), (try? fileIO.read(url)) == data {
                report.unchanged += 1
                continue
            }
            let sameText = existingByID[id].map {
                $0.file.title == file.title && $0.file.body == ArticleFile.normalizedBody(file.body)
            }
            if let entry = existingByID[id], !force, !isUnedited(entry), sameText != true {
                report.kept.append(folderReader.displayPath(entry.path))
                continue
            }
            if failed.contains(folderReader.displayPath(path)), !force {
                report.kept.append(folderReader.displayPath(path))
                continue
            }
            try write(data, to: url)
            report.written.append(path)
        }
        for entry in existing {
            guard let id = entry.file.id, !exportedIDs.contains(id), belongs(entry.file.state) else { continue }
            if !force, !isUnedited(entry) {
                report.kept.append(folderReader.displayPath(entry.path))
                continue
            }
            do { try fileIO.remove(folder.appending(path: entry.path)) } catch {
                throw ArticleFolderError(folder: folder.path, reason: .unreadable(error.localizedDescription))
            }
            report.removed.append(entry.path)
        }
        return report
    }

    /// Only files this kind of export writes are ever removed by it.
    private func belongs(_ state: String) -> Bool {
        switch selection {
        case .articles: [ArticleState.approved.rawValue, ArticleState.published.rawValue].contains(state)
        case .drafts: [ArticleState.draft.rawValue, ArticleState.inReview.rawValue].contains(state)
        }
    }

    private func write(_ data: Data, to url: URL) throws {
        let parent = url.deletingLastPathComponent()
        do {
            if !fileIO.exists(parent) { try fileIO.createFolder(parent) }
            try fileIO.write(data, url)
        } catch {
            throw ArticleFolderError(folder: url.path, reason: .unreadable(error.localizedDescription))
        }
    }

    /// The files of the selected articles, in id order.
    static func files(_ selection: Selection, in db: Database) throws -> [ArticleFile] {
        let references = try Self.references(db)
        switch selection {
        case .articles:
            return try ArticleLedger.liveArticles(db).compactMap { live in
                guard let id = live.article.id, let revision = live.revision else { return nil }
                return file(live.article, revision, state: .approved, sources: references[id] ?? [])
            }
        case .drafts:
            let articles = try Article.filter(
                [ArticleState.draft, ArticleState.inReview].contains(Article.Columns.state)
            )
            .order(Article.Columns.id).fetchAll(db)
            let revisions = try ArticleRevision.fetchAll(db, keys: articles.compactMap(\.currentRevisionID))
            let byID = Dictionary(revisions.compactMap { revision in revision.id.map { ($0, revision) } }) { a, _ in a }
            return articles.compactMap { article in
                guard let id = article.id, let revision = article.currentRevisionID.flatMap({ byID[$0] }) else {
                    return nil
                }
                return file(article, revision, state: article.state, sources: references[id] ?? [])
            }
        }
    }

    private static func file(_ article: Article, _ revision: ArticleRevision, state: ArticleState, sources: [String])
        -> ArticleFile
    {
        ArticleFile(
            id: article.id, slug: article.slug, title: revision.title, language: article.language,
            category: article.category, state: state.rawValue, revision: revision.number,
            approvedBy: state == .approved ? article.approvedBy : nil,
            approvedAt: state == .approved ? article.approvedAt : nil, translationGroup: article.translationGroup,
            sources: sources, body: revision.body)
    }

    /// Every article's source tickets as helpdesk references, sorted.
    static func references(_ db: Database) throws -> [Int64: [String]] {
        var result: [Int64: [String]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT articleSource.articleID, ticket.source, ticket.externalID FROM articleSource
                JOIN ticket ON ticket.id = articleSource.ticketID ORDER BY ticket.source, ticket.externalID
                """)
        for row in rows {
            let id: Int64 = row[0]
            result[id, default: []].append("\(row[1] as String)#\(row[2] as String)")
        }
        return result
    }

    /// Every revision, by article and number (to tell an unedited old file from an edited one).
    static func revisions(_ db: Database) throws -> [Int64: [Int: ArticleRevision]] {
        var result: [Int64: [Int: ArticleRevision]] = [:]
        for revision in try ArticleRevision.fetchAll(db) {
            result[revision.articleID, default: [:]][revision.number] = revision
        }
        return result
    }
}
