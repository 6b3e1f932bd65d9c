import CasebookCore

/// The `cluster` stage: groups the stored tickets by problem and replaces the stored clusters.
///
/// Reads every ticket with its customer's public comments, clusters them with `TicketClusterer`
/// (configured by `cluster.min_size` and `cluster.similarity_threshold`), then, in one transaction,
/// replaces the `cluster` and `clusterMember` tables and appends a `clustered` audit event.
public struct ClusterStage: Stage {
    /// `cluster`.
    public let name = "cluster"

    /// The stage; everything it needs comes from the context.
    public init() {}

    /// Clusters the store's tickets and says what it found.
    public func run(in context: PipelineContext) throws -> any StageReport {
        let progress = context.progress
        let tickets = try context.store.read { db in
            try Self.documents(in: db, fallbackLanguage: context.configuration.site.language)
        }
        let documents = tickets.map(\.document)
        let clusterer = TicketClusterer(configuration: context.configuration.cluster)
        let outcome = clusterer.cluster(documents) { _, done, total in progress.update(name, done, total) }
        let report = ClusterReport(
            outcome: outcome, languagesOfDocuments: documents.map { TicketClusterer.languageCode($0.language) })
        let now = context.clock.now()
        try context.store.write { db in
            try Self.replaceClusters(with: outcome, ticketIDs: tickets.map(\.ticketID), createdAt: now, in: db)
            try Store.audit(
                AuditEvent(at: now, actor: context.actor, action: .clustered, note: report.summary), in: db)
        }
        progress.finish(name)
        return report
    }
}
