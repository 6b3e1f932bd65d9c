import Foundation
import Testing

@testable import CasebookCore

@Suite("Pipeline")
struct PipelineTests {
    struct Report: StageReport {
        var stage: String
        var summary: String { "ok" }
    }

    struct Step: Stage {
        var name: String
        var fails = false
        struct Failure: Error {}
        func run(in context: PipelineContext) throws -> any StageReport {
            if fails { throw Failure() }
            return Report(stage: name)
        }
    }

    @Test("stages run in order and a failure is wrapped with the failing stage's name")
    func order() throws {
        let context = PipelineContext(store: try Store.inMemory())
        let reports = try Pipeline([Step(name: "a"), Step(name: "b")]).run(in: context)
        #expect(reports.map(\.stage) == ["a", "b"])
        var seen: [String] = []
        #expect {
            try Pipeline([Step(name: "a"), Step(name: "b", fails: true), Step(name: "c")])
                .run(in: context) { seen.append($0.stage) }
        } throws: { error in
            (error as? StageError)?.stage == "b"
        }
        #expect(seen == ["a"])
    }

    @Test("the content hash is stable and separates parts")
    func hash() {
        #expect(ContentHash.of(["ab", "c"]) != ContentHash.of(["a", "bc"]))
        #expect(ContentHash.of(["x"]) == ContentHash.of(["x"]))
        #expect(ContentHash.of(["x"]).count == 16)
    }
}
