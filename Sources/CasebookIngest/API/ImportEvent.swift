import CasebookCore

/// What an importer found next in a file: a ticket ready to save, or a record kept aside.
public enum ImportEvent: Sendable {
    /// A ticket read in full, with its comments.
    case ticket(ImportedTicket)
    /// A record that could not be read, with where it is and why.
    case rejected(ImportRejection)
    /// A ticket field of a later row that differs from the ticket's first row, whose value was kept:
    /// the column's name (counted per column in the report).
    case keptFirstValue(column: String)
}
