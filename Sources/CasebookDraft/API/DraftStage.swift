import CasebookCore
import Foundation
import GRDB

/// The `draft` stage: one article per cluster, drafted from the members' public comments, redacted
/// before it is stored. New clusters get a new draft; untouched drafts are re-drafted; articles an
/// editor changed, approved or rejected are never overwritten (they get a suggestion, or nothing).
public struct DraftStage: Stage {
    /// `draft`.
    public let name = "draft"
    /// The author of drafted revisions.
    static let author = "casebook"

    /// When set, the one ticket to draft an article from (see ``draft(ticket:in:)``) instead of every cluster.
    public var ticket: String?

    /// The stage: every cluster, or the one ticket `ticket` (`source#externalID` or its id).
    public init(ticket: String? = nil) {
        self.ticket = ticket
    }

    /// Drafts every cluster (see ``draft(in:)``), or the one ticket.
    public func run(in context: PipelineContext) throws -> any StageReport {
        if let ticket { return try draft(ticket: ticket, in: context) }
        return try draft(in: context)
    }

    /// Drafts every cluster in the store, ordered by key, one write transaction per cluster.
    public func draft(in context: PipelineContext) throws -> DraftReport {
        try Redactor.validate(context.configuration.redaction)
        let (clusters, names, owners) = try context.store.read { db in
            (try Cluster.order(Column("key")).fetchAll(db), try Self.peopleNames(db), try Self.owners(db))
        }
        // The store-wide name index is built once here; each cluster only layers its own few names on it.
        var drafter = ArticleDrafter(redactor: Redactor(names: names, rules: context.configuration.redaction))
        drafter.categories = context.configuration.draft.categories
        let clusterKeys = Set(clusters.map(\.key))
        var claimed: Set<Int64> = []
        var report = DraftReport()
        for (index, cluster) in clusters.enumerated() {
            context.progress.update(name, index, clusters.count)
            report.clusters += 1
            let threads = try context.store.read { db in try Self.threads(of: cluster, in: db) }
            guard !threads.isEmpty else {
                report.empty += 1
                continue
            }
            let draft = drafter.draft(cluster: cluster, threads: threads)
            let writer = ArticleWriter(now: context.clock.now(), actor: context.actor)
            let outcome = try context.store.write { db in
                try writer.save(
                    draft, clusterKey: cluster.key, ticketIDs: threads.compactMap(\.ticket.id),
                    otherClusterKeys: clusterKeys.subtracting([cluster.key]), claimed: claimed, owners: owners, in: db)
            }
            if let articleID = outcome.articleID { claimed.insert(articleID) }
            report.count(outcome.kind)
        }
        context.progress.update(name, clusters.count, clusters.count)
        context.progress.finish(name)
        report.waitingForReview = try context.store.read { db in try ArticleLedger.waitingForReview(db) }
        return report
    }

    /// The redactor the drafter uses on `store`: every person the store knows, and the configured rules.
    /// Editors read source tickets through it (`review show --ticket`), so they see what the drafter saw.
    public static func redactor(for store: Store, rules: CasebookConfiguration.Redaction) throws -> Redactor {
        try Redactor.validate(rules)
        return Redactor(names: try store.read { db in try peopleNames(db) }, rules: rules)
    }

    /// The names of every requester and every human comment author in the store, with the name
    /// parts of the requesters' emails.
    static func peopleNames(_ db: Database) throws -> [String] {
        let requesters = try String.fetchAll(
            db, sql: "SELECT DISTINCT requesterName FROM ticket WHERE requesterName IS NOT NULL")
        let emails = try String.fetchAll(
            db, sql: "SELECT DISTINCT requesterEmail FROM ticket WHERE requesterEmail IS NOT NULL")
        let authors = try String.fetchAll(
            db, sql: "SELECT DISTINCT authorName FROM comment WHERE authorName IS NOT NULL AND authorRole != 'system'")
        return requesters + authors + emails.compactMap { $0.split(separator: "@").first.map(String.init) }
    }

    /// For each article, the key of the cluster sharing most of its source tickets (ties go to the
    /// first key), read before any article changes in this run.
    static func owners(_ db: Database) throws -> [Int64: String] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT articleSource.articleID, cluster."key", COUNT(*) AS shared
                FROM articleSource
                JOIN clusterMember ON clusterMember.ticketID = articleSource.ticketID
                JOIN cluster ON cluster.id = clusterMember.clusterID
                GROUP BY articleSource.articleID, cluster.id
                ORDER BY articleSource.articleID, shared DESC, cluster."key"
                """)
        var owners: [Int64: String] = [:]
        for row in rows {
            let articleID: Int64 = row[0]
            if owners[articleID] == nil { owners[articleID] = row[1] }
        }
        return owners
    }

    /// The cluster's member tickets with their public comments only, closest to the centre first.
    /// Members are read through a subquery, so a cluster of any size is one statement.
    static func threads(of cluster: Cluster, in db: Database) throws -> [TicketThread] {
        guard let clusterID = cluster.id else { return [] }
        let memberRequest = ClusterMember.filter(ClusterMember.Columns.clusterID == clusterID)
        let members = try memberRequest.fetchAll(db)
        let ids = memberRequest.select(ClusterMember.Columns.ticketID)
        let tickets = try Ticket.filter(ids.contains(Ticket.Columns.id)).fetchAll(db)
        let comments = try Comment.filter(ids.contains(Comment.Columns.ticketID) && Comment.Columns.isPublic == true)
            .order(Comment.Columns.ticketID, Comment.Columns.position).fetchAll(db)
        let commentsByTicket = Dictionary(grouping: comments, by: \.ticketID)
        let similarity = Dictionary(members.map { ($0.ticketID, $0.similarity) }, uniquingKeysWith: max)
        return tickets.compactMap { ticket in
            guard let id = ticket.id else { return nil }
            return TicketThread(ticket: ticket, comments: commentsByTicket[id] ?? [], similarity: similarity[id] ?? 0)
        }
    }
}

extension DraftReport {
    mutating func count(_ kind: ArticleWriter.Outcome.Kind) {
        switch kind {
        case .created: created += 1
        case .updated: updated += 1
        case .suggested: suggested += 1
        case .unchanged: unchanged += 1
        case .skippedRejected: skippedRejected += 1
        }
    }
}
