/// Counts of documents per (true class, found cluster), the basis of the clustering metrics.
struct ContingencyTable {
    /// `counts[class][cluster]`.
    var counts: [[Int]]
    var classSizes: [Int]
    var clusterSizes: [Int]
    var total: Int

    /// The table of two labelings of the same documents (any hashable labels).
    init<T: Hashable, P: Hashable>(truth: [T], predicted: [P]) {
        var classes: [T: Int] = [:]
        var clusters: [P: Int] = [:]
        for label in truth where classes[label] == nil { classes[label] = classes.count }
        for label in predicted where clusters[label] == nil { clusters[label] = clusters.count }
        var counts = Array(repeating: Array(repeating: 0, count: clusters.count), count: classes.count)
        var clusterSizes = Array(repeating: 0, count: clusters.count)
        for (label, found) in zip(truth, predicted) {
            if let row = classes[label], let column = clusters[found] {
                counts[row][column] += 1
                clusterSizes[column] += 1
            }
        }
        self.counts = counts
        self.clusterSizes = clusterSizes
        classSizes = counts.map { $0.reduce(0, +) }
        total = clusterSizes.reduce(0, +)
    }
}
