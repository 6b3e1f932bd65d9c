import ArgumentParser
import CasebookCore
import CasebookDraft
import Foundation

extension ReviewCommand {
    /// `casebook review show ID [--ticket REF]`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show an article's text, live revision, sources, waiting suggestion and history, or a source ticket.",
            discussion: """
                With --ticket, prints one of the article's source tickets as the drafter read it: its public \
                comments only, with personal data redacted. Opens the store read-only.

                Examples:
                  casebook review show 12
                  casebook review show 12 --ticket zendesk#1042
                  casebook review show 12 --json | jq -r .data.current.body
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The article's id (see `casebook review list`).")
        var id: Int64

        @Option(
            help: ArgumentHelp(
                "Print this source ticket (its reference, such as zendesk#1042, or its id).", valueName: "ticket"))
        var ticket: String?

        func run() throws {
            try CommandRunner.run("review show", output: options.output) {
                let ledger = try ledger(options, .readOnly)
                let detail = try ledger.detail(id)
                if let ticket { return try showTicket(ticket, of: detail, store: ledger.store) }
                let console = options.console
                let article = detail.article
                console.print("# \(article.title)")
                console.print(
                    "article \(id) · \(article.state.label) · \(article.language) · \(article.category) · "
                        + "articles/\(article.slug).html")
                if let current = detail.current {
                    var line = "revision \(current.number) (\(current.origin.rawValue) by \(current.author))"
                    if let live = detail.live {
                        line += live == current ? ", the live one" : "; revision \(live.number) is live"
                    }
                    console.print(line)
                }
                console.print("")
                console.print(detail.current?.body ?? "(no text)")
                console.print("")
                console.print("Sources (\(detail.sources.count) tickets, never published; read one with --ticket):")
                for source in detail.sources { console.print("  \(source.reference)  \(source.subject)") }
                try printDraftNotes(of: detail, ledger: ledger, console: console)
                if let suggestion = detail.pendingSuggestion {
                    console.print("")
                    console.print(
                        "Needs update: the drafter suggests revision \(suggestion.number). See it with "
                            + "`casebook review diff \(id) --suggestion`, take it with `casebook review accept \(id)`.")
                }
                console.print("")
                console.print("History:")
                for event in detail.history {
                    let revision = event.revision.map { " (rev \($0))" } ?? ""
                    let note = event.note.map { " — \($0)" } ?? ""
                    console.print(
                        "  \(ArticleFile.timestamp(event.at))  \(event.action.rawValue)\(revision) by \(event.actor)\(note)"
                    )
                }
                return CommandResult(summary: "article \(id): \(article.title)", data: detail)
            }
        }

        private func showTicket(_ reference: String, of detail: ArticleDetail, store: Store) throws -> CommandResult {
            guard
                let source = detail.sources.first(where: {
                    $0.reference.lowercased() == reference.lowercased() || String($0.id) == reference
                })
            else {
                throw CommandError(
                    "article \(id): no source ticket \(reference); `casebook review show \(id)` lists them",
                    exitCode: .noInput)
            }
            let configuration = try options.loadConfiguration()
            let redactor = try DraftStage.redactor(for: store, rules: configuration.redaction)
            let thread = try store.publicThread(ofTicket: source.id)
            let ticket = thread?.ticket
            let comments = thread?.comments ?? []
            let names = [ticket?.requesterName].compactMap { $0 } + comments.compactMap(\.authorName)
            let local = redactor.adding(names: names)
            let console = options.console
            console.print("\(source.reference) · \(local.redact(ticket?.subject ?? source.subject))")
            console.print("(public comments only, personal data redacted)")
            var shown: [TicketView.Entry] = []
            for comment in comments {
                let role = comment.authorRole.rawValue
                let text = local.redact(comment.bodyText)
                console.print("")
                console.print("— \(role), \(ArticleFile.timestamp(comment.createdAt))")
                console.print(text)
                shown.append(TicketView.Entry(role: role, at: comment.createdAt, text: text))
            }
            return CommandResult(
                summary: "\(source.reference): \(comments.count) public comment\(comments.count == 1 ? "" : "s")",
                data: TicketView(
                    reference: source.reference, subject: local.redact(ticket?.subject ?? ""), comments: shown))
        }
    }
}

/// A source ticket as editors read it: public comments only, redacted.
private struct TicketView: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        var role: String
        var at: Date
        var text: String
    }

    var reference: String
    var subject: String
    var comments: [Entry]
}
