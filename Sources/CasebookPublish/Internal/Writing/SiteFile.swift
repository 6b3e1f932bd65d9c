import Foundation

/// One file of the published site, before it is made: its path relative to the output folder, the
/// fingerprint of every input its bytes depend on, and how to render it.
///
/// Two files with one fingerprint have the same bytes, so publish renders a file only when its fingerprint
/// differs from the one the live site's manifest records.
struct SiteFile: Sendable {
    enum Kind: Sendable, Equatable {
        /// An HTML page: its links are checked.
        case page
        /// Anything else publish writes (stylesheet, search index, feed, sitemap).
        case asset
    }

    /// `index.html`, `articles/<slug>.html`, `assets/style.css`.
    var path: String
    var kind: Kind
    /// A digest of the inputs (see `Fingerprint`).
    var fingerprint: String
    /// Makes the bytes; called only when the file must be rendered, possibly on another thread.
    var render: @Sendable () throws -> Data
}
