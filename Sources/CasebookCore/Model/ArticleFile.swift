import Foundation
import Yams

/// An article as a Markdown file with YAML front matter: how reviewed articles live in git (`kb/`), are
/// edited in pull requests, and are published by CI without the store.
///
/// ```
/// ---
/// id: 12
/// slug: "cant-log-in-after-resetting-the-password"
/// title: "Can't log in after resetting the password"
/// ...
/// ---
///
/// The article's Markdown.
/// ```
///
/// Everything in it is public-safe: the approved text and what a page shows about it, and the helpdesk
/// references of its source tickets (never their text).
public struct ArticleFile: Sendable, Equatable {
    /// The article's id in the store; nil for an article written by hand in the folder.
    public var id: Int64?
    public var slug: String
    public var title: String
    /// A normalised BCP 47 tag.
    public var language: String
    public var category: String
    /// The review state (`approved`, `draft`, …), as the store names it.
    public var state: String
    /// The revision the text was exported from: an edit on an older one is refused as stale.
    public var revision: Int?
    /// Who approved the published text, and when.
    public var approvedBy: String?
    public var approvedAt: Date?
    /// Articles that say the same in other languages share this key (for `hreflang` alternates).
    public var translationGroup: String?
    /// The helpdesk references of the tickets it was drafted from (`zendesk#1042`).
    public var sources: [String]
    /// The Markdown body.
    public var body: String

    public init(
        id: Int64?, slug: String, title: String, language: String, category: String, state: String,
        revision: Int?, approvedBy: String? = nil, approvedAt: Date? = nil, translationGroup: String? = nil,
        sources: [String] = [], body: String
    ) {
        self.id = id
        self.slug = slug
        self.title = title
        self.language = language
        self.category = category
        self.state = state
        self.revision = revision
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
        self.translationGroup = translationGroup
        self.sources = sources
        self.body = body
    }

    /// The file's path inside an articles folder: `<language>/<slug>.md`.
    public var relativePath: String { "\(language)/\(slug).md" }

    /// The file's text: front matter in a fixed key order, then the body; the same article always gives
    /// the same bytes.
    public var text: String {
        var lines = ["---"]
        if let id { lines.append("id: \(id)") }
        lines.append("slug: \(Self.quoted(slug))")
        lines.append("title: \(Self.quoted(title))")
        lines.append("language: \(language)")
        lines.append("category: \(Self.quoted(category))")
        lines.append("state: \(state)")
        if let revision { lines.append("revision: \(revision)") }
        if let approvedBy { lines.append("approved_by: \(Self.quoted(approvedBy))") }
        if let approvedAt { lines.append("approved_at: \(Self.timestamp(approvedAt))") }
        if let translationGroup { lines.append("translation_group: \(Self.quoted(translationGroup))") }
        lines.append("sources: [\(sources.map(Self.quoted).joined(separator: ", "))]")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + Self.normalizedBody(body) + "\n"
    }

    /// Reads a file's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> ArticleFile {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        else { throw ArticleFileError(file: file, line: 1, reason: .noFrontMatter) }
        let yaml = lines[1..<end].joined(separator: "\n")
        let matter: FrontMatter
        do {
            matter = try YAMLDecoder().decode(FrontMatter.self, from: yaml)
        } catch let error as YamlError {
            throw ArticleFileError(file: file, line: nil, reason: .yaml(Self.shifted(YAMLProblem.describe(error))))
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, let yaml = context.underlyingError as? YamlError {
                throw ArticleFileError(file: file, line: nil, reason: .yaml(Self.shifted(YAMLProblem.describe(yaml))))
            }
            if case .dataCorrupted(let context) = error,
                let reason = context.underlyingError as? ArticleFileError.Reason
            {
                throw ArticleFileError(file: file, line: nil, reason: reason)
            }
            throw ArticleFileError(file: file, line: nil, reason: .field(Self.describe(error)))
        } catch let error as ArticleFileError.Reason {
            throw ArticleFileError(file: file, line: nil, reason: error)
        }
        let body = lines[(end + 1)...].joined(separator: "\n")
        guard let language = LanguageTag.normalized(matter.language) else {
            throw ArticleFileError(
                file: file, line: nil, reason: .field("language: '\(matter.language)' is not a BCP 47 tag"))
        }
        for (name, value) in [("slug", matter.slug), ("title", matter.title)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ArticleFileError(file: file, line: nil, reason: .field("\(name): must not be empty"))
        }
        var approvedAt: Date?
        if let text = matter.approvedAt {
            guard let date = Self.date(text) else {
                throw ArticleFileError(
                    file: file, line: nil, reason: .field("approved_at: '\(text)' is not an ISO 8601 time"))
            }
            approvedAt = date
        }
        return ArticleFile(
            id: matter.id, slug: matter.slug, title: matter.title, language: language, category: matter.category ?? "",
            state: matter.state ?? "approved", revision: matter.revision, approvedBy: matter.approvedBy,
            approvedAt: approvedAt, translationGroup: matter.translationGroup, sources: matter.sources ?? [],
            body: normalizedBody(body))
    }

    /// A body as files hold it: no leading blank lines, no trailing white space, LF line ends.
    public static func normalizedBody(_ body: String) -> String {
        var text = body.replacingOccurrences(of: "\r\n", with: "\n")
        while text.hasPrefix("\n") { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    /// `2026-03-04T10:15:00Z`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    private static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// A YAML double-quoted scalar (JSON string escapes are valid YAML).
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Yams counts lines inside the front matter; the file has the opening `---` above them.
    private static func shifted(_ problem: String) -> String {
        guard problem.hasPrefix("line "), let number = Int(problem.dropFirst(5).prefix { $0.isNumber }) else {
            return problem
        }
        return "line \(number + 1)" + problem.drop { $0 != "," }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "\(context.codingPath.map(\.stringValue).joined(separator: ".")): has the wrong type"
        case .keyNotFound(let key, _): "\(key.stringValue): missing"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: String(describing: error)
        }
    }

    /// The YAML keys, refused when unknown so that a typo is an error.
    private struct FrontMatter: Decodable {
        var id: Int64?
        var slug: String
        var title: String
        var language: String
        var category: String?
        var state: String?
        var revision: Int?
        var approvedBy: String?
        var approvedAt: String?
        var translationGroup: String?
        var sources: [String]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, slug, title, language, category, state, revision
            case approvedBy = "approved_by"
            case approvedAt = "approved_at"
            case translationGroup = "translation_group"
            case sources
        }

        init(from decoder: any Decoder) throws {
            let known = Set(CodingKeys.allCases.map(\.rawValue))
            let all = try decoder.container(keyedBy: AnyCodingKey.self).allKeys.map(\.stringValue)
            if let unknown = all.filter({ !known.contains($0) }).sorted().first {
                throw ArticleFileError.Reason.field(
                    "unknown key '\(unknown)' (expected \(CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(Int64.self, forKey: .id)
            slug = try container.decode(String.self, forKey: .slug)
            title = try container.decode(String.self, forKey: .title)
            language = try container.decode(String.self, forKey: .language)
            category = try container.decodeIfPresent(String.self, forKey: .category)
            state = try container.decodeIfPresent(String.self, forKey: .state)
            revision = try container.decodeIfPresent(Int.self, forKey: .revision)
            approvedBy = try container.decodeIfPresent(String.self, forKey: .approvedBy)
            approvedAt = try container.decodeIfPresent(String.self, forKey: .approvedAt)
            translationGroup = try container.decodeIfPresent(String.self, forKey: .translationGroup)
            sources = try container.decodeIfPresent([String].self, forKey: .sources)
        }
    }

    private struct AnyCodingKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// An article file that cannot be read.
public struct ArticleFileError: CasebookError, Equatable {
    public enum Reason: Error, Sendable, Equatable {
        case noFrontMatter
        case yaml(String)
        case field(String)
    }

    public var file: String
    public var line: Int?
    public var reason: Reason

    public init(file: String, line: Int?, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return switch reason {
        case .noFrontMatter:
            "\(place): no front matter; an article file starts with a `---` line, its fields, and another `---`"
        case .yaml(let detail): "\(place): the front matter is not valid YAML (\(detail)); fix the file"
        case .field(let detail): "\(place): \(detail); fix the file's front matter"
        }
    }

    public var exitCode: ExitStatus { .dataRejected }
}
