/// The differences between two sequences (lines of an article, words of a line), by Myers' O(ND) algorithm:
/// the shortest edit script, with runs kept together so a diff reads as hunks.
public enum TextDiff {
    /// One run of an edit script.
    public enum Run<Element: Equatable & Sendable>: Equatable, Sendable {
        case same([Element])
        case removed([Element])
        case added([Element])
    }

    /// The runs that turn `old` into `new`; removals come before additions where both happen at one place.
    public static func runs<Element: Equatable & Sendable>(_ old: [Element], _ new: [Element]) -> [Run<Element>] {
        var runs: [Run<Element>] = []
        func append(_ kind: Int, _ element: Element) {
            switch (runs.last, kind) {
            case (.same(let list)?, 0): runs[runs.count - 1] = .same(list + [element])
            case (.removed(let list)?, 1): runs[runs.count - 1] = .removed(list + [element])
            case (.added(let list)?, 2): runs[runs.count - 1] = .added(list + [element])
            default: runs.append(kind == 0 ? .same([element]) : kind == 1 ? .removed([element]) : .added([element]))
            }
        }
        for step in script(old, new) {
            switch step {
            case .same(let index): append(0, old[index])
            case .removed(let index): append(1, old[index])
            case .added(let index): append(2, new[index])
            }
        }
        return runs
    }

    /// One step of an edit script: an index into the old sequence (kept or removed) or the new one (added).
    enum Step: Equatable {
        case same(Int)
        case removed(Int)
        case added(Int)
    }

    /// Myers' greedy forward algorithm with a trace, then a walk back; removals are emitted first.
    static func script<Element: Equatable>(_ old: [Element], _ new: [Element]) -> [Step] {
        // Common prefix and suffix first: most edits of an article touch a few lines.
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var middle: [Step] = []
        let n = a.count
        let m = b.count
        if n == 0 {
            middle = (0..<m).map { .added($0) }
        } else if m == 0 {
            middle = (0..<n).map { .removed($0) }
        } else {
            let maximum = n + m
            let offset = maximum
            var frontier = Array(repeating: 0, count: 2 * maximum + 2)
            var trace: [[Int]] = []
            outer: for depth in 0...maximum {
                trace.append(frontier)
                for k in stride(from: -depth, through: depth, by: 2) {
                    var x: Int
                    if k == -depth || (k != depth && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                        x = frontier[offset + k + 1]
                    } else {
                        x = frontier[offset + k - 1] + 1
                    }
                    var y = x - k
                    while x < n, y < m, a[x] == b[y] {
                        x += 1
                        y += 1
                    }
                    frontier[offset + k] = x
                    if x >= n, y >= m { break outer }
                }
            }
            var x = n
            var y = m
            var reversed: [Step] = []
            for depth in stride(from: trace.count - 1, through: 0, by: -1) {
                let previous = trace[depth]
                let k = x - y
                let previousK: Int
                if k == -depth || (k != depth && previous[offset + k - 1] < previous[offset + k + 1]) {
                    previousK = k + 1
                } else {
                    previousK = k - 1
                }
                let previousX = previous[offset + previousK]
                let previousY = previousX - previousK
                while x > previousX, y > previousY {
                    x -= 1
                    y -= 1
                    reversed.append(.same(x))
                }
                if depth > 0 {
                    if x == previousX {
                        y -= 1
                        reversed.append(.added(y))
                    } else {
                        x -= 1
                        reversed.append(.removed(x))
                    }
                }
            }
            middle = reversed.reversed()
            middle = grouped(middle)
        }
        let shifted: [Step] = middle.map {
            switch $0 {
            case .same(let index): .same(index + prefix)
            case .removed(let index): .removed(index + prefix)
            case .added(let index): .added(index + prefix)
            }
        }
        return (0..<prefix).map { .same($0) } + shifted + (0..<suffix).map { .same(old.count - suffix + $0) }
    }

    /// Within each stretch between kept elements, removals first, then additions.
    private static func grouped(_ steps: [Step]) -> [Step] {
        var result: [Step] = []
        var removed: [Step] = []
        var added: [Step] = []
        func flush() {
            result += removed + added
            removed = []
            added = []
        }
        for step in steps {
            switch step {
            case .same:
                flush()
                result.append(step)
            case .removed: removed.append(step)
            case .added: added.append(step)
            }
        }
        flush()
        return result
    }

    /// The lines of `text` (a final newline does not make an empty last line).
    public static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The words and the spaces between them, so that joining the tokens gives the text back.
    public static func words(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsSpace: Bool?
        for character in text {
            let isSpace = character.isWhitespace
            let isPunctuation = character.isPunctuation || character.isSymbol
            if isPunctuation {
                if !current.isEmpty { tokens.append(current) }
                tokens.append(String(character))
                current = ""
                currentIsSpace = nil
                continue
            }
            if currentIsSpace != nil, currentIsSpace != isSpace, !current.isEmpty {
                tokens.append(current)
                current = ""
            }
            current.append(character)
            currentIsSpace = isSpace
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
