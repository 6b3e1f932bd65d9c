import CasebookCore
import Foundation

/// Publishes a planned site: renders only the files whose inputs changed since the live site (on every
/// core), checks every internal link, assembles the new site beside the live one and swaps it in.
///
/// Files publish never wrote (a `CNAME`, a `.nojekyll`) are carried into every new site; files of an
/// earlier publish that left the site are dropped; leftovers of a killed publish (a half-assembled `next`
/// folder, temporary files an older version left in the live folder) are cleaned up by the next run.
struct SiteWriter: Sendable {
    /// What publishing did, by path (relative to the output folder).
    struct Outcome: Sendable, Equatable {
        /// Files whose bytes differ from the live site's (new or changed), sorted.
        var written: [String] = []
        var writtenByKind: [SiteFile.Kind: Int] = [:]
        /// Files whose inputs changed and were rendered (a subset may come out byte-identical).
        var rendered = 0
        var unchanged = 0
        /// Files of the previous site that are no longer part of it, sorted.
        var removed: [String] = []
        /// Internal links checked.
        var linksChecked = 0
        /// Why the new site was renamed in file by file instead of swapped in whole, when it was.
        var notAtomic: String?
    }

    let folder: SiteFolder

    init(folder: URL, fileIO: FileIO) {
        self.folder = SiteFolder(live: folder, fileIO: fileIO)
    }

    private var fileIO: FileIO { folder.fileIO }

    /// Renders, checks and (unless `checkOnly`) swaps in `files`; throws `PublishError` on a broken link or
    /// a file that cannot be rendered or written, leaving the live site as it was.
    func publish(_ files: [SiteFile], checkOnly: Bool) throws -> Outcome {
        var folder = self.folder
        if checkOnly {
            folder.mode = folder.guessedMode
        } else {
            try folder.prepare()
            try folder.recover()
        }
        let live = folder.live
        let liveManifest = folder.manifest(of: live) ?? SiteManifest()
        let renderAll = checkOnly
        let toRender = files.filter { renderAll || liveManifest.entries[$0.path]?.fingerprint != $0.fingerprint }
        let rendered = try Self.render(toRender)

        var outcome = Outcome(rendered: toRender.count)
        var manifest = SiteManifest()
        var pages: [String: PageLinks] = [:]
        for file in files {
            if let data = rendered[file.path] {
                var entry = SiteManifest.Entry(fingerprint: file.fingerprint)
                if file.kind == .page {
                    let links = PageLinks(html: String(decoding: data, as: UTF8.self), path: file.path)
                    (entry.ids, entry.links) = (links.ids, links.links)
                    pages[file.path] = links
                }
                manifest.entries[file.path] = entry
                let url = live.appending(path: file.path)
                let same = liveManifest.entries[file.path] != nil && (try? fileIO.read(url)) == data
                if !same {
                    outcome.written.append(file.path)
                    outcome.writtenByKind[file.kind, default: 0] += 1
                }
            } else if let entry = liveManifest.entries[file.path] {
                manifest.entries[file.path] = entry
                if file.kind == .page { pages[file.path] = PageLinks(ids: entry.ids, links: entry.links) }
            }
        }
        outcome.unchanged = files.count - outcome.written.count
        let current = Set(files.map(\.path))
        outcome.removed = liveManifest.entries.keys.filter { !current.contains($0) }.sorted()

        let foreign = fileIO.exists(live) ? Self.foreignFiles(in: live, manifest: liveManifest, site: current) : []
        let checker = LinkChecker(pages: pages, files: current.union(foreign))
        let broken = checker.brokenLinks()
        if let first = broken.first {
            throw PublishError(
                path: first.page, reason: .brokenLinks(broken.prefix(5).map(\.link), total: broken.count))
        }
        outcome.linksChecked = pages.values.reduce(0) { $0 + $1.links.count }
        if checkOnly { return outcome }

        let inPlace = InPlaceUpdate(folder: folder, rendered: rendered, manifest: manifest, liveManifest: liveManifest)
        switch folder.mode {
        case .inPlace(let reason):
            try inPlace.apply(outcome)
            outcome.notAtomic = reason
        case .swap:
            try assemble(files, in: folder, rendered: rendered, manifest: manifest, foreign: foreign)
            do {
                try folder.swap()
            } catch let refusal as SiteFolder.SwapRefusal {
                try inPlace.apply(outcome)
                outcome.notAtomic = "the system refused to swap the folders (\(refusal.detail))"
            }
        }
        return outcome
    }

    /// Renders `files` on every core; the first failure in path order is thrown.
    private static func render(_ files: [SiteFile]) throws -> [String: Data] {
        var results = [Result<Data, any Error>?](repeating: nil, count: files.count)
        let lock = NSLock()
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let result = Result { try files[index].render() }
                lock.withLock { slots[index] = result }
            }
        }
        var rendered: [String: Data] = [:]
        for (file, result) in zip(files, results) {
            guard let result else { continue }
            rendered[file.path] = try result.get()
        }
        return rendered
    }

    /// Brings the `next` folder to the new site: only files that differ from what it already holds are
    /// written (rendered bytes, or a link to the live file when the live one is current).
    private func assemble(
        _ files: [SiteFile], in folder: SiteFolder, rendered: [String: Data], manifest: SiteManifest,
        foreign: Set<String>
    ) throws {
        let next = folder.next
        var held = folder.manifest(of: next)
        if held == nil, fileIO.exists(next) { try folder.removeTree(next) }
        try createFolder(next)
        // Until the new manifest is recorded, the folder is unfinished: a killed run leaves it without one.
        try folder.forgetManifest(of: next)
        var folders: Set<String> = [""]
        for file in files {
            if held?.entries[file.path]?.fingerprint == file.fingerprint,
                fileIO.exists(next.appending(path: file.path))
            {
                continue
            }
            let target = next.appending(path: file.path)
            try createParent(of: file.path, in: next, known: &folders)
            if let data = rendered[file.path] {
                if fileIO.exists(target) { try? fileIO.remove(target) }
                try write(data, to: target)
            } else {
                try folder.place(folder.live.appending(path: file.path), at: target)
            }
        }
        held = held ?? SiteManifest()
        let keep = Set(files.map(\.path)).union(foreign)
        for path in SiteFolder.files(in: next) where !keep.contains(path) {
            try fileIO.remove(next.appending(path: path))
        }
        for path in foreign.sorted() {
            try createParent(of: path, in: next, known: &folders)
            try folder.place(folder.live.appending(path: path), at: next.appending(path: path))
        }
        try folder.record(manifest, of: next)
    }

    /// Files of the live folder publish did not write, which every new site keeps; temporary files of
    /// killed publishes by earlier versions (`.dat.nosync…`) are not among them.
    private static func foreignFiles(in live: URL, manifest: SiteManifest, site: Set<String>) -> Set<String> {
        Set(
            SiteFolder.files(in: live).filter { path in
                let name = path.split(separator: "/").last.map(String.init) ?? path
                return path != SiteManifest.legacyFileName && manifest.entries[path] == nil && !site.contains(path)
                    && !name.hasPrefix(".dat.nosync")
            })
    }

    private func createParent(of path: String, in root: URL, known: inout Set<String>) throws {
        let parent = path.split(separator: "/").dropLast().joined(separator: "/")
        guard !known.contains(parent) else { return }
        try createFolder(root.appending(path: parent))
        known.insert(parent)
    }

    private func createFolder(_ url: URL) throws {
        guard !fileIO.exists(url) else { return }
        do {
            try fileIO.createFolder(url)
        } catch {
            throw PublishError(path: url.path, reason: .cannotWrite(PublishError.detail(of: error)))
        }
    }

    private func write(_ data: Data, to url: URL) throws {
        do {
            try fileIO.write(data, url)
        } catch {
            throw PublishError(path: url.path, reason: .cannotWrite(PublishError.detail(of: error)))
        }
    }
}
