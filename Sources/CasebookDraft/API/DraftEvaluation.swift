import CasebookCore
import Foundation
import GRDB

/// Scores the store's drafts against a truth file written for a generated export (schema
/// `ledgerbird-draft-truth/1`: per problem, the key facts its solution must hold, the cause's key phrase,
/// strings that must never appear), with `clusters.csv` beside it saying which ticket belongs to which
/// problem. Each problem is scored on the article sharing most of its tickets.
public struct DraftEvaluation: Sendable {
    /// One problem of the truth file.
    public struct Problem: Decodable, Sendable {
        public var key: String
        public var language: String
        public var keyFacts: [[String]]
        public var cause: Cause?
        public var perTicketPhrases: [String]
        public var mustNot: [String]
        public var draft: Bool?

        public struct Cause: Decodable, Sendable {
            public var stated: Bool
            public var keyPhrase: [String]
            enum CodingKeys: String, CodingKey {
                case stated
                case keyPhrase = "key_phrase"
            }
        }

        enum CodingKeys: String, CodingKey {
            case key, language, cause, draft
            case keyFacts = "key_facts"
            case perTicketPhrases = "per_ticket_phrases"
            case mustNot = "must_not"
        }
    }

    struct Truth: Decodable {
        var problems: [Problem]
        var globalMustNotFile: String?
        enum CodingKeys: String, CodingKey {
            case problems
            case globalMustNotFile = "global_must_not_file"
        }
    }

    /// The scores of one problem.
    public struct ProblemScore: Codable, Sendable, Equatable {
        public var key: String
        public var articleID: Int64?
        public var title: String
        public var facts: Int
        public var factsFound: Int
        public var causeStated: Bool
        public var causeFound: Bool
        public var leaks: [String]
        public var perTicketPhrases: Int
        public var sections: [String]
        public var answersUsed: Int
    }

    /// The whole evaluation.
    public struct Report: Codable, Sendable {
        public var problems: [ProblemScore]
        public var facts: Int { problems.reduce(0) { $0 + $1.facts } }
        public var factsFound: Int { problems.reduce(0) { $0 + $1.factsFound } }
        /// Key facts found in the solutions, over all key facts.
        public var keyFactRecall: Double { facts == 0 ? 1 : Double(factsFound) / Double(facts) }
        /// Strings that must never appear and did, counted once per article and string.
        public var leaks: Int { problems.reduce(0) { $0 + $1.leaks.count } }
        public var missingArticles: Int { problems.filter { $0.articleID == nil }.count }
        public var longestTitle: Int { problems.map(\.title.count).max() ?? 0 }
        public var titlesOver80: Int { problems.filter { $0.title.count > 80 }.count }
        public var causesStated: Int { problems.filter(\.causeStated).count }
        public var causesFound: Int { problems.filter { $0.causeStated && $0.causeFound }.count }
        public var perTicketPhrases: Int { problems.reduce(0) { $0 + $1.perTicketPhrases } }
        public var synthesisedFromSeveral: Int { problems.filter { $0.answersUsed >= 2 }.count }
    }

    let problems: [Problem]
    let globalMustNot: [String]
    /// `source#externalID` → problem key.
    let ticketProblems: [String: String]

    /// Reads `truth` (JSON) and the `clusters.csv` and global must-not file it names, from its folder.
    public init(truth url: URL) throws {
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: url))
        problems = truth.problems.filter { $0.draft != false && !$0.keyFacts.isEmpty }
        let folder = url.deletingLastPathComponent()
        if let name = truth.globalMustNotFile {
            let candidates = [
                folder.appendingPathComponent(name), folder.deletingLastPathComponent().appendingPathComponent(name),
            ]
            let text = candidates.lazy.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.first ?? ""
            globalMustNot = text.split(separator: "\n").compactMap { line in
                line.split(separator: "\t", maxSplits: 1).last.map { String($0).trimmingCharacters(in: .whitespaces) }
            }.filter { $0.count >= 4 }
        } else {
            globalMustNot = []
        }
        let csv = try String(contentsOf: folder.appendingPathComponent("clusters.csv"), encoding: .utf8)
        var map: [String: String] = [:]
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { continue }
            map["\(fields[0])#\(fields[1])"] = fields[2]
        }
        ticketProblems = map
    }

    /// Scores the current text of each problem's article in `store`.
    public func evaluate(_ store: Store) throws -> Report {
        try store.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT articleSource.articleID, ticket.source, ticket.externalID
                    FROM articleSource JOIN ticket ON ticket.id = articleSource.ticketID
                    """)
            var shared: [String: [Int64: Int]] = [:]
            for row in rows {
                let reference = "\(row[1] as String)#\(row[2] as String)"
                guard let problem = ticketProblems[reference] else { continue }
                shared[problem, default: [:]][row[0] as Int64, default: 0] += 1
            }
            var scores: [ProblemScore] = []
            for problem in problems {
                let best = shared[problem.key]?.max { lhs, rhs in
                    lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key
                }
                guard let articleID = best?.key, let article = try Article.fetchOne(db, key: articleID),
                    let revisionID = article.currentRevisionID,
                    let revision = try ArticleRevision.fetchOne(db, key: revisionID)
                else {
                    scores.append(
                        ProblemScore(
                            key: problem.key, articleID: nil, title: "", facts: problem.keyFacts.count, factsFound: 0,
                            causeStated: problem.cause?.stated ?? false, causeFound: false, leaks: [],
                            perTicketPhrases: 0, sections: [], answersUsed: 0))
                    continue
                }
                let answers =
                    try Int.fetchOne(
                        db,
                        sql:
                            "SELECT COUNT(DISTINCT commentID) FROM articleProvenance WHERE revisionID = ? AND section IN ('step', 'cause')",
                        arguments: [revisionID]) ?? 0
                scores.append(score(problem, articleID: articleID, revision: revision, answersUsed: answers))
            }
            return Report(problems: scores)
        }
    }

    func score(_ problem: Problem, articleID: Int64, revision: ArticleRevision, answersUsed: Int) -> ProblemScore {
        let sections = Self.sections(of: revision.body)
        let solution = sections.filter { Self.isSolution($0.heading) }.map(\.text).joined(separator: "\n")
        let cause = sections.filter { Self.isCause($0.heading) }.map(\.text).joined(separator: "\n")
        let found = problem.keyFacts.filter { alternatives in alternatives.contains { Self.contains(solution, $0) } }
        let whole = revision.title + "\n" + revision.body
        let leaks = Set((problem.mustNot + globalMustNot).filter { Self.containsWord(whole, $0) })
        let causeFound = problem.cause.map { truth in truth.keyPhrase.contains { Self.contains(cause, $0) } } ?? false
        return ProblemScore(
            key: problem.key, articleID: articleID, title: revision.title, facts: problem.keyFacts.count,
            factsFound: found.count, causeStated: problem.cause?.stated ?? false, causeFound: causeFound,
            leaks: leaks.sorted(), perTicketPhrases: problem.perTicketPhrases.filter { Self.contains(whole, $0) }.count,
            sections: sections.map(\.heading), answersUsed: answersUsed)
    }

    /// The `## ` sections of a Markdown body, with their headings.
    static func sections(of body: String) -> [(heading: String, text: String)] {
        var sections: [(heading: String, text: String)] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                sections.append((String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), ""))
            } else if !sections.isEmpty {
                sections[sections.count - 1].text += line + "\n"
            }
        }
        return sections
    }

    static func isSolution(_ heading: String) -> Bool {
        ArticleWording.all.contains { $0.solution == heading }
    }

    static func isCause(_ heading: String) -> Bool {
        ArticleWording.all.contains { $0.cause == heading }
    }

    /// Case-insensitive containment after collapsing white space (and Markdown escapes).
    static func contains(_ text: String, _ needle: String) -> Bool {
        normalised(text).contains(normalised(needle))
    }

    /// Containment on word boundaries, case-insensitively.
    static func containsWord(_ text: String, _ needle: String) -> Bool {
        let haystack = normalised(text)
        let wanted = normalised(needle)
        guard !wanted.isEmpty else { return false }
        var searchRange = haystack.startIndex..<haystack.endIndex
        while let found = haystack.range(of: wanted, range: searchRange) {
            let before =
                found.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: found.lowerBound)]
            let after = found.upperBound == haystack.endIndex ? nil : haystack[found.upperBound]
            let startsWord = before.map { !($0.isLetter || $0.isNumber) } ?? true
            let endsWord = after.map { !($0.isLetter || $0.isNumber) } ?? true
            if startsWord && endsWord { return true }
            searchRange = haystack.index(after: found.lowerBound)..<haystack.endIndex
        }
        return false
    }

    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "").lowercased().split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
    }
}
