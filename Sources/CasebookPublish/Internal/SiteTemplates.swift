import CasebookCore
import Foundation
import Mustache

/// The parsed Mustache templates and the static assets of a templates folder.
///
/// Every `*.mustache` file is registered under its path without the extension (`index`, `partials/header`),
/// so templates reach each other as `{{> partials/header}}`. Files under `assets/` are copied as they are.
struct SiteTemplates: Sendable {
    /// The page templates a site cannot do without.
    static let requiredTemplates = ["index", "article"]
    /// The folder (inside the templates folder and the site alike) that holds static files.
    static let assetsFolder = "assets"

    var folder: URL
    var library: MustacheLibrary
    /// Paths of the static files, relative to the templates folder (`assets/style.css`), sorted.
    var assets: [String]

    /// Reads and parses the templates in `folder`; throws a `PublishError` naming the file at fault.
    static func load(from folder: URL, fileIO: FileIO) throws -> SiteTemplates {
        guard fileIO.exists(folder) else {
            throw PublishError(path: folder.path, reason: .templatesFolderMissing)
        }
        let files: [String]
        do {
            files = try fileIO.listFiles(folder.resolvingSymlinksInPath()).filter { !isHidden($0) }.sorted()
        } catch {
            throw PublishError(path: folder.path, reason: .unreadable(PublishError.detail(of: error)))
        }
        var templates: [String: MustacheTemplate] = [:]
        for file in files where file.hasSuffix(".mustache") && !file.hasPrefix(assetsFolder + "/") {
            templates[String(file.dropLast(".mustache".count))] = try parse(folder.appending(path: file), fileIO)
        }
        for name in requiredTemplates where templates[name] == nil {
            throw PublishError(path: folder.appending(path: name + ".mustache").path, reason: .templateMissing)
        }
        let assets = files.filter { $0.hasPrefix(assetsFolder + "/") }
        return SiteTemplates(folder: folder, library: MustacheLibrary(templates: templates), assets: assets)
    }

    /// Renders `model` with the template `name`.
    func render(_ model: Any, with name: String) throws -> String {
        guard let html = library.render(model, withTemplate: name) else {
            throw PublishError(path: folder.appending(path: name + ".mustache").path, reason: .renderFailed)
        }
        return html
    }

    /// Reads the static file at `path` (relative to the templates folder).
    func asset(_ path: String, fileIO: FileIO) throws -> Data {
        let url = folder.appending(path: path)
        do {
            return try fileIO.read(url)
        } catch {
            throw PublishError(path: url.path, reason: .unreadable(PublishError.detail(of: error)))
        }
    }

    private static func parse(_ url: URL, _ fileIO: FileIO) throws -> MustacheTemplate {
        let data: Data
        do {
            data = try fileIO.read(url)
        } catch {
            throw PublishError(path: url.path, reason: .unreadable(PublishError.detail(of: error)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PublishError(path: url.path, reason: .unreadable("it is not UTF-8 text"))
        }
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            let reason = PublishError.Reason.invalidTemplate(
                line: error.context.lineNumber, column: error.context.columnNumber, problem: problem(error.error))
            throw PublishError(path: url.path, reason: reason)
        } catch {
            throw PublishError(
                path: url.path, reason: .invalidTemplate(line: nil, column: nil, problem: problem(error)))
        }
    }

    /// Says in words what a Mustache parser error means.
    private static func problem(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a closing tag {{/…}} does not match the section it closes"
        case .unfinishedName: "a tag is not closed with }} or its name has characters Mustache does not allow"
        case .expectedSectionEnd: "a section {{#…}} is never closed"
        case .invalidSetDelimiter: "a set-delimiter tag {{=… =}} is malformed"
        case .transformAppliedToInheritanceSection: "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: "only {{$block}} overrides may appear inside {{<parent}}"
        case .textInsideInheritSection: "text appears inside {{<parent}} outside any {{$block}}"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: "a pragma tag {{% … }} is not understood"
        case nil: "Mustache cannot parse it (\(error))"
        }
    }

    /// True for dot-files and files inside dot-folders (`.DS_Store`, `.git/…`), which are never published.
    private static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
