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
        return try decode(yaml: text, file: path ?? defaultFileName)
    }

    /// Decodes a configuration from YAML text; `file` names it in errors.
    public static func decode(yaml: String, file: String) throws -> CasebookConfiguration {
        if yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return CasebookConfiguration() }
        do {
            let document = try YAMLDecoder().decode(Document.self, from: yaml)
            return try document.configuration(file: file)
        } catch let error as ConfigurationError {
            throw error
        } catch let error as DecodingError {
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
        // Yams' descriptions span several lines with a caret; keep the first one.
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid YAML"
    }
}

/// The YAML shape of `casebook.yml` (snake_case keys, every key optional, unknown keys refused).
private struct Document: Decodable {
    struct Site: Decodable {
        var title: String?
        var baseURL: String?
        var language: String?
        enum CodingKeys: String, CodingKey {
            case title
            case baseURL = "base_url"
            case language
        }
    }
    struct Ingest: Decodable {
        var resolvedStatuses: [String]?
        enum CodingKeys: String, CodingKey { case resolvedStatuses = "resolved_statuses" }
    }
    struct Cluster: Decodable {
        var minSize: Int?
        var similarityThreshold: Double?
        enum CodingKeys: String, CodingKey {
            case minSize = "min_size"
            case similarityThreshold = "similarity_threshold"
        }
    }
    struct Redaction: Decodable {
        var names: [String]?
        var patterns: [CasebookConfiguration.Redaction.Pattern]?
    }

    var site: Site?
    var ingest: Ingest?
    var cluster: Cluster?
    var redaction: Redaction?

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case site, ingest, cluster, redaction
    }

    init(from decoder: any Decoder) throws {
        let unknown = try decoder.container(keyedBy: AnyKey.self).allKeys
            .map(\.stringValue).filter { CodingKeys(rawValue: $0) == nil }
        if let key = unknown.sorted().first {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [],
                    debugDescription: "unknown key '\(key)' (expected site, ingest, cluster or redaction)"))
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        site = try container.decodeIfPresent(Site.self, forKey: .site)
        ingest = try container.decodeIfPresent(Ingest.self, forKey: .ingest)
        cluster = try container.decodeIfPresent(Cluster.self, forKey: .cluster)
        redaction = try container.decodeIfPresent(Redaction.self, forKey: .redaction)
    }

    func configuration(file: String) throws -> CasebookConfiguration {
        var configuration = CasebookConfiguration()
        let defaults = configuration
        configuration.site = .init(
            title: site?.title ?? defaults.site.title,
            baseURL: site?.baseURL ?? defaults.site.baseURL,
            language: site?.language?.lowercased() ?? defaults.site.language)
        configuration.ingest = .init(resolvedStatuses: ingest?.resolvedStatuses ?? defaults.ingest.resolvedStatuses)
        configuration.cluster = .init(
            minSize: cluster?.minSize ?? defaults.cluster.minSize,
            similarityThreshold: cluster?.similarityThreshold ?? defaults.cluster.similarityThreshold)
        configuration.redaction = .init(
            names: redaction?.names ?? defaults.redaction.names,
            patterns: redaction?.patterns ?? defaults.redaction.patterns)

        if configuration.cluster.minSize < 2 {
            throw ConfigurationError(
                file: file, reason: .invalid("cluster.min_size: must be 2 or more (a problem recurs)"))
        }
        if let threshold = configuration.cluster.similarityThreshold, !(0...1).contains(threshold) {
            throw ConfigurationError(
                file: file, reason: .invalid("cluster.similarity_threshold: must be between 0 and 1"))
        }
        for pattern in configuration.redaction.patterns {
            do {
                _ = try NSRegularExpression(pattern: pattern.regex)
            } catch {
                throw ConfigurationError(
                    file: file,
                    reason: .invalid("redaction.patterns '\(pattern.label)': not a valid regular expression"))
            }
        }
        return configuration
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
