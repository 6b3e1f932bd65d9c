import CasebookCore
import Foundation
import GRDB

/// Reads editors' changes to exported article files back into the store as revisions
/// (`casebook import articles|drafts DIR`), through the article ledger.
///
/// A file edited from a revision that is no longer the current one is refused, naming the file and what
/// to do, so that no one's change is overwritten. In an articles folder (`kb/`) an edit was reviewed in the
/// pull request that merged it: it is approved in the approver's name. In a drafts folder, the file's
/// `state:` says what the editor decided (draft, in-review, approved, rejected).
public struct ArticleImport: Sendable {
    /// What happened to one file.
    public struct FileOutcome: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case unchanged, updated, created, refused }
        public var file: String
        public var kind: Kind
        public var articleID: Int64?
        /// The new revision, for updated and created articles.
        public var revision: Int?
        /// Why the file was refused, and what to do.
        public var reason: String?
    }

    /// What an import did.
    public struct Report: StageReport, Equatable {
        public var stage = "import"
        public var folder: String
        public var files: [FileOutcome] = []

        public func count(_ kind: FileOutcome.Kind) -> Int { files.filter { $0.kind == kind }.count }

        public var summary: String {
            "imported \(folder): \(count(.updated)) updated, \(count(.created)) new, \(count(.unchanged)) unchanged, "
                + "\(count(.refused)) refused"
        }

        public var counts: [String: Int] {
            [
                "files": files.count, "updated": count(.updated), "created": count(.created),
                "unchanged": count(.unchanged), "refused": count(.refused),
            ]
        }

        public var rejectedCount: Int { count(.refused) }
        public var refusals: [String] {
            files.filter { $0.kind == .refused }.map { "\($0.file): \($0.reason ?? "refused")" }
        }
    }

    public var ledger: ArticleLedger
    public var folder: URL
    public var selection: ArticleExport.Selection
    /// Who wrote the edits (the revisions' author).
    public var editor: String
    /// Who approves them (in an articles folder: whoever merged the pull request).
    public var approver: String
    public var fileIO: FileIO
    public var check: PublicTextCheck

    public init(
        ledger: ArticleLedger, folder: URL, selection: ArticleExport.Selection, editor: String, approver: String? = nil,
        fileIO: FileIO = .live, check: @escaping PublicTextCheck
    ) {
        self.ledger = ledger
        self.folder = folder
        self.selection = selection
        self.editor = editor
        self.approver = approver ?? editor
        self.fileIO = fileIO
        self.check = check
    }

    /// Imports every file; one file's refusal never stops the others (each file is one transaction).
    public func run() throws -> Report {
        let reader = ArticleFolder(url: folder, fileIO: fileIO)
        let (entries, failures) = try reader.read()
        var report = Report(folder: folder.relativePath)
        for failure in failures {
            report.files.append(FileOutcome(file: failure.file, kind: .refused, reason: failure.description))
        }
        for entry in entries {
            let name = reader.displayPath(entry.path)
            do {
                report.files.append(try importFile(entry.file, name: name))
            } catch let error as LifecycleError {
                report.files.append(
                    FileOutcome(file: name, kind: .refused, articleID: error.articleID, reason: error.description))
            } catch let refusal as Refusal {
                report.files.append(
                    FileOutcome(file: name, kind: .refused, articleID: entry.file.id, reason: refusal.reason))
            }
        }
        report.files.sort { $0.file < $1.file }
        return report
    }

    /// Why a file is refused.
    struct Refusal: Error {
        var reason: String
    }

    private func importFile(_ file: ArticleFile, name: String) throws -> FileOutcome {
        if let problem = check(file.title + "\n" + file.body) {
            throw Refusal(reason: "\(problem); remove it from the file and import again")
        }
        return try ledger.write { session in
            guard let id = file.id else { return try create(file, name: name, in: &session) }
            guard let article = try Article.fetchOne(session.db, key: id) else {
                throw Refusal(
                    reason: "no article \(id) in this store; remove the id line to import it as a new article")
            }
            if file.slug != article.slug {
                throw Refusal(
                    reason: "the slug was changed from '\(article.slug)'; slugs stay as they are so links keep working")
            }
            if file.language != article.language {
                throw Refusal(
                    reason: "the language was changed from \(article.language); write a translation as a new file")
            }
            let current = try session.revision(number: try currentNumber(of: article, in: session), of: id)
            let base = try file.revision.map { try session.revision(number: $0, of: id) } ?? current
            let textChanged = base.title != file.title || ArticleFile.normalizedBody(base.body) != file.body
            let detailsChanged =
                file.category != article.category || normalized(file.translationGroup) != article.translationGroup
            let stateChange = try decidedState(file, article)
            guard textChanged || detailsChanged || stateChange != nil else {
                return FileOutcome(file: name, kind: .unchanged, articleID: id)
            }
            if textChanged, base.number != current.number {
                throw Refusal(
                    reason: "edited from revision \(base.number), but article \(id) is at revision \(current.number) "
                        + "(by \(current.author), \(ArticleFile.timestamp(current.createdAt))); export again "
                        + "(`casebook export \(selection.rawValue) DIR --force` after saving your edit elsewhere) and "
                        + "redo the edit on the new text")
            }
            var revision: Int?
            if textChanged {
                let saved = try session.edit(
                    id, title: file.title, body: file.body, by: editor, note: "imported from \(name)",
                    base: base.number, origin: .imported, action: .imported)
                revision = saved.number
            }
            if detailsChanged {
                try session.setDetails(
                    id, category: file.category, translationGroup: .some(normalized(file.translationGroup)), by: editor,
                    note: "imported from \(name)")
            }
            if let target = stateChange ?? (textChanged && selection == .articles ? .approved : nil) {
                try apply(target, to: id, name: name, in: &session)
            }
            return FileOutcome(file: name, kind: .updated, articleID: id, revision: revision)
        }
    }

    /// A file without an id: an article written by hand.
    private func create(_ file: ArticleFile, name: String, in session: inout ArticleLedger.Session) throws
        -> FileOutcome
    {
        if try Article.filter(Article.Columns.slug == file.slug).fetchCount(session.db) > 0 {
            throw Refusal(reason: "the slug '\(file.slug)' is taken by another article; choose another")
        }
        var article = try session.createArticle(
            DraftedText(title: file.title, body: file.body, category: file.category, language: file.language),
            slug: file.slug, clusterKey: nil, sources: [], by: editor, note: "imported from \(name)", origin: .imported)
        guard let id = article.id else { throw Refusal(reason: "the new article has no id") }
        if let group = normalized(file.translationGroup) {
            try session.setDetails(id, category: nil, translationGroup: .some(group), by: editor)
        }
        let target: ArticleState? =
            selection == .articles
            ? .approved : (file.state == ArticleState.draft.rawValue ? nil : try decidedState(file, article))
        if let target { try apply(target, to: id, name: name, in: &session) }
        article = try session.article(id)
        return FileOutcome(file: name, kind: .created, articleID: id, revision: 1)
    }

    private func apply(_ target: ArticleState, to id: Int64, name: String, in session: inout ArticleLedger.Session)
        throws
    {
        let action: ArticleAction
        switch target {
        case .approved, .published: action = .approve
        case .inReview: action = .submit
        case .rejected: action = .reject
        case .archived: action = .archive
        case .draft: action = .reopen
        }
        try session.apply(action, to: id, by: action == .approve ? approver : editor, note: "imported from \(name)")
    }

    /// The state the file asks for, when it differs from the store's (only drafts folders carry decisions).
    private func decidedState(_ file: ArticleFile, _ article: Article) throws -> ArticleState? {
        guard selection == .drafts else { return nil }
        guard let state = ArticleState(rawValue: file.state) else {
            throw Refusal(
                reason:
                    "state '\(file.state)' is not one of \(ArticleState.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return state == article.state ? nil : state
    }

    /// The number of the article's current revision.
    private func currentNumber(of article: Article, in session: ArticleLedger.Session) throws -> Int {
        guard let id = article.currentRevisionID, let revision = try ArticleRevision.fetchOne(session.db, key: id)
        else {
            throw Refusal(reason: "article \(article.id ?? 0) has no text in the store")
        }
        return revision.number
    }

    private func normalized(_ group: String?) -> String? {
        guard let group = group?.trimmingCharacters(in: .whitespaces), !group.isEmpty else { return nil }
        return group
    }
}
