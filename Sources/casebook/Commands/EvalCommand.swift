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
