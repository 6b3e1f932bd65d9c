import CasebookCore
import Foundation
import Mustache

/// The parsed Mustache templates and the static assets of a theme.
///
/// Every `*.mustache` file is registered under its path without the extension (`index`, `partials/header`),
/// so templates reach each other as `{{> partials/header}}`. Files under `assets/` are copied as they are.
struct SiteTemplates: Sendable {
    /// The page templates a site cannot do without.
    static let requiredTemplates = ["layout", "index", "category", "article", "search", "404"]
    /// The folder (inside the theme and the site alike) that holds static files.
    static let assetsFolder = "assets"

    var theme: Theme
    var library: MustacheLibrary
    /// Paths of the static files, relative to the theme (`assets/style.css`), sorted.
    var assets: [String]
    /// A digest of every template's source, for the pages' fingerprints.
    var fingerprint: String

    /// Parses the theme's templates and checks them against the pages' view models (`strings` are the
    /// keys templates may read as `{{strings.…}}`); throws a `PublishError` naming the file, line and column.
    static func load(from theme: Theme, strings: [String: String]) throws -> SiteTemplates {
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: String] = [:]
        for path in theme.paths where path.hasSuffix(".mustache") && !path.hasPrefix(assetsFolder + "/") {
            let name = String(path.dropLast(".mustache".count))
            templates[name] = try parse(path, in: theme)
            sources[name] = try theme.text(path)
        }
        for name in requiredTemplates where templates[name] == nil {
            throw PublishError(path: theme.location(of: name + ".mustache"), reason: .templateMissing)
        }
        let checker = TemplateChecker(sources: sources) { theme.location(of: $0 + ".mustache") }
        let models = Exemplars.pages(strings: strings)
        for name in requiredTemplates where name != "layout" {
            guard let model = models[name] else { continue }
            try checker.check(page: name, model: model)
        }
        let assets = theme.paths.filter { $0.hasPrefix(assetsFolder + "/") }
        let fingerprint = ContentHash.of(sources.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
        return SiteTemplates(
            theme: theme, library: MustacheLibrary(templates: templates), assets: assets, fingerprint: fingerprint)
    }

    /// Renders `model` with the template `name`.
    func render(_ model: Any, with name: String) throws -> String {
        guard let html = library.render(model, withTemplate: name) else {
            throw PublishError(path: theme.location(of: name + ".mustache"), reason: .renderFailed)
        }
        return html
    }

    private static func parse(_ path: String, in theme: Theme) throws -> MustacheTemplate {
        let text = try theme.text(path)
        let location = theme.location(of: path)
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            let reason = PublishError.Reason.invalidTemplate(
                line: error.context.lineNumber, column: error.context.columnNumber, problem: problem(error.error))
            throw PublishError(path: location, reason: reason)
        } catch {
            throw PublishError(
                path: location, reason: .invalidTemplate(line: nil, column: nil, problem: problem(error)))
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
}
