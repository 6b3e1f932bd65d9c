import CasebookCluster
import Testing

/// Identical tickets have a similarity of exactly 1, give or take rounding: they must cluster
/// together, and not cost the other problems their clusters.
@Suite struct DuplicateTicketsTests {
    static func groups(_ outcome: ClusteringOutcome) -> Set<Set<String>> {
        Set(outcome.clusters.map { Set($0.members.map(\.reference)) })
    }

    static var templates: [Int] { Array(DuplicateFixtures.templates.indices) }

    @Test(arguments: templates)
    func templatedTicketsFormOneCluster(_ template: Int) {
        let documents = DuplicateFixtures.tickets(16, template: DuplicateFixtures.templates[template])
        let outcome = TicketClusterer(minSize: 3).cluster(documents)
        #expect(Self.groups(outcome) == [Set(documents.map(\.reference))])
        #expect(outcome.singletons.isEmpty)
    }

    /// With the threshold chosen, and fixed at 1: only duplicates may merge, and they do.
    @Test(arguments: templates, [2, 3, 10, 40])
    func exactDuplicatesFormOneCluster(_ template: Int, _ count: Int) {
        let documents = DuplicateFixtures.copies(count, template: DuplicateFixtures.templates[template])
        for threshold in [nil, 1.0] {
            let outcome = TicketClusterer(minSize: 2, similarityThreshold: threshold).cluster(documents)
            #expect(Self.groups(outcome) == [Set(documents.map(\.reference))])
            #expect(outcome.clusters.allSatisfy { $0.cohesion > 0.999 })
        }
    }

    /// 12 form tickets among the 16 hand-written English ones are 43%; 40 are 71%, the majority.
    @Test(arguments: templates, [12, 40])
    func aLargeTemplatedGroupLeavesTheOtherProblemsTheirClusters(_ template: Int, _ count: Int) {
        let english = Fixtures.documents.enumerated().filter { Fixtures.rows[$0.offset].language == "en" }
        let templated = DuplicateFixtures.tickets(count, template: DuplicateFixtures.templates[template])
        let outcome = TicketClusterer(minSize: 3).cluster(english.map(\.element) + templated)
        let expected = TicketClustererTests.expectedGroups.filter { $0.allSatisfy(Self.isEnglish) }
        #expect(Self.groups(outcome) == expected.union([Set(templated.map(\.reference))]))
    }

    @Test func templatedProblemsAreFoundSideBySide() {
        var documents: [ClusterDocument] = []
        var expected: Set<Set<String>> = []
        for (number, template) in DuplicateFixtures.templates.enumerated() {
            let tickets = DuplicateFixtures.tickets(
                [40, 20, 16, 12, 9, 6][number], template: template, prefix: "t\(number)")
            documents += tickets
            expected.insert(Set(tickets.map(\.reference)))
        }
        let outcome = TicketClusterer(minSize: 3).cluster(documents)
        #expect(Self.groups(outcome) == expected)
    }

    static func isEnglish(_ reference: String) -> Bool {
        guard let number = Int(reference.split(separator: "#").last ?? "") else { return false }
        return Fixtures.rows[number - 1].language == "en"
    }
}
