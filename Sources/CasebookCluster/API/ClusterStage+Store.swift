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

    /// Deletes every stored cluster and membership, then inserts `outcome`'s clusters.
    static func replaceClusters(
        with outcome: ClusteringOutcome, ticketIDs: [Int64], createdAt: Date, in db: Database
    ) throws {
        try ClusterMember.deleteAll(db)
        try Cluster.deleteAll(db)
        for result in outcome.clusters {
            var cluster = Cluster(
                key: result.key, label: result.label, language: result.language, size: result.size,
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
}
