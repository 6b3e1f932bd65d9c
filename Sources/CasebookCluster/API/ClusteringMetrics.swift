import Foundation

/// External measures of a clustering against true labels, defined as scikit-learn defines them.
public enum ClusteringMetrics {
    /// Normalised mutual information with the arithmetic-mean normaliser (scikit-learn's default):
    /// 1 for identical partitions, 0 for independent ones.
    public static func normalizedMutualInformation<T: Hashable, P: Hashable>(truth: [T], predicted: [P]) -> Double {
        let table = ContingencyTable(truth: truth, predicted: predicted)
        if table.classSizes.count == table.clusterSizes.count, table.classSizes.count <= 1 { return 1 }
        let information = mutualInformation(table)
        guard information > 0 else { return 0 }
        let normaliser = (entropy(table.classSizes) + entropy(table.clusterSizes)) / 2
        return information / max(normaliser, Double.ulpOfOne)
    }

    /// Adjusted Rand index: 1 for identical partitions, about 0 for random ones, negative below chance.
    public static func adjustedRandIndex<T: Hashable, P: Hashable>(truth: [T], predicted: [P]) -> Double {
        let table = ContingencyTable(truth: truth, predicted: predicted)
        let total = Double(table.total)
        let squares = Double(table.counts.joined().reduce(0) { $0 + $1 * $1 })
        let clusterSquares = Double(table.clusterSizes.reduce(0) { $0 + $1 * $1 })
        let classSquares = Double(table.classSizes.reduce(0) { $0 + $1 * $1 })
        // Ordered pairs, as scikit-learn's pair confusion matrix counts them.
        let together = squares - total
        let apartInTruth = clusterSquares - squares
        let apartInClusters = classSquares - squares
        let apart = total * total - apartInTruth - apartInClusters - squares
        if apartInTruth == 0, apartInClusters == 0 { return 1 }
        let numerator = 2 * (together * apart - apartInClusters * apartInTruth)
        let denominator =
            (together + apartInClusters) * (apartInClusters + apart) + (together + apartInTruth)
            * (apartInTruth + apart)
        return denominator == 0 ? 0 : numerator / denominator
    }

    /// The share of documents whose cluster maps to their class, under the one-to-one mapping of
    /// clusters to classes that maximises it (Hungarian algorithm on the contingency table).
    public static func accuracy<T: Hashable, P: Hashable>(truth: [T], predicted: [P]) -> Double {
        let table = ContingencyTable(truth: truth, predicted: predicted)
        guard table.total > 0 else { return 0 }
        let assignment = Hungarian.maximumScoreAssignment(table.counts.map { $0.map(Double.init) })
        let matched = zip(table.counts, assignment).reduce(0) { sum, pair in
            sum + (pair.1.map { pair.0[$0] } ?? 0)
        }
        return Double(matched) / Double(table.total)
    }

    private static func mutualInformation(_ table: ContingencyTable) -> Double {
        let total = Double(table.total)
        var information = 0.0
        for (row, counts) in table.counts.enumerated() {
            for (column, count) in counts.enumerated() where count > 0 {
                let joint = Double(count)
                information +=
                    joint / total
                    * log(joint * total / (Double(table.classSizes[row]) * Double(table.clusterSizes[column])))
            }
        }
        return max(0, information)
    }

    private static func entropy(_ sizes: [Int]) -> Double {
        let total = Double(sizes.reduce(0, +))
        guard total > 0 else { return 0 }
        return -sizes.filter { $0 > 0 }.reduce(0) { sum, size in
            let share = Double(size) / total
            return sum + share * log(share)
        }
    }
}
