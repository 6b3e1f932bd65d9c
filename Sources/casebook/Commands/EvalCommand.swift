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
                clusters is chosen by Casebook, not given. Prints NMI, ARI, accuracy after Hungarian matching and \
                the number of clusters found.

                Examples:
                  casebook eval clusters --labels ../shared/data/banking77/train.csv
                  casebook eval clusters --labels labelled.csv --json | jq .data.accuracy
                """)

        @Option(help: ArgumentHelp("The labelled CSV file.", valueName: "file"))
        var labels: String

        @Option(help: ArgumentHelp("Fix the similarity threshold (0–1) instead of choosing it.", valueName: "x"))
        var threshold: Double?

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let threshold, !(0...1).contains(threshold) {
                throw ValidationError("--threshold must be between 0 and 1")
            }
        }

        func run() throws {
            try CommandRunner.run("eval clusters", output: output) {
                let url = URL(fileURLWithPath: labels)
                let examples = try ClusterEvaluation.loadLabelledCSV(url: url)
                let report = ClusterEvaluation(similarityThreshold: threshold).evaluate(examples)
                let console = output.console
                console.print("documents        \(report.documents)")
                console.print("true labels      \(report.trueLabels)")
                console.print("clusters found   \(report.clustersOfTwoOrMore) (of 2 or more texts)")
                console.print("left alone       \(report.singletons) texts (each scored as its own cluster)")
                console.print("NMI              \(String(format: "%.3f", report.nmi))")
                console.print("ARI              \(String(format: "%.3f", report.ari))")
                console.print("accuracy         \(String(format: "%.3f", report.accuracy)) (after Hungarian matching)")
                console.print("seconds          \(String(format: "%.2f", report.seconds))")
                return CommandResult(
                    summary: "NMI \(String(format: "%.3f", report.nmi)), ARI \(String(format: "%.3f", report.ari)), "
                        + "accuracy \(String(format: "%.3f", report.accuracy)) on \(report.documents) texts",
                    counts: [
                        "eval": [
                            "documents": report.documents, "trueLabels": report.trueLabels,
                            "clusters": report.clustersOfTwoOrMore, "singletons": report.singletons,
                        ]
                    ], data: report)
            }
        }
    }
}
