import CasebookCore
import Testing

@Suite("Text diff and merge")
struct TextMergeTests {
    @Test("the edit script is the shortest one and keeps the text")
    func diff() {
        let old = ["a", "b", "c", "d", "e"]
        let new = ["a", "x", "c", "d", "f", "g"]
        let runs = TextDiff.runs(old, new)
        #expect(
            runs == [
                .same(["a"]), .removed(["b"]), .added(["x"]), .same(["c", "d"]), .removed(["e"]), .added(["f", "g"]),
            ])
        #expect(TextDiff.runs([String](), ["a"]) == [.added(["a"])])
        #expect(TextDiff.runs(["a"], []) == [.removed(["a"])])
        #expect(TextDiff.words("Open Settings > Security.").joined() == "Open Settings > Security.")
    }

    @Test(
        "three-way merges",
        arguments: [
            // (base, ours, theirs, merged or nil for a conflict)
            ("a\nb\nc", "a\nB\nc", "a\nb\nc\nd", "a\nB\nc\nd"),
            ("a\nb\nc", "a\nb\nc", "x\nb\nc", "x\nb\nc"),
            ("a\nb\nc", "a\nB\nc", "a\nB\nc", "a\nB\nc"),
            ("a\nb\nc", "a\nB\nc", "a\nβ\nc", nil),
            ("a\nb\nc", "a\nc", "a\nb\nc\nd", "a\nc\nd"),
            ("", "new text", "", "new text"),
        ] as [(String, String, String, String?)])
    func merge(base: String, ours: String, theirs: String, merged: String?) {
        let outcome = TextMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.text == merged)
        #expect(outcome.hasConflicts == (merged == nil))
    }
}
