import ArgumentParser
import CasebookCore
import Foundation

/// `casebook init`
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store and a commented casebook.yml in the current folder.",
        discussion: """
            Leaves an existing casebook.yml alone unless --force is given; the store is only ever migrated.

            Examples:
              casebook init
              casebook init --db data/casebook.sqlite
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Overwrite an existing casebook.yml with the defaults.")
    var force = false

    func run() throws {
        try CommandRunner.run("init", output: options.output) {
            let path = options.config ?? CasebookConfiguration.defaultFileName
            let exists = FileManager.default.fileExists(atPath: path)
            if !exists || force {
                do {
                    try Data(CasebookConfiguration.template.utf8).write(to: URL(fileURLWithPath: path))
                } catch {
                    throw CommandError("\(path): cannot write it (\(error.localizedDescription))", exitCode: .ioError)
                }
            }
            _ = try options.loadConfiguration()
            let store = try Store.open(at: options.db)
            let result = InitResult(configuration: path, configurationWritten: !exists || force, store: store.path)
            options.console.print(
                result.configurationWritten ? "wrote \(path) (the defaults, commented)" : "kept the existing \(path)")
            options.console.print("store ready at \(store.path)")
            return CommandResult(
                summary: "store ready at \(store.path)", next: "casebook ingest FILE (or casebook run FILE)",
                data: result)
        }
    }

    struct InitResult: Encodable, Sendable {
        var configuration: String
        var configurationWritten: Bool
        var store: String
    }
}
