import CasebookCore
import Foundation

/// The files that shape a site (Mustache templates, assets, UI strings), looked up as Hugo looks up a
/// theme: the site's own folder first, the built-in theme second, one file at a time.
///
/// The built-in theme is compiled into the binary (it is the repository's `Templates/` folder), so
/// `casebook` copied anywhere publishes. A site overrides any single file by putting a file with the same
/// path in its own folder (`Templates/article.mustache`, `Templates/assets/style.css`,
/// `Templates/strings/fr.yml`), or adds new ones; `casebook theme eject` writes the built-in files out.
public struct Theme: Sendable {
    /// Where a theme file comes from.
    public enum Origin: String, Codable, Sendable {
        /// The site's own folder.
        case site
        /// The theme compiled into casebook.
        case builtIn = "built-in"
    }

    /// One file of the theme.
    public struct File: Codable, Sendable, Equatable {
        /// Its path inside the theme (`partials/header.mustache`).
        public var path: String
        /// Which layer it is read from.
        public var origin: Origin
        /// True when the site's file hides a built-in file of the same path.
        public var overridesBuiltIn: Bool
    }

    /// The site's folder, when there is one.
    public let overrides: URL?
    /// Every file of the theme, by path, sorted.
    public let files: [File]
    private let fileIO: FileIO

    /// The built-in theme alone.
    public static let builtIn = Theme(overrides: nil, siteFiles: [], fileIO: .live)

    /// The theme of a site whose own files are in `overrides` (which must exist), over the built-in theme.
    /// Hidden files and folders (`.git`, `.DS_Store`) are never part of a theme.
    public init(overrides: URL?, fileIO: FileIO = .live) throws {
        guard let overrides else {
            self.init(overrides: nil, siteFiles: [], fileIO: fileIO)
            return
        }
        guard fileIO.exists(overrides) else {
            throw PublishError(path: overrides.path, reason: .templatesFolderMissing)
        }
        let paths: [String]
        do {
            paths = try fileIO.listFiles(overrides.resolvingSymlinksInPath()).filter { !Self.isHidden($0) }
        } catch {
            throw PublishError(path: overrides.path, reason: .unreadable(PublishError.detail(of: error)))
        }
        self.init(overrides: overrides, siteFiles: paths, fileIO: fileIO)
    }

    private init(overrides: URL?, siteFiles: [String], fileIO: FileIO) {
        self.overrides = overrides
        self.fileIO = fileIO
        let site = Set(siteFiles)
        let builtIn = Set(BuiltInTheme.paths)
        files = site.union(builtIn).sorted().map { path in
            File(
                path: path, origin: site.contains(path) ? .site : .builtIn,
                overridesBuiltIn: site.contains(path) && builtIn.contains(path))
        }
    }

    /// The paths of the theme's files, sorted.
    public var paths: [String] { files.map(\.path) }

    /// Which layer the file at `path` comes from, or nil when the theme has no such file.
    public func origin(of path: String) -> Origin? {
        files.first { $0.path == path }?.origin
    }

    /// Where the file at `path` is, for error messages: a file of the site's folder, or `built-in:path`.
    public func location(of path: String) -> String {
        if origin(of: path) == .site, let overrides { return overrides.appending(path: path).path }
        return "built-in theme: \(path)"
    }

    /// The bytes of the file at `path`: the site's own when it has one, the built-in one otherwise.
    public func data(_ path: String) throws -> Data {
        switch origin(of: path) {
        case .site?:
            guard let overrides else { break }
            let url = overrides.appending(path: path)
            do {
                return try fileIO.read(url)
            } catch {
                throw PublishError(path: url.path, reason: .unreadable(PublishError.detail(of: error)))
            }
        case .builtIn?:
            if let data = BuiltInTheme.data(path) { return data }
        case nil:
            break
        }
        throw PublishError(path: location(of: path), reason: .templateMissing)
    }

    /// The file at `path` as UTF-8 text.
    public func text(_ path: String) throws -> String {
        guard let text = String(data: try data(path), encoding: .utf8) else {
            throw PublishError(path: location(of: path), reason: .unreadable("it is not UTF-8 text"))
        }
        return text
    }

    /// True for dot-files and files inside dot-folders.
    static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
