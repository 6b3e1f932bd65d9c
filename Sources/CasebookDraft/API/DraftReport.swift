import CasebookCore

/// What the draft stage did, per article outcome.
public struct DraftReport: StageReport, Equatable {
    /// Always `draft`.
    public var stage = "draft"
    /// Clusters read.
    public var clusters = 0
    /// New articles drafted.
    public var created = 0
    /// Untouched drafts whose text was replaced by a new current revision.
    public var updated = 0
    /// Editor-owned, approved articles that got a new suggestion (their text unchanged).
    public var suggested = 0
    /// Articles whose draft came out the same as before.
    public var unchanged = 0
    /// Clusters whose article an editor rejected: left alone, never revived.
    public var skippedRejected = 0
    /// Clusters without a single member ticket in the store.
    public var empty = 0

    /// A report with every count at zero.
    public init() {}

    /// One line: `drafted 12 clusters: 3 new, 2 updated, 1 suggested, 6 unchanged, 0 rejected left alone`.
    public var summary: String {
        var line = "drafted \(clusters) cluster\(clusters == 1 ? "" : "s"): \(created) new, \(updated) updated, "
        line += "\(suggested) suggested, \(unchanged) unchanged, \(skippedRejected) rejected left alone"
        return empty > 0 ? line + ", \(empty) empty" : line
    }

    private enum CodingKeys: String, CodingKey {
        case stage, clusters, created, updated, suggested, unchanged, skippedRejected, empty, summary
    }

    /// Encodes the counts and the summary line.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stage, forKey: .stage)
        try container.encode(clusters, forKey: .clusters)
        try container.encode(created, forKey: .created)
        try container.encode(updated, forKey: .updated)
        try container.encode(suggested, forKey: .suggested)
        try container.encode(unchanged, forKey: .unchanged)
        try container.encode(skippedRejected, forKey: .skippedRejected)
        try container.encode(empty, forKey: .empty)
        try container.encode(summary, forKey: .summary)
    }
}
