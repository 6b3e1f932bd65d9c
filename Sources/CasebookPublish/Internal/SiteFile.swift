import Foundation

/// One file of the published site: its path relative to the output folder and its bytes.
struct SiteFile: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case page
        case asset
    }

    /// `index.html`, `articles/<slug>.html`, `assets/style.css`.
    var path: String
    var data: Data
    var kind: Kind
}
