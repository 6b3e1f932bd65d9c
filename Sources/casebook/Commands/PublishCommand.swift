import ArgumentParser
import CasebookCore
import CasebookPublish
import Foundation

/// Where the site goes and which templates shape it.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder to write the site into.", valueName: "dir"))
    var out: String = "_site"

    @Option(name: .long, help: ArgumentHelp("The Mustache templates folder.", valueName: "dir"))
    var templates: String = "Templates"

    var stage: PublishStage {
        PublishStage(
            outputFolder: URL(fileURLWithPath: out, isDirectory: true),
            templatesFolder: URL(fileURLWithPath: templates, isDirectory: true))
    }
}

/// `casebook publish --out DIR`
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write the approved articles as a static help-center site.",
        discussion: """
            Only approved articles are published, from their current revision. The same store and templates \
            always give byte-identical files; unchanged files are not rewritten, and pages of articles no \
            longer approved are removed (files Casebook did not write are left alone).
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var site: SiteOptions

    func run() throws {
        try CommandRunner.runStages([site.stage], options: options)
    }
}
