import ArgumentParser
import CasebookCore
import Foundation

/// `casebook status`
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what the store holds, per stage and state.",
        discussion: """
            Opens the store read-only: it works on a store that cannot be written.

            Examples:
              casebook status
              casebook status --rejects
              casebook status --json | jq .counts
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "List the records kept aside by ingest, with file, line and reason.")
    var rejects = false

    func run() throws {
        try CommandRunner.run("status", output: options.output) {
            let store = try options.openExistingStore(.readOnly)
            let status = try store.status()
            let kept = rejects ? try store.rejectedRecords() : []
            let console = options.console
            let languages = status.ticketsByLanguage.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            console.print("store      \(store.path)")
            console.print(
                "ingest     \(status.tickets) tickets (\(languages.joined(separator: ", "))), "
                    + "\(status.comments) comments, \(status.rejectedRecords) rejected records kept aside")
            console.print("cluster    \(status.clusters) problems covering \(status.clusteredTickets) tickets")
            console.print(
                "review     \(status.articles(.draft)) draft, \(status.articles(.approved)) approved, "
                    + "\(status.articles(.rejected)) rejected; \(status.pendingSuggestions) suggestions waiting")
            for reject in kept { console.print("\(reject.location): \(reject.reason)") }
            var counts: [String: [String: Int]] = [
                "ingest": [
                    "tickets": status.tickets, "comments": status.comments, "rejected": status.rejectedRecords,
                ],
                "cluster": ["clusters": status.clusters, "clusteredTickets": status.clusteredTickets],
                "review": ["pendingSuggestions": status.pendingSuggestions],
            ]
            for (state, count) in status.articles { counts["review", default: [:]][state] = count }
            return CommandResult(
                summary: "\(status.tickets) tickets, \(status.clusters) clusters, "
                    + "\(status.articles.values.reduce(0, +)) articles",
                counts: counts, next: Self.next(status),
                data: StatusOutput(store: store.path, status: status, rejects: rejects ? kept : nil))
        }
    }

    /// The obvious next step for a store in this state.
    private static func next(_ status: StoreStatus) -> String? {
        if status.tickets == 0 { return "casebook ingest FILE" }
        if status.clusters == 0 { return "casebook cluster" }
        if status.articles.values.reduce(0, +) == 0 { return "casebook draft" }
        if status.articles(.draft) > 0 || status.pendingSuggestions > 0 { return "casebook review list" }
        return nil
    }

    struct StatusOutput: Encodable, Sendable {
        var store: String
        var status: StoreStatus
        var rejects: [RejectedRecord]?
    }
}
