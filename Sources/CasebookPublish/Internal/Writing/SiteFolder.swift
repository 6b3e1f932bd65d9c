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
/// site and is reused by the next publish, so a publish only writes what changed since; and the hidden
/// state folder (`.<name>.casebook-state`) holding each folder's manifest, so no internal file is deployed.
///
/// The live folder only ever changes by one atomic exchange of the two folders (Linux `renameat2`,
/// macOS `renamex_np`), so a reader, a crash or a `kill -9` always finds the previous site or the new one
/// whole. Where the file system cannot exchange, the swap is two renames and the next publish restores
/// the live folder if a kill fell between them. Where the folder beside the site cannot be created (the
/// user may write the output folder but not its parent), the site is published `inPlace`: changed files are
/// staged inside the output folder and renamed over the live ones one by one, and the report says so.
struct SiteFolder: Sendable {
    /// How the new site reaches the live folder.
    enum Mode: Sendable, Equatable {
        /// Assembled beside the live folder and exchanged with it in one rename.
        case swap
        /// Staged inside the live folder and renamed in file by file (not atomic); the reason says why.
        case inPlace(reason: String)
    }

    var live: URL
    var fileIO: FileIO
    var mode: Mode = .swap

    init(live: URL, fileIO: FileIO) {
        self.live = live.standardizedFileURL
        self.fileIO = fileIO
    }

    /// The folder the next site is assembled (`swap`) or staged (`inPlace`) in.
    var next: URL { mode == .swap ? sibling("next") : live.appending(path: Self.stagingName) }
    /// Where the live folder waits during a two-rename swap.
    var displaced: URL { sibling("displaced") }
    /// The folder of the manifests, one per site folder.
    var state: URL { mode == .swap ? sibling("state") : live.appending(path: Self.stateName) }

    /// Names of the folders an `inPlace` publish keeps inside the live folder; never part of the site.
    static let stagingName = ".casebook-next"
    static let stateName = ".casebook-state"

    private func sibling(_ role: String) -> URL {
        live.deletingLastPathComponent().appending(path: ".\(live.lastPathComponent).casebook-\(role)")
    }

    /// Chooses the mode: `swap` when the folders beside the live one exist or can be created, else `inPlace`
    /// (the live folder is created when missing); throws when neither can be written.
    mutating func prepare() throws {
        mode = .swap
        let parent = live.deletingLastPathComponent()
        if !fileIO.exists(parent) { try? fileIO.createFolder(parent) }
        var problem: Int32 = 0
        for folder in [sibling("next"), sibling("state")] where !fileIO.exists(folder) {
            if mkdir(folder.path, 0o755) != 0 {
                problem = errno
                break
            }
        }
        if problem == 0 { return }
        guard [EACCES, EPERM, EROFS].contains(problem) else {
            throw PublishError(path: next.path, reason: .cannotWrite(String(cString: strerror(problem))))
        }
        let reason = "\(parent.path) cannot be written (\(String(cString: strerror(problem))))"
        mode = .inPlace(reason: reason)
        for folder in [live, state] where !fileIO.exists(folder) {
            guard mkdir(folder.path, 0o755) == 0 else {
                throw PublishError(path: folder.path, reason: .cannotWrite(String(cString: strerror(errno))))
            }
        }
    }

    /// The mode the last publish used, judged without writing anything (for `publish --check`).
    var guessedMode: Mode {
        let inside = live.appending(path: Self.stateName)
        return !fileIO.exists(sibling("state")) && fileIO.exists(inside)
            ? .inPlace(reason: "the last publish was not atomic") : .swap
    }

    /// The identity of a site folder (device and inode), which a rename keeps: manifests are filed by it, so
    /// a swap that exchanges the folders exchanges their manifests with them.
    func identity(of folder: URL) -> String? {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return nil }
        return "\(info.st_dev)-\(info.st_ino)"
    }

    /// Where the manifest of `folder` is kept.
    func manifestURL(of folder: URL) -> URL? {
        identity(of: folder).map { state.appending(path: "\($0).manifest") }
    }

    /// The manifest of `folder`, or nil when it has none (never published, or a publish into it was cut). A
    /// manifest an earlier version left inside the folder is still read, so its files are not kept forever.
    func manifest(of folder: URL) -> SiteManifest? {
        if let url = manifestURL(of: folder), let manifest = SiteManifest.read(from: url, fileIO: fileIO) {
            return manifest
        }
        return SiteManifest.read(from: folder.appending(path: SiteManifest.legacyFileName), fileIO: fileIO)
    }

    /// Forgets the manifest of `folder` (it is being changed), and any manifest of a folder that is gone.
    func forgetManifest(of folder: URL) throws {
        let keep = [live, next].compactMap { manifestURL(of: $0)?.lastPathComponent }
        let own = manifestURL(of: folder)?.lastPathComponent
        for name in (try? FileManager.default.contentsOfDirectory(atPath: state.path)) ?? []
        where name == own || !keep.contains(name) {
            try? fileIO.remove(state.appending(path: name))
        }
        try forgetLegacyManifest(in: folder)
    }

    /// Removes the manifest an earlier version kept inside `folder`, which the site must not deploy.
    func forgetLegacyManifest(in folder: URL) throws {
        let legacy = folder.appending(path: SiteManifest.legacyFileName)
        guard fileIO.exists(legacy) else { return }
        do {
            try fileIO.remove(legacy)
        } catch {
            throw PublishError(path: legacy.path, reason: .cannotRemove(PublishError.detail(of: error)))
        }
    }

    /// Records the manifest of `folder`.
    func record(_ manifest: SiteManifest, of folder: URL) throws {
        guard let url = manifestURL(of: folder) else {
            throw PublishError(path: folder.path, reason: .cannotWrite("the folder is gone"))
        }
        do {
            try fileIO.write(manifest.data, url)
        } catch {
            throw PublishError(path: url.path, reason: .cannotWrite(PublishError.detail(of: error)))
        }
    }

    /// Puts back a live folder a killed two-rename swap left aside, and drops what such a swap left behind,
    /// or the staging folder a killed `inPlace` publish left inside the live folder.
    func recover() throws {
        let staging = live.appending(path: Self.stagingName)
        if fileIO.exists(staging) { try removeTree(staging) }
        guard fileIO.exists(displaced) else { return }
        if !fileIO.exists(live) {
            try move(displaced, to: live)
        } else {
            try removeTree(displaced)
        }
    }

    /// Swaps the assembled folder in: it becomes the live site, and the old live site becomes `next`. Throws
    /// `notPermitted` when the system refuses the renames for lack of rights (nothing has changed then).
    func swap() throws {
        guard fileIO.exists(live) else {
            try move(next, to: live)
            return
        }
        if casebook_exchange_paths(next.path, live.path) == 0 { return }
        let code = errno
        if [EACCES, EPERM].contains(code) { throw SwapRefusal(detail: String(cString: strerror(code))) }
        guard [ENOSYS, EINVAL, ENOTSUP, EOPNOTSUPP].contains(code) else {
            throw PublishError(path: live.path, reason: .cannotSwap(String(cString: strerror(code))))
        }
        try move(live, to: displaced)
        try move(next, to: live)
        try move(displaced, to: next)
    }

    /// The system refused to exchange the folders for lack of rights.
    struct SwapRefusal: Error {
        var detail: String
    }

    /// Renames `source` over `target` (one file, atomically), creating `target`'s folder when missing.
    func install(_ source: URL, at target: URL) throws {
        let parent = target.deletingLastPathComponent()
        if !fileIO.exists(parent) {
            do {
                try fileIO.createFolder(parent)
            } catch {
                throw PublishError(path: parent.path, reason: .cannotWrite(PublishError.detail(of: error)))
            }
        }
        guard rename(source.path, target.path) == 0 else {
            throw PublishError(path: target.path, reason: .cannotWrite(String(cString: strerror(errno))))
        }
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

    /// The regular files below `folder` (relative paths, sorted), read with `readdir` (fast on big sites);
    /// the folders an `inPlace` publish keeps inside the site are not part of it.
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
            if prefix.isEmpty, name == stagingName || name == stateName { continue }
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
