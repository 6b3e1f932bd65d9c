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
                """)

        @Option(help: ArgumentHelp("The labelled CSV file.", valueName: "file"))
        var labels: String

        @Option(help: ArgumentHelp("Fix the similarity threshold (0–1) instead of choosing it.", valueName: "x"))
        var threshold: Double?

        @Flag(help: "Print the figures as JSON.")
        var json = false

        func validate() throws {
            if let threshold, !(0...1).contains(threshold) {
                throw ValidationError("--threshold must be between 0 and 1")
            }
        }

        func run() throws {
            try CommandRunner.run {
                let url = URL(fileURLWithPath: labels)
                let examples = try ClusterEvaluation.loadLabelledCSV(url: url)
                let report = ClusterEvaluation(similarityThreshold: threshold).evaluate(examples)
                if json {
                    try Console.printJSON(report)
                    return .success
                }
                print("documents        \(report.documents)")
                print("true labels      \(report.trueLabels)")
                print("clusters found   \(report.clustersOfTwoOrMore) (of 2 or more texts)")
                print("left alone       \(report.singletons) texts (each scored as its own cluster)")
                print("NMI              \(String(format: "%.3f", report.nmi))")
                print("ARI              \(String(format: "%.3f", report.ari))")
                print("accuracy         \(String(format: "%.3f", report.accuracy)) (after Hungarian matching)")
                print("seconds          \(String(format: "%.2f", report.seconds))")
                return .success
            }
        }
    }
}
