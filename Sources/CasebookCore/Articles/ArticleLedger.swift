import Foundation
import GRDB

/// The one owner of the article lifecycle: the only code that creates articles and revisions, moves their
/// states, approves them and marks them published. The drafter, the review desk, the web app, import and
/// status all go through it, and count with the rules written here.
///
/// The rules it keeps:
/// - An editor's text is never overwritten: once an editor changed an article, or it was approved or went
///   live, the drafter only offers suggestions (`pendingSuggestionID`: the article needs an update).
/// - The live version stays live while the next revision is edited and reviewed: `approvedRevisionID` is
///   what `publish` serves; approving the current revision replaces it.
/// - Only allowed transitions succeed (``ArticleTransition``); with `review.require_second_editor`, the
///   author of a revision cannot approve it.
/// - Every change is one transaction and one audit event with the actor, time, note and revision.
public struct ArticleLedger: Sendable {
    /// Rules a team sets in `casebook.yml` (`review:`).
    public struct Rules: Sendable, Equatable {
        /// The four-eyes rule: the author of a revision cannot approve it.
        public var requireSecondEditor: Bool

        public init(requireSecondEditor: Bool = false) {
            self.requireSecondEditor = requireSecondEditor
        }
    }

    public let store: Store
    public let clock: WallClock
    public let rules: Rules

    public init(store: Store, clock: WallClock = .system, rules: Rules = Rules()) {
        self.store = store
        self.clock = clock
        self.rules = rules
    }

    /// Runs `body` in one write transaction with a session that changes articles at one instant.
    public func write<T>(_ body: (inout Session) throws -> T) throws -> T {
        let now = clock.now()
        let rules = rules
        return try store.write { db in
            var session = Session(db: db, now: now, rules: rules)
            return try body(&session)
        }
    }

    /// Changes to articles within one transaction of the store (the drafter's per-cluster transaction,
    /// publish's audit), all at one instant.
    public struct Session {
        public let db: Database
        public let now: Date
        public let rules: Rules

        public init(db: Database, now: Date, rules: Rules = Rules()) {
            self.db = db
            self.now = now
            self.rules = rules
        }

        /// The article, or `notFound`.
        public func article(_ id: Int64) throws -> Article {
            guard let article = try Article.fetchOne(db, key: id) else {
                throw LifecycleError(articleID: id, reason: .notFound)
            }
            return article
        }

        /// The revision with this id.
        func revision(_ id: Int64?) throws -> ArticleRevision? {
            guard let id else { return nil }
            return try ArticleRevision.fetchOne(db, key: id)
        }

        /// The article's revision with this number, or `noSuchRevision`.
        public func revision(number: Int, of articleID: Int64) throws -> ArticleRevision {
            guard
                let revision = try ArticleRevision.filter(
                    ArticleRevision.Columns.articleID == articleID && ArticleRevision.Columns.number == number
                ).fetchOne(db)
            else { throw LifecycleError(articleID: articleID, reason: .noSuchRevision(number)) }
            return revision
        }

        /// Appends a revision with the next number: the one place revision numbers come from.
        mutating func appendRevision(
            to articleID: Int64, title: String, body: String, origin: RevisionOrigin, author: String,
            base: Int64?
        ) throws -> ArticleRevision {
            let last =
                try Int.fetchOne(
                    db,
                    ArticleRevision.filter(ArticleRevision.Columns.articleID == articleID)
                        .select(max(ArticleRevision.Columns.number))) ?? 0
            var revision = ArticleRevision(
                articleID: articleID, number: last + 1, title: title, body: body, origin: origin, author: author,
                createdAt: now, baseRevisionID: base)
            try revision.insert(db)
            return revision
        }

        /// One line of the audit log about an article.
        func audit(
            _ action: AuditEvent.Action, _ articleID: Int64, by actor: String, note: String?, revision: Int?
        ) throws {
            try Store.audit(
                AuditEvent(
                    at: now, actor: actor, action: action, subjectType: "article", subjectID: articleID, note: note,
                    revision: revision), in: db)
        }
    }
}
