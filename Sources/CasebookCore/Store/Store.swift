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

    /// How a command may use the store.
    public enum Access: Sendable {
        /// Read and write (the schema is brought up to date).
        case readWrite
        /// Read only: nothing is written, not even a migration.
        case readOnly
        /// Read and write when the file and its folder allow it, read only otherwise.
        case readWriteIfPossible
    }

    /// True when the store was opened read-only: writes fail with a clear error.
    public let isReadOnly: Bool

    init(path: String, writer: any DatabaseWriter, isReadOnly: Bool = false) throws {
        self.path = path
        self.writer = writer
        self.isReadOnly = isReadOnly
        do {
            try writer.read { db in
                if try Schema.migrator.hasBeenSuperseded(db) {
                    throw StoreError(path: path, reason: .newerSchema)
                }
            }
            if isReadOnly {
                let current = try writer.read { db in try Schema.migrator.hasCompletedMigrations(db) }
                if !current { throw StoreError(path: path, reason: .needsMigration) }
            } else {
                try Schema.migrator.migrate(writer)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, reason: .migrationFailed(String(describing: error)))
        }
    }

    /// The schema version this build writes: the number of migrations it knows.
    public static var schemaVersion: Int { Schema.migrator.migrations.count }

    /// Opens (creating if needed, unless read-only) the store at `path`, and brings its schema up to date.
    public static func open(at path: String, access: Access = .readWrite) throws -> Store {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError(path: path, reason: .missingFolder(folder.path))
        }
        var readOnly = access == .readOnly
        if access == .readWriteIfPossible {
            let manager = FileManager.default
            readOnly =
                manager.fileExists(atPath: path)
                && (!manager.isWritableFile(atPath: path) || !manager.isWritableFile(atPath: folder.path))
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.readonly = readOnly
        let writer: any DatabaseWriter
        do {
            if readOnly {
                guard FileManager.default.fileExists(atPath: path) else {
                    throw StoreError(path: path, reason: .cannotOpen("no such file"))
                }
                writer = try DatabaseQueue(path: readOnlyPath(path), configuration: configuration)
            } else {
                writer = try DatabasePool(path: path, configuration: configuration)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, reason: .cannotOpen(String(describing: error)))
        }
        return try Store(path: path, writer: writer, isReadOnly: readOnly)
    }

    /// A read-only store in a folder that cannot be written (no room for SQLite's `-shm` file) is opened as
    /// immutable; otherwise as it is.
    private static func readOnlyPath(_ path: String) -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let shm = path + "-shm"
        guard !FileManager.default.isWritableFile(atPath: folder), !FileManager.default.fileExists(atPath: shm)
        else { return path }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
        return "file:\(escaped)?immutable=1"
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
        if isReadOnly { throw StoreError(path: path, reason: .readOnly) }
        return try wrapped { try writer.write(block) }
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
        case newerSchema
        case needsMigration
        case readOnly
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
        case .newerSchema:
            "\(path): the store was written by a newer casebook (its schema is past version \(Store.schemaVersion)); "
                + "install the newer casebook (`casebook --version` shows this one's)"
        case .needsMigration:
            "\(path): the store was written by an older casebook and needs upgrading, which a read-only store "
                + "cannot do; run any casebook command on a writable copy first"
        case .readOnly:
            "\(path): the store is read-only here, and this command needs to write to it; "
                + "check the file's permissions or work on a writable copy"
        case .sqlite(let detail):
            "\(path): the store failed (\(detail)); retry, and if it persists, check the disk and the file"
        }
    }

    public var exitCode: ExitStatus { .ioError }
}
