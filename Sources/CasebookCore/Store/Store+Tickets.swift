import Foundation
import GRDB

/// What saving an imported ticket did.
public enum SaveOutcome: String, Codable, Sendable {
    case inserted, updated, unchanged
}

extension Store {
    /// Saves a ticket and its comments, keyed by `(source, externalID)`: a new ticket is inserted,
    /// a changed one replaced (comments included), an identical one left alone.
    ///
    /// Call it inside a `write` so that a whole file is one transaction.
    public static func save(_ ticket: Ticket, comments: [Comment], in db: Database) throws -> SaveOutcome {
        var ticket = ticket
        ticket.contentHash = ContentHash.of(ticket: ticket, comments: comments)
        let existing =
            try Ticket
            .filter(Ticket.Columns.source == ticket.source && Ticket.Columns.externalID == ticket.externalID)
            .fetchOne(db)
        if let existing {
            if existing.contentHash == ticket.contentHash { return .unchanged }
            ticket.id = existing.id
            try ticket.update(db)
            try Comment.filter(Comment.Columns.ticketID == existing.id).deleteAll(db)
        } else {
            try ticket.insert(db)
        }
        guard let ticketID = ticket.id else { return .unchanged }
        for var comment in comments {
            comment.ticketID = ticketID
            try comment.insert(db)
        }
        return existing == nil ? .inserted : .updated
    }

    /// Replaces the rejects kept aside for `file` with `rejects`, whatever format it was read as before
    /// (so re-importing a fixed file clears them).
    public static func replaceRejects(_ rejects: [RejectedRecord], file: String, in db: Database) throws {
        try RejectedRecord.filter(RejectedRecord.Columns.sourceFile == file).deleteAll(db)
        for var reject in rejects {
            try reject.insert(db)
        }
    }

    /// Appends an event to the audit log.
    public static func audit(_ event: AuditEvent, in db: Database) throws {
        var event = event
        try event.insert(db)
    }
}

extension Store {
    /// A ticket with its public comments only, in order: what the drafter (and an editor checking a source)
    /// may read. Internal notes never leave the store through this.
    public func publicThread(ofTicket id: Int64) throws -> (ticket: Ticket, comments: [Comment])? {
        try read { db in
            guard let ticket = try Ticket.fetchOne(db, key: id) else { return nil }
            let comments = try Comment.filter(Comment.Columns.ticketID == id && Comment.Columns.isPublic == true)
                .order(Comment.Columns.position).fetchAll(db)
            return (ticket, comments)
        }
    }
}
