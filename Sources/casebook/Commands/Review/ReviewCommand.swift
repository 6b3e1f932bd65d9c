import ArgumentParser
import CasebookCore
import Foundation

/// `casebook review …`
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Read, edit, compare, approve, reject and archive drafted articles.",
        discussion: """
            States: draft → in-review → approved → published, plus rejected and archived; an article with a \
            waiting suggestion needs an update. The live version stays live while its next revision is \
            edited and reviewed. Every change is recorded in the audit log with the editor's name (--editor, \
            $CASEBOOK_EDITOR or $USER).

            Examples:
              casebook review list --state draft
              casebook review show 12
              casebook review edit 12                 # opens $VISUAL or $EDITOR
              casebook review diff 12
              casebook review approve 12 --revision 3
            """,
        subcommands: [
            List.self, Show.self, Diff.self, Edit.self, Submit.self, Approve.self, Reject.self, Archive.self,
            Reopen.self, Restore.self, Accept.self, Dismiss.self,
        ]
    )
}

extension ArticleState: ExpressibleByArgument {}

/// The ledger for the store and configuration `options` name.
func ledger(_ options: GlobalOptions, _ access: Store.Access = .readWrite) throws -> ArticleLedger {
    ArticleLedger(
        store: try options.openExistingStore(access), rules: try options.loadConfiguration().review.rules)
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
