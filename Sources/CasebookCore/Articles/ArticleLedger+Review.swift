import Foundation
import GRDB

/// What an editor does: submit, approve, reject, archive, reopen, edit, restore.
extension ArticleLedger.Session {
    /// What a state change did to one article.
    public struct Outcome: Codable, Sendable {
        public var article: Article
        /// False when the article already was where the action takes it.
        public var changed: Bool
    }

    /// Applies `action` to the article, or throws why it is not allowed. `expectedRevision` (for approve)
    /// makes the change go through only while that revision is still the current one.
    public mutating func apply(
        _ action: ArticleAction, to id: Int64, by editor: String, note: String? = nil, expectedRevision: Int? = nil
    ) throws -> Outcome {
        var article = try article(id)
        let isLive = article.publishedRevisionID != nil
        let target: ArticleState?
        switch ArticleTransition.target(of: action, from: article.state, isLive: isLive) {
        case .success(let state): target = state
        case .failure(let refusal):
            throw LifecycleError(
                articleID: id, reason: .notAllowed(action: action.verb, state: article.state, hint: refusal.hint))
        }
        let current = try revision(article.currentRevisionID)
        if action == .approve {
            guard let current else { throw LifecycleError(articleID: id, reason: .noText) }
            if let expectedRevision, current.number != expectedRevision {
                throw LifecycleError(
                    articleID: id,
                    reason: .revisionChanged(
                        current: current.number, expected: expectedRevision, by: current.author, at: current.createdAt))
            }
            if target == nil, article.approvedRevisionID == current.id {
                return Outcome(article: article, changed: false)
            }
            if rules.requireSecondEditor, current.author == editor {
                throw LifecycleError(
                    articleID: id, reason: .secondEditorRequired(revision: current.number, author: current.author))
            }
            article.approvedRevisionID = current.id
            article.approvedBy = editor
            article.approvedAt = now
        } else if target == nil {
            return Outcome(article: article, changed: false)
        }
        switch action {
        case .archive:
            article.approvedRevisionID = nil
            article.approvedBy = nil
            article.approvedAt = nil
        case .reject:
            article.approvedRevisionID = nil
        case .reopen where article.state == .approved:
            // Withdrawing an approval that never went live: the live revision (if any) stays live.
            article.approvedRevisionID = article.publishedRevisionID
        default: break
        }
        if let target { article.state = target }
        article.reviewedBy = editor
        article.reviewedAt = now
        article.reviewNote = note
        article.updatedAt = now
        try article.update(db)
        try audit(Self.auditAction(action), id, by: editor, note: note, revision: current?.number)
        return Outcome(article: article, changed: true)
    }

    /// Saves an editor's text as a new current revision (the article becomes a draft again; a live version
    /// stays live until the new revision is approved). With `base`, the save goes through only while that
    /// revision is still the current one, so two editors never overwrite each other.
    public mutating func edit(
        _ id: Int64, title: String?, body: String, by editor: String, note: String? = nil, base: Int? = nil,
        origin: RevisionOrigin = .edit, action: AuditEvent.Action = .edited
    ) throws -> ArticleRevision {
        var article = try article(id)
        let title = title?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let title, title.isEmpty { throw LifecycleError(articleID: id, reason: .emptyTitle) }
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw LifecycleError(articleID: id, reason: .emptyBody)
        }
        if case .failure(let refusal) = ArticleTransition.target(of: .edit, from: article.state, isLive: false) {
            throw LifecycleError(
                articleID: id, reason: .notAllowed(action: "edit", state: article.state, hint: refusal.hint))
        }
        let current = try revision(article.currentRevisionID)
        if let base, let current, current.number != base {
            throw LifecycleError(
                articleID: id,
                reason: .revisionChanged(
                    current: current.number, expected: base, by: current.author, at: current.createdAt))
        }
        let revision = try appendRevision(
            to: id, title: title ?? current?.title ?? article.title, body: body, origin: origin, author: editor,
            base: current?.id)
        article.title = revision.title
        article.currentRevisionID = revision.id
        article.isEditorOwned = true
        article.state = .draft
        article.updatedAt = now
        try article.update(db)
        try audit(action, id, by: editor, note: note, revision: revision.number)
        return revision
    }

    /// Changes what a page shows about the article besides its text: its category and translation group.
    public mutating func setDetails(
        _ id: Int64, category: String?, translationGroup: String??, by editor: String, note: String? = nil
    ) throws {
        var article = try article(id)
        var changes: [String] = []
        if let category, category != article.category {
            article.category = category
            changes.append("category")
        }
        if let translationGroup, translationGroup != article.translationGroup {
            article.translationGroup = translationGroup
            changes.append("translation group")
        }
        guard !changes.isEmpty else { return }
        article.updatedAt = now
        try article.update(db)
        try audit(
            .edited, id, by: editor, note: note ?? "changed the \(changes.joined(separator: " and "))", revision: nil)
    }

    /// Brings an earlier revision's text back as a new current revision (nothing is deleted).
    public mutating func restore(_ id: Int64, revision number: Int, by editor: String, note: String? = nil) throws
        -> ArticleRevision
    {
        let old = try revision(number: number, of: id)
        return try edit(
            id, title: old.title, body: old.body, by: editor, note: note ?? "restored revision \(number)",
            origin: .restore, action: .restored)
    }

    private static func auditAction(_ action: ArticleAction) -> AuditEvent.Action {
        switch action {
        case .submit: .submitted
        case .approve: .approved
        case .reject: .rejected
        case .archive: .archived
        case .reopen: .reopened
        case .edit: .edited
        case .publish: .published
        }
    }
}

extension ArticleLedger {
    /// Applies `action` to each article in one transaction; stops at the first refusal (nothing changes).
    @discardableResult
    public func apply(
        _ action: ArticleAction, to ids: [Int64], by editor: String, note: String? = nil, expectedRevision: Int? = nil
    ) throws -> [Session.Outcome] {
        try write { session in
            try ids.map {
                try session.apply(action, to: $0, by: editor, note: note, expectedRevision: expectedRevision)
            }
        }
    }

    /// Approves every draft and article in review (for bulk review and CI); with the four-eyes rule, the
    /// editor's own revisions are left for someone else and counted apart.
    public func approveAllWaiting(by editor: String, note: String? = nil) throws -> (
        approved: [Session.Outcome], leftForAnotherEditor: Int
    ) {
        try write { session in
            let ids = try Int64.fetchAll(
                session.db,
                Article.filter([ArticleState.draft, ArticleState.inReview].contains(Article.Columns.state))
                    .select(Article.Columns.id).order(Article.Columns.id))
            var outcomes: [Session.Outcome] = []
            var left = 0
            for id in ids {
                do {
                    outcomes.append(try session.apply(.approve, to: id, by: editor, note: note))
                } catch let error as LifecycleError {
                    guard case .secondEditorRequired = error.reason else { throw error }
                    left += 1
                }
            }
            return (outcomes, left)
        }
    }

    /// ``Session/edit(_:title:body:by:note:base:origin:action:)`` in its own transaction.
    @discardableResult
    public func edit(
        _ id: Int64, title: String?, body: String, by editor: String, note: String? = nil, base: Int? = nil
    ) throws -> ArticleRevision {
        try write { try $0.edit(id, title: title, body: body, by: editor, note: note, base: base) }
    }

    /// ``Session/restore(_:revision:by:note:)`` in its own transaction.
    @discardableResult
    public func restore(_ id: Int64, revision: Int, by editor: String, note: String? = nil) throws -> ArticleRevision {
        try write { try $0.restore(id, revision: revision, by: editor, note: note) }
    }
}
