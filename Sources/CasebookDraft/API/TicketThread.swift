import CasebookCore

/// One ticket of a cluster, with the comments the drafter may read.
public struct TicketThread: Sendable, Equatable {
    /// The ticket (its subject, tags and requester).
    public var ticket: Ticket
    /// Its comments; private ones are ignored by the drafter even when present.
    public var comments: [Comment]
    /// How close the ticket is to its cluster's centre (0–1), from `ClusterMember.similarity`.
    public var similarity: Double

    /// A thread of `ticket` with `comments`.
    public init(ticket: Ticket, comments: [Comment], similarity: Double = 0) {
        self.ticket = ticket
        self.comments = comments
        self.similarity = similarity
    }

    /// The public comments in the order they were written.
    var publicComments: [Comment] {
        comments.filter(\.isPublic).sorted { $0.position < $1.position }
    }

    /// The names of the people on the ticket, and the name part of the requester's email.
    var peopleNames: [String] {
        var names = [ticket.requesterName].compactMap(\.self) + comments.compactMap(\.authorName)
        if let email = ticket.requesterEmail, let local = email.split(separator: "@").first {
            names.append(String(local))
        }
        return names
    }
}
