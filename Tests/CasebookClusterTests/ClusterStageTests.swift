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
}
