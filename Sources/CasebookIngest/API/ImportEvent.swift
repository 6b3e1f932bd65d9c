import CasebookCore

/// What an importer found next in a file: a ticket ready to save, or a record kept aside.
public enum ImportEvent: Sendable {
    /// A ticket read in full, with its comments.
    case ticket(ImportedTicket)
    /// A record that could not be read, with where it is and why.
    case rejected(ImportRejection)
}
