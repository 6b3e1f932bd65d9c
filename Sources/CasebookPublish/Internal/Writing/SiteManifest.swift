import CasebookCore
import Foundation

/// What a published folder holds, kept in the site's state folder (never deployed with it): every file publish
/// wrote, with the fingerprint of the inputs it was made from and, for pages, the ids it defines and the
/// internal links it makes (site-relative), so the next publish renders only pages whose inputs changed
/// and still checks every link of the site.
///
/// One line per file, `path<TAB>fingerprint<TAB>ids<TAB>links` (ids and links separated by spaces). Files
/// publish never wrote are never listed; unsafe entries (absolute, `..`, hidden) are ignored, never followed.
struct SiteManifest: Sendable, Equatable {
    /// Where earlier versions kept the manifest, inside the published folder (read once, then removed).
    static let legacyFileName = ".casebook-manifest"
    private static let header = "# casebook publish manifest v2: path, input fingerprint, ids, internal links"

    /// One file of the site.
    struct Entry: Sendable, Equatable {
        var fingerprint: String
        /// The `id`s the page defines (fragment targets); empty for files that are not pages.
        var ids: [String] = []
        /// The page's internal links, resolved against the site's root (`articles/a.html#step-2`).
        var links: [String] = []
    }

    var entries: [String: Entry] = [:]

    /// The manifest at `url`, or nil when there is none.
    static func read(from url: URL, fileIO: FileIO) -> SiteManifest? {
        guard fileIO.exists(url), let data = try? fileIO.read(url) else { return nil }
        var manifest = SiteManifest()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let path = fields.first, isSafeEntry(path) else { continue }
            let list = { (index: Int) in
                fields.indices.contains(index) ? fields[index].split(separator: " ").map(String.init) : []
            }
            // A manifest of an earlier version lists bare paths: their fingerprint is unknown.
            manifest.entries[path] = Entry(
                fingerprint: fields.count > 1 ? fields[1] : "", ids: list(2), links: list(3))
        }
        return manifest
    }

    /// The manifest's bytes, sorted by path.
    var data: Data {
        var text = Self.header + "\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            text += "\(path)\t\(entry.fingerprint)\t\(entry.ids.joined(separator: " "))\t"
            text += entry.links.joined(separator: " ") + "\n"
        }
        return Data(text.utf8)
    }

    /// A path publish may act on: relative, inside the folder, with no hidden part (so never the manifest).
    static func isSafeEntry(_ line: String) -> Bool {
        guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix("/"), !line.contains("\\"), !line.contains("\0")
        else { return false }
        return line.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".")
        }
    }
}
