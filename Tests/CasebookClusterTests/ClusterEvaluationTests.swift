import CasebookCore
import Foundation
import Testing

@testable import CasebookCluster

@Suite struct ClusterEvaluationTests {
    static var samples: [LabelledText] {
        Fixtures.rows.map { LabelledText(text: $0.subject + ". " + $0.message, label: $0.problem) }
    }

    @Test func scoresTheFixtures() {
        let report = ClusterEvaluation().evaluate(Self.samples)
        #expect(report.documents == 25)
        #expect(report.trueLabels == 8)
        #expect(report.everyTextAssigned.nmi > 0.85)
        #expect(report.everyTextAssigned.ari > 0.8)
        #expect(report.everyTextAssigned.accuracy > 0.8)
        #expect(report.everyTextAssigned.unclustered <= report.asClustered.unclustered)
        #expect(Set(report.resolutions.keys) == ["en", "fr"])
    }

    /// Texts left alone count as one group: 4 texts of 2 labels, 2 of them clustered, the other 2 alone.
    @Test func scoresTheUnclusteredAsOneGroup() {
        let outcome = ClusteringOutcome(
            clusters: [
                ClusterResult(
                    key: "c-1", label: "", language: "en", cohesion: 1,
                    members: [
                        .init(index: 0, reference: "a", similarity: 1), .init(index: 1, reference: "b", similarity: 1),
                    ])
            ], singletons: [2, 3], thresholds: [:])
        let scores = EvaluationReport.Scores(truth: ["x", "x", "y", "y"], outcome: outcome)
        #expect(scores.accuracy == 1)
        #expect(scores.ari == 1)
        #expect(scores.unclustered == 2)
        #expect(scores.clustersOfTwoOrMore == 1)
    }

    @Test func readsNamedColumnsAndAnswers() throws {
        let url = try temporaryFile("Body,Intent,Reply\nhello,greet,hi there\nbye,leave,see you\n")
        let samples = try ClusterEvaluation.loadLabelledCSV(
            url: url, textColumn: "body", labelColumn: "intent", answerColumn: "reply")
        #expect(
            samples == [
                LabelledText(text: "hello", label: "greet", answer: "hi there"),
                LabelledText(text: "bye", label: "leave", answer: "see you"),
            ])
        let error = #expect(throws: LabelledDataError.self) {
            try ClusterEvaluation.loadLabelledCSV(
                url: url, textColumn: "body", labelColumn: "intent", answerColumn: "fix")
        }
        #expect(error?.reason == .missingColumn("fix"))
    }

    @Test func loadsALabelledCSV() throws {
        let url = try temporaryFile(
            "id,Category,text\n1,refund,\"Charged twice, please refund\"\n2,login,\"Can't log in\nafter reset\"\n")
        let samples = try ClusterEvaluation.loadLabelledCSV(url: url)
        #expect(samples.map(\.label) == ["refund", "login"])
        #expect(samples[1].text == "Can't log in\nafter reset")
    }

    @Test(arguments: [
        ("label,body\nx,y\n", LabelledDataError.Reason.missingColumn("text")),
        ("text,comment\nx,y\n", .missingColumn("label")),
        ("text,label\nfine,a\nshort\n", .badRow(line: 3, detail: "record 3 has 1 fields, the header 2")),
        ("text,label\nfine,a\nno label, \n", .badRow(line: 3, detail: "record 3 has an empty label")),
        ("text,label\n\"never closed,a\n", .badRow(line: 2, detail: "a quoted field opened here is never closed")),
        ("text,label\n", .empty),
    ])
    func rejectsBadFilesWithOneLine(_ contents: String, _ reason: LabelledDataError.Reason) throws {
        let url = try temporaryFile(contents)
        let error = #expect(throws: LabelledDataError.self) { try ClusterEvaluation.loadLabelledCSV(url: url) }
        #expect(error?.reason == reason)
        #expect(error?.description.contains("\n") == false)
        #expect(error?.description.hasPrefix(url.path) == true)
    }

    @Test func reportsAMissingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/labels.csv")
        let error = #expect(throws: LabelledDataError.self) { try ClusterEvaluation.loadLabelledCSV(url: url) }
        #expect(error?.reason == .unreadable)
        #expect(error?.exitCode == .noInput)
    }

    private func temporaryFile(_ contents: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString).csv")
        try Data(contents.utf8).write(to: url)
        return url
    }
}
