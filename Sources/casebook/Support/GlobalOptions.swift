import ArgumentParser
import CasebookCore
import Foundation

/// The flags every command that touches the store shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store file.", valueName: "path"))
    var db: String = Store.defaultPath

    @Option(
        name: .long,
        help: ArgumentHelp("The configuration file (default: ./casebook.yml when present).", valueName: "path"))
    var config: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "Print a machine-readable JSON summary on standard output (implies no progress bar).")
    var json = false

    func validate() throws {
        if db.isEmpty { throw ValidationError("--db needs a path") }
    }

    /// The configuration, from --config, ./casebook.yml or the defaults.
    func loadConfiguration() throws -> CasebookConfiguration {
        try CasebookConfiguration.load(
            path: config, folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Opens the store, which must exist already (only `init`, `ingest` and `run` create one).
    func openExistingStore() throws -> Store {
        guard FileManager.default.fileExists(atPath: db) else {
            throw CommandError(
                "\(db): no store here; run `casebook init` or `casebook ingest FILE`, or pass --db", exitCode: .noInput)
        }
        return try Store.open(at: db)
    }

    /// Opens the store (creating it when `creatingStore`) and builds the context automatic stages run
    /// against (acting as `casebook`).
    func makeContext(creatingStore: Bool) throws -> PipelineContext {
        let configuration = try loadConfiguration()
        let store = creatingStore ? try Store.open(at: db) : try openExistingStore()
        let progress = quiet || json ? ProgressReporter.silent : TerminalProgress.reporter()
        return PipelineContext(store: store, configuration: configuration, progress: progress)
    }

    /// Where human output goes: nowhere with --quiet or --json.
    var console: Console { Console(isQuiet: quiet || json) }
}

/// Who is acting, for the audit log.
struct EditorOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Who is reviewing, for the audit log (default: $CASEBOOK_EDITOR, then $USER).", valueName: "name"))
    var editor: String?

    /// The editor's name, or an error saying how to give one.
    func resolved() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [editor, environment["CASEBOOK_EDITOR"], environment["USER"], environment["LOGNAME"]]
        guard
            let name = candidates.compactMap({ $0?.trimmingCharacters(in: .whitespaces) }).first(where: { !$0.isEmpty })
        else { throw CommandError("who is reviewing? pass --editor NAME (or set CASEBOOK_EDITOR) for the audit log") }
        return name
    }
}
