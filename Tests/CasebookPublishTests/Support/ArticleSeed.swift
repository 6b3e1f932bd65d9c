import CasebookCore
import Foundation
import GRDB
import Testing

/// One article to put in a test store, with its current revision and, optionally, the private things
/// that must never be published (a newer suggestion, a review note, a source ticket).
struct ArticleSeed {
    var slug: String
    var title: String
    var category: String
    var language = "en"
    var state = ArticleState.approved
    var body: String
    /// Days after `Fixtures.epoch` the current revision was written.
    var day = 0
    var suggestion: String?
    var reviewNote: String?
    var sourceTicketSubject: String?

    /// Inserts the article, its revisions and its sources; returns the article's id.
    @discardableResult
    func insert(in db: Database) throws -> Int64 {
        let date = Fixtures.epoch.addingTimeInterval(Double(day) * 86_400)
        var article = Article(
            slug: slug, title: title, category: category, language: language, state: state, clusterKey: "c-\(slug)",
            createdAt: Fixtures.epoch, updatedAt: date, reviewedBy: "Editor Eve", reviewedAt: date,
            reviewNote: reviewNote)
        try article.insert(db)
        let articleID = try #require(article.id)
        var revision = ArticleRevision(
            articleID: articleID, number: 1, title: title, body: body, origin: .draft, author: "casebook",
            createdAt: date)
        try revision.insert(db)
        article.currentRevisionID = revision.id
        if state == .approved { article.approvedRevisionID = revision.id }
        try article.update(db)
        if let suggestion {
            var newer = ArticleRevision(
                articleID: articleID, number: 2, title: title + " (suggested)", body: suggestion, origin: .suggestion,
                author: "casebook", createdAt: date.addingTimeInterval(3_600))
            try newer.insert(db)
        }
        if let sourceTicketSubject {
            var ticket = Ticket(
                source: "zendesk", externalID: "ZD-\(articleID)-98765", subject: sourceTicketSubject,
                status: "solved", language: language, requesterName: "Private Customer",
                requesterEmail: "private.customer@example.org", createdAt: Fixtures.epoch, updatedAt: Fixtures.epoch,
                sourceFile: "export.csv", sourceLine: 2)
            try ticket.insert(db)
            try ArticleSource(articleID: articleID, ticketID: try #require(ticket.id)).insert(db)
        }
        return articleID
    }
}
