import CasebookCore
import Foundation

/// Brings the live folder to the new site file by file, for when it cannot be swapped whole (the folder
/// beside it cannot be created, or the system refuses the exchange): each changed file is written into a
/// staging folder inside the live one and renamed over the live file, so a reader sees every file either
/// old or new, but a kill can leave the site part old, part new until the next publish.
///
/// While the files move, the live folder's manifest lists every path of the old and the new site, with no
/// fingerprint for the ones that change: a publish after a kill renders those again and still knows which
/// files are its own.
struct InPlaceUpdate {
    var folder: SiteFolder
    var rendered: [String: Data]
    var manifest: SiteManifest
    var liveManifest: SiteManifest

    private var fileIO: FileIO { folder.fileIO }

    func apply(_ outcome: SiteWriter.Outcome) throws {
        let live = folder.live
        var pending = liveManifest
        for (path, entry) in manifest.entries { pending.entries[path] = entry }
        for path in outcome.written + outcome.removed { pending.entries[path]?.fingerprint = "" }
        try folder.record(pending, of: live)
        try folder.forgetLegacyManifest(in: live)

        let staging = live.appending(path: SiteFolder.stagingName)
        if fileIO.exists(staging) { try folder.removeTree(staging) }
        do {
            try fileIO.createFolder(staging)
        } catch {
            throw PublishError(path: staging.path, reason: .cannotWrite(PublishError.detail(of: error)))
        }
        for (index, path) in outcome.written.enumerated() {
            guard let data = rendered[path] else { continue }
            let staged = staging.appending(path: String(index))
            do {
                try fileIO.write(data, staged)
            } catch {
                throw PublishError(path: staged.path, reason: .cannotWrite(PublishError.detail(of: error)))
            }
            try folder.install(staged, at: live.appending(path: path))
        }
        for path in outcome.removed {
            let url = live.appending(path: path)
            guard fileIO.exists(url) else { continue }
            do {
                try fileIO.remove(url)
            } catch {
                throw PublishError(path: url.path, reason: .cannotRemove(PublishError.detail(of: error)))
            }
        }
        try folder.removeTree(staging)
        try folder.record(manifest, of: live)
    }
}
