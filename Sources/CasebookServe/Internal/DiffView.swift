import CasebookReview

/// A `RevisionDiff` shaped for the Mustache partial: every line as words, each marked kept, removed or added.
struct DiffView {
    struct Word {
        var text: String
        var same: Bool
        var removed: Bool
        var added: Bool
    }
    struct Line {
        var kind: String
        var old: String
        var new: String
        var words: [Word]
    }
    struct Hunk { var lines: [Line] }
    struct TitleChange {
        var old: String
        var new: String
    }

    var titleChange: TitleChange?
    var hunks: [Hunk]

    init(_ diff: RevisionDiff) {
        titleChange = diff.title.map { TitleChange(old: $0.old, new: $0.new) }
        hunks = diff.hunks.map { hunk in
            Hunk(
                lines: hunk.lines.map { line in
                    let words: [Word]
                    switch line.kind {
                    case .same: words = [Word(text: line.old ?? "", same: true, removed: false, added: false)]
                    case .removed: words = [Word(text: line.old ?? "", same: false, removed: true, added: false)]
                    case .added: words = [Word(text: line.new ?? "", same: false, removed: false, added: true)]
                    case .changed:
                        words = (line.words ?? []).map {
                            Word(
                                text: $0.text, same: $0.kind == .same, removed: $0.kind == .removed,
                                added: $0.kind == .added)
                        }
                    }
                    return Line(
                        kind: line.kind.rawValue, old: line.oldNumber.map(String.init) ?? "",
                        new: line.newNumber.map(String.init) ?? "", words: words)
                })
        }
    }
}
