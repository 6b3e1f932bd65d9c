import ArgumentParser
import CasebookCore
import CasebookReview
import Foundation

extension ReviewCommand {
    /// `casebook review accept ID [--theirs] [--yes]`
    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take the drafter's waiting suggestion into an article, after showing what it changes.",
            discussion: """
                The suggestion is merged into the current text: the drafter's changes are taken where the \
                editor left the text alone. If both changed the same passage, nothing is saved and the \
                conflict is shown; --theirs then takes the suggestion whole. The diff is always shown first; \
                on a terminal you confirm, otherwise pass --yes. The result is a draft to approve; a live \
                version stays live until then.

                Examples:
                  casebook review accept 12
                  casebook review accept 12 --yes
                  casebook review accept 12 --theirs --yes
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Argument(help: "The article's id.")
        var id: Int64

        @Flag(help: "Take the suggestion whole, replacing the editor's text.")
        var theirs = false

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        @Option(help: "A note for the audit log.")
        var note: String?

        func run() throws {
            try CommandRunner.run("review accept", output: options.output) {
                let name = try editor.resolved()
                let ledger = try ledger(options)
                let merge = try ledger.suggestionMerge(of: id)
                let colored = !options.json && isatty(STDOUT_FILENO) == 1
                if merge.hasConflicts, !theirs {
                    options.console.print("article \(id): the suggestion conflicts with your edits:")
                    for conflict in merge.body.conflicts {
                        let diff = RevisionDiff(
                            oldTitle: "", oldBody: conflict.ours.joined(separator: "\n"), newTitle: "",
                            newBody: conflict.theirs.joined(separator: "\n"))
                        options.console.printFormatted(diff.text(colored: colored))
                    }
                    if merge.title == nil {
                        options.console.print(
                            "title: yours \"\(merge.current.title)\", suggested \"\(merge.suggestion.title)\"")
                    }
                    _ = try ledger.accept(id, by: name, mode: .merge, note: note)  // throws the conflict
                }
                let newTitle = theirs ? merge.suggestion.title : merge.title ?? merge.current.title
                let newBody = theirs ? merge.suggestion.body : merge.body.text ?? merge.current.body
                let diff = RevisionDiff(
                    oldTitle: merge.current.title, oldBody: merge.current.body, newTitle: newTitle, newBody: newBody)
                options.console.print(
                    "article \(id): revision \(merge.current.number) → with suggestion \(merge.suggestion.number)"
                        + (theirs ? " (taken whole)" : " (merged)"))
                options.console.printFormatted(diff.text(colored: colored))
                guard try confirmed() else {
                    options.console.print("nothing saved")
                    return CommandResult(summary: "article \(id): not accepted", data: diff)
                }
                let saved = try ledger.accept(id, by: name, mode: theirs ? .theirs : .merge, note: note)
                let line = "article \(id): revision \(saved.number) holds the suggestion; approve it to publish it"
                options.console.print(line)
                return CommandResult(
                    summary: line, next: "casebook review approve \(id) --revision \(saved.number)", data: saved)
            }
        }

        /// `--yes`, or the editor's answer on a terminal; refused when nobody can answer.
        private func confirmed() throws -> Bool {
            if yes { return true }
            guard isatty(STDIN_FILENO) == 1, !options.json else {
                throw CommandError("article \(id): read the diff above, then run again with --yes to accept it")
            }
            FileHandle.standardError.write(Data("Accept these changes? [y/N] ".utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            return answer == "y" || answer == "yes"
        }
    }
}
