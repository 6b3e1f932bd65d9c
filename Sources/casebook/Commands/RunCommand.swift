import ArgumentParser
import CasebookCluster
import CasebookCore
import CasebookDraft
import CasebookIngest
import CasebookReview
import Foundation

/// `casebook run [FILE...]`
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run every stage in order: ingest (when files are given), cluster, draft, publish.",
        discussion: """
            With --approve-all, every waiting draft is approved before publishing (a demo step, or for teams \
            that publish without review); otherwise only articles an editor approved are published.

            Examples:
              casebook run export.json --out site
              casebook run --out site                                  # again, on what is in the store
              casebook init && casebook run export.json --approve-all --editor ci --out site
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var site: SiteOptions
    @OptionGroup var editor: EditorOption

    @Option(help: "The export format, when it cannot be told from the files.")
    var format: ImportFormat?

    @Flag(help: "Approve every draft before publishing, in the name of --editor.")
    var approveAll = false

    @Argument(help: ArgumentHelp("Export files to import first (optional).", valueName: "file"))
    var files: [String] = []

    func run() throws {
        try CommandRunner.runStages("run", try stages(), options: options, creatingStore: !files.isEmpty)
    }

    private func stages() throws -> [any Stage] {
        var stages: [any Stage] = []
        if !files.isEmpty {
            stages.append(IngestStage(files: files.map { URL(fileURLWithPath: $0) }, format: format))
        }
        stages += [ClusterStage(), DraftStage()]
        if approveAll {
            stages.append(ApproveDraftsStage(editor: try editor.resolved()))
        }
        stages.append(try site.stage(options))
        return stages
    }
}
