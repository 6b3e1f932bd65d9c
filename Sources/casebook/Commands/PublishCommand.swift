import ArgumentParser
import CasebookCore
import CasebookPublish
import Foundation

/// Where the site goes and which theme shapes it.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder to write the site into.", valueName: "dir"))
    var out: String = "_site"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A folder of theme files overriding the built-in theme (default: site.templates in casebook.yml, or "
                + "./Templates when it exists).", valueName: "dir"))
    var templates: String?

    func stage(_ options: GlobalOptions, checkOnly: Bool = false) throws -> PublishStage {
        PublishStage(
            outputFolder: URL(fileURLWithPath: out, isDirectory: true),
            theme: try options.theme(templates: templates), gate: PrivacyCheck.gate, checkOnly: checkOnly)
    }
}

/// `casebook publish --out DIR [--from DIR]`
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write the approved articles as a static help-center site.",
        discussion: """
            Only approved articles are published, in the revision an editor approved. The same articles and \
            theme always give byte-identical files; unchanged files are not rewritten, and pages of articles \
            no longer approved are removed (files Casebook did not write are left alone). Only pages whose \
            inputs changed are rendered; the new site is assembled beside the old one and swapped in at once, \
            so a failed or killed publish leaves the previous site intact. Every internal link is checked \
            (a broken one fails the publish); --check renders and checks everything and writes nothing. With --from, the \
            site is built from an exported articles folder alone, with no store: what CI runs on a committed \
            kb/. The store is only read (a read-only store works).

            Examples:
              casebook publish --out site
              casebook publish --from kb --out site           # CI: from the committed kb/, no store
              casebook publish --out site --templates my-theme
              casebook publish --out site --check             # validate templates and links, write nothing
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var site: SiteOptions

    @Option(
        help: ArgumentHelp(
            "Publish the approved articles of this exported folder instead of the store.", valueName: "dir"))
    var from: String?

    @Flag(help: "Render every page and check every link without writing anything (exit 65 on a broken link).")
    var check = false

    func run() throws {
        guard let from else {
            try CommandRunner.runStages(
                "publish", [try site.stage(options, checkOnly: check)], options: options,
                access: check ? .readOnly : .readWriteIfPossible)
            return
        }
        try CommandRunner.run("publish", output: options.output) {
            let configuration = try options.loadConfiguration()
            let stage = try site.stage(options, checkOnly: check)
            let progress = options.quiet || options.json ? ProgressReporter.silent : TerminalProgress.reporter()
            let report = try stage.publish(
                fromFolder: URL(fileURLWithPath: from, isDirectory: true), configuration: configuration,
                progress: progress)
            options.console.print("publish: \(report.summary)")
            return CommandRunner.result(of: [report])
        }
    }
}
