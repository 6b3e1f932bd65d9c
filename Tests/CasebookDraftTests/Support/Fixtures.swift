import CasebookCore
import Foundation
import GRDB

@testable import CasebookDraft

/// Small hand-written tickets and stores for the draft tests.
enum Fixtures {
    static let date = Date(timeIntervalSince1970: 1_700_000_000)

    /// A message on a ticket.
    struct Message {
        var role: AuthorRole
        var author: String?
        var text: String
        var isPublic = true
    }

    /// A ticket with its messages.
    struct TicketSpec {
        var id: String
        var subject: String
        var requester: String? = nil
        var email: String? = nil
        var tags: [String] = []
        var language = "en"
        var messages: [Message]
    }

    static func ticket(_ spec: TicketSpec, id: Int64? = nil) -> Ticket {
        Ticket(
            id: id, source: "test", externalID: spec.id, subject: spec.subject, status: "solved", tags: spec.tags,
            language: spec.language, requesterName: spec.requester, requesterEmail: spec.email, createdAt: date,
            updatedAt: date, sourceFile: "fixture", sourceLine: 1)
    }

    static func comments(_ spec: TicketSpec, ticketID: Int64 = 0) -> [Comment] {
        spec.messages.enumerated().map { index, message in
            Comment(
                ticketID: ticketID, position: index, authorRole: message.role, authorName: message.author,
                isPublic: message.isPublic, bodyText: message.text, createdAt: date)
        }
    }

    /// Threads for the pure drafter, with made-up ids.
    static func threads(_ specs: [TicketSpec]) -> [TicketThread] {
        specs.enumerated().map { index, spec in
            let id = Int64(index + 1)
            return TicketThread(
                ticket: ticket(spec, id: id), comments: comments(spec, ticketID: id), similarity: 1 - Double(index) / 10
            )
        }
    }

    static func cluster(key: String = "c-sync", label: String = "sync · notes", language: String = "en", size: Int = 3)
        -> Cluster
    {
        Cluster(key: key, label: label, language: language, size: size, cohesion: 0.8, createdAt: date)
    }

    /// Saves tickets into `store` and groups them into clusters (key → ticket external ids).
    static func populate(
        _ store: Store, tickets: [TicketSpec], clusters: [(key: String, language: String, members: [String])]
    )
        throws
    {
        try store.write { db in
            var ids: [String: Int64] = [:]
            for spec in tickets {
                _ = try Store.save(ticket(spec), comments: comments(spec), in: db)
                ids[spec.id] = try Int64.fetchOne(
                    db, sql: "SELECT id FROM ticket WHERE externalID = ?", arguments: [spec.id])
            }
            for entry in clusters {
                var cluster = cluster(key: entry.key, language: entry.language, size: entry.members.count)
                try cluster.insert(db)
                for (index, member) in entry.members.enumerated() {
                    guard let clusterID = cluster.id, let ticketID = ids[member] else { continue }
                    try ClusterMember(clusterID: clusterID, ticketID: ticketID, similarity: 1 - Double(index) / 10)
                        .insert(db)
                }
            }
        }
    }

    static func context(_ store: Store, configuration: CasebookConfiguration = CasebookConfiguration())
        -> PipelineContext
    {
        PipelineContext(store: store, configuration: configuration, clock: .fixed(date))
    }
}
