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
    /// Articles in the store waiting for an editor after this run (drafts, and texts with a suggestion).
    public var waitingForReview = 0

    /// A report with every count at zero.
    public init() {}

    /// One line: `drafted 12 clusters: 3 new, 2 updated, 1 suggested, 6 unchanged, 0 rejected left alone; 5 articles
    /// wait for review: casebook review list`.
    public var summary: String {
        var line = "drafted \(clusters) cluster\(clusters == 1 ? "" : "s"): \(created) new, \(updated) updated, "
        line += "\(suggested) suggested, \(unchanged) unchanged, \(skippedRejected) rejected left alone"
        if empty > 0 { line += ", \(empty) empty" }
        if waitingForReview > 0 {
            let articles = waitingForReview == 1 ? "1 article waits" : "\(waitingForReview) articles wait"
            line += "; \(articles) for review: casebook review list"
        }
        return line
    }

    /// The figures by name.
    public var counts: [String: Int] {
        [
            "clusters": clusters, "created": created, "updated": updated, "suggested": suggested,
            "unchanged": unchanged, "skippedRejected": skippedRejected, "empty": empty,
            "waitingForReview": waitingForReview,
        ]
    }

    /// Waiting articles are read with `casebook review list`.
    public var nextStep: String? { waitingForReview > 0 ? "casebook review list" : nil }

    private enum CodingKeys: String, CodingKey {
        case stage, clusters, created, updated, suggested, unchanged, skippedRejected, empty, waitingForReview, summary
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
        try container.encode(waitingForReview, forKey: .waitingForReview)
        try container.encode(summary, forKey: .summary)
    }
}
