import ArgumentParser

/// The `casebook` command: resolved helpdesk tickets in, a reviewed static help center out.
@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: "Turn resolved support tickets into a reviewed, published knowledge base.",
        discussion: """
            Stages: ingest → cluster → draft → review → publish, all against one SQLite store \
            (./casebook.sqlite, or --db). `casebook run` does them in order.

            Exit codes: 0 success · 1 failure · 64 bad command line · 65 done, but some records were \
            rejected and kept aside · 66 an input file is missing or unreadable · 74 the store or an \
            output file could not be read or written · 78 casebook.yml or a template is invalid.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, IngestCommand.self, ClusterCommand.self, DraftCommand.self, ReviewCommand.self,
            PublishCommand.self, RunCommand.self, StatusCommand.self, EvalCommand.self, RedactCommand.self,
        ]
    )
}
