import CasebookCore
import Foundation
import GRDB
import Testing

@testable import CasebookReview

@Suite("Review desk")
struct ReviewDeskTests {
    let now = Date(timeIntervalSince1970: 1_767_225_600)

    /// A store with one drafted article (revision 1, one source ticket).
    func fixture() throws -> (Store, Int64) {
        let store = try Store.inMemory()
        let id = try store.write { db -> Int64 in
            var ticket = Ticket(
                source: "csv", externalID: "7", subject: "Sync stuck", status: "solved", createdAt: now,
                updatedAt: now, sourceFile: "t.csv", sourceLine: 2)
            try ticket.insert(db)
            var article = Article(
                slug: "sync-stuck", title: "Sync stuck", category: "Sync", language: "en", createdAt: now,
                updatedAt: now)
            try article.insert(db)
            var revision = ArticleRevision(
                articleID: article.id!, number: 1, title: "Sync stuck", body: "Restart the app.", origin: .draft,
                author: "casebook", createdAt: now)
            try revision.insert(db)
            article.currentRevisionID = revision.id
            try article.update(db)
            try ArticleSource(articleID: article.id!, ticketID: ticket.id!).insert(db)
            return article.id!
        }
        return (store, id)
    }

    @Test("approve and reject change the state, record the editor and are idempotent")
    func approveReject() throws {
        let (store, id) = try fixture()
        let desk = ReviewDesk(store: store, clock: .fixed(now))
        #expect(try desk.approve([id], editor: "ana", note: "good").map(\.changed) == [true])
        #expect(try desk.approve([id], editor: "ana").map(\.changed) == [false])
        #expect(try desk.list(state: .approved).map(\.id) == [id])
        try desk.reject([id], editor: "bo", note: "duplicate")
        let detail = try desk.show(id)
        #expect(detail.article.state == .rejected)
        #expect(detail.article.reviewedBy == "bo")
        #expect(detail.history.map(\.action) == [.approved, .rejected])
        #expect(detail.history.map(\.actor) == ["ana", "bo"])
        #expect(detail.sources.map(\.reference) == ["csv#7"])
    }

    @Test("approving every draft approves only drafts")
    func approveAll() throws {
        let (store, id) = try fixture()
        let desk = ReviewDesk(store: store, clock: .fixed(now))
        #expect(try desk.approveAllDrafts(editor: "ci").count == 1)
        #expect(try desk.approveAllDrafts(editor: "ci").isEmpty)
        #expect(try desk.show(id).article.state == .approved)
    }

    @Test("an edit becomes the current revision and makes the article editor-owned")
    func edit() throws {
        let (store, id) = try fixture()
        let desk = ReviewDesk(store: store, clock: .fixed(now))
        let revision = try desk.edit(id, title: "Fix a stuck sync", body: "1. Quit.\n2. Reopen.", editor: "ana")
        let detail = try desk.show(id)
        #expect(revision.number == 2)
        #expect(detail.current == revision)
        #expect(detail.article.isEditorOwned)
        #expect(detail.article.title == "Fix a stuck sync")
        #expect(detail.revisions.map(\.origin) == [.draft, .edit])
    }

    @Test("unknown ids and empty edits fail with one actionable line, changing nothing")
    func errors() throws {
        let (store, id) = try fixture()
        let desk = ReviewDesk(store: store, clock: .fixed(now))
        #expect(throws: ReviewError(articleID: 99, reason: .notFound)) { try desk.approve([id, 99], editor: "ana") }
        #expect(try desk.show(id).article.state == .draft)
        #expect(throws: ReviewError(articleID: id, reason: .emptyBody)) {
            try desk.edit(id, title: nil, body: "  \n", editor: "ana")
        }
        #expect(ReviewError(articleID: 99, reason: .notFound).description.contains("casebook review list"))
    }

    @Test("a pending suggestion is listed but never becomes current by itself")
    func suggestion() throws {
        let (store, id) = try fixture()
        try store.write { db in
            var suggestion = ArticleRevision(
                articleID: id, number: 2, title: "Sync stuck", body: "Newer text", origin: .suggestion,
                author: "casebook", createdAt: now)
            try suggestion.insert(db)
        }
        let desk = ReviewDesk(store: store, clock: .fixed(now))
        #expect(try desk.list().first?.hasPendingSuggestion == true)
        #expect(try desk.show(id).current?.body == "Restart the app.")
        #expect(try desk.show(id).pendingSuggestion?.body == "Newer text")
    }

    @Test("approval records the approved revision; a stale --revision is refused; rejecting clears it")
    func approvedRevision() throws {
        let (store, id) = try fixture()
        let desk = ReviewDesk(store: store, clock: .fixed(now))
        #expect(throws: ReviewError(articleID: id, reason: .revisionChanged(current: 1, expected: 2))) {
            try desk.approve([id], editor: "ana", revision: 2)
        }
        #expect(try desk.show(id).article.state == .draft)
        try desk.approve([id], editor: "ana", revision: 1)
        let approved = try desk.show(id).article
        #expect(approved.approvedRevisionID == approved.currentRevisionID)
        let edit = try desk.edit(id, title: nil, body: "Editor text", editor: "ana")
        #expect(try desk.show(id).article.approvedRevisionID == edit.id)
        try desk.reject([id], editor: "bo")
        #expect(try desk.show(id).article.approvedRevisionID == nil)
    }

    @Test("accepting a suggestion makes it the current and, when approved, the published text")
    func acceptSuggestion() throws {
        let (store, id) = try fixture()
        let desk = ReviewDesk(store: store, clock: .fixed(now))
        #expect(throws: ReviewError(articleID: id, reason: .noSuggestion)) {
            try desk.acceptSuggestion(id, editor: "a")
        }
        try desk.approve([id], editor: "ana")
        try store.write { db in
            var suggestion = ArticleRevision(
                articleID: id, number: 2, title: "Sync stuck", body: "Better text", origin: .suggestion,
                author: "casebook", createdAt: now)
            try suggestion.insert(db)
        }
        let taken = try desk.acceptSuggestion(id, editor: "ana")
        let detail = try desk.show(id)
        #expect(detail.current == taken)
        #expect(detail.article.approvedRevisionID == taken.id)
        #expect(detail.pendingSuggestion == nil)
        #expect(detail.history.last?.actor == "ana")
    }
}
