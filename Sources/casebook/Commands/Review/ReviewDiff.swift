import ArgumentParser
import CasebookCore
import CasebookReview
import Foundation

extension ReviewCommand {
    /// `casebook review diff ID [A [B]] [--suggestion]`
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two revisions of an article, line by line and word by word.",
            discussion: """
                With no revisions: the current revision against the live one (what approving would change on \
                the site), or against the previous revision when nothing is live. With one: that revision \
                against the current one. With --suggestion: the current text against what accepting the \
                drafter's suggestion would make it. Changed words are marked [-old-]{+new+} (coloured on a \
                terminal).

                Examples:
                  casebook review diff 12
                  casebook review diff 12 2 5
                  casebook review diff 12 --suggestion
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The article's id.")
        var id: Int64

        @Argument(help: ArgumentHelp("The revision numbers to compare (old, then new).", valueName: "revision"))
        var revisions: [Int] = []

        @Flag(help: "Compare the current text with what accepting the waiting suggestion would make it.")
        var suggestion = false

        @Option(help: ArgumentHelp("Unchanged lines shown around each change.", valueName: "n"))
        var context = 3

        func validate() throws {
            if revisions.count > 2 { throw ValidationError("give at most two revision numbers") }
            if suggestion, !revisions.isEmpty {
                throw ValidationError("--suggestion compares the current text; give no revisions")
            }
            if context < 0 { throw ValidationError("--context must be 0 or more") }
        }

        func run() throws {
            try CommandRunner.run("review diff", output: options.output) {
                let ledger = try ledger(options, .readOnly)
                let (old, new, label) = try texts(ledger)
                let diff = RevisionDiff(
                    oldTitle: old.title, oldBody: old.body, newTitle: new.title, newBody: new.body, context: context)
                options.console.print(label)
                options.console.printFormatted(diff.text(colored: !options.json && isatty(STDOUT_FILENO) == 1))
                return CommandResult(
                    summary: "\(label): \(diff.added) lines added, \(diff.removed) removed",
                    counts: ["diff": ["added": diff.added, "removed": diff.removed]], data: diff)
            }
        }

        private func texts(_ ledger: ArticleLedger) throws -> (old: Text, new: Text, label: String) {
            let detail = try ledger.detail(id)
            guard let current = detail.current else { throw LifecycleError(articleID: id, reason: .noText) }
            func numbered(_ number: Int) throws -> ArticleRevision {
                guard let revision = detail.revisions.first(where: { $0.number == number }) else {
                    throw LifecycleError(articleID: id, reason: .noSuchRevision(number))
                }
                return revision
            }
            if suggestion {
                let merge = try ledger.suggestionMerge(of: id)
                let body = merge.body.text ?? merge.suggestion.body
                let label =
                    merge.hasConflicts
                    ? "article \(id): revision \(current.number) → suggestion \(merge.suggestion.number) "
                        + "(conflicts with your edits: accepting it whole would replace them)"
                    : "article \(id): revision \(current.number) → revision \(current.number) with suggestion "
                        + "\(merge.suggestion.number) merged"
                return (Text(current), Text(title: merge.title ?? merge.suggestion.title, body: body), label)
            }
            switch revisions.count {
            case 2:
                let (a, b) = (try numbered(revisions[0]), try numbered(revisions[1]))
                return (Text(a), Text(b), "article \(id): revision \(a.number) → revision \(b.number)")
            case 1:
                let a = try numbered(revisions[0])
                return (
                    Text(a), Text(current), "article \(id): revision \(a.number) → revision \(current.number) (current)"
                )
            default:
                if let live = detail.live, live != current {
                    return (
                        Text(live), Text(current),
                        "article \(id): live revision \(live.number) → revision \(current.number)"
                    )
                }
                let previous = detail.revisions.last { $0.number < current.number && $0.origin != .suggestion }
                guard let previous else {
                    return (
                        Text(current), Text(current), "article \(id): revision \(current.number) is its only revision"
                    )
                }
                return (
                    Text(previous), Text(current),
                    "article \(id): revision \(previous.number) → revision \(current.number)"
                )
            }
        }

        private struct Text {
            var title: String
            var body: String
            init(title: String, body: String) {
                self.title = title
                self.body = body
            }
            init(_ revision: ArticleRevision) {
                self.init(title: revision.title, body: revision.body)
            }
        }
    }
}
