import CasebookCore
import Foundation
import GRDB

extension DraftStage {
    /// Drafts one article from one ticket's public conversation (`casebook draft --ticket REF`), the way an
    /// agent captures a great answer: the same grading, redaction and ledger rules as a cluster's draft.
    /// `reference` is `source#externalID` (`zendesk#1042`) or the ticket's id in the store.
    public func draft(ticket reference: String, in context: PipelineContext) throws -> DraftReport {
        try Redactor.validate(context.configuration.redaction)
        let found = try context.store.read { db -> (Ticket, [Comment], [String])? in
            guard let ticket = try Self.ticket(reference, in: db), let id = ticket.id else { return nil }
            let comments = try Comment.filter(Comment.Columns.ticketID == id && Comment.Columns.isPublic == true)
                .order(Comment.Columns.position).fetchAll(db)
            return (ticket, comments, try Self.peopleNames(db))
        }
        guard let (ticket, comments, names) = found, let ticketID = ticket.id else {
            throw DraftError(reason: .ticketNotFound(reference))
        }
        var drafter = ArticleDrafter(redactor: Redactor(names: names, rules: context.configuration.redaction))
        drafter.categories = context.configuration.draft.categories
        let key = "ticket-\(ticket.source)-\(ticket.externalID)"
        let cluster = Cluster(
            key: key, label: ticket.subject, language: ticket.language, size: 1, cohesion: 1,
            createdAt: context.clock.now())
        let draft = drafter.draft(
            cluster: cluster, threads: [TicketThread(ticket: ticket, comments: comments, similarity: 1)])
        let writer = ArticleWriter(now: context.clock.now(), actor: context.actor)
        let outcome = try context.store.write { db in
            let others = Set(try String.fetchAll(db, sql: #"SELECT "key" FROM cluster"#))
            return try writer.save(
                draft, clusterKey: key, ticketIDs: [ticketID], otherClusterKeys: others, claimed: [], in: db)
        }
        var report = DraftReport()
        report.clusters = 1
        report.count(outcome.kind)
        report.waitingForReview = try context.store.read { db in try ArticleLedger.waitingForReview(db) }
        return report
    }

    static func ticket(_ reference: String, in db: Database) throws -> Ticket? {
        if let hash = reference.lastIndex(of: "#") {
            let source = String(reference[..<hash])
            let externalID = String(reference[reference.index(after: hash)...])
            return try Ticket.filter(Ticket.Columns.source == source && Ticket.Columns.externalID == externalID)
                .fetchOne(db)
        }
        guard let id = Int64(reference) else { return nil }
        return try Ticket.fetchOne(db, key: id)
    }
}

/// A draft that cannot be made.
public struct DraftError: CasebookError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// No ticket has this reference or id.
        case ticketNotFound(String)
    }

    public var reason: Reason

    public init(reason: Reason) {
        self.reason = reason
    }

    /// One line: what was not found and what to do.
    public var description: String {
        switch reason {
        case .ticketNotFound(let reference):
            "ticket \(reference): not in the store; give its reference as shown by `casebook review show ID` "
                + "(such as zendesk#1042) or ingest it first"
        }
    }

    public var exitCode: ExitStatus { .noInput }
}
