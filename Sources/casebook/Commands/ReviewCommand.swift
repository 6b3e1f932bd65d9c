import ArgumentParser
import CasebookCore
import CasebookReview
import Foundation

/// `casebook review list|show|approve|reject|reopen|edit`
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List, read, edit, approve and reject drafted articles.",
        discussion: """
            Every change is recorded in the audit log with the editor's name (--editor, $CASEBOOK_EDITOR or \
            $USER).

            Examples:
              casebook review list --state draft
              casebook review show 12
              casebook review approve 12 --revision 3
            """,
        subcommands: [List.self, Show.self, Approve.self, Reject.self, Reopen.self, Edit.self, Accept.self]
    )

    /// `casebook review list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List articles with their review state.",
            discussion: """
                Examples:
                  casebook review list
                  casebook review list --state draft
                  casebook review list --json | jq '.data[] | select(.hasPendingSuggestion)'
                """)

        @OptionGroup var options: GlobalOptions

        @Option(help: "Only articles in this state (draft, approved, rejected).")
        var state: ArticleState?

        func run() throws {
            try CommandRunner.run("review list", output: options.output) {
                let desk = ReviewDesk(store: try options.openExistingStore(.readOnly))
                let articles = try desk.list(state: state)
                let console = options.console
                if articles.isEmpty { console.print("no articles\(state.map { " in state \($0.rawValue)" } ?? "")") }
                for article in articles {
                    let flags = [
                        article.isEditorOwned ? "edited" : nil, article.hasPendingSuggestion ? "suggestion" : nil,
                    ].compactMap { $0 }
                    let id = String(article.id).leftPadded(to: 4)
                    let state = article.state.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                    console.print(
                        "\(id)  \(state)  \(article.language)  \(article.title)  [\(article.category); "
                            + "\(article.sourceCount) tickets\(flags.isEmpty ? "" : "; " + flags.joined(separator: ", "))]"
                    )
                }
                var counts: [String: Int] = ["articles": articles.count]
                for article in articles { counts[article.state.rawValue, default: 0] += 1 }
                return CommandResult(
                    summary: "\(articles.count) article\(articles.count == 1 ? "" : "s")", counts: ["review": counts],
                    next: articles.isEmpty ? nil : "casebook review show ID", data: articles)
            }
        }
    }

    /// `casebook review show ID`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an article's text, its source tickets, pending suggestion and history.",
            discussion: """
                Examples:
                  casebook review show 12
                  casebook review show 12 --json | jq .data.current.body
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The article's id (see `casebook review list`).")
        var id: Int64

        func run() throws {
            try CommandRunner.run("review show", output: options.output) {
                let detail = try ReviewDesk(store: try options.openExistingStore(.readOnly)).show(id)
                let console = options.console
                let article = detail.article
                console.print("# \(article.title)")
                let approved = detail.revisions.first { $0.id == article.approvedRevisionID }
                console.print(
                    "article \(id) · \(article.state.rawValue) · \(article.language) · \(article.category) · "
                        + "/articles/\(article.slug).html")
                if let current = detail.current {
                    var line = "revision \(current.number) (\(current.origin.rawValue) by \(current.author))"
                    if let approved {
                        line += approved == current ? ", approved" : "; revision \(approved.number) is approved"
                    }
                    console.print(line)
                }
                console.print("")
                console.print(detail.current?.body ?? "(no text)")
                console.print("")
                console.print("Sources (\(detail.sources.count) tickets, never published):")
                for source in detail.sources { console.print("  \(source.reference)  \(source.subject)") }
                if let suggestion = detail.pendingSuggestion {
                    console.print("")
                    console.print(
                        "A newer draft (revision \(suggestion.number)) is waiting; the current text was kept because "
                            + "an editor owns it. Take it with `casebook review accept \(id)`.")
                }
                console.print("")
                console.print("History:")
                let formatter = ISO8601DateFormatter()
                for event in detail.history {
                    let note = event.note.map { " — \($0)" } ?? ""
                    console.print(
                        "  \(formatter.string(from: event.at))  \(event.action.rawValue) by \(event.actor)\(note)")
                }
                return CommandResult(
                    summary: "article \(id): \(article.title)", data: detail)
            }
        }
    }

    /// `casebook review approve ID... | --all`
    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve articles for publishing (by id, or every draft with --all).",
            discussion: """
                Examples:
                  casebook review approve 12 --revision 3      # only if revision 3 is still the one you read
                  casebook review approve 12 14 --note "checked the steps"
                  casebook review approve --all --editor ci
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Flag(help: "Approve every article waiting in draft.")
        var all = false

        @Option(help: "A note for the audit log.")
        var note: String?

        @Option(
            help: ArgumentHelp(
                "Approve only while this revision (as `review show` printed it) is still current.",
                valueName: "number"))
        var revision: Int?

        @Argument(help: "The articles' ids.")
        var ids: [Int64] = []

        func validate() throws {
            if all == !ids.isEmpty { throw ValidationError("give article ids or --all, not both and not neither") }
            if revision != nil, ids.count != 1 { throw ValidationError("--revision goes with exactly one article id") }
        }

        func run() throws {
            try CommandRunner.run("review approve", output: options.output) {
                let desk = ReviewDesk(store: try options.openExistingStore())
                let name = try editor.resolved()
                let outcomes =
                    all
                    ? try desk.approveAllDrafts(editor: name, note: note)
                    : try desk.approve(ids, editor: name, note: note, revision: revision)
                return report(outcomes, verb: "approved", options: options, next: "casebook publish")
            }
        }
    }

    /// `casebook review reject ID... --note TEXT`
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reject articles: never published, never re-drafted into a new article.",
            discussion: """
                Examples:
                  casebook review reject 13 --note "duplicate of 12"
                """)

        @OptionGroup var change: StateChange

        func run() throws {
            try change.perform("review reject", verb: "rejected") { desk, ids, editor, note in
                try desk.reject(ids, editor: editor, note: note)
            }
        }
    }

    /// `casebook review reopen ID...`
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send approved or rejected articles back to draft (unpublished on the next publish).",
            discussion: """
                Examples:
                  casebook review reopen 12 --note "steps changed with version 4"
                """)

        @OptionGroup var change: StateChange

        func run() throws {
            try change.perform("review reopen", verb: "reopened") { desk, ids, editor, note in
                try desk.reopen(ids, editor: editor, note: note)
            }
        }
    }

    /// `casebook review accept ID`
    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take the drafter's waiting suggestion as the article's text (see `review show`).",
            discussion: """
                On an approved article the suggestion is then also what gets published.

                Examples:
                  casebook review accept 12
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Argument(help: "The article's id.")
        var id: Int64

        @Option(help: "A note for the audit log.")
        var note: String?

        func run() throws {
            try CommandRunner.run("review accept", output: options.output) {
                let desk = ReviewDesk(store: try options.openExistingStore())
                let revision = try desk.acceptSuggestion(id, editor: try editor.resolved(), note: note)
                let line = "article \(id): revision \(revision.number) is now its text"
                options.console.print(line)
                return CommandResult(summary: line, data: revision)
            }
        }
    }

    /// The arguments of a review decision on listed articles.
    struct StateChange: ParsableArguments {
        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Option(help: "Why, for the audit log.")
        var note: String?

        @Argument(help: "The articles' ids.")
        var ids: [Int64]

        /// Applies `decision` to the listed articles and reports what changed.
        func perform(
            _ command: String, verb: String,
            _ decision: (ReviewDesk, [Int64], String, String?) throws -> [ReviewOutcome]
        ) throws {
            try CommandRunner.run(command, output: options.output) {
                let desk = ReviewDesk(store: try options.openExistingStore())
                return report(try decision(desk, ids, try editor.resolved(), note), verb: verb, options: options)
            }
        }
    }

    /// `casebook review edit ID --body FILE [--title TEXT]`
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace an article's text with an editor's Markdown (from a file, or - for standard input).",
            discussion: """
                The article becomes editor-owned: later automatic drafts are kept as suggestions only.

                Examples:
                  casebook review edit 12 --body fixed.md
                  casebook review show 12 --json | jq -r .data.current.body | sed 's/teh/the/' \\
                    | casebook review edit 12 --body -
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Argument(help: "The article's id.")
        var id: Int64

        @Option(help: ArgumentHelp("The new Markdown body: a file, or - for standard input.", valueName: "file"))
        var body: String

        @Option(help: "A new title.")
        var title: String?

        @Option(help: "A note for the audit log.")
        var note: String?

        func run() throws {
            try CommandRunner.run("review edit", output: options.output) {
                let text: String
                if body == "-" {
                    text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                } else {
                    guard let data = FileManager.default.contents(atPath: body) else {
                        throw CommandError("\(body): cannot read it; check the path", exitCode: .noInput)
                    }
                    text = String(decoding: data, as: UTF8.self)
                }
                let desk = ReviewDesk(store: try options.openExistingStore())
                let revision = try desk.edit(id, title: title, body: text, editor: try editor.resolved(), note: note)
                let line = "article \(id): saved revision \(revision.number) by \(revision.author)"
                options.console.print(line)
                return CommandResult(summary: line, next: "casebook review approve \(id)", data: revision)
            }
        }
    }
}

extension ArticleState: ExpressibleByArgument {}

private func report(_ outcomes: [ReviewOutcome], verb: String, options: GlobalOptions, next: String? = nil)
    -> CommandResult
{
    for outcome in outcomes {
        let id = outcome.article.id ?? 0
        options.console.print(
            outcome.changed
                ? "article \(id): \(verb) — \(outcome.article.title)"
                : "article \(id): already \(outcome.article.state.rawValue) — \(outcome.article.title)")
    }
    if outcomes.isEmpty { options.console.print("nothing to do") }
    let changed = outcomes.filter(\.changed).count
    return CommandResult(
        summary: "\(verb) \(changed) article\(changed == 1 ? "" : "s")",
        counts: ["review": [verb: changed, "unchanged": outcomes.count - changed]],
        next: changed > 0 ? next : nil, data: outcomes)
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
