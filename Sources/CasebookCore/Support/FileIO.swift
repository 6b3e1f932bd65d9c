import Foundation

/// The file-system seam for stages that read or write files.
public struct FileIO: Sendable {
    public var read: @Sendable (_ url: URL) throws -> Data
    public var write: @Sendable (_ data: Data, _ url: URL) throws -> Void
    public var createFolder: @Sendable (_ url: URL) throws -> Void
    public var remove: @Sendable (_ url: URL) throws -> Void
    public var exists: @Sendable (_ url: URL) -> Bool
    /// The regular files below a folder, recursively, as paths relative to it.
    public var listFiles: @Sendable (_ folder: URL) throws -> [String]

    public init(
        read: @escaping @Sendable (URL) throws -> Data,
        write: @escaping @Sendable (Data, URL) throws -> Void,
        createFolder: @escaping @Sendable (URL) throws -> Void,
        remove: @escaping @Sendable (URL) throws -> Void,
        exists: @escaping @Sendable (URL) -> Bool,
        listFiles: @escaping @Sendable (URL) throws -> [String]
    ) {
        self.read = read
        self.write = write
        self.createFolder = createFolder
        self.remove = remove
        self.exists = exists
        self.listFiles = listFiles
    }

    /// The real file system.
    public static let live = FileIO(
        read: { try Data(contentsOf: $0) },
        write: { data, url in try data.write(to: url, options: .atomic) },
        createFolder: { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: true) },
        remove: { try FileManager.default.removeItem(at: $0) },
        exists: { FileManager.default.fileExists(atPath: $0.path) },
        listFiles: { folder in
            guard
                let enumerator = FileManager.default.enumerator(
                    at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [])
            else { return [] }
            let base = folder.standardizedFileURL.path
            var files: [String] = []
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let path = url.standardizedFileURL.path
                files.append(path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path)
            }
            return files.sorted()
        }
    )
}
