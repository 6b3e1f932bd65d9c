import CasebookCore
import Foundation
import GRDB

/// Decides what an imported ticket does to the stored ticket of the same format and id: the copy
/// updated last wins, whichever file it comes from.
///
/// - No stored copy: the ticket is inserted.
/// - The same content: unchanged.
/// - Updated later than the stored copy: it replaces it (an incremental export).
/// - Updated earlier: not applied, counted as stale (an older export imported after a newer one).
/// - Updated at the same time but with other content, read from the same file as the stored copy:
///   replaces it (the same export read again, e.g. by a Casebook that converts HTML better).
/// - Updated at the same time but with other content from another file: a conflict, rejected; the
///   stored copy stays.
///
/// Since the later copy wins whichever comes first, the order of the files does not change what ends
/// up stored, and importing the same files again changes nothing. Update times are compared as the
/// store keeps them (to the millisecond), so a copy compares the same before and after it is saved.
enum NewerCopyRule {
    /// What applying one imported ticket did.
    enum Outcome {
        /// Saved (inserted, updated, or unchanged).
        case saved(SaveOutcome)
        /// Older than the stored copy: not applied.
        case stale
        /// Same update time as the stored copy, other content: not applied, to keep aside.
        case conflict(ImportRejection)
    }

    /// Applies `imported` to the store. Call it inside the write transaction that saves the file's
    /// batch, so that nothing else writes between reading the stored copy and saving.
    static func apply(_ imported: ImportedTicket, in db: Database) throws -> Outcome {
        guard let stored = try StoredCopy.fetch(of: imported.ticket, in: db) else {
            return .saved(try save(imported, in: db))
        }
        let updatedAt = StoredCopy.asStored(imported.ticket.updatedAt)
        if updatedAt > stored.updatedAt { return .saved(try save(imported, in: db)) }
        if updatedAt < stored.updatedAt { return .stale }
        if stored.file == imported.ticket.sourceFile { return .saved(try save(imported, in: db)) }
        // The same update time: the same content is unchanged; other content would overwrite the
        // stored copy, so that save is undone and the ticket rejected.
        var outcome = SaveOutcome.unchanged
        try db.inSavepoint {
            outcome = try save(imported, in: db)
            return outcome == .updated ? .rollback : .commit
        }
        return outcome == .updated ? .conflict(conflict(imported, with: stored)) : .saved(outcome)
    }

    private static func save(_ imported: ImportedTicket, in db: Database) throws -> SaveOutcome {
        try Store.save(imported.ticket, comments: imported.comments, in: db)
    }

    private static func conflict(_ imported: ImportedTicket, with stored: StoredCopy) -> ImportRejection {
        let ticket = imported.ticket
        let reason =
            "ticket id \(ticket.externalID) conflicts with the copy from \(stored.file):\(stored.line) "
            + "(same id and update time, different content); fix one export or import only one"
        let record = RejectedRecord(
            source: ticket.source, sourceFile: ticket.sourceFile, line: imported.line, position: imported.position,
            reason: reason, raw: raw(imported))
        return ImportRejection(record: record, kind: .ticket)
    }

    /// The ticket as read, in JSON, since the importer's raw text is gone by the time it is saved.
    private static func raw(_ imported: ImportedTicket) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try? encoder.encode(RawTicket(ticket: imported.ticket, comments: imported.comments))
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    private struct RawTicket: Encodable {
        var ticket: Ticket
        var comments: [Comment]
    }
}

/// What the rule needs of the stored ticket: when it was updated and where it was read.
private struct StoredCopy {
    var updatedAt: Date
    var file: String
    var line: Int

    /// The stored ticket with the format and id of `ticket`, if any.
    static func fetch(of ticket: Ticket, in db: Database) throws -> StoredCopy? {
        let request = Ticket.select(Column("updatedAt"), Ticket.Columns.sourceFile, Column("sourceLine"))
            .filter(Ticket.Columns.source == ticket.source && Ticket.Columns.externalID == ticket.externalID)
        guard let row = try Row.fetchOne(db, request) else { return nil }
        let updatedAt: DatabaseValue = row[0]
        return StoredCopy(
            updatedAt: Date.fromDatabaseValue(updatedAt) ?? .distantPast, file: row[1], line: row[2])
    }

    /// `date` as the store keeps it: to the millisecond, read back as the stored dates are.
    static func asStored(_ date: Date) -> Date {
        Date.fromDatabaseValue(date.databaseValue) ?? date
    }
}
