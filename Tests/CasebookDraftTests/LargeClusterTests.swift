import CasebookCore
import Foundation
import GRDB
import GRDBSQLite
import Testing

@testable import CasebookDraft

@Suite("Large clusters")
struct LargeClusterTests {
    /// `count` threads: most agents give the sign-out answer in their own words, a few give others.
    static func threads(_ count: Int) -> [TicketThread] {
        let answers = [
            "Sign out of the app, sign back in and pull down to refresh your notes; that forces a full sync.",
            "Please sign out, then sign in again and pull to refresh the notes list. This forces a full sync.",
            "Sign out and back in, then pull down on the notes list to refresh. The full sync fixes it.",
            "Reinstall the app from the store and restore your backup from the web dashboard.",
            "Check that the device clock is right; a wrong date blocks secure connections.",
        ]
        return (0..<count).map { index in
            let ticket = Ticket(
                id: Int64(index + 1), source: "test", externalID: "\(index)", subject: "Notes do not sync \(index)",
                status: "solved", language: "en", createdAt: Fixtures.date, updatedAt: Fixtures.date,
                sourceFile: "fixture", sourceLine: index)
            let comments = [
                Comment(
                    ticketID: Int64(index + 1), position: 0, authorRole: .customer, authorName: nil, isPublic: true,
                    bodyText: "My notes stopped syncing between my phone and my laptop (case \(index)).",
                    createdAt: Fixtures.date),
                Comment(
                    ticketID: Int64(index + 1), position: 1, authorRole: .agent, authorName: nil, isPublic: true,
                    bodyText: answers[(index * 7) % answers.count] + " Reference \(index).", createdAt: Fixtures.date),
            ]
            return TicketThread(ticket: ticket, comments: comments, similarity: Double((index * 37) % 100) / 100)
        }
    }

    @Test("chooses the answer of a 1,500-ticket cluster without comparing every pair", .timeLimit(.minutes(1)))
    func largeClusterSolution() {
        let threads = Self.threads(1_500)
        let drafter = ArticleDrafter()
        let draft = drafter.draft(cluster: Fixtures.cluster(size: threads.count), threads: threads)
        let solution = draft.body.components(separatedBy: "## The solution").last ?? ""
        #expect(solution.lowercased().contains("sign"))
        #expect(drafter.draft(cluster: Fixtures.cluster(), threads: threads.reversed()) == draft)
    }

    @Test("reads and matches clusters beyond SQLite's parameter limit")
    func beyondParameterLimit() throws {
        let count = 3_000
        let store = try Store.inMemory()
        let clusterID = try store.write { db -> Int64 in
            // SQLite's limit depends on how it was built (32,766 by default, 250,000 on Debian): lower
            // it for this connection so that the test means the same everywhere.
            _ = sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_VARIABLE_NUMBER, 999)
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO ticket (id, source, externalID, subject, status, tags, language, createdAt, \
                    updatedAt, sourceFile, sourceLine, contentHash, ingestedAt)
                    VALUES (?, 'test', ?, 'Sync', 'solved', '[]', 'en', ?, ?, 'f', 1, '', ?)
                    """)
            for id in 1...count {
                try insert.execute(arguments: [id, "\(id)", Fixtures.date, Fixtures.date, Fixtures.date])
            }
            var cluster = Fixtures.cluster(key: "big", size: count)
            try cluster.insert(db)
            let clusterID = try #require(cluster.id)
            try db.execute(
                sql: "INSERT INTO clusterMember (clusterID, ticketID, similarity) SELECT ?, id, 0.5 FROM ticket",
                arguments: [clusterID])
            var article = Article(
                slug: "sync", title: "Sync", category: "Sync", language: "en", state: .rejected, clusterKey: "old",
                createdAt: Fixtures.date, updatedAt: Fixtures.date)
            try article.insert(db)
            try db.execute(
                sql: "INSERT INTO articleSource (articleID, ticketID) SELECT ?, id FROM ticket WHERE id % 2 = 0",
                arguments: [article.id])
            return clusterID
        }
        let cluster = try #require(try store.read { db in try Cluster.fetchOne(db, key: clusterID) })
        let threads = try store.read { db in try DraftStage.threads(of: cluster, in: db) }
        #expect(threads.count == count)
        let ids = threads.compactMap(\.ticket.id)
        let match = try store.read { db in
            try ArticleMatcher(claimed: [], otherClusterKeys: []).match(clusterKey: "big", ticketIDs: Set(ids), in: db)
        }
        #expect(match?.slug == "sync")
        let rejected = try store.read { db in try ArticleMatcher.rejectedShare(of: Set(ids), in: db) }
        #expect(rejected?.share == 0.5)
    }
}

@Suite("Drafting hostile sizes")
struct HostileSizeTests {
    static let texts: [HostileText] = [
        HostileText("(" + String(repeating: "1", count: 100_000)),
        HostileText(String(repeating: "(1", count: 50_000)),
        HostileText("Re" + String(repeating: " ", count: 100_000) + "x"),
        HostileText("ticket" + String(repeating: " ", count: 100_000) + "x"),
        HostileText("Sync" + String(repeating: "-", count: 100_000) + "x"),
        HostileText("Sync" + String(repeating: " ", count: 100_000) + "x"),
        HostileText(String(repeating: "[", count: 100_000)),
        HostileText(String(repeating: "Please sign out and sign back in. ", count: 3_000)),
        HostileText(String(repeating: "Sign out and back in\n", count: 5_000)),
        HostileText(String(repeating: "1. Open Settings\n", count: 6_000)),
        HostileText(String(repeating: "- Open Settings\n  then Sync\n", count: 4_000)),
    ]

    @Test("cleans 100 kB subjects in one pass over them", .timeLimit(.minutes(1)), arguments: texts)
    func subjects(input: HostileText) {
        let text = input.text
        let title = SubjectCleaner.clean(text)
        #expect(title.count <= 101)
        #expect(TicketReferences.scrub(text).count <= text.count)
    }

    @Test("drafts a ticket of 100 kB texts in one pass over them", .timeLimit(.minutes(1)), arguments: texts)
    func drafts(input: HostileText) {
        let text = input.text
        let spec = Fixtures.TicketSpec(
            id: "1", subject: text,
            messages: [.init(role: .customer, text: text), .init(role: .agent, text: text + "\nSign out, then in.")])
        let draft = ArticleDrafter().draft(cluster: Fixtures.cluster(), threads: Fixtures.threads([spec]))
        #expect(draft.body.hasPrefix("## The problem"))
        #expect(!draft.title.isEmpty)
    }
}
