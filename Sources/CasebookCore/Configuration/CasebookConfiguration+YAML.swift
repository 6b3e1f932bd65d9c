import Foundation
import Yams

extension CasebookConfiguration {
    /// Loads `path`, or the defaults when `path` is nil and no `casebook.yml` is in `folder`.
    public static func load(path: String?, folder: URL) throws -> CasebookConfiguration {
        let url =
            path.map { URL(fileURLWithPath: $0, relativeTo: folder) } ?? folder.appendingPathComponent(defaultFileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if let path { throw ConfigurationError(file: path, reason: .missing) }
            return CasebookConfiguration()
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: url.relativePath, reason: .unreadable(error.localizedDescription))
        }
        return try decode(yaml: text, file: path ?? defaultFileName, folder: url.deletingLastPathComponent())
    }

    /// Decodes a configuration from YAML text; `file` names it in errors.
    /// Relative paths in it (`site.templates`) are resolved against `folder`.
    public static func decode(yaml: String, file: String, folder: URL? = nil) throws -> CasebookConfiguration {
        if yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return CasebookConfiguration() }
        do {
            let document = try YAMLDecoder().decode(Strict<Document>.self, from: yaml).value
            return try document.configuration(file: file, folder: folder)
        } catch let error as ConfigurationError {
            throw error
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, let yaml = context.underlyingError as? YamlError {
                throw ConfigurationError(file: file, reason: .syntax(Self.describe(yaml)))
            }
            throw ConfigurationError(file: file, reason: .invalid(Self.describe(error)))
        } catch let error as YamlError {
            throw ConfigurationError(file: file, reason: .syntax(Self.describe(error)))
        } catch {
            throw ConfigurationError(file: file, reason: .syntax(String(describing: error)))
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "top level" : keys.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context)): expected \(friendly(type))"
        case .valueNotFound(let type, let context): return "\(path(context)): expected \(friendly(type))"
        case .keyNotFound(let key, let context): return "\(path(context)): missing key '\(key.stringValue)'"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }

    private static func friendly(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is [String].Type: "a list of strings"
        default: "a \(type)"
        }
    }

    private static func describe(_ error: YamlError) -> String {
        YAMLProblem.describe(error)
    }
}

/// The YAML shape of `casebook.yml` (snake_case keys, every key optional, unknown keys refused so
/// that a typo is an error rather than a silently ignored setting).
private struct Document: Section {
    struct Site: Section {
        var title: String?
        var baseURL: String?
        var language: String?
        var templates: String?
        var contactURL: String?
        var feedbackURL: String?
        var visibility: String?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case title
            case baseURL = "base_url"
            case language, templates
            case contactURL = "contact_url"
            case feedbackURL = "feedback_url"
            case visibility
        }
    }
    struct Ingest: Section {
        var resolvedStatuses: [String]?
        enum CodingKeys: String, CodingKey, CaseIterable { case resolvedStatuses = "resolved_statuses" }
    }
    struct Cluster: Section {
        var minSize: Int?
        var similarityThreshold: Double?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case minSize = "min_size"
            case similarityThreshold = "similarity_threshold"
        }
    }
    struct Draft: Section {
        var categories: [String: String]?
        enum CodingKeys: String, CodingKey, CaseIterable { case categories }
    }
    struct Review: Section {
        var requireSecondEditor: Bool?
        enum CodingKeys: String, CodingKey, CaseIterable { case requireSecondEditor = "require_second_editor" }
    }
    struct Redaction: Section {
        var names: [String]?
        var patterns: [Strict<Pattern>]?
        var publicDomains: [String]?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case names, patterns
            case publicDomains = "public_domains"
        }
    }
    struct Pattern: Section {
        var label: String
        var regex: String
        enum CodingKeys: String, CodingKey, CaseIterable { case label, regex }
    }

    var site: Strict<Site>?
    var ingest: Strict<Ingest>?
    var cluster: Strict<Cluster>?
    var draft: Strict<Draft>?
    var review: Strict<Review>?
    var redaction: Strict<Redaction>?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case site, ingest, cluster, draft, review, redaction
    }

    func configuration(file: String, folder: URL?) throws -> CasebookConfiguration {
        var configuration = CasebookConfiguration()
        let defaults = configuration
        let site = site?.value
        let ingest = ingest?.value
        let cluster = cluster?.value
        let draft = draft?.value
        let redaction = redaction?.value
        configuration.site = .init(
            title: site?.title ?? defaults.site.title,
            baseURL: try Self.baseURL(site?.baseURL, file: file),
            language: try Self.language(site?.language, file: file) ?? defaults.site.language,
            templates: site?.templates.map { Self.resolve($0, against: folder) },
            contactURL: try Self.link(site?.contactURL, key: "site.contact_url", file: file),
            feedbackURL: try Self.link(site?.feedbackURL, key: "site.feedback_url", file: file),
            visibility: try Self.visibility(site?.visibility, file: file))
        configuration.ingest = .init(resolvedStatuses: ingest?.resolvedStatuses ?? defaults.ingest.resolvedStatuses)
        configuration.cluster = .init(
            minSize: cluster?.minSize ?? defaults.cluster.minSize,
            similarityThreshold: cluster?.similarityThreshold ?? defaults.cluster.similarityThreshold)
        configuration.draft = .init(categories: draft?.categories ?? defaults.draft.categories)
        configuration.review = .init(
            requireSecondEditor: review?.value.requireSecondEditor ?? defaults.review.requireSecondEditor)
        configuration.redaction = .init(
            names: redaction?.names ?? defaults.redaction.names,
            patterns: redaction?.patterns?.map { .init(label: $0.value.label, regex: $0.value.regex) }
                ?? defaults.redaction.patterns,
            publicDomains: redaction?.publicDomains?.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                ?? defaults.redaction.publicDomains)

        if configuration.site.title.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ConfigurationError(file: file, reason: .invalid("site.title: must not be empty"))
        }
        if configuration.cluster.minSize < 2 {
            throw ConfigurationError(
                file: file, reason: .invalid("cluster.min_size: must be 2 or more (a problem recurs)"))
        }
        if let threshold = configuration.cluster.similarityThreshold, !(0...1).contains(threshold) {
            throw ConfigurationError(
                file: file, reason: .invalid("cluster.similarity_threshold: must be between 0 and 1"))
        }
        for (index, pattern) in configuration.redaction.patterns.enumerated() {
            guard let problem = pattern.problem else { continue }
            let place = "redaction.patterns[\(index)] '\(pattern.label)'"
            let detail =
                switch problem {
                case .invalidLabel: "the label must be 1–40 letters, digits, _ or -"
                case .invalidRegex: "not a valid regular expression"
                case .matchesEmptyText: "the regex matches empty text and would redact everything"
                case .nestedQuantifier:
                    "a repeated group holds a repetition, which can take forever on long text; write it without nesting"
                }
            throw ConfigurationError(file: file, reason: .invalid("\(place): \(detail)"))
        }
        return configuration
    }
}

extension Document {
    /// The base URL, checked: absolute http(s) with a host; `/` and absence both mean relative links only.
    static func baseURL(_ text: String?, file: String) throws -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text != "/" else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil
        else {
            throw ConfigurationError(
                file: file,
                reason: .invalid(
                    "site.base_url: '\(text)' is not an absolute http(s) URL such as https://help.example.com/ "
                        + "(leave it out for relative links only)"))
        }
        return text
    }

    /// A link readers follow or a form posts to: an absolute http(s) URL with a host, or `mailto:` with an
    /// address; nil when absent or empty.
    static func link(_ text: String?, key: String, file: String) throws -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let url = URL(string: text)
        let scheme = url?.scheme?.lowercased()
        let isWeb = ["http", "https"].contains(scheme) && !(url?.host ?? "").isEmpty
        let isMail = scheme == "mailto" && text.dropFirst("mailto:".count).contains("@")
        guard isWeb || isMail else {
            throw ConfigurationError(
                file: file,
                reason: .invalid(
                    "\(key): '\(text)' is neither an absolute http(s) URL (https://example.com/support) nor a "
                        + "mailto: address (mailto:help@example.com)"))
        }
        return text
    }

    /// `public` (the default) or `private`.
    static func visibility(_ text: String?, file: String) throws -> CasebookConfiguration.Site.Visibility {
        guard let text else { return .public }
        guard let visibility = CasebookConfiguration.Site.Visibility(rawValue: text.lowercased()) else {
            throw ConfigurationError(
                file: file, reason: .invalid("site.visibility: '\(text)' must be public or private"))
        }
        return visibility
    }

    /// The site language, checked as a BCP 47 tag and normalised.
    static func language(_ text: String?, file: String) throws -> String? {
        guard let text else { return nil }
        guard let tag = LanguageTag.normalized(text) else {
            throw ConfigurationError(
                file: file,
                reason: .invalid("site.language: '\(text)' is not a BCP 47 language tag such as en, fr or pt-BR"))
        }
        return tag
    }

    /// `path` made absolute against the configuration's folder.
    static func resolve(_ path: String, against folder: URL?) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        guard !expanded.hasPrefix("/"), let folder else { return expanded }
        return folder.appendingPathComponent(expanded).standardizedFileURL.path
    }
}

/// A section of the file: decodable, with its keys listed.
private protocol Section: Decodable {
    associatedtype CodingKeys: CodingKey & CaseIterable & RawRepresentable<String>
}

/// Decodes a section after refusing the keys it does not know.
private struct Strict<Value: Section>: Decodable {
    var value: Value

    init(from decoder: any Decoder) throws {
        let known = Value.CodingKeys.allCases.map(\.rawValue)
        let keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
        if let key = keys.filter({ !known.contains($0) }).sorted().first {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "unknown key '\(key)' (expected \(known.joined(separator: ", ")))"))
        }
        value = try Value(from: decoder)
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// `casebook.yml` is missing, unreadable or invalid.
public struct ConfigurationError: CasebookError {
    public enum Reason: Sendable, Equatable {
        case missing
        case unreadable(String)
        case syntax(String)
        case invalid(String)
    }

    public var file: String
    public var reason: Reason

    public var description: String {
        switch reason {
        case .missing: "\(file): no such configuration file; check the --config path"
        case .unreadable(let detail): "\(file): cannot read it (\(detail)); check its permissions"
        case .syntax(let detail): "\(file): not valid YAML: \(detail); fix the file (see README, Configuration)"
        case .invalid(let detail): "\(file): \(detail); fix the file (see README, Configuration)"
        }
    }

    public var exitCode: ExitStatus { .configuration }
}
