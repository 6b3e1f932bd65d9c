import Foundation
import GRDB

/// The embedded SQLite store (one file, WAL mode) that every stage reads and writes.
///
/// Stages work through `read` and `write`, each a transaction: a stage that fails leaves the store
/// as it was before that transaction.
public final class Store: Sendable {
    /// The default store file, relative to the working directory.
    public static let defaultPath = "casebook.sqlite"

    /// The file the store lives in, or `:memory:`.
    public let path: String
    let writer: any DatabaseWriter

    init(path: String, writer: any DatabaseWriter) throws {
        self.path = path
        self.writer = writer
        do {
            try Schema.migrator.migrate(writer)
        } catch {
            throw StoreError(path: path, reason: .migrationFailed(String(describing: error)))
        }
    }

    /// Opens (creating if needed) the store at `path`, and brings its schema up to date.
    public static func open(at path: String) throws -> Store {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError(path: path, reason: .missingFolder(folder.path))
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(path: path, reason: .cannotOpen(String(describing: error)))
        }
        return try Store(path: path, writer: pool)
    }

    /// A throwaway store in memory, for tests and evaluations.
    public static func inMemory() throws -> Store {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try Store(path: ":memory:", writer: try DatabaseQueue(configuration: configuration))
    }

    /// Runs `block` in a read-only transaction.
    public func read<T>(_ block: (Database) throws -> T) throws -> T {
        try wrapped { try writer.read(block) }
    }

    /// Runs `block` in a write transaction, rolled back if it throws.
    public func write<T>(_ block: (Database) throws -> T) throws -> T {
        try wrapped { try writer.write(block) }
    }

    private func wrapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(path: path, reason: .sqlite(error.message ?? error.resultCode.description))
        }
    }
}

/// A failure of the store itself (not of the data in it).
public struct StoreError: CasebookError {
    public enum Reason: Sendable, Equatable {
        case missingFolder(String)
        case cannotOpen(String)
        case migrationFailed(String)
        case sqlite(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missingFolder(let folder):
            "\(path): the folder \(folder) does not exist; create it or pass another --db path"
        case .cannotOpen(let detail):
            "\(path): cannot open the store (\(detail)); check the path and its permissions, or pass --db"
        case .migrationFailed(let detail):
            "\(path): cannot update the store's schema (\(detail)); is it a Casebook store from a newer version?"
        case .sqlite(let detail):
            "\(path): the store failed (\(detail)); retry, and if it persists, check the disk and the file"
        }
    }

    public var exitCode: ExitStatus { .ioError }
}
