import CasebookCore
import Foundation

/// Writes the site's files into the output folder, touching only what changed.
///
/// A manifest (`.casebook-manifest`) lists the files publish wrote. On the next publish, files listed
/// there that are no longer part of the site are removed; files publish never wrote are never touched.
/// The manifest is widened to the new files before any is written, so an interrupted publish never
/// leaves behind a file that a later publish would not know to clean up.
struct SiteWriter: Sendable {
    /// The manifest's file name, inside the output folder.
    static let manifestName = ".casebook-manifest"
    private static let manifestHeader =
        "# Files written by `casebook publish`; the next publish removes those no longer in the site."

    /// What writing did, by path (relative to the output folder).
    struct Outcome: Sendable, Equatable {
        var written: [String] = []
        var writtenByKind: [SiteFile.Kind: Int] = [:]
        var unchanged = 0
        var removed: [String] = []
    }

    var folder: URL
    var fileIO: FileIO

    /// Writes `files` (when their bytes differ), then removes files from an earlier publish that are gone.
    func write(_ files: [SiteFile]) throws -> Outcome {
        let previous = try readManifest()
        let current = Set(files.map(\.path))
        try writeManifest(previous.union(current))
        var outcome = Outcome()
        for file in files.sorted(by: { $0.path < $1.path }) {
            let url = folder.appending(path: file.path)
            if fileIO.exists(url), (try? fileIO.read(url)) == file.data {
                outcome.unchanged += 1
                continue
            }
            try createParent(of: url)
            do {
                try fileIO.write(file.data, url)
            } catch {
                throw PublishError(path: url.path, reason: .cannotWrite(PublishError.detail(of: error)))
            }
            outcome.written.append(file.path)
            outcome.writtenByKind[file.kind, default: 0] += 1
        }
        for path in previous.subtracting(current).sorted() {
            let url = folder.appending(path: path)
            guard fileIO.exists(url) else { continue }
            do {
                try fileIO.remove(url)
            } catch {
                throw PublishError(path: url.path, reason: .cannotRemove(PublishError.detail(of: error)))
            }
            outcome.removed.append(path)
        }
        try writeManifest(current)
        return outcome
    }

    /// The paths the last publish wrote; unsafe entries (absolute, `..`, hidden) are ignored, never followed.
    private func readManifest() throws -> Set<String> {
        let url = folder.appending(path: Self.manifestName)
        guard fileIO.exists(url), let data = try? fileIO.read(url) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        return Set(lines.filter(Self.isSafeEntry))
    }

    private func writeManifest(_ paths: Set<String>) throws {
        let url = folder.appending(path: Self.manifestName)
        let text = ([Self.manifestHeader] + paths.sorted()).joined(separator: "\n") + "\n"
        let data = Data(text.utf8)
        if fileIO.exists(url), (try? fileIO.read(url)) == data { return }
        try createParent(of: url)
        do {
            try fileIO.write(data, url)
        } catch {
            throw PublishError(path: url.path, reason: .cannotWrite(PublishError.detail(of: error)))
        }
    }

    private func createParent(of url: URL) throws {
        let parent = url.deletingLastPathComponent()
        guard !fileIO.exists(parent) else { return }
        do {
            try fileIO.createFolder(parent)
        } catch {
            throw PublishError(path: parent.path, reason: .cannotWrite(PublishError.detail(of: error)))
        }
    }

    /// A manifest line publish may act on: a relative path inside the folder, not the manifest itself.
    static func isSafeEntry(_ line: String) -> Bool {
        guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix("/"), !line.contains("\\"), !line.contains("\0")
        else { return false }
        return line.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".")
        }
    }
}
