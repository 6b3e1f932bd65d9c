import ArgumentParser
import CasebookCore

/// The `casebook` command: resolved helpdesk tickets in, a reviewed static help center out.
@main
struct Casebook: ParsableCommand {
    /// The release, as `casebook --version` prints it.
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: "Turn resolved support tickets into a reviewed, published knowledge base.",
        discussion: """
            Stages: ingest → cluster → draft → review → publish, all against one SQLite store \
            (./casebook.sqlite, or --db). `casebook run` does them in order.

            Exit codes: 0 success · 1 failure · 64 bad command line · 65 done, but some records were \
            rejected and kept aside · 66 an input file is missing or unreadable · 74 the store or an \
            output file could not be read or written · 78 casebook.yml or a template is invalid.

            Examples:
              casebook init
              casebook run export.json --out site        # ingest, cluster, draft, publish what is approved
              casebook review list --state draft
              casebook export articles kb                # reviewed articles as Markdown, for git
              casebook publish --from kb --out site      # in CI: the site from kb/, no store needed
            """,
        version: "casebook \(version) (store schema \(Store.schemaVersion))",
        subcommands: [
            InitCommand.self, IngestCommand.self, ClusterCommand.self, DraftCommand.self, ReviewCommand.self,
            PublishCommand.self, RunCommand.self, StatusCommand.self, ExportCommand.self, ImportCommand.self,
            ForgetCommand.self, ServeCommand.self, ThemeCommand.self, EvalCommand.self,
            RedactCommand.self,
        ]
    )

    /// Parses the command line and runs the command, with Casebook's error conventions: one line and a
    /// usage hint for a bad command line, "did you mean" for a mistyped command, JSON with `--json`.
    static func main() async {
        await CommandLineEntry.run(arguments: Array(CommandLine.arguments.dropFirst()))
    }
}
