import CasebookCore
import CasebookPublish
import Foundation
import Hummingbird

/// A source ticket as the drafter read it, and the article's preview in the site's own theme.
extension ReviewApp {
    struct TicketPage {
        struct Entry {
            var role: String
            var date: String
            var text: String
        }
        var title: String
        var page = "ticket"
        var editor: String
        var banner: Banner?
        var articleID: Int64
        var reference: String
        var subject: String
        var comments: [Entry]
    }

    func ticket(_ ticketID: Int64, of articleID: Int64, request: Request) throws -> Response {
        let detail = try found { try ledger.detail(articleID) }
        guard let source = detail.sources.first(where: { $0.id == ticketID }),
            let thread = try ledger.store.publicThread(ofTicket: ticketID)
        else { throw HTTPError(.notFound, message: "ticket \(ticketID) is not a source of article \(articleID)") }
        let names = [thread.ticket.requesterName].compactMap { $0 } + thread.comments.compactMap(\.authorName)
        let local = redactor.adding(names: names)
        let subject = local.redact(thread.ticket.subject)
        let page = TicketPage(
            title: subject, editor: editor(of: request), banner: nil, articleID: articleID, reference: source.reference,
            subject: subject,
            comments: thread.comments.map {
                .init(
                    role: $0.authorRole.rawValue, date: ArticleFile.timestamp($0.createdAt),
                    text: local.redact($0.bodyText))
            })
        return HTTP.html(Self.render("ticket", page))
    }

    /// `/preview/articles/<id>.html?revision=N`: the page as `publish` would write it.
    func previewPage(_ file: String, request: Request) throws -> Response {
        guard file.hasSuffix(".html"), let id = Int64(file.dropLast(5)) else { throw HTTPError(.notFound) }
        let detail = try found { try ledger.detail(id) }
        let number = HTTP.query(request)["revision"]?.last.flatMap { Int($0) }
        guard let revision = number.flatMap({ n in detail.revisions.first { $0.number == n } }) ?? detail.current else {
            throw HTTPError(.notFound, message: "article \(id) has no text")
        }
        let article = detail.article
        let html = try preview.page(
            of: PagePreview.Article(
                id: id, slug: article.slug, title: revision.title, body: revision.body, category: article.category,
                language: article.language, updatedAt: revision.createdAt, sourceCount: detail.sources.count))
        return HTTP.html(html)
    }
}
