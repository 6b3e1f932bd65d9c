import Testing

@testable import CasebookCluster

/// Reference values computed once with scikit-learn 1.9 (`normalized_mutual_info_score`,
/// `adjusted_rand_score`) and SciPy's `linear_sum_assignment` on the contingency matrix.
@Suite struct ClusteringMetricsTests {
    struct Case: Sendable, CustomStringConvertible {
        var truth: [String]
        var predicted: [Int]
        var nmi: Double
        var ari: Double
        var accuracy: Double
        var description: String { "\(truth) vs \(predicted)" }
    }

    static let cases = [
        Case(
            truth: ["0", "0", "0", "1", "1", "1"], predicted: [0, 0, 1, 1, 2, 2], nmi: 0.5158037429793889,
            ari: 0.24242424242424243, accuracy: 4.0 / 6),
        Case(
            truth: ["a", "a", "b", "b", "c", "c", "c"], predicted: [1, 1, 1, 2, 2, 3, 3], nmi: 0.5636355530993447,
            ari: 0.2125, accuracy: 5.0 / 7),
        Case(
            truth: ["0", "0", "0", "0", "1", "1", "2", "2", "2", "3"], predicted: [0, 1, 0, 1, 1, 1, 2, 2, 0, 3],
            nmi: 0.634166834580369, ari: 0.22857142857142856, accuracy: 0.7),
        Case(truth: ["x", "x", "y", "y"], predicted: [5, 5, 5, 5], nmi: 0, ari: 0, accuracy: 0.5),
        Case(truth: ["x", "x", "y", "y", "z"], predicted: [7, 7, 3, 3, 1], nmi: 1, ari: 1, accuracy: 1),
        Case(truth: ["x", "x", "x"], predicted: [2, 2, 2], nmi: 1, ari: 1, accuracy: 1),
    ]

    @Test(arguments: cases) func matchesScikitLearn(_ example: Case) {
        let nmi = ClusteringMetrics.normalizedMutualInformation(truth: example.truth, predicted: example.predicted)
        let ari = ClusteringMetrics.adjustedRandIndex(truth: example.truth, predicted: example.predicted)
        let accuracy = ClusteringMetrics.accuracy(truth: example.truth, predicted: example.predicted)
        #expect(abs(nmi - example.nmi) < 1e-12)
        #expect(abs(ari - example.ari) < 1e-12)
        #expect(abs(accuracy - example.accuracy) < 1e-12)
    }

    @Test func emptyInputScoresWithoutTrapping() {
        let empty: [String] = []
        #expect(ClusteringMetrics.accuracy(truth: empty, predicted: empty) == 0)
        #expect(ClusteringMetrics.normalizedMutualInformation(truth: empty, predicted: empty) == 1)
    }
}

@Suite struct HungarianTests {
    @Test func findsTheUniqueBestSquareAssignment() {
        let score: [[Double]] = [[4, 0, 1], [0, 2, 0], [5, 1, 0]]
        #expect(Hungarian.maximumScoreAssignment(score) == [2, 1, 0])
    }

    @Test func minimisesCost() {
        let cost: [[Double]] = [[7, 2, 3], [6, 4, 9], [3, 8, 1]]
        #expect(Hungarian.minimumCostAssignment(cost) == [1, 0, 2])
    }

    @Test func handlesMoreColumnsThanRows() {
        let score: [[Double]] = [[1, 5, 3, 0], [2, 2, 9, 1]]
        #expect(Hungarian.maximumScoreAssignment(score) == [1, 2])
    }

    @Test func leavesExtraRowsUnassigned() {
        let score: [[Double]] = [[1, 2], [2, 9], [5, 3]]
        #expect(Hungarian.maximumScoreAssignment(score) == [nil, 1, 0])
    }

    @Test func acceptsAnEmptyMatrix() {
        #expect(Hungarian.minimumCostAssignment([]).isEmpty)
    }
}
