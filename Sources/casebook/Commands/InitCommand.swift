import ArgumentParser
import CasebookCore
import Foundation

/// `casebook init`
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store and a commented casebook.yml in the current folder.",
        discussion: "Leaves an existing casebook.yml alone unless --force is given; the store is only ever migrated.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Overwrite an existing casebook.yml with the defaults.")
    var force = false

    func run() throws {
        try CommandRunner.run {
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
            if options.json { try Console.printJSON(result) }
            options.console.print(
                result.configurationWritten ? "wrote \(path) (the defaults, commented)" : "kept the existing \(path)")
            options.console.print("store ready at \(store.path)")
            return .success
        }
    }

    struct InitResult: Encodable {
        var configuration: String
        var configurationWritten: Bool
        var store: String
    }
}
