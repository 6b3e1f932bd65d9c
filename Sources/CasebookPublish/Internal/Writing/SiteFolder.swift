import CSiteSwap
import CasebookCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folders of one published site: the live folder readers are served and, beside it, the hidden
/// folder the next site is assembled in (`.<name>.casebook-next`), which after the swap holds the previous
/// site and is reused by the next publish, so a publish only writes what changed since.
///
/// The live folder only ever changes by one atomic exchange of the two folders (Linux `renameat2`,
/// macOS `renamex_np`), so a reader, a crash or a `kill -9` always finds the previous site or the new one
/// whole. Where the file system cannot exchange, the swap is two renames and the next publish restores
/// the live folder if a kill fell between them.
struct SiteFolder: Sendable {
    var live: URL
    var fileIO: FileIO

    init(live: URL, fileIO: FileIO) {
        self.live = live.standardizedFileURL
        self.fileIO = fileIO
    }

    /// The hidden sibling the next site is assembled in.
    var next: URL { sibling("next") }
    /// Where the live folder waits during a two-rename swap.
    var displaced: URL { sibling("displaced") }

    private func sibling(_ role: String) -> URL {
        live.deletingLastPathComponent().appending(path: ".\(live.lastPathComponent).casebook-\(role)")
    }

    /// Puts back a live folder a killed two-rename swap left aside, and drops what such a swap left behind.
    func recover() throws {
        guard fileIO.exists(displaced) else { return }
        if !fileIO.exists(live) {
            try move(displaced, to: live)
        } else {
            try removeTree(displaced)
        }
    }

    /// Swaps the assembled folder in: it becomes the live site, and the old live site becomes `next`.
    func swap() throws {
        guard fileIO.exists(live) else {
            try move(next, to: live)
            return
        }
        if casebook_exchange_paths(next.path, live.path) == 0 { return }
        let code = errno
        guard [ENOSYS, EINVAL, ENOTSUP, EOPNOTSUPP].contains(code) else {
            throw PublishError(path: live.path, reason: .cannotSwap(String(cString: strerror(code))))
        }
        try move(live, to: displaced)
        try move(next, to: live)
        try move(displaced, to: next)
    }

    /// Hard-links (or, across devices, copies) the file `source` to `target`, replacing `target`.
    func place(_ source: URL, at target: URL) throws {
        try? FileManager.default.removeItem(at: target)
        if link(source.path, target.path) == 0 { return }
        do {
            try fileIO.write(try fileIO.read(source), target)
        } catch {
            throw PublishError(path: target.path, reason: .cannotWrite(PublishError.detail(of: error)))
        }
    }

    /// Removes a folder and everything in it.
    func removeTree(_ url: URL) throws {
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            throw PublishError(path: url.path, reason: .cannotRemove(PublishError.detail(of: error)))
        }
    }

    private func move(_ source: URL, to target: URL) throws {
        guard rename(source.path, target.path) == 0 else {
            throw PublishError(path: target.path, reason: .cannotSwap(String(cString: strerror(errno))))
        }
    }

    /// The regular files below `folder` (relative paths, sorted), read with `readdir` (fast on big sites).
    static func files(in folder: URL) -> [String] {
        var found: [String] = []
        collect(folder.path, prefix: "", into: &found)
        return found.sorted()
    }

    private static func collect(_ path: String, prefix: String, into found: inout [String]) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard name != ".", name != ".." else { continue }
            let full = path + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: collect(full, prefix: prefix + name + "/", into: &found)
            case S_IFREG: found.append(prefix + name)
            default: continue
            }
        }
    }
}
