import CasebookCore
import Foundation
import GRDB
import Testing

@testable import CasebookDraft

@Suite("Matching clusters to the articles drafted before")
struct ArticleMatchingTests {
    let stage = DraftStage()

    /// `count` tickets about notes that stop syncing, `s1`…
    static func syncTickets(_ range: ClosedRange<Int>, topic: String = "notes") -> [Fixtures.TicketSpec] {
        range.map { index in
            Fixtures.TicketSpec(
                id: "s\(index)", subject: "My \(topic) do not sync (\(index))",
                messages: [
                    .init(role: .customer, text: "My \(topic) stopped syncing between my phone and laptop."),
                    .init(role: .agent, text: "Sign out, sign back in and pull down to refresh your \(topic)."),
                ])
        }
    }

    static func ids(_ range: ClosedRange<Int>) -> [String] { range.map { "s\($0)" } }

    /// Replaces every cluster of the store with `clusters`, as a new clustering run would.
    func recluster(_ store: Store, _ clusters: [(key: String, members: [String])]) throws {
        try store.write { db in
            try Cluster.deleteAll(db)
            for entry in clusters {
                var cluster = Fixtures.cluster(key: entry.key, size: entry.members.count)
                try cluster.insert(db)
                for (index, member) in entry.members.enumerated() {
                    let ticketID = try #require(
                        try Int64.fetchOne(db, sql: "SELECT id FROM ticket WHERE externalID = ?", arguments: [member]))
                    try ClusterMember(
                        clusterID: try #require(cluster.id), ticketID: ticketID, similarity: 1 - Double(index) / 100
                    ).insert(db)
                }
            }
        }
    }

    func setState(_ store: Store, _ state: ArticleState, clusterKey: String) throws {
        try store.write { db in
            try db.execute(
                sql: "UPDATE article SET state = ? WHERE clusterKey = ?", arguments: [state.rawValue, clusterKey])
        }
    }

    func articles(_ store: Store) throws -> [Article] {
        try store.read { db in try Article.order(Article.Columns.id).fetchAll(db) }
    }

    func sourceCount(_ store: Store, of article: Article) throws -> Int {
        try store.read { db in try ArticleSource.filter(ArticleSource.Columns.articleID == article.id).fetchCount(db) }
    }

    @Test("a rejected problem whose cluster grew (4 → 10 tickets, new key) stays rejected and is not redrafted")
    func rejectedClusterGrows() throws {
        let store = try Store.inMemory()
        try Fixtures.populate(store, tickets: Self.syncTickets(1...10), clusters: [("k1", "en", Self.ids(1...4))])
        _ = try stage.draft(in: Fixtures.context(store))
        try setState(store, .rejected, clusterKey: "k1")
        try recluster(store, [("k2", Self.ids(1...10))])
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.created == 0 && report.skippedRejected == 1)
        let all = try articles(store)
        #expect(all.count == 1)
        #expect(all.first?.state == .rejected)
        #expect(try sourceCount(store, of: try #require(all.first)) == 10)
        #expect(try store.read { db in try ArticleRevision.fetchCount(db) } == 1)
    }

    @Test("an approved article whose cluster grew gets a suggestion, not a duplicate")
    func approvedClusterGrows() throws {
        let store = try Store.inMemory()
        try Fixtures.populate(store, tickets: Self.syncTickets(1...10), clusters: [("k1", "en", Self.ids(1...4))])
        _ = try stage.draft(in: Fixtures.context(store))
        try setState(store, .approved, clusterKey: "k1")
        try store.write { db in
            try db.execute(sql: "UPDATE comment SET bodyText = 'Restart the app.' WHERE authorRole = 'agent'")
        }
        try recluster(store, [("k2", Self.ids(1...10))])
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.created == 0 && report.suggested == 1)
        let all = try articles(store)
        #expect(all.count == 1 && all.first?.state == .approved && all.first?.clusterKey == "k2")
    }

    @Test("a cluster made mostly of a rejected article's tickets never becomes a new article")
    func rejectedSplitStaysRejected() throws {
        let store = try Store.inMemory()
        try Fixtures.populate(store, tickets: Self.syncTickets(1...8), clusters: [("k1", "en", Self.ids(1...8))])
        _ = try stage.draft(in: Fixtures.context(store))
        try setState(store, .rejected, clusterKey: "k1")
        try recluster(store, [("k-a", Self.ids(1...4)), ("k-b", Self.ids(5...8))])
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.created == 0 && report.skippedRejected == 2)
        #expect(try articles(store).count == 1)
        // And again, now that the rejected article was matched once.
        let again = try stage.draft(in: Fixtures.context(store))
        #expect(again.created == 0)
        #expect(try articles(store).count == 1)
    }

    @Test("prefers the article an editor approved over a plain draft when clusters merge")
    func prefersReviewedArticles() throws {
        let store = try Store.inMemory()
        try Fixtures.populate(
            store, tickets: Self.syncTickets(1...8),
            clusters: [("k1", "en", Self.ids(1...4)), ("k2", "en", Self.ids(5...8))])
        _ = try stage.draft(in: Fixtures.context(store))
        try setState(store, .approved, clusterKey: "k2")
        try recluster(store, [("k-merged", Self.ids(1...8))])
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.created == 0)
        let all = try articles(store)
        #expect(all.first { $0.state == .approved }?.clusterKey == "k-merged")
        #expect(all.first { $0.state == .draft }?.clusterKey == "k1")
    }

    @Test("a small cluster split off an article does not take it from the cluster that kept most of its tickets")
    func splitKeepsArticleWithLargerPart() throws {
        let store = try Store.inMemory()
        try Fixtures.populate(store, tickets: Self.syncTickets(1...10), clusters: [("k1", "en", Self.ids(1...10))])
        _ = try stage.draft(in: Fixtures.context(store))
        let original = try #require(try articles(store).first)
        try recluster(store, [("a-small", Self.ids(1...3)), ("b-large", Self.ids(4...10))])
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.created == 1)
        let all = try articles(store)
        #expect(all.first { $0.id == original.id }?.clusterKey == "b-large")
    }

    @Test("an exact cluster key wins over overlap")
    func exactKeyFirst() throws {
        let store = try Store.inMemory()
        try Fixtures.populate(store, tickets: Self.syncTickets(1...6), clusters: [("k1", "en", Self.ids(1...6))])
        _ = try stage.draft(in: Fixtures.context(store))
        let report = try stage.draft(in: Fixtures.context(store))
        #expect(report.unchanged == 1 && report.created == 0)
    }
}
