import ArgumentParser
import CasebookCore
import Foundation

extension ReviewCommand {
    /// `casebook review list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List articles with their state, filtered by state, language, category, size or age.",
            discussion: """
                Opens the store read-only.

                Examples:
                  casebook review list
                  casebook review list --state draft --state in-review --language fr
                  casebook review list --needs-update
                  casebook review list --min-tickets 10 --older-than 30d
                  casebook review list --json | jq '.data[] | select(.needsUpdate)'
                """)

        @OptionGroup var options: GlobalOptions

        @Option(
            help: "Only articles in this state (repeatable): draft, in-review, approved, published, rejected, archived."
        )
        var state: [ArticleState] = []

        @Flag(help: "Only articles with a waiting suggestion (they need an update).")
        var needsUpdate = false

        @Option(help: "Only articles in this language (fr also matches fr-CA).")
        var language: String?

        @Option(help: "Only articles in this category.")
        var category: String?

        @Option(help: ArgumentHelp("Only articles drafted from at least this many tickets.", valueName: "n"))
        var minTickets: Int?

        @Option(help: ArgumentHelp("Only articles not changed for this long (30d, 12h, 2w).", valueName: "age"))
        var olderThan: Age?

        @Option(help: ArgumentHelp("Only articles changed within this long (7d).", valueName: "age"))
        var newerThan: Age?

        func validate() throws {
            if let language, LanguageTag.normalized(language) == nil {
                throw ValidationError("--language '\(language)' is not a language tag such as en or fr-CA")
            }
        }

        func run() throws {
            try CommandRunner.run("review list", output: options.output) {
                var filter = ArticleFilter()
                filter.states = Set(state)
                filter.needsUpdate = needsUpdate
                filter.language = language.flatMap(LanguageTag.normalized)
                filter.category = category
                filter.minimumSources = minTickets
                let now = Date()
                filter.changedBefore = olderThan.map { now.addingTimeInterval(-$0.seconds) }
                filter.changedSince = newerThan.map { now.addingTimeInterval(-$0.seconds) }
                let articles = try ledger(options, .readOnly).summaries(filter)
                let console = options.console
                if articles.isEmpty { console.print("no articles match") }
                for article in articles {
                    var flags: [String] = []
                    if let live = article.liveRevision, live != article.revision { flags.append("live: rev \(live)") }
                    if article.needsUpdate { flags.append("needs update") }
                    if article.isEditorOwned { flags.append("edited") }
                    let id = String(article.id).leftPadded(to: 4)
                    let state = article.state.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                    console.print(
                        "\(id)  \(state)  \(article.language)  \(article.title)  [\(article.category); "
                            + "\(article.sourceCount) tickets; rev \(article.revision)"
                            + (flags.isEmpty ? "" : "; " + flags.joined(separator: ", ")) + "]")
                }
                var counts: [String: Int] = ["articles": articles.count]
                for article in articles { counts[article.state.rawValue, default: 0] += 1 }
                counts["needsUpdate"] = articles.filter(\.needsUpdate).count
                return CommandResult(
                    summary: "\(articles.count) article\(articles.count == 1 ? "" : "s")", counts: ["review": counts],
                    next: articles.isEmpty ? nil : "casebook review show ID", data: articles)
            }
        }
    }
}

/// A length of time on the command line: `30d`, `12h`, `2w`, `90m`.
struct Age: ExpressibleByArgument, Sendable {
    var seconds: TimeInterval

    init?(argument: String) {
        guard let unit = argument.last, let number = Double(argument.dropLast()), number >= 0 else { return nil }
        switch unit {
        case "m": seconds = number * 60
        case "h": seconds = number * 3600
        case "d": seconds = number * 86_400
        case "w": seconds = number * 7 * 86_400
        default: return nil
        }
    }
}
