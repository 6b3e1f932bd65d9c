import Foundation

/// Article bodies parsed at most once per publish, shared by every page and index file that needs one,
/// whichever thread renders it.
final class BodyCache: @unchecked Sendable {
    private let renderer: MarkdownRenderer
    private let lock = NSLock()
    private var bodies: [Int64: RenderedBody] = [:]

    init(renderer: MarkdownRenderer) {
        self.renderer = renderer
    }

    /// The parsed body of `article`.
    func body(of article: PublishedArticle) -> RenderedBody {
        if let known = lock.withLock({ bodies[article.id] }) { return known }
        let body = renderer.page(from: article.body)
        lock.withLock { bodies[article.id] = body }
        return body
    }
}
