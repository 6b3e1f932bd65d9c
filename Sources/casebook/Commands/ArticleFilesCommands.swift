import ArgumentParser
import CasebookCore
import CasebookReview
import Foundation

extension ArticleExport.Selection: ExpressibleByArgument {}

/// `casebook export articles|drafts DIR`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write articles as Markdown files with front matter, to keep them in git (docs as code).",
        discussion: """
            `articles` writes the live text of every approved article (the public kb/: it passes the same \
            privacy check as the site, so it can be committed while the store with the tickets stays \
            private); `drafts` writes every draft and article in review, for review in pull requests. Files \
            are DIR/<language>/<slug>.md. A file with edits that were not imported yet is never overwritten: \
            import it first, or pass --force. The store is only read.

            Examples:
              casebook export articles kb
              casebook export drafts review --force
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "What to export: articles (live, approved) or drafts.")
    var selection: ArticleExport.Selection

    @Argument(help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var folder: String

    @Flag(help: "Overwrite (or remove) files whose edits were not imported.")
    var force = false

    func run() throws {
        try CommandRunner.run("export \(selection.rawValue)", output: options.output) {
            let store = try options.openExistingStore(.readOnly)
            let check = try PrivacyCheck.make(store: store, configuration: try options.loadConfiguration())
            let export = ArticleExport(
                store: store, folder: URL(fileURLWithPath: folder, isDirectory: true), selection: selection,
                check: check)
            let report = try export.run(force: force)
            options.console.print(report.summary)
            for refusal in report.refused { Console.warning(refusal) }
            var result = CommandRunner.result(of: [report])
            result.errors += report.refused
            return result
        }
    }
}

/// `casebook import articles|drafts DIR`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read editors' changes to exported article files back into the store as revisions.",
        discussion: """
            Each changed file becomes a new revision by --editor. A file edited from a revision that is no \
            longer current is refused (nothing of it is saved) with what to do. In an articles folder an edit \
            was reviewed in the pull request that merged it: it is approved by --approver (default: the \
            editor; with review.require_second_editor they must differ). In a drafts folder, a file's state \
            line (draft, in-review, approved, rejected) is applied. A file without an id is a new article.

            Examples:
              casebook import articles kb --editor "$GIT_AUTHOR" --approver "$GIT_MERGER"
              casebook import drafts review --editor ana
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var editor: EditorOption

    @Argument(help: "What the folder holds: articles (approved) or drafts.")
    var selection: ArticleExport.Selection

    @Argument(help: ArgumentHelp("The folder to read.", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("Who approves imported edits (default: the editor).", valueName: "name"))
    var approver: String?

    func run() throws {
        try CommandRunner.run("import \(selection.rawValue)", output: options.output) {
            let ledger = try ledger(options)
            let configuration = try options.loadConfiguration()
            let check = try PrivacyCheck.make(store: ledger.store, configuration: configuration)
            let run = ArticleImport(
                ledger: ledger, folder: URL(fileURLWithPath: folder, isDirectory: true), selection: selection,
                editor: try editor.resolved(), approver: approver, check: check)
            let report = try run.run()
            options.console.print(report.summary)
            if !options.json { for refusal in report.refusals { Console.warning(refusal) } }
            var result = CommandRunner.result(of: [report])
            result.errors += report.refusals
            if report.count(.updated) + report.count(.created) > 0 { result.next = "casebook publish" }
            return result
        }
    }
}

/// `casebook forget --source FILE [--dry-run]`
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove what one imported file brought into the store (a wrong first import), with a dry run.",
        discussion: """
            Removes the tickets whose stored copy came from FILE, with their comments, cluster memberships and \
            article sources, and the records rejected from it. Articles and editors' work are kept; run \
            `casebook cluster` and `casebook draft` afterwards. Give FILE as it was imported (or the same file \
            by another path).

            Examples:
              casebook forget --source exports/wrong.json --dry-run
              casebook forget --source exports/wrong.json --editor ana
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var editor: EditorOption

    @Option(help: ArgumentHelp("The imported file whose records to remove.", valueName: "file"))
    var source: String

    @Flag(help: "Only say what would be removed.")
    var dryRun = false

    func run() throws {
        try CommandRunner.run("forget", output: options.output) {
            let store = try options.openExistingStore(dryRun ? .readOnly : .readWrite)
            let actor = dryRun ? "casebook" : try editor.resolved()
            let report = try store.forget(source: source, dryRun: dryRun, actor: actor, now: Date())
            options.console.print(report.summary)
            return CommandRunner.result(of: [report])
        }
    }
}
