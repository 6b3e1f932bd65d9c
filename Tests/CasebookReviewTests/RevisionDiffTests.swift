import CasebookCore
import CasebookReview
import Testing

@Suite("Revision diff")
struct RevisionDiffTests {
    @Test("changed lines show the words that changed; hunks keep three lines of context")
    func wordsAndContext() {
        let old = (1...10).map { "Line \($0)." }.joined(separator: "\n")
        var lines = (1...10).map { "Line \($0)." }
        lines[4] = "Line five, reworded."
        lines.append("Line 11.")
        let diff = RevisionDiff(oldTitle: "T", oldBody: old, newTitle: "T2", newBody: lines.joined(separator: "\n"))
        #expect(diff.title == RevisionDiff.TitleChange(old: "T", new: "T2"))
        #expect(diff.added == 2 && diff.removed == 1)
        #expect(diff.hunks.count == 1, "changes 6 lines apart share a hunk")
        #expect(
            diff.text(colored: false) == """
                - title: T
                + title: T2
                @@ line 2 @@
                  Line 2.
                  Line 3.
                  Line 4.
                ~ Line [-5-]{+five, reworded+}.
                  Line 6.
                  Line 7.
                  Line 8.
                  Line 9.
                  Line 10.
                + Line 11.
                """)
    }

    @Test("control characters in the texts never reach the terminal")
    func neutralised() {
        let diff = RevisionDiff(oldTitle: "a", oldBody: "x", newTitle: "a", newBody: "x\u{1B}]0;owned\u{07}")
        let text = diff.text(colored: true)
        #expect(!text.contains("\u{07}"))
        #expect(!text.contains("\u{1B}]0"))
        #expect(text.contains("\\u{1b}]0;owned\\u{7}"))
    }

    @Test("identical texts have no differences")
    func empty() {
        let diff = RevisionDiff(oldTitle: "a", oldBody: "b", newTitle: "a", newBody: "b")
        #expect(diff.isEmpty)
        #expect(diff.text(colored: false) == "(no differences)")
    }
}
