import Foundation

/// The ids a published page defines and the internal links it makes, read from its HTML.
///
/// Publish's pages are well-formed by construction: attribute values are always in double quotes, and
/// text (templates' values and cmark-gfm's output alike) escapes `"` as `&quot;`, so `id="` and `href="`
/// only ever start attributes. Links are resolved against the site's root; links to other hosts, other
/// schemes (`mailto:`), root-relative paths (`/x`, outside what publish can know) and data are skipped.
struct PageLinks: Sendable, Equatable {
    var ids: [String]
    /// Site-relative targets, `path` or `path#fragment` (`#x` on the page itself becomes `page#x`).
    var links: [String]

    init(ids: [String], links: [String]) {
        self.ids = ids
        self.links = links
    }

    /// Reads the page at `path` (relative to the site's root).
    init(html: String, path: String) {
        let bytes = Array(html.utf8)
        ids = Self.values(of: " id=\"", in: bytes)
        var links: Set<String> = []
        for attribute in [" href=\"", " src=\"", " action=\""] {
            for value in Self.values(of: attribute, in: bytes) {
                if let target = Self.resolve(Self.unescaped(value), from: path) { links.insert(target) }
            }
        }
        self.links = links.sorted()
    }

    /// The values of every `attribute` (given with its leading space and `="`).
    private static func values(of attribute: String, in bytes: [UInt8]) -> [String] {
        let needle = Array(attribute.utf8)
        var values: [String] = []
        var index = 0
        while index + needle.count <= bytes.count {
            guard bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) else {
                index += 1
                continue
            }
            let start = index + needle.count
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
            values.append(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end + 1
        }
        return values
    }

    private static func unescaped(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
    }

    /// `value` resolved against the page at `path`, or nil when it is not a link inside the site.
    static func resolve(_ value: String, from path: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("/"), !trimmed.hasPrefix("?") else { return nil }
        if let colon = trimmed.firstIndex(of: ":"),
            !trimmed[..<colon].contains(where: { "/?#".contains($0) })
        {
            return nil  // a scheme: https:, mailto:, data:
        }
        var reference = Substring(trimmed)
        var fragment = ""
        if let hash = reference.firstIndex(of: "#") {
            fragment = String(reference[hash...])
            reference = reference[..<hash]
        }
        if let query = reference.firstIndex(of: "?") { reference = reference[..<query] }
        if reference.isEmpty { return path + fragment }
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in reference.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".": continue
            case "..":
                // A link above the site's root cannot be published: keep it visibly broken.
                if parts.isEmpty { return "../" + reference + fragment }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        if reference.hasSuffix("/") { parts.append("index.html") }
        return parts.joined(separator: "/").removingPercentEncoding.map { $0 + fragment } ?? parts.joined(
            separator: "/") + fragment
    }
}

/// Checks that every internal link of the site reaches a file of it and, with a fragment, an id of that page.
struct LinkChecker: Sendable {
    /// One broken link.
    struct Broken: Sendable, Equatable {
        var page: String
        var link: String
    }

    /// Every page's ids and links, by page path.
    var pages: [String: PageLinks]
    /// Every file the site holds (pages, assets, files publish did not write).
    var files: Set<String>

    /// The broken links, sorted by page then link.
    func brokenLinks() -> [Broken] {
        var ids: [String: Set<String>] = [:]
        for (path, page) in pages { ids[path] = Set(page.ids) }
        var broken: [Broken] = []
        for path in pages.keys.sorted() {
            for link in pages[path]?.links ?? [] {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let target = String(parts[0])
                guard files.contains(target) else {
                    broken.append(Broken(page: path, link: link))
                    continue
                }
                if parts.count == 2, !parts[1].isEmpty, let known = ids[target], !known.contains(String(parts[1])) {
                    broken.append(Broken(page: path, link: link))
                }
            }
        }
        return broken
    }
}
