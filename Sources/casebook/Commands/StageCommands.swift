import ArgumentParser
import CasebookCluster
import CasebookCore
import CasebookDraft
import CasebookIngest
import Foundation

extension ImportFormat: ExpressibleByArgument {}

/// `casebook ingest FILE...`
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Import resolved tickets from helpdesk exports into the store.",
        discussion: """
            Formats (see docs/FORMATS.md): Zendesk (API pages, or the data export's NDJSON), Freshdesk API v2, \
            Jira (XML/RSS or Cloud REST JSON), Help Scout Mailbox 2.0, generic NDJSON and generic CSV, told \
            apart by content (the extension is only a hint) or set with --format. A folder is one export: its \
            tickets pages, users pages and per-ticket comment files are read together. Importing the same export again updates changed tickets and duplicates nothing. \
            Records that cannot be read are reported with file and line, kept aside in the store, and make \
            the command exit 65; the good records around them are imported.

            Examples:
              casebook ingest export.json
              casebook ingest exports/zendesk/
              casebook ingest tickets.csv --format csv
              casebook ingest export.json --json | jq .counts.ingest
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "The export format, when it cannot be told from the file.")
    var format: ImportFormat?

    @Argument(help: ArgumentHelp("Export files or folders to import.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one export file to ingest") }
    }

    func run() throws {
        let urls = files.map { URL(fileURLWithPath: $0) }
        try CommandRunner.runStages(
            "ingest", [IngestStage(files: urls, format: format)], options: options, creatingStore: true)
    }
}

/// `casebook cluster`
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group the stored tickets that describe the same problem.",
        discussion: """
            Replaces the previous clustering. Problems seen fewer than cluster.min_size times get no article.

            Examples:
              casebook cluster
              casebook cluster --json | jq .counts.cluster
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try CommandRunner.runStages("cluster", [ClusterStage()], options: options)
    }
}

/// `casebook draft`
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft one article per recurring problem from the agents' public answers.",
        discussion: """
            Personal data is redacted before a draft is stored; internal notes are never used. Articles an \
            editor has changed, approved or rejected are never overwritten: a new draft becomes a suggestion.

            With --ticket, drafts one article from that ticket's public conversation alone (to capture a \
            great answer), with the same grading, redaction and review rules.

            Examples:
              casebook draft
              casebook draft && casebook review list --state draft
              casebook draft --ticket zendesk#1042
            """)

    @Option(help: ArgumentHelp("Draft from this one ticket (zendesk#1042, or its id).", valueName: "ref"))
    var ticket: String?

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try CommandRunner.runStages("draft", [DraftStage(ticket: ticket)], options: options)
    }
}

extension IngestReport: RejectListing {
    var rejectLines: [String] { rejects.map(\.description) }
}
