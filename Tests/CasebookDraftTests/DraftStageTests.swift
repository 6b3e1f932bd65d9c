import CasebookCore
import Foundation
import GRDB
import Testing

@testable import CasebookDraft

@Suite("DraftStage")
struct DraftStageTests {
    let stage = DraftStage()

    /// A store with the English and French sample clusters.
    func sampleStore() throws -> Store {
        let store = try Store.inMemory()
        try Fixtures.populate(
            store, tickets: SampleTickets.sync + SampleTickets.invoices,
            clusters: [("c-sync", "en", ["4521", "4522", "4523"]), ("c-invoice", "fr", ["7001", "7002"])])
        return store
    }

    func articles(_ store: Store) throws -> [Article] {
        try store.read { db in try Article.order(Article.Columns.clusterKey).fetchAll(db) }
    }

    func revisions(_ store: Store, of article: Article) throws -> [ArticleRevision] {
        try store.read { db in
            try ArticleRevision.filter(ArticleRevision.Columns.articleID == article.id).order(
                ArticleRevision.Columns.number
            )
            .fetchAll(db)
        }
    }

    /// Changes the text of every public agent answer of a ticket, so that the next draft differs.
    func changeAnswers(_ store: Store, ticket externalID: String, to text: String) throws {
        try store.write { db in
            try db.execute(
                sql: """
                    UPDATE comment SET bodyText = ? WHERE authorRole = 'agent' AND isPublic = 1
                    AND ticketID = (SELECT id FROM ticket WHERE externalID = ?)
                    """, arguments: [text, externalID])
        }
    }

    @Test("creates one draft article per cluster, with revision 1, sources and an audit event")
    func createsArticles() throws {
        let store = try sampleStore()
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.clusters == 2 && report.created == 2 && report.unchanged == 0)
        #expect(
            report.summary == "drafted 2 clusters: 2 new, 0 updated, 0 suggested, 0 unchanged, 0 rejected left alone; "
                + "2 articles wait for review: casebook review list")
        let all = try articles(store)
        #expect(all.count == 2)
        for article in all {
            #expect(article.state == .draft && !article.isEditorOwned)
            #expect(article.slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
            let revisions = try revisions(store, of: article)
            #expect(revisions.count == 1)
            #expect(
                revisions.first?.number == 1 && revisions.first?.origin == .draft
                    && revisions.first?.author == "casebook")
            #expect(article.currentRevisionID == revisions.first?.id)
        }
        let sources = try store.read { db in try ArticleSource.fetchCount(db) }
        #expect(sources == 5)
        let audits = try store.read { db in try AuditEvent.filter(Column("action") == "drafted").fetchCount(db) }
        #expect(audits == 2)
        #expect(all.first { $0.clusterKey == "c-invoice" }?.language == "fr")
    }

    @Test("a second run changes nothing")
    func secondRunIsUnchanged() throws {
        let store = try sampleStore()
        _ = try stage.draft(in: Fixtures.context(store))
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.unchanged == 2 && report.created == 0 && report.updated == 0 && report.suggested == 0)
        #expect(try store.read { db in try ArticleRevision.fetchCount(db) } == 2)
    }

    @Test("re-drafts an untouched draft as a new current revision")
    func redraftsUntouchedDraft() throws {
        let store = try sampleStore()
        _ = try stage.draft(in: Fixtures.context(store))
        try changeAnswers(
            store, ticket: "4521",
            to: "Update the app to version 6, then restart your phone and wait a minute for notes to sync.")
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.updated == 1 && report.unchanged == 1)
        let article = try #require(try articles(store).first { $0.clusterKey == "c-sync" })
        let revisions = try revisions(store, of: article)
        #expect(revisions.map(\.number) == [1, 2])
        #expect(revisions.last?.origin == .draft)
        #expect(article.currentRevisionID == revisions.last?.id)
    }

    @Test("an editor's edit is never overwritten: a re-draft becomes a suggestion")
    func editorOwnedGetsSuggestion() throws {
        let store = try sampleStore()
        _ = try stage.draft(in: Fixtures.context(store))
        let edited = try store.write { db -> Article in
            var article = try #require(try Article.filter(Article.Columns.clusterKey == "c-sync").fetchOne(db))
            var edit = ArticleRevision(
                articleID: try #require(article.id), number: 2, title: "Notes do not sync",
                body: "Editor's own text.\n",
                origin: .edit, author: "editor", createdAt: Fixtures.date)
            try edit.insert(db)
            article.currentRevisionID = edit.id
            article.isEditorOwned = true
            article.title = "Notes do not sync"
            try article.update(db)
            return article
        }
        try changeAnswers(
            store, ticket: "4521",
            to: "Update the app to version 6, then restart your phone and wait a minute for notes to sync.")
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.suggested == 1 && report.updated == 0)
        let after = try #require(try articles(store).first { $0.clusterKey == "c-sync" })
        var expected = edited
        expected.pendingSuggestionID = after.pendingSuggestionID
        #expect(after == expected, "only the pointer to the waiting suggestion changed")
        let revisions = try revisions(store, of: after)
        #expect(revisions.map(\.origin) == [.draft, .edit, .suggestion])
        #expect(after.pendingSuggestionID == revisions.last?.id)
        let current = try #require(revisions.first { $0.id == after.currentRevisionID })
        #expect(current.body == "Editor's own text.\n" && current.title == "Notes do not sync")
        let suggested = try store.read { db in try AuditEvent.filter(Column("action") == "suggested").fetchCount(db) }
        #expect(suggested == 1)

        let again = try stage.draft(in: Fixtures.context(store))
        #expect(again.suggested == 0 && again.unchanged == 2)
        #expect(try self.revisions(store, of: after).count == 3)
    }

    @Test("approved articles only get suggestions too")
    func approvedGetsSuggestion() throws {
        let store = try sampleStore()
        _ = try stage.draft(in: Fixtures.context(store))
        try store.write { db in try db.execute(sql: "UPDATE article SET state = 'approved' WHERE clusterKey = 'c-sync'")
        }
        try changeAnswers(
            store, ticket: "4521",
            to: "Update the app to version 6, then restart your phone and wait a minute for notes to sync.")
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.suggested == 1)
        let article = try #require(try articles(store).first { $0.clusterKey == "c-sync" })
        #expect(article.state == .approved)
        #expect(try revisions(store, of: article).first?.id == article.currentRevisionID)
    }

    @Test("rejected articles are never revived")
    func rejectedStayRejected() throws {
        let store = try sampleStore()
        _ = try stage.draft(in: Fixtures.context(store))
        try store.write { db in try db.execute(sql: "UPDATE article SET state = 'rejected' WHERE clusterKey = 'c-sync'")
        }
        try changeAnswers(
            store, ticket: "4521",
            to: "Update the app to version 6, then restart your phone and wait a minute for notes to sync.")
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.skippedRejected == 1 && report.created == 0)
        let all = try articles(store)
        #expect(all.count == 2)
        let rejected = try #require(all.first { $0.clusterKey == "c-sync" })
        #expect(rejected.state == .rejected)
        #expect(try revisions(store, of: rejected).count == 1)
    }

    @Test("finds the article again when the cluster's key changes but its tickets overlap")
    func matchesByOverlap() throws {
        let store = try sampleStore()
        _ = try stage.draft(in: Fixtures.context(store))
        try store.write { db in try db.execute(sql: "UPDATE cluster SET key = 'c-sync-2' WHERE key = 'c-sync'") }
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.created == 0 && report.unchanged == 2)
        #expect(try articles(store).contains { $0.clusterKey == "c-sync-2" })
    }

    @Test("gives articles with the same title distinct slugs")
    func uniqueSlugs() throws {
        let store = try Store.inMemory()
        let twin = Fixtures.TicketSpec(
            id: "t2", subject: "Sync stopped",
            messages: [.init(role: .customer, text: "Sync stopped again on my tablet.")])
        try Fixtures.populate(
            store, tickets: [SampleTickets.sync[1], twin], clusters: [("a", "en", ["4522"]), ("b", "en", ["t2"])])
        _ = try stage.draft(in: Fixtures.context(store))
        #expect(try articles(store).map(\.slug).sorted() == ["sync-stopped", "sync-stopped-2"])
    }

    @Test(
        "makes ASCII slugs from titles in any language",
        arguments: [
            ("Impossible de se connecter à l'appli", "impossible-de-se-connecter-a-l-appli"),
            ("\"Upload failed\" for files over 2 GB", "upload-failed-for-files-over-2-gb"),
            ("Straße & Größe", "strasse-grosse"),
            ("Android app doesn't upload; I’ve tried", "android-app-doesnt-upload-ive-tried"),
            ("!!!", "article"),
        ])
    func slugs(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
    }

    @Test("redacts names found anywhere in the store and never stores private text")
    func storeWideRedaction() throws {
        let store = try sampleStore()
        try changeAnswers(
            store, ticket: "4522",
            to: "Paul from billing confirmed: sign out, sign back in and pull to refresh your notes.")
        _ = try stage.draft(in: Fixtures.context(store))
        let bodies = try store.read { db in try String.fetchAll(db, sql: "SELECT title || body FROM articleRevision") }
        for body in bodies {
            for secret in ["Paul", "INTERNAL", "Jane", "Marie", "Tom", "Luc", "0134", "@"] {
                #expect(!body.contains(secret), "stored text contains \(secret)")
            }
        }
    }

    @Test("refuses an invalid redaction pattern before writing anything")
    func invalidPattern() throws {
        let store = try sampleStore()
        var configuration = CasebookConfiguration()
        configuration.redaction.patterns = [.init(label: "bad", regex: "([")]
        #expect(throws: RedactionError.self) {
            try stage.run(in: Fixtures.context(store, configuration: configuration))
        }
        #expect(try articles(store).isEmpty)
    }
}
