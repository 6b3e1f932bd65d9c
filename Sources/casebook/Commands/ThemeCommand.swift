import ArgumentParser
import CasebookCore
import CasebookPublish
import Foundation

/// `casebook theme eject|list`
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "See and customise the site's theme (templates, stylesheet, scripts, UI strings).",
        discussion: """
            The default theme is built into casebook. A site overrides any single file by putting a file of \
            the same path in its own Templates/ folder (or site.templates): the site's file first, the \
            built-in one second.

            Examples:
              casebook theme eject                   # write the built-in files into ./Templates
              casebook theme eject my-theme --force
              casebook theme list                    # which files the site overrides
            """,
        subcommands: [Eject.self, List.self])

    /// `casebook theme eject [DIR]`
    struct Eject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in theme's files into a folder, to start customising them.",
            discussion: """
                Files already in the folder are kept unless --force is given. Keep the files you change and \
                delete the others: the built-in theme fills the gaps (and improves with casebook).

                Examples:
                  casebook theme eject
                  casebook theme eject Templates --force
                """)

        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The folder to write into.", valueName: "dir"))
        var folder: String = "Templates"

        @Flag(help: "Replace files that are already there.")
        var force = false

        func run() throws {
            try CommandRunner.run("theme eject", output: output) {
                let report = try Theme.eject(to: URL(fileURLWithPath: folder, isDirectory: true), force: force)
                output.console.print(report.summary)
                return CommandRunner.result(of: [report])
            }
        }
    }

    /// `casebook theme list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the theme's files and where each comes from (the site's folder or built-in).",
            discussion: """
                Examples:
                  casebook theme list
                  casebook theme list --templates my-theme --json
                """)

        @OptionGroup var options: GlobalOptions

        @Option(help: ArgumentHelp("The site's theme folder (default: as `publish` finds it).", valueName: "dir"))
        var templates: String?

        func run() throws {
            try CommandRunner.run("theme list", output: options.output) {
                let theme = try options.theme(templates: templates)
                for file in theme.files {
                    let origin = file.overridesBuiltIn ? "site (overrides built-in)" : file.origin.rawValue
                    options.console.print("\(file.path.padding(toLength: 32, withPad: " ", startingAt: 0)) \(origin)")
                }
                let overridden = theme.files.filter(\.overridesBuiltIn).count
                let own = theme.files.filter { $0.origin == .site }.count
                return CommandResult(
                    summary:
                        "\(theme.files.count) theme files: \(own) from \(theme.overrides?.path ?? "no site folder")"
                        + " (\(overridden) overriding built-in ones)",
                    counts: ["theme": ["files": theme.files.count, "site": own, "overridden": overridden]],
                    data: theme.files)
            }
        }
    }
}
