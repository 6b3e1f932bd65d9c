import CasebookCore
import Foundation
import GRDB

extension ClusterStage {
    /// Every ticket as a document (subject, the customer's public comments and the resolving answer:
    /// the longest public agent reply, where the fix is, not a request for details or a goodbye), by ticket id.
    static func documents(in db: Database, fallbackLanguage: String) throws
        -> [(ticketID: Int64, document: ClusterDocument)]
    {
        let tickets = try Ticket.order(Ticket.Columns.id).fetchAll(db)
        let comments =
            try Comment
            .filter(Comment.Columns.isPublic == true)
            .order(Comment.Columns.ticketID, Comment.Columns.position)
            .fetchAll(db)
        let messages = Dictionary(grouping: comments.filter { $0.authorRole == .customer }, by: \.ticketID)
        let replies = Dictionary(grouping: comments.filter { $0.authorRole == .agent }, by: \.ticketID)
        return tickets.compactMap { ticket in
            guard let id = ticket.id else { return nil }
            let language = ticket.language.isEmpty || ticket.language == "und" ? fallbackLanguage : ticket.language
            let document = ClusterDocument(
                reference: ticket.reference, language: language, subject: ticket.subject,
                messages: (messages[id] ?? []).map(\.bodyText),
                answer: (replies[id] ?? []).max { $0.bodyText.count < $1.bodyText.count }?.bodyText ?? "")
            return (id, document)
        }
    }

    /// Deletes every stored cluster and membership, then inserts `outcome`'s clusters, each under the
    /// key of the stored cluster it continues (see `continuedKeys`) or its own new key.
    static func replaceClusters(
        with outcome: ClusteringOutcome, ticketIDs: [Int64], createdAt: Date, in db: Database
    ) throws {
        var previous: [String: Set<Int64>] = [:]
        let stored = try Row.fetchAll(
            db, sql: "SELECT c.key, m.ticketID FROM clusterMember m JOIN cluster c ON c.id = m.clusterID")
        for row in stored { previous[row["key"] as String, default: []].insert(row["ticketID"] as Int64) }
        let found = outcome.clusters.map { Set($0.members.map { ticketIDs[$0.index] }) }
        let keys = continuedKeys(found: found, ownKeys: outcome.clusters.map(\.key), previous: previous)
        try ClusterMember.deleteAll(db)
        try Cluster.deleteAll(db)
        for (result, key) in zip(outcome.clusters, keys) {
            var cluster = Cluster(
                key: key, label: result.label, language: result.language, size: result.size,
                cohesion: result.cohesion, createdAt: createdAt)
            try cluster.insert(db)
            guard let clusterID = cluster.id else { continue }
            for member in result.members {
                try ClusterMember(
                    clusterID: clusterID, ticketID: ticketIDs[member.index], similarity: member.similarity
                )
                .insert(db)
            }
        }
    }

    /// The key each found cluster is stored under: that of the stored cluster it continues, else its own.
    ///
    /// A found cluster continues a stored one when more than half of the stored cluster's tickets are
    /// in it; pairs are settled largest overlap first, each key used once. So re-running on the same
    /// tickets keeps every key, new tickets joining a cluster keep its key (and its article's link).
    static func continuedKeys(found: [Set<Int64>], ownKeys: [String], previous: [String: Set<Int64>]) -> [String] {
        var owner: [Int64: String] = [:]
        for (key, members) in previous {
            for ticket in members { owner[ticket] = key }
        }
        var pairs: [(cluster: Int, key: String, shared: Int)] = []
        for (cluster, members) in found.enumerated() {
            var shared: [String: Int] = [:]
            for ticket in members { if let key = owner[ticket] { shared[key, default: 0] += 1 } }
            for (key, count) in shared where 2 * count > (previous[key]?.count ?? 0) {
                pairs.append((cluster, key, count))
            }
        }
        pairs.sort { $0.shared != $1.shared ? $0.shared > $1.shared : ($0.key, $0.cluster) < ($1.key, $1.cluster) }
        var keys = ownKeys
        var settled = Set<Int>()
        var used = Set<String>()
        for pair in pairs where !settled.contains(pair.cluster) && !used.contains(pair.key) {
            keys[pair.cluster] = pair.key
            settled.insert(pair.cluster)
            used.insert(pair.key)
        }
        // A new cluster's own key may equal a continued key elsewhere; give it a distinct one.
        for cluster in keys.indices where !settled.contains(cluster) && used.contains(keys[cluster]) {
            keys[cluster] = "c-" + ContentHash.of([keys[cluster], String(cluster)]).prefix(12)
        }
        return keys
    }
}
