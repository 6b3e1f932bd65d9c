import CasebookCore

/// A ticket as an importer read it: not yet saved, its language not yet detected.
public struct ImportedTicket: Sendable {
    /// The ticket; `source`, `sourceFile` and `sourceLine` are set, `language` is left to ingest.
    public var ticket: Ticket
    /// Its comments in order, `position` 0, 1, 2…
    public var comments: [Comment]
    /// The line the ticket's record starts on, from 1.
    public var line: Int
    /// The record's index in the file (array element or first CSV record), from 1.
    public var position: Int

    /// A ticket read at `line`, the file's record number `position`.
    public init(ticket: Ticket, comments: [Comment], line: Int, position: Int) {
        self.ticket = ticket
        self.comments = comments
        self.line = line
        self.position = position
    }
}
