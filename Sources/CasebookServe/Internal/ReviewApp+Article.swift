import CasebookCore
import CasebookReview
import Foundation
import Hummingbird

/// One article: its preview in the site's theme beside its sources, redactions, revisions and history,
/// with the decisions its state allows.
extension ReviewApp {
    struct ArticlePage {
        struct Action {
            var name: String
            var label: String
            var style: String
            var needsNote: Bool
            var noteRequired: Bool
            var key: String?
        }
        struct Source {
            var articleID: Int64
            var ticketID: Int64
            var reference: String
            var subject: String
        }
        struct Count {
            var kind: String
            var count: Int
        }
        struct Redactions { var items: [Count] }
        /// A sentence of the drafted text and the ticket and comment it came from.
        struct Sentence {
            var label: String
            var articleID: Int64
            var ticketID: Int64
            var reference: String
            var commentID: Int64
            var text: String
        }
        struct Revision {
            var articleID: Int64
            var number: Int
            var origin: String
            var author: String
            var date: String
            var isLive: Bool
            var canDiff: Bool
            var canRestore: Bool
            var csrf: String
        }
        struct Event {
            var date: String
            var action: String
            var revision: Int?
            var actor: String
            var note: String?
        }
        struct Suggestion {
            var id: Int64
            var number: Int
            var conflicts: Bool
            var titleChange: DiffView.TitleChange?
            var hunks: [DiffView.Hunk]
            var csrf: String
        }

        var title: String
        var page = "article"
        var editor: String
        var banner: Banner?
        var id: Int64
        var slug: String
        var state: String
        var stateLabel: String
        var language: String
        var category: String
        var revision: Int
        var author: String
        var live: Int?
        var csrf: String
        var actions: [Action]
        var suggestion: Suggestion?
        var sourceCount: Int
        var sources: [Source]
        var redactions: Redactions?
        var grading: String?
        var provenance: [Sentence]
        var hasProvenance: Bool  // stored: templates see stored properties only
        var revisions: [Revision]
        var history: [Event]
    }

    func article(_ id: Int64, request: Request, banner: Banner? = nil, status: HTTPResponse.Status = .ok) throws
        -> Response
    {
        let detail = try found { try ledger.detail(id) }
        let article = detail.article
        let current = detail.current
        var suggestion: ArticlePage.Suggestion?
        if let pending = detail.pendingSuggestion, let merge = try? ledger.suggestionMerge(of: id) {
            let diff = RevisionDiff(
                oldTitle: merge.current.title, oldBody: merge.current.body,
                newTitle: merge.hasConflicts ? pending.title : merge.title ?? pending.title,
                newBody: merge.hasConflicts ? pending.body : merge.body.text ?? pending.body)
            let view = DiffView(diff)
            suggestion = .init(
                id: id, number: pending.number, conflicts: merge.hasConflicts, titleChange: view.titleChange,
                hunks: view.hunks, csrf: csrf.token)
        }
        let record = try ledger.draftRecord(of: detail)
        let counts =
            record.map { $0.redactions.map { ArticlePage.Count(kind: $0.kind, count: $0.count) } }
            ?? Self.placeholderCounts(in: (current?.title ?? "") + "\n" + (current?.body ?? ""))
        let references = Dictionary(detail.sources.map { ($0.id, $0.reference) }, uniquingKeysWith: { a, _ in a })
        let page = ArticlePage(
            title: article.title, editor: editor(of: request), banner: banner ?? Self.banner(from: request), id: id,
            slug: article.slug, state: article.state.rawValue, stateLabel: article.state.label,
            language: article.language, category: article.category, revision: current?.number ?? 0,
            author: current?.author ?? "", live: detail.live.flatMap { $0 == current ? nil : $0.number },
            csrf: csrf.token, actions: Self.actions(for: article),
            suggestion: suggestion, sourceCount: detail.sources.count,
            sources: detail.sources.map {
                .init(articleID: id, ticketID: $0.id, reference: $0.reference, subject: redactor.redact($0.subject))
            },
            redactions: counts.isEmpty ? nil : .init(items: counts),
            grading: record?.gradingSummary,
            provenance: (record?.sentences ?? []).map { sentence in
                .init(
                    label: sentence.section == .note
                        ? "note (one answer only, not in the text)"
                        : "\(sentence.section.rawValue) \(sentence.position + 1)",
                    articleID: id, ticketID: sentence.ticketID,
                    reference: references[sentence.ticketID] ?? "ticket \(sentence.ticketID)",
                    commentID: sentence.commentID, text: sentence.text)
            },
            hasProvenance: record?.sentences.isEmpty == false,
            revisions: detail.revisions.reversed().map { revision in
                .init(
                    articleID: id, number: revision.number, origin: revision.origin.rawValue, author: revision.author,
                    date: ArticleFile.timestamp(revision.createdAt), isLive: revision.id == article.approvedRevisionID,
                    canDiff: revision.id != article.currentRevisionID,
                    canRestore: revision.id != article.currentRevisionID && revision.origin != .suggestion
                        && article.state != .rejected && article.state != .archived, csrf: csrf.token)
            },
            history: detail.history.reversed().map {
                .init(
                    date: ArticleFile.timestamp($0.at), action: $0.action.rawValue, revision: $0.revision,
                    actor: $0.actor, note: $0.note)
            })
        return HTTP.html(Self.render("article", page), status: status)
    }

    /// The decisions the article's state allows, as the transition table says.
    static func actions(for article: Article) -> [ArticlePage.Action] {
        let isLive = article.publishedRevisionID != nil
        func allowed(_ action: ArticleAction) -> Bool {
            guard case .success(let target) = ArticleTransition.target(of: action, from: article.state, isLive: isLive)
            else {
                return false
            }
            return target != nil || (action == .approve && article.approvedRevisionID != article.currentRevisionID)
        }
        var actions: [ArticlePage.Action] = []
        if allowed(.approve) {
            actions.append(
                .init(name: "approve", label: "Approve", style: "", needsNote: true, noteRequired: false, key: "a"))
        }
        if allowed(.submit) {
            actions.append(
                .init(
                    name: "submit", label: "Submit for review", style: "secondary", needsNote: false,
                    noteRequired: false, key: "s"))
        }
        if allowed(.reject) {
            actions.append(
                .init(name: "reject", label: "Reject", style: "danger", needsNote: true, noteRequired: true, key: nil))
        }
        if allowed(.archive) {
            actions.append(
                .init(name: "archive", label: "Archive", style: "danger", needsNote: true, noteRequired: true, key: nil)
            )
        }
        if allowed(.reopen) {
            actions.append(
                .init(
                    name: "reopen", label: "Reopen", style: "secondary", needsNote: false, noteRequired: false, key: nil
                ))
        }
        return actions
    }

    /// `[email]`, `[phone]`… placeholders in a text, counted by kind.
    static func placeholderCounts(in text: String) -> [ArticlePage.Count] {
        var counts: [String: Int] = [:]
        var rest = text[...]
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let inside = rest[rest.index(after: open)..<close]
            if !inside.isEmpty, inside.count <= 30, inside.allSatisfy({ $0.isLowercase || $0 == "-" }) {
                counts[String(inside), default: 0] += 1
            }
            rest = rest[rest.index(after: close)...]
        }
        return counts.sorted { $0.key < $1.key }.map { .init(kind: $0.key, count: $0.value) }
    }

    static func banner(from request: Request) -> Banner? {
        guard let done = HTTP.query(request)["done"]?.last, !done.isEmpty else { return nil }
        return Banner(kind: "ok", text: done)
    }

    /// Runs `body`, turning a missing article into a 404.
    func found<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LifecycleError where error.reason == .notFound {
            throw HTTPError(.notFound, message: error.description)
        }
    }
}
