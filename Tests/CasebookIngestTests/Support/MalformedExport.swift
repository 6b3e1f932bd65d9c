import CasebookIngest

/// An export of tickets 1, 2 and 3 in which ticket 2 is malformed, and where the reject must point.
struct MalformedExport: Sendable, CustomStringConvertible {
    var format: ImportFormat
    var name: String
    var text: String
    /// The line the malformed ticket starts on.
    var badLine: Int
    /// How many records are set aside for it.
    var rejects: Int

    var description: String { format.rawValue }

    static let all: [MalformedExport] = [csv, zendesk]

    /// Ticket 2's first row has an unreadable creation date: both its rows are set aside.
    static var csv: MalformedExport {
        let rows = ExportWriter.csv((1...3).map { FixtureTicket.numbered($0) })
            .replacingOccurrences(
                of: "2,Question 2 about the mobile app,solved,app,Customer 2,c2@example.com,2024-04-01T08:00:00Z",
                with: "2,Question 2 about the mobile app,solved,app,Customer 2,c2@example.com,yesterday")
        return MalformedExport(format: .csv, name: "tickets.csv", text: rows, badLine: 4, rejects: 2)
    }

    /// Ticket 2 (line 4) misses a comma between two keys.
    static var zendesk: MalformedExport {
        var lines = ExportWriter.zendesk((1...3).map { FixtureTicket.numbered($0) })
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: "\"status\":\"solved\",", with: "\"status\":\"solved\" ")
        return MalformedExport(
            format: .zendesk, name: "export.json", text: lines.joined(separator: "\n"), badLine: 4, rejects: 1)
    }
}
