import CasebookCore
import Foundation
import GRDB
import Testing

@testable import CasebookCluster

@Suite struct ClusterStageTests {
    static func context(_ store: Store) -> PipelineContext {
        PipelineContext(store: store, clock: .fixed(StoreFixtures.date))
    }

    @Test func replacesTheStoredClusters() throws {
        let store = try StoreFixtures.store()
        let report = try #require(try ClusterStage().run(in: Self.context(store)) as? ClusterReport)
        let first = try store.read { db in try Cluster.order(Column("key")).fetchAll(db) }
        #expect(first.count == 5)
        #expect(report.clusters == 5)
        #expect(report.ticketsConsidered == Fixtures.rows.count)
        #expect(report.clusteredTickets + report.singletons == Fixtures.rows.count)
        #expect(report.languages["fr"]?.clusters == 2)
        #expect(report.summary.hasPrefix("clustered 25 tickets: 5 clusters"))

        _ = try ClusterStage().run(in: Self.context(store))
        let second = try store.read { db in try Cluster.order(Column("key")).fetchAll(db) }
        #expect(second.map(\.key) == first.map(\.key))
        let members = try store.read { db in try ClusterMember.fetchCount(db) }
        #expect(members == report.clusteredTickets)
        let audits = try store.read { db in
            try AuditEvent.filter(Column("action") == AuditEvent.Action.clustered.rawValue).fetchAll(db)
        }
        #expect(audits.count == 2)
        #expect(audits.first?.note == report.summary)
    }

    @Test func membersPointAtTheirTickets() throws {
        let store = try StoreFixtures.store()
        _ = try ClusterStage().run(in: Self.context(store))
        let rows = try store.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.key, c.size, t.externalID FROM clusterMember m
                    JOIN cluster c ON c.id = m.clusterID JOIN ticket t ON t.id = m.ticketID
                    """)
        }
        let byKey = Dictionary(grouping: rows) { $0["key"] as String }
        for (_, members) in byKey {
            #expect(members.count == members[0]["size"] as Int)
            let problems = Set(members.map { Fixtures.rows[Int($0["externalID"] as String)! - 1].problem })
            #expect(problems.count == 1)
        }
    }

    @Test func readsOnlyTheCustomersPublicWords() throws {
        let store = try StoreFixtures.store()
        let documents = try store.read { db in try ClusterStage.documents(in: db, fallbackLanguage: "en") }
        #expect(documents.count == Fixtures.rows.count)
        #expect(documents[0].document.messages == [Fixtures.rows[0].message])
        #expect(documents[0].document.reference == "fixture#1")
        #expect(documents[0].document.answer == StoreFixtures.answer(for: Fixtures.rows[0].problem))
    }

    /// Clusters that grow keep their keys: another refund ticket joins the refund cluster under its key.
    @Test func growingClustersKeepTheirKeys() throws {
        let store = try StoreFixtures.store()
        _ = try ClusterStage().run(in: Self.context(store))
        let before = try store.read { db in try Cluster.fetchAll(db) }
        try store.write { db in
            let ticket = Ticket(
                source: "fixture", externalID: "extra-1", subject: "Charged two times", status: "solved",
                language: "en", createdAt: StoreFixtures.date, updatedAt: StoreFixtures.date,
                sourceFile: "fixtures.csv", sourceLine: 99)
            let comments = [
                Comment(
                    position: 0, authorRole: .customer, isPublic: true,
                    bodyText: "My card was charged twice for the plan, please refund the duplicate charge.",
                    createdAt: StoreFixtures.date),
                Comment(
                    position: 1, authorRole: .agent, isPublic: true, bodyText: StoreFixtures.answer(for: "refund"),
                    createdAt: StoreFixtures.date),
            ]
            _ = try Store.save(ticket, comments: comments, in: db)
        }
        _ = try ClusterStage().run(in: Self.context(store))
        let after = try store.read { db in try Cluster.fetchAll(db) }
        #expect(Set(after.map(\.key)) == Set(before.map(\.key)))
        let refund = try #require(before.first { $0.label.contains("refund") || $0.label.contains("charge") })
        let grown = try #require(after.first { $0.key == refund.key })
        #expect(grown.size == refund.size + 1)
    }

    @Test func continuedKeysFollowMostOfAStoredCluster() {
        let previous: [String: Set<Int64>] = ["c-old-a": [1, 2, 3, 4], "c-old-b": [5, 6, 7]]
        let keys = ClusterStage.continuedKeys(
            found: [[1, 2, 3, 9], [5, 10, 11], [6, 7, 12]], ownKeys: ["c-new-a", "c-new-b", "c-new-c"],
            previous: previous)
        #expect(keys == ["c-old-a", "c-new-b", "c-old-b"])
    }
}
