import ArgumentParser
import CasebookCluster
import CasebookCore
import Foundation

/// `casebook eval clusters --labels FILE`
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure a stage against labelled data.",
        subcommands: [Clusters.self])

    /// `casebook eval clusters --labels FILE.csv`
    struct Clusters: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cluster labelled texts and score the result against the labels.",
            discussion: """
                FILE.csv has a header with a `text` column and a `label` (or `category`) column. The number of \
                clusters is chosen by Casebook, not given. Prints NMI, ARI and accuracy after Hungarian matching two \
                ways: as clustered (texts left alone scored together as one group) and with every text given to \
                its nearest cluster, with the clusters of two or more against the true number of labels.

                Examples:
                  casebook eval clusters --labels ../shared/data/banking77/train.csv
                  casebook eval clusters --labels labelled.csv --json | jq .data.accuracy
                  casebook eval clusters --labels Samples/second/truth/labelled.csv --answer-column answer
                """)

        @Option(help: ArgumentHelp("The labelled CSV file.", valueName: "file"))
        var labels: String

        @Option(help: ArgumentHelp("The column holding the customer's text.", valueName: "name"))
        var textColumn = "text"

        @Option(help: ArgumentHelp("The column holding the label (default: label, else category).", valueName: "name"))
        var labelColumn: String?

        @Option(help: ArgumentHelp("A column holding the answer that resolved each text.", valueName: "name"))
        var answerColumn: String?

        @Option(help: ArgumentHelp("Fix the similarity threshold (0–1) instead of choosing it.", valueName: "x"))
        var threshold: Double?

        @Option(help: ArgumentHelp("Fix the Louvain resolution instead of choosing it from the data.", valueName: "x"))
        var resolution: Double?

        @Flag(help: "Read every text as English instead of detecting its language.")
        var noLanguageDetection = false

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let threshold, !(0...1).contains(threshold) {
                throw ValidationError("--threshold must be between 0 and 1")
            }
            if let resolution, !(resolution > 0) {
                throw ValidationError("--resolution must be above 0")
            }
        }

        func run() throws {
            try CommandRunner.run("eval clusters", output: output) {
                let url = URL(fileURLWithPath: labels)
                let examples = try ClusterEvaluation.loadLabelledCSV(
                    url: url, textColumn: textColumn, labelColumn: labelColumn, answerColumn: answerColumn)
                var evaluation = ClusterEvaluation(similarityThreshold: threshold)
                evaluation.clusterer.resolution = resolution
                evaluation.detectsLanguage = !noLanguageDetection
                let report = evaluation.evaluate(examples)
                let console = output.console
                console.print("documents        \(report.documents)")
                console.print("true labels      \(report.trueLabels)")
                for (name, scores) in [
                    ("as clustered", report.asClustered), ("every assigned", report.everyTextAssigned),
                ] {
                    console.print(
                        name.padding(toLength: 17, withPad: " ", startingAt: 0)
                            + "\(scores.clustersOfTwoOrMore) clusters of 2+ "
                            + "(\(String(format: "%.2f", Double(scores.clustersOfTwoOrMore) / Double(report.trueLabels)))x "
                            + "the labels), \(scores.unclustered) alone (one group): NMI \(String(format: "%.3f", scores.nmi)) "
                            + "ARI \(String(format: "%.3f", scores.ari)) accuracy \(String(format: "%.3f", scores.accuracy))"
                    )
                }
                let resolutions = report.resolutions.sorted { $0.key < $1.key }
                    .map { "\($0.key) \(String(format: "%.2f", $0.value))" }.joined(separator: ", ")
                console.print("resolution       \(resolutions)")
                console.print("seconds          \(String(format: "%.2f", report.seconds))")
                let scores = report.everyTextAssigned
                return CommandResult(
                    summary: "every text assigned: NMI \(String(format: "%.3f", scores.nmi)), ARI "
                        + "\(String(format: "%.3f", scores.ari)), accuracy \(String(format: "%.3f", scores.accuracy)) "
                        + "on \(report.documents) texts",
                    counts: [
                        "eval": [
                            "documents": report.documents, "trueLabels": report.trueLabels,
                            "clusters": scores.clustersOfTwoOrMore, "unclustered": report.asClustered.unclustered,
                        ]
                    ], data: report)
            }
        }
    }
}
