import ArgumentParser
import CasebookCluster
import CasebookCore
import CasebookDraft
import Foundation

/// `casebook eval clusters --labels FILE`
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure a stage against labelled data.",
        subcommands: [Clusters.self, Drafts.self])

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

    /// `casebook eval drafts --truth FILE.json`
    struct Drafts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the store's drafts against a truth file of key facts and forbidden strings.",
            discussion: """
                FILE.json follows the schema of Samples/second/truth/drafts.json (per problem: key facts the \
                solution must hold, the cause's key phrase, strings that must never appear); clusters.csv beside \
                it says which ticket belongs to which problem. Each problem is scored on the article sharing most \
                of its tickets. Prints key-fact recall, leaks, title lengths, causes and sections.

                Examples:
                  casebook eval drafts --truth Samples/second/truth/drafts.json
                  casebook eval drafts --truth truth/drafts.json --json | jq .data.problems
                """)

        @Option(help: ArgumentHelp("The truth file (JSON).", valueName: "file"))
        var truth: String

        @OptionGroup var options: GlobalOptions

        func run() throws {
            try CommandRunner.run("eval drafts", output: options.output) {
                let evaluation = try DraftEvaluation(truth: URL(fileURLWithPath: truth))
                let report = try evaluation.evaluate(try options.openExistingStore(.readOnly))
                let console = options.output.console
                for problem in report.problems {
                    let mark = problem.articleID.map { "#\($0)" } ?? "none"
                    console.print(
                        "\(problem.key): article \(mark), facts \(problem.factsFound)/\(problem.facts), "
                            + "cause \(problem.causeStated ? (problem.causeFound ? "yes" : "missing") : "-"), "
                            + "leaks \(problem.leaks.count), answers \(problem.answersUsed), title \(problem.title.count) chars"
                    )
                }
                let recall = String(format: "%.3f", report.keyFactRecall)
                console.print("key-fact recall  \(recall) (\(report.factsFound)/\(report.facts))")
                console.print("leaks            \(report.leaks)")
                console.print("longest title    \(report.longestTitle) chars (\(report.titlesOver80) over 80)")
                console.print(
                    "causes           \(report.causesFound)/\(report.causesStated) stated causes in a cause section")
                console.print("per-ticket lines \(report.perTicketPhrases)")
                console.print("from 2+ answers  \(report.synthesisedFromSeveral) articles")
                console.print("without article  \(report.missingArticles) problems")
                return CommandResult(
                    summary: "key-fact recall \(recall), \(report.leaks) leaks on \(report.problems.count) problems",
                    counts: ["eval": ["problems": report.problems.count, "leaks": report.leaks]], data: report)
            }
        }
    }
}
