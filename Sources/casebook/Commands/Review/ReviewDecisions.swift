import ArgumentParser
import CasebookCore
import Foundation

extension ReviewCommand {
    /// `casebook review submit ID...`
    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Submit drafts for review (by a second editor, with review.require_second_editor).",
            discussion: """
                Examples:
                  casebook review submit 12 14 --note "ready"
                """)

        @OptionGroup var change: Decision

        func run() throws { try change.perform("review submit", .submit, verb: "submitted") }
    }

    /// `casebook review approve ID... | --all`
    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve articles: their current revision goes live on the next publish.",
            discussion: """
                With review.require_second_editor, the author of a revision cannot approve it.

                Examples:
                  casebook review approve 12 --revision 3      # only if revision 3 is still the one you read
                  casebook review approve 12 14 --note "checked the steps"
                  casebook review approve --all --editor ci
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Flag(help: "Approve every draft and article in review.")
        var all = false

        @Option(help: "A note for the audit log.")
        var note: String?

        @Option(
            help: ArgumentHelp(
                "Approve only while this revision (as `review show` printed it) is still current.", valueName: "number")
        )
        var revision: Int?

        @Argument(help: "The articles' ids.")
        var ids: [Int64] = []

        func validate() throws {
            if all == !ids.isEmpty { throw ValidationError("give article ids or --all, not both and not neither") }
            if revision != nil, ids.count != 1 { throw ValidationError("--revision goes with exactly one article id") }
        }

        func run() throws {
            try CommandRunner.run("review approve", output: options.output) {
                let ledger = try ledger(options)
                let name = try editor.resolved()
                if all {
                    let outcome = try ledger.approveAllWaiting(by: name, note: note)
                    var result = report(outcome.approved, verb: "approved", options: options, next: "casebook publish")
                    if outcome.leftForAnotherEditor > 0 {
                        result.warnings.append(
                            "\(outcome.leftForAnotherEditor) revision\(outcome.leftForAnotherEditor == 1 ? "" : "s") "
                                + "by \(name) wait for a second editor (review.require_second_editor)")
                    }
                    return result
                }
                let outcomes = try ledger.apply(.approve, to: ids, by: name, note: note, expectedRevision: revision)
                return report(outcomes, verb: "approved", options: options, next: "casebook publish")
            }
        }
    }

    /// `casebook review reject ID... --note TEXT`
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reject articles that were never live: never published, never re-drafted into a new article.",
            discussion: """
                Examples:
                  casebook review reject 13 --note "duplicate of 12"
                """)

        @OptionGroup var change: Decision

        func run() throws { try change.perform("review reject", .reject, verb: "rejected") }
    }

    /// `casebook review archive ID...`
    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take articles off the site (removed on the next publish); they are kept, never re-drafted.",
            discussion: """
                Examples:
                  casebook review archive 12 --note "feature retired"
                """)

        @OptionGroup var change: Decision

        func run() throws { try change.perform("review archive", .archive, verb: "archived") }
    }

    /// `casebook review reopen ID...`
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send rejected, archived, submitted or approved (not yet live) articles back to draft.",
            discussion: """
                Withdrawing an approval that has not been published leaves the live version (if any) live.

                Examples:
                  casebook review reopen 13 --note "not a duplicate after all"
                """)

        @OptionGroup var change: Decision

        func run() throws { try change.perform("review reopen", .reopen, verb: "reopened") }
    }

    /// `casebook review restore ID REV`
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring an earlier revision's text back as a new revision (nothing is deleted).",
            discussion: """
                Examples:
                  casebook review restore 12 3
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Argument(help: "The article's id.")
        var id: Int64

        @Argument(help: "The revision to bring back.")
        var revision: Int

        @Option(help: "A note for the audit log.")
        var note: String?

        func run() throws {
            try CommandRunner.run("review restore", output: options.output) {
                let saved = try ledger(options).restore(id, revision: revision, by: try editor.resolved(), note: note)
                let line = "article \(id): revision \(revision)'s text is revision \(saved.number), a draft to approve"
                options.console.print(line)
                return CommandResult(
                    summary: line, next: "casebook review approve \(id) --revision \(saved.number)", data: saved)
            }
        }
    }

    /// `casebook review dismiss ID`
    struct Dismiss: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Drop the drafter's waiting suggestion for an article (it stays in the history).",
            discussion: """
                Examples:
                  casebook review dismiss 12 --note "our steps are still right"
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Argument(help: "The article's id.")
        var id: Int64

        @Option(help: "A note for the audit log.")
        var note: String?

        func run() throws {
            try CommandRunner.run("review dismiss", output: options.output) {
                let name = try editor.resolved()
                try ledger(options).write { try $0.dismissSuggestion(id, by: name, note: note) }
                let line = "article \(id): suggestion dismissed"
                options.console.print(line)
                return CommandResult(summary: line)
            }
        }
    }

    /// The arguments of a decision on listed articles.
    struct Decision: ParsableArguments {
        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Option(help: "Why, for the audit log.")
        var note: String?

        @Argument(help: "The articles' ids.")
        var ids: [Int64]

        func validate() throws {
            if ids.isEmpty { throw ValidationError("give at least one article id") }
        }

        func perform(_ command: String, _ action: ArticleAction, verb: String) throws {
            try CommandRunner.run(command, output: options.output) {
                let outcomes = try ledger(options).apply(action, to: ids, by: try editor.resolved(), note: note)
                return report(
                    outcomes, verb: verb, options: options, next: action == .archive ? "casebook publish" : nil)
            }
        }
    }
}

/// Prints what a decision did to each article and sums it up.
func report(
    _ outcomes: [ArticleLedger.Session.Outcome], verb: String, options: GlobalOptions, next: String? = nil
) -> CommandResult {
    for outcome in outcomes {
        let id = outcome.article.id ?? 0
        options.console.print(
            outcome.changed
                ? "article \(id): \(verb) — \(outcome.article.title)"
                : "article \(id): already \(outcome.article.state.label) — \(outcome.article.title)")
    }
    if outcomes.isEmpty { options.console.print("nothing to do") }
    let changed = outcomes.filter(\.changed).count
    return CommandResult(
        summary: "\(verb) \(changed) article\(changed == 1 ? "" : "s")",
        counts: ["review": [verb: changed, "unchanged": outcomes.count - changed]],
        next: changed > 0 ? next : nil, data: outcomes)
}
