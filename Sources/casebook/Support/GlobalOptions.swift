import ArgumentParser
import CasebookCore
import CasebookPublish
import Foundation

/// How much a command prints: `--quiet` and `--json`, shared by every command.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(
        name: .long,
        help: "Print one JSON object on standard output (the same shape for every command; no progress bar).")
    var json = false

    /// Where human output goes: nowhere with --quiet or --json.
    var console: Console { Console(isQuiet: quiet || json) }
}

/// The flags every command that reads the configuration and the store shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store file.", valueName: "path"))
    var db: String = Store.defaultPath

    @Option(
        name: .long,
        help: ArgumentHelp("The configuration file (default: ./casebook.yml when present).", valueName: "path"))
    var config: String?

    @OptionGroup var output: OutputOptions

    var quiet: Bool { output.quiet }
    var json: Bool { output.json }

    func validate() throws {
        if db.isEmpty { throw ValidationError("--db needs a path") }
    }

    /// The folder of the configuration file (the working directory when there is none): a site's
    /// `Templates/` is looked for beside it.
    var configurationFolder: URL {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        guard let config else { return cwd }
        return URL(fileURLWithPath: config, relativeTo: cwd).deletingLastPathComponent()
    }

    /// The site's theme: `templates` (a --templates flag), else `site.templates`, else `Templates/` beside
    /// the configuration when it exists, over the built-in theme.
    func theme(templates: String?) throws -> Theme {
        if let templates { return try Theme(overrides: URL(fileURLWithPath: templates, isDirectory: true)) }
        if let folder = try loadConfiguration().site.templates {
            return try Theme(overrides: URL(fileURLWithPath: folder, isDirectory: true))
        }
        let beside = configurationFolder.appendingPathComponent("Templates", isDirectory: true)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: beside.path, isDirectory: &isFolder), isFolder.boolValue {
            return try Theme(overrides: beside)
        }
        return .builtIn
    }

    /// The configuration, from --config, ./casebook.yml or the defaults.
    func loadConfiguration() throws -> CasebookConfiguration {
        try CasebookConfiguration.load(
            path: config, folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Opens the store, which must exist already (only `init`, `ingest` and `run` create one). With
    /// `.readOnly` nothing is written; `.readWriteIfPossible` falls back to reading when the file cannot be
    /// written (a store on a read-only disk can still be listed and published).
    func openExistingStore(_ access: Store.Access = .readWrite) throws -> Store {
        guard FileManager.default.fileExists(atPath: db) else {
            throw CommandError(
                "\(db): no store here; run `casebook init` or `casebook ingest FILE`, or pass --db", exitCode: .noInput)
        }
        return try Store.open(at: db, access: access)
    }

    /// Opens the store (creating it when `creatingStore`) and builds the context automatic stages run
    /// against (acting as `casebook`).
    func makeContext(creatingStore: Bool, access: Store.Access = .readWrite) throws -> PipelineContext {
        let configuration = try loadConfiguration()
        let store = creatingStore ? try Store.open(at: db) : try openExistingStore(access)
        let progress = quiet || json ? ProgressReporter.silent : TerminalProgress.reporter()
        return PipelineContext(store: store, configuration: configuration, progress: progress)
    }

    /// Where human output goes: nowhere with --quiet or --json.
    var console: Console { output.console }
}

/// Who is acting, for the audit log.
struct EditorOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Who is acting, for the audit log (default: $CASEBOOK_EDITOR, then $USER).", valueName: "name"))
    var editor: String?

    /// The editor's name: --editor, then $CASEBOOK_EDITOR, then $USER; otherwise an error naming all three.
    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let candidates = [editor, environment["CASEBOOK_EDITOR"], environment["USER"]]
        guard
            let name = candidates.compactMap({ $0?.trimmingCharacters(in: .whitespaces) }).first(where: { !$0.isEmpty })
        else {
            throw CommandError(
                "who is acting? pass --editor NAME, or set $CASEBOOK_EDITOR (or $USER), for the audit log",
                exitCode: .usage)
        }
        return name
    }
}
