import Foundation
import GRDB

/// The drafter's suggestions for articles an editor owns: the diff, taking them, dismissing them.
extension ArticleLedger.Session {
    /// How `accept` combines a suggestion with the editor's text.
    public enum AcceptMode: String, Sendable, CaseIterable {
        /// Three-way merge: the drafter's changes are taken where the editor left the text alone; a passage
        /// both changed is a conflict and nothing is saved.
        case merge
        /// The suggestion replaces the editor's text whole (the editor said so).
        case theirs
    }

    /// The texts an accept works with: the editor's current text, the suggestion, their common base, and
    /// the merge's outcome.
    public struct SuggestionMerge: Sendable {
        public var current: ArticleRevision
        public var suggestion: ArticleRevision
        /// The drafter's text the editor's current text was made from, when there is one.
        public var base: ArticleRevision?
        public var body: TextMerge.Outcome
        /// The merged title, or nil when both sides changed it differently.
        public var title: String?

        public var hasConflicts: Bool { body.hasConflicts || title == nil }
    }

    /// The waiting suggestion merged (in memory) with the current text; nothing is written.
    public func suggestionMerge(of id: Int64) throws -> SuggestionMerge {
        let article = try article(id)
        guard let suggestion = try revision(article.pendingSuggestionID) else {
            throw LifecycleError(articleID: id, reason: .noSuggestion)
        }
        guard let current = try revision(article.currentRevisionID) else {
            throw LifecycleError(articleID: id, reason: .noText)
        }
        let base = try drafterAncestor(of: current)
        let baseBody = base?.body ?? current.body
        let body = TextMerge.merge(base: baseBody, ours: current.body, theirs: suggestion.body)
        let baseTitle = base?.title ?? current.title
        let title: String? =
            current.title == baseTitle
            ? suggestion.title
            : (suggestion.title == baseTitle || suggestion.title == current.title ? current.title : nil)
        return SuggestionMerge(current: current, suggestion: suggestion, base: base, body: body, title: title)
    }

    /// Takes the waiting suggestion into the article as a new current revision (a draft again, to be
    /// approved; a live version stays live). With `.merge`, a passage both changed refuses the whole accept.
    public mutating func accept(_ id: Int64, by editor: String, mode: AcceptMode = .merge, note: String? = nil) throws
        -> ArticleRevision
    {
        let merge = try suggestionMerge(of: id)
        let title: String
        let body: String
        switch mode {
        case .theirs:
            title = merge.suggestion.title
            body = merge.suggestion.body
        case .merge:
            if merge.hasConflicts {
                let firstLine =
                    merge.body.hunks.prefix {
                        if case .conflict = $0 { false } else { true }
                    }.reduce(1) { line, hunk in
                        if case .resolved(let lines) = hunk { return line + lines.count }
                        return line
                    }
                throw LifecycleError(
                    articleID: id,
                    reason: .mergeConflict(
                        hunks: merge.body.conflicts.count + (merge.title == nil ? 1 : 0),
                        firstLine: merge.title == nil ? 0 : firstLine))
            }
            title = merge.title ?? merge.current.title
            body = merge.body.text ?? merge.current.body
        }
        var article = try article(id)
        if case .failure(let refusal) = ArticleTransition.target(of: .edit, from: article.state, isLive: false) {
            throw LifecycleError(
                articleID: id,
                reason: .notAllowed(action: "accept a suggestion for", state: article.state, hint: refusal.hint))
        }
        // The merged text descends from the suggestion: the next merge starts from it.
        let revision = try appendRevision(
            to: id, title: title, body: body, origin: .edit, author: editor, base: merge.suggestion.id)
        article.title = revision.title
        article.currentRevisionID = revision.id
        article.pendingSuggestionID = nil
        article.isEditorOwned = true
        article.state = .draft
        article.updatedAt = now
        try article.update(db)
        try audit(
            .accepted, id, by: editor,
            note: note ?? "took suggested revision \(merge.suggestion.number) (\(mode.rawValue))",
            revision: revision.number)
        return revision
    }

    /// Drops the waiting suggestion (it stays in the history).
    public mutating func dismissSuggestion(_ id: Int64, by editor: String, note: String? = nil) throws {
        var article = try article(id)
        guard let suggestion = try revision(article.pendingSuggestionID) else {
            throw LifecycleError(articleID: id, reason: .noSuggestion)
        }
        article.pendingSuggestionID = nil
        article.updatedAt = now
        try article.update(db)
        try audit(
            .dismissed, id, by: editor, note: note ?? "dismissed suggested revision \(suggestion.number)",
            revision: suggestion.number)
    }

    /// The nearest drafter revision (draft or suggestion) in the history `revision` was made from.
    func drafterAncestor(of revision: ArticleRevision) throws -> ArticleRevision? {
        var cursor: ArticleRevision? = revision
        var seen: Set<Int64> = []
        while let candidate = cursor, let id = candidate.id, !seen.contains(id) {
            if candidate.origin == .draft || candidate.origin == .suggestion { return candidate }
            seen.insert(id)
            cursor = try self.revision(candidate.baseRevisionID)
        }
        return nil
    }
}

extension ArticleLedger {
    /// ``Session/accept(_:by:mode:note:)`` in its own transaction.
    @discardableResult
    public func accept(_ id: Int64, by editor: String, mode: Session.AcceptMode = .merge, note: String? = nil) throws
        -> ArticleRevision
    {
        try write { try $0.accept(id, by: editor, mode: mode, note: note) }
    }

    /// ``Session/suggestionMerge(of:)`` in a read.
    public func suggestionMerge(of id: Int64) throws -> Session.SuggestionMerge {
        try store.read { db in try Session(db: db, now: clock.now(), rules: rules).suggestionMerge(of: id) }
    }
}
