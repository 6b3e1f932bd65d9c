import ArgumentParser
import CasebookCore
import Foundation

/// `casebook status`
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what the store holds, per stage and state.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "List the records kept aside by ingest, with file, line and reason.")
    var rejects = false

    func run() throws {
        try CommandRunner.run {
            let store = try options.openExistingStore()
            let status = try store.status()
            let kept = rejects ? try store.rejectedRecords() : []
            if options.json {
                try Console.printJSON(StatusOutput(store: store.path, status: status, rejects: rejects ? kept : nil))
                return .success
            }
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
            return .success
        }
    }

    struct StatusOutput: Encodable {
        var store: String
        var status: StoreStatus
        var rejects: [RejectedRecord]?
    }
}
