import Foundation

/// Fills in a ticket's dates when the export leaves them out, deterministically (the content hash
/// includes them, so a re-import must compute the same values): a missing creation date is the
/// earliest comment's, a missing update date the latest comment's; with neither, the other date;
/// with nothing at all, 1970-01-01.
enum TicketDates {
    static let unknown = Date(timeIntervalSince1970: 0)

    static func resolve(created: Date?, updated: Date?, commentDates: [Date?]) -> (created: Date, updated: Date) {
        let known = commentDates.compactMap { $0 }
        let created = created ?? known.min() ?? updated ?? unknown
        let updated = updated ?? known.max() ?? created
        return (created, updated)
    }
}

/// Remembers the ticket ids seen in one file and where, to refuse a ticket that appears twice.
///
/// It holds one short string per ticket (tens of bytes), not the tickets, so memory stays small.
struct DuplicateTracker {
    private var firstLines: [String: Int] = [:]

    /// Records `id` at `line`; returns the line it was first seen on when it is a repeat.
    mutating func repeatedLine(of id: String, at line: Int) -> Int? {
        if let first = firstLine(of: id) { return first }
        record(id, at: line)
        return nil
    }

    /// The line `id` was recorded at, nil when it was not.
    func firstLine(of id: String) -> Int? {
        firstLines[id]
    }

    /// Records `id` at `line` unless it already was.
    mutating func record(_ id: String, at line: Int) {
        if firstLines[id] == nil { firstLines[id] = line }
    }
}
