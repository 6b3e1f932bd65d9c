/// Three-way merge of texts line by line (diff3): what one side changed from the common base is taken
/// when the other side left those lines alone; where both changed the same lines differently, the
/// result has a conflict instead of silently preferring one side.
public enum TextMerge {
    /// A merge's outcome.
    public struct Outcome: Equatable, Sendable {
        /// The merged lines, with conflicting hunks marked as conflicts.
        public var hunks: [Hunk]

        /// True when some hunk was changed on both sides in different ways.
        public var hasConflicts: Bool { hunks.contains { if case .conflict = $0 { true } else { false } } }

        /// The merged text, when there is no conflict.
        public var text: String? {
            guard !hasConflicts else { return nil }
            return hunks.flatMap { hunk -> [String] in
                if case .resolved(let lines) = hunk { return lines }
                return []
            }.joined(separator: "\n")
        }

        /// The conflicts, as (base, ours, theirs) line lists, in order.
        public var conflicts: [(base: [String], ours: [String], theirs: [String])] {
            hunks.compactMap {
                if case .conflict(let base, let ours, let theirs) = $0 { (base, ours, theirs) } else { nil }
            }
        }

        public static func == (lhs: Outcome, rhs: Outcome) -> Bool { lhs.hunks == rhs.hunks }
    }

    /// A stretch of the merged text.
    public enum Hunk: Equatable, Sendable {
        case resolved([String])
        case conflict(base: [String], ours: [String], theirs: [String])
    }

    /// Merges `theirs` into `ours`, both derived from `base`.
    public static func merge(base: String, ours: String, theirs: String) -> Outcome {
        let baseLines = TextDiff.lines(base)
        let oursLines = TextDiff.lines(ours)
        let theirsLines = TextDiff.lines(theirs)
        let oursMap = matches(baseLines, oursLines)
        let theirsMap = matches(baseLines, theirsLines)
        var hunks: [Hunk] = []
        func emit(_ hunk: Hunk) {
            if case .resolved(let new) = hunk, case .resolved(let old)? = hunks.last {
                hunks[hunks.count - 1] = .resolved(old + new)
            } else if case .resolved(let lines) = hunk, lines.isEmpty {
                return
            } else {
                hunks.append(hunk)
            }
        }
        // Walk the base; a base line kept by both sides is a synchronisation point.
        var baseIndex = 0
        var oursIndex = 0
        var theirsIndex = 0
        while true {
            // Find the next base line that both sides kept, at or after the cursors.
            var next = baseIndex
            while next < baseLines.count {
                if let o = oursMap[next], let t = theirsMap[next], o >= oursIndex, t >= theirsIndex { break }
                next += 1
            }
            let oursEnd = next < baseLines.count ? oursMap[next]! : oursLines.count
            let theirsEnd = next < baseLines.count ? theirsMap[next]! : theirsLines.count
            let baseChunk = Array(baseLines[baseIndex..<next])
            let oursChunk = Array(oursLines[oursIndex..<oursEnd])
            let theirsChunk = Array(theirsLines[theirsIndex..<theirsEnd])
            if oursChunk == theirsChunk {
                emit(.resolved(oursChunk))
            } else if oursChunk == baseChunk {
                emit(.resolved(theirsChunk))
            } else if theirsChunk == baseChunk {
                emit(.resolved(oursChunk))
            } else {
                emit(.conflict(base: baseChunk, ours: oursChunk, theirs: theirsChunk))
            }
            guard next < baseLines.count else { break }
            emit(.resolved([baseLines[next]]))
            baseIndex = next + 1
            oursIndex = oursEnd + 1
            theirsIndex = theirsEnd + 1
        }
        return Outcome(hunks: hunks)
    }

    /// For each base line kept in `other`, its index there.
    private static func matches(_ base: [String], _ other: [String]) -> [Int: Int] {
        var map: [Int: Int] = [:]
        var otherIndex = 0
        for step in TextDiff.script(base, other) {
            switch step {
            case .same(let index):
                map[index] = otherIndex
                otherIndex += 1
            case .added: otherIndex += 1
            case .removed: break
            }
        }
        return map
    }
}
