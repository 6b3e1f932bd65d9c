import CCmarkGFM
import Foundation

/// Rewrites of the parsed cmark tree, applied before rendering.
extension MarkdownRenderer {
    /// Shifts every heading down so the topmost one is an `<h2>` (the page title is the page's only `<h1>`).
    static func shiftHeadings(in document: OpaquePointer) {
        let headings = nodes(ofType: CMARK_NODE_HEADING, in: document)
        guard let top = headings.map({ cmark_node_get_heading_level($0) }).min(), top < 2 else { return }
        for heading in headings {
            cmark_node_set_heading_level(heading, min(cmark_node_get_heading_level(heading) + 2 - top, 6))
        }
    }

    /// Replaces each image served from another host by a link to it (its alt text becomes the link text),
    /// so a page never makes the reader's browser fetch something from a third party.
    static func replaceRemoteImages(in document: OpaquePointer) {
        for image in nodes(ofType: CMARK_NODE_IMAGE, in: document) {
            guard let url = cmark_node_get_url(image).map({ String(cString: $0) }), isRemote(url),
                let link = cmark_node_new(CMARK_NODE_LINK)
            else { continue }
            cmark_node_set_url(link, url)
            while let child = cmark_node_first_child(image) {
                cmark_node_append_child(link, child)
            }
            if cmark_node_first_child(link) == nil, let text = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_literal(text, url)
                cmark_node_append_child(link, text)
            }
            cmark_node_insert_before(image, link)
            cmark_node_free(image)
        }
    }

    /// True for URLs that point at another host (`http:`, `https:` or protocol-relative `//`).
    static func isRemote(_ url: String) -> Bool {
        let lowered = url.trimmingCharacters(in: .whitespaces).lowercased()
        return lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("//")
    }

    /// The first node of `type` in document order, if any.
    static func firstNode(ofType type: cmark_node_type, in document: OpaquePointer) -> OpaquePointer? {
        nodes(ofType: type, in: document, limit: 1).first
    }

    /// The nodes of `type` in document order (collected first, so callers may then change the tree).
    static func nodes(ofType type: cmark_node_type, in document: OpaquePointer, limit: Int = .max) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [OpaquePointer] = []
        while found.count < limit {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == type
            else { continue }
            found.append(node)
        }
        return found
    }
}
