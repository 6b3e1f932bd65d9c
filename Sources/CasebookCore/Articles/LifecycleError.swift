import Foundation

/// An article change the lifecycle does not allow, or that cannot be done as asked; one line that says
/// why and what to do.
public struct LifecycleError: CasebookError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// No article has this id.
        case notFound
        /// The action is not allowed from the article's state; the hint says what is.
        case notAllowed(action: String, state: ArticleState, hint: String)
        /// The article has no text to approve.
        case noText
        case emptyTitle
        case emptyBody
        /// The revision an editor worked from is no longer the current one.
        case revisionChanged(current: Int, expected: Int, by: String, at: Date)
        /// The four-eyes rule: the author of a revision cannot approve it.
        case secondEditorRequired(revision: Int, author: String)
        /// No suggestion is waiting.
        case noSuggestion
        /// Merging the suggestion would overwrite lines the editor changed too.
        case mergeConflict(hunks: Int, firstLine: Int)
        /// The article has no revision with this number.
        case noSuchRevision(Int)
    }

    public var articleID: Int64
    public var reason: Reason

    public init(articleID: Int64, reason: Reason) {
        self.articleID = articleID
        self.reason = reason
    }

    public var description: String {
        let article = "article \(articleID)"
        switch reason {
        case .notFound: return "\(article): no such article; `casebook review list` shows the ids"
        case .notAllowed(let action, let state, let hint):
            return "\(article): cannot \(action) an article that is \(state.label); \(hint)"
        case .noText: return "\(article): has no text to approve; run `casebook draft` or edit it first"
        case .emptyTitle: return "\(article): the title is empty; give a title or leave it as it was"
        case .emptyBody: return "\(article): the new text is empty; nothing was saved"
        case .revisionChanged(let current, let expected, let by, let at):
            return "\(article): revision \(current) was saved by \(by) at \(ArticleFile.timestamp(at)) after "
                + "revision \(expected) you worked from; nothing was saved: read it (`casebook review show "
                + "\(articleID)`) and apply your change again"
        case .secondEditorRequired(let revision, let author):
            return "\(article): revision \(revision) was written by \(author), who cannot also approve it "
                + "(review.require_second_editor); ask another editor"
        case .noSuggestion:
            return "\(article): no suggestion is waiting; `casebook review show \(articleID)` shows it"
        case .mergeConflict(let hunks, let line):
            return "\(article): the suggestion changes \(hunks == 1 ? "a passage" : "\(hunks) passages") you "
                + "edited too (first at line \(line)); nothing was changed: see `casebook review diff "
                + "\(articleID)`, then edit by hand or take the suggestion whole with --theirs"
        case .noSuchRevision(let number):
            return "\(article): has no revision \(number); `casebook review show \(articleID)` lists them"
        }
    }

    public var exitCode: ExitStatus { .failure }
}

extension ArticleState {
    /// `in review`, `published`…, for messages.
    public var label: String {
        switch self {
        case .inReview: "in review"
        default: rawValue
        }
    }
}
