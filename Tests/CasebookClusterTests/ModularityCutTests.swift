import Testing

@testable import CasebookCluster

@Suite struct ModularityCutTests {
    /// Two pairs of copies of one text, weakly linked in the graph, and a pair of related texts.
    static let cut = ModularityCut(
        count: 6, edges: [(0, 1, 1), (1, 2, 0.2), (2, 3, 1), (4, 5, 0.5)])
    static let merges = [
        Merge(survivor: 0, absorbed: 1, similarity: 1), Merge(survivor: 2, absorbed: 3, similarity: 1),
        Merge(survivor: 0, absorbed: 2, similarity: 1), Merge(survivor: 4, absorbed: 5, similarity: 0.5),
    ]

    @Test func cutsWhereModularityPeaks() {
        #expect(Self.cut.steps(for: Self.merges) == 2)
    }

    @Test func neverCutsAmongTheMergesItMustApply() {
        #expect(Self.cut.steps(for: Self.merges, atLeast: 3) == 4)
        #expect(Self.cut.steps(for: Array(Self.merges.prefix(3)), atLeast: 3) == 3)
        #expect(ModularityCut(count: 2, edges: []).steps(for: [Self.merges[0]], atLeast: 1) == 1)
    }
}
