import CasebookCluster
import Foundation
import Testing

@Suite struct TicketClustererTests {
    /// The fixture problems as sets of references, one-offs left out.
    static var expectedGroups: Set<Set<String>> {
        var groups: [String: Set<String>] = [:]
        for (position, row) in Fixtures.rows.enumerated() where !row.problem.hasPrefix("one-off") {
            groups[row.problem, default: []].insert("fixture#\(position + 1)")
        }
        return Set(groups.values)
    }

    @Test func separatesDistinctProblemsInEnglishAndFrench() {
        let outcome = TicketClusterer(minSize: 3).cluster(Fixtures.documents)
        let found = Set(outcome.clusters.map { Set($0.members.map(\.reference)) })
        #expect(found == Self.expectedGroups)
        #expect(Set(outcome.clusters.map(\.language)) == ["en", "fr"])
        let oneOffs = Fixtures.rows.indices.filter { Fixtures.rows[$0].problem.hasPrefix("one-off") }
        #expect(outcome.singletons == oneOffs)
    }

    @Test func neverMixesLanguages() {
        let english = (1...4).map {
            ClusterDocument(
                reference: "en#\($0)", language: "en", subject: "Sync error",
                messages: ["Nimbus sync error code 0x80 on Windows laptop number \($0)"])
        }
        let french = (1...4).map {
            ClusterDocument(
                reference: "fr#\($0)", language: "fr", subject: "Sync error",
                messages: ["Nimbus sync error code 0x80 on Windows laptop number \($0)"])
        }
        let outcome = TicketClusterer(minSize: 3).cluster(english + french)
        #expect(outcome.clusters.count == 2)
        for cluster in outcome.clusters {
            #expect(Set(cluster.members.map { String($0.reference.prefix(2)) }) == [cluster.language])
        }
    }

    @Test(arguments: [3, 4, 5, 6])
    func dissolvesClustersBelowTheMinimumSize(_ minSize: Int) {
        let outcome = TicketClusterer(minSize: minSize).cluster(Fixtures.documents)
        #expect(outcome.clusters.allSatisfy { $0.size >= minSize })
        #expect(outcome.clusters.reduce(0) { $0 + $1.size } + outcome.singletons.count == Fixtures.rows.count)
        if minSize > 5 { #expect(outcome.clusters.isEmpty) }
    }

    @Test func isDeterministicWhateverTheInputOrder() {
        let documents = Fixtures.documents
        let first = TicketClusterer().cluster(documents)
        let second = TicketClusterer().cluster(documents)
        #expect(first == second)
        let reversed = TicketClusterer().cluster(documents.reversed())
        #expect(reversed.clusters.map(\.key) == first.clusters.map(\.key))
        #expect(reversed.clusters.map(\.label) == first.clusters.map(\.label))
    }

    @Test func describesEachCluster() throws {
        let outcome = TicketClusterer().cluster(Fixtures.documents)
        for cluster in outcome.clusters {
            #expect(cluster.key.hasPrefix("c-") && cluster.key.count == 14)
            let isHex = cluster.key.dropFirst(2).allSatisfy(\.isHexDigit)
            #expect(isHex)
            #expect((0...1).contains(cluster.cohesion))
            #expect(cluster.members.map(\.similarity) == cluster.members.map(\.similarity).sorted(by: >))
            #expect(!cluster.label.isEmpty)
        }
        let refund = try #require(outcome.clusters.first { $0.members.contains { $0.reference == "fixture#1" } })
        #expect(refund.label.contains("refund") || refund.label.contains("charge"))
        let crash = try #require(outcome.clusters.first { $0.members.contains { $0.reference == "fixture#21" } })
        // Surface words, not stems: `démarrage`, not `demarrag`.
        let words = Set(crash.label.components(separatedBy: " · "))
        #expect(!words.isDisjoint(with: ["démarrage", "plante", "application"]))
    }

    @Test func usesAConfiguredThreshold() {
        let outcome = TicketClusterer(minSize: 3, similarityThreshold: 0.99).cluster(Fixtures.documents)
        #expect(outcome.thresholds == ["en": 0.99, "fr": 0.99])
        #expect(outcome.clusters.isEmpty)
    }

    @Test func keyDependsOnlyOnMembers() {
        let outcome = TicketClusterer().cluster(Fixtures.documents)
        let moreOneOffs =
            Fixtures.documents + [
                ClusterDocument(
                    reference: "extra#1", language: "en", subject: "Invoice address",
                    messages: ["Where do I change the postal address printed on receipts?"])
            ]
        let again = TicketClusterer().cluster(moreOneOffs)
        #expect(Set(again.clusters.map(\.key)) == Set(outcome.clusters.map(\.key)))
    }

    @Test func copesWithEmptyAndWordlessInput() {
        #expect(TicketClusterer().cluster([]).clusters.isEmpty)
        let wordless = (1...5).map {
            ClusterDocument(reference: "x#\($0)", language: "", subject: "", messages: ["?!", ""])
        }
        let outcome = TicketClusterer().cluster(wordless)
        #expect(outcome.clusters.isEmpty)
        #expect(outcome.singletons == Array(0..<5))
    }

    /// Tickets worded apart but closed with one answer join through it; without answers they do not.
    @Test func joinsDifferentWordingsThroughTheirSharedAnswer() {
        let subjects = ["Okta refuses us", "Bounced back every time", "Error about a signature"]
        let bodies = [
            "Our identity provider refuses Ledgerbird since this morning.",
            "Everybody in the office keeps landing on the start screen.",
            "The portal shows a message mentioning the signature.",
        ]
        let answer =
            "Your identity provider rotated its signing certificate. Open Settings > Security > Single sign-on and click Refresh metadata."
        let documents = zip(subjects, bodies).enumerated().map { number, pair in
            ClusterDocument(
                reference: "sso#\(number)", language: "en", subject: pair.0, messages: [pair.1], answer: answer)
        }
        let withAnswers = TicketClusterer(minSize: 3).cluster(documents)
        #expect(withAnswers.clusters.map { Set($0.members.map(\.reference)) } == [Set(documents.map(\.reference))])
        let withoutAnswers = TicketClusterer(minSize: 3).cluster(
            documents.map {
                ClusterDocument(reference: $0.reference, language: "en", subject: $0.subject, messages: $0.messages)
            })
        #expect(withoutAnswers.clusters.isEmpty)
    }
}
