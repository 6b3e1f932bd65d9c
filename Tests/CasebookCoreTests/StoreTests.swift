import Foundation
import GRDB
import Testing

@testable import CasebookCore

@Suite("Store")
struct StoreTests {
    let date = Date(timeIntervalSince1970: 1_767_225_600)

    func ticket(_ id: String, subject: String = "Sync is stuck") -> Ticket {
        Ticket(
            source: "csv", externalID: id, subject: subject, status: "solved", tags: ["sync"], language: "en",
            requesterName: "Jane Doe", requesterEmail: "jane@example.com", createdAt: date, updatedAt: date,
            sourceFile: "t.csv", sourceLine: 2)
    }

    func comments() -> [Comment] {
        [
            Comment(position: 0, authorRole: .customer, isPublic: true, bodyText: "It is stuck", createdAt: date),
            Comment(position: 1, authorRole: .agent, isPublic: false, bodyText: "internal", createdAt: date),
        ]
    }

    @Test("saving the same ticket twice inserts once, then leaves it unchanged")
    func idempotentSave() throws {
        let store = try Store.inMemory()
        let first = try store.write { db in try Store.save(ticket("1"), comments: comments(), in: db) }
        let second = try store.write { db in try Store.save(ticket("1"), comments: comments(), in: db) }
        #expect(first == .inserted)
        #expect(second == .unchanged)
        let status = try store.status()
        #expect(status.tickets == 1)
        #expect(status.comments == 2)
    }

    @Test("a changed ticket is updated and its comments replaced")
    func update() throws {
        let store = try Store.inMemory()
        try store.write { db in _ = try Store.save(ticket("1"), comments: comments(), in: db) }
        let outcome = try store.write { db in
            try Store.save(ticket("1", subject: "Sync stuck again"), comments: Array(comments().prefix(1)), in: db)
        }
        #expect(outcome == .updated)
        let status = try store.status()
        #expect(status.tickets == 1)
        #expect(status.comments == 1)
        let subject = try store.read { db in try String.fetchOne(db, sql: "SELECT subject FROM ticket") }
        #expect(subject == "Sync stuck again")
    }

    @Test("a failing write transaction leaves the store as it was")
    func rollback() throws {
        let store = try Store.inMemory()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.write { db in
                _ = try Store.save(ticket("1"), comments: comments(), in: db)
                throw Boom()
            }
        }
        #expect(try store.status().tickets == 0)
    }

    @Test("rejects of a file are replaced when the file is imported again")
    func rejects() throws {
        let store = try Store.inMemory()
        let reject = RejectedRecord(
            source: "csv", sourceFile: "t.csv", line: 7, position: 4, reason: "bad date", raw: "x", rejectedAt: date)
        try store.write { db in try Store.replaceRejects([reject, reject], file: "t.csv", in: db) }
        try store.write { db in try Store.replaceRejects([reject], file: "t.csv", in: db) }
        #expect(try store.rejectedRecords().count == 1)
        #expect(reject.location == "t.csv:7: record 4")
        #expect(RejectedRecord.location(file: "t.ndjson", line: 3, position: 3, kind: "line") == "t.ndjson:3")
    }

    @Test("a store on disk is created, migrated and reopened")
    func onDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("casebook.sqlite").path
        try Store.open(at: path).write { db in _ = try Store.save(ticket("1"), comments: [], in: db) }
        #expect(try Store.open(at: path).status().tickets == 1)
        let mode = try Store.open(at: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("a store in a missing folder fails with a one-line error naming the folder")
    func missingFolder() {
        #expect {
            try Store.open(at: "/nonexistent-folder-casebook/x.sqlite")
        } throws: { error in
            let message = String(describing: error)
            return message.contains("/nonexistent-folder-casebook") && !message.contains("\n")
        }
    }
}

@Suite("Store access")
struct StoreAccessTests {
    @Test("a store opened read-only reads, and refuses writes with a clear error")
    func readOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        _ = try LedgerFixture(store: try Store.open(at: path))
        let store = try Store.open(at: path, access: .readOnly)
        #expect(store.isReadOnly)
        #expect(try store.status().articles(.draft) == 1)
        let error = try #require(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "DELETE FROM article") }
        }
        #expect(error.reason == .readOnly)
        #expect(error.description.contains("read-only"))
        #expect(try Store.open(at: path).status().articles(.draft) == 1, "nothing was written")
    }

    @Test("the schema version is the number of migrations, and a newer store is refused")
    func schemaVersion() throws {
        #expect(Store.schemaVersion == 5)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        let store = try Store.open(at: path)
        try store.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        let error = try #require(throws: StoreError.self) { try Store.open(at: path) }
        #expect(error.reason == .newerSchema)
        #expect(error.description.contains("newer casebook"))
    }
}
