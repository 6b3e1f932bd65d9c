/// Splits id lists for `IN (…)` clauses, so that no statement has more parameters than SQLite allows
/// (999 in old builds, 32,766 by default, and lowered by some embedders).
enum SQLChunks {
    /// The most ids in one statement.
    static let size = 500

    /// `ids` sorted and cut into slices of at most ``size``.
    static func split(_ ids: some Collection<Int64>) -> [ArraySlice<Int64>] {
        let sorted = ids.sorted()
        return stride(from: 0, to: sorted.count, by: size).map { sorted[$0..<min($0 + size, sorted.count)] }
    }
}
