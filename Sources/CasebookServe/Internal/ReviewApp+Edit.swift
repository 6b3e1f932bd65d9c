import CasebookCore
import CasebookReview
import Foundation
import Hummingbird

/// The Markdown editor, the diff before saving, and the diff between revisions.
extension ReviewApp {
    struct EditPage {
        var title: String
        var page = "edit"
        var editor: String
        var banner: Banner?
        var id: Int64
        var originalTitle: String
        var csrf: String
        var base: Int
        var next: Int
        var isLive: Bool
        var body: String
    }

    struct ReviewPage {
        var title = "Review changes"
        var page = "review"
        var articleTitle: String
        var editor: String
        var banner: Banner?
        var id: Int64
        var csrf: String
        var base: Int
        var next: Int
        var unchanged: Bool
        var diff: DiffView?
        var body: String
        var previewHTML: String
    }

    struct DiffPage {
        var title: String
        var page = "diff"
        var editor: String
        var banner: Banner?
        var id: Int64
        var label: String
        var diff: DiffView
    }

    func editor(
        _ id: Int64, title: String? = nil, body: String? = nil, base: Int? = nil, banner: Banner? = nil,
        editor name: String = "", status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let detail = try found { try ledger.detail(id) }
        let current = detail.current
        let page = EditPage(
            title: title ?? current?.title ?? detail.article.title, editor: name.isEmpty ? server.editor : name,
            banner: banner, id: id, originalTitle: detail.article.title, csrf: csrf.token,
            base: base ?? current?.number ?? 0, next: (detail.revisions.map(\.number).max() ?? 0) + 1,
            isLive: detail.live != nil, body: body ?? current?.body ?? "")
        return HTTP.html(Self.render("edit", page), status: status)
    }

    /// `intent=review` shows the diff and the preview; `intent=save` saves (only while `base` is current);
    /// `intent=edit` goes back to the editor with the text.
    func saveEdit(_ id: Int64, request: Request) async throws -> Response {
        let form = try await HTTP.form(request)
        guard csrf.allows(request, form: form) else { return forbidden() }
        let name = editor(of: request)
        let title = form["title"] ?? ""
        let body = (form["body"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        let base = Int(form["base"] ?? "")
        switch form["intent"] {
        case "save":
            do {
                let saved = try ledger.edit(
                    id, title: title, body: body, by: name, note: form["note"].flatMap { $0.isEmpty ? nil : $0 },
                    base: base)
                return HTTP.redirect(
                    "/articles/\(id)?done=" + Self.escaped("Saved revision \(saved.number); approve it to publish it."))
            } catch let error as LifecycleError {
                return try editor(
                    id, title: title, body: body, base: base, banner: Banner(kind: "error", text: error.description),
                    editor: name, status: .conflict)
            }
        case "edit":
            return try editor(id, title: title, body: body, base: base, editor: name)
        default:
            let detail = try found { try ledger.detail(id) }
            let current = detail.current
            let diff = RevisionDiff(
                oldTitle: current?.title ?? "", oldBody: current?.body ?? "", newTitle: title, newBody: body)
            let page = ReviewPage(
                articleTitle: title, editor: name, banner: nil, id: id, csrf: csrf.token,
                base: base ?? current?.number ?? 0,
                next: (detail.revisions.map(\.number).max() ?? 0) + 1, unchanged: diff.isEmpty,
                diff: diff.isEmpty ? nil : DiffView(diff), body: body, previewHTML: preview.bodyHTML(body))
            return HTTP.html(Self.render("review", page))
        }
    }

    func diff(_ id: Int64, request: Request) throws -> Response {
        let detail = try found { try ledger.detail(id) }
        guard let current = detail.current else { throw HTTPError(.notFound, message: "article \(id) has no text") }
        let query = HTTP.query(request)
        func revision(_ key: String) -> ArticleRevision? {
            query[key]?.last.flatMap(Int.init).flatMap { number in detail.revisions.first { $0.number == number } }
        }
        let from =
            revision("from") ?? (detail.live != current ? detail.live : nil)
            ?? detail.revisions.last { $0.number < current.number && $0.origin != .suggestion } ?? current
        let to = revision("to") ?? current
        let page = DiffPage(
            title: "Diff", editor: editor(of: request), banner: nil, id: id,
            label: "Revision \(from.number) → revision \(to.number)", diff: DiffView(RevisionDiff(from: from, to: to)))
        return HTTP.html(Self.render("diff", page))
    }

    func forbidden() -> Response {
        HTTP.html(
            Self.messagePage(
                heading: "This form has expired or came from another site",
                detail: "Nothing was changed. Reload the page and try again."), status: .forbidden)
    }

    static func escaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
