import Foundation

/// A helpdesk export format that ingest can read: one case per helpdesk family, each read by its
/// `TicketImporter` whatever the layout (pages, a bare array or NDJSON; for Jira, JSON or XML).
public enum ImportFormat: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// Zendesk: API pages (`tickets`, `users`, comments and audits) or the account data export (NDJSON).
    case zendesk
    /// Freshdesk API v2 tickets with their conversations.
    case freshdesk
    /// Jira: the XML/RSS search export or the Cloud REST search JSON.
    case jira
    /// Help Scout Mailbox API 2.0 conversations with their threads.
    case helpscout
    /// The generic NDJSON layout, one ticket a line (see `NDJSONImporter`).
    case ndjson
    /// The generic CSV layout, one row per comment (see `CSVTicketImporter`).
    case csv

    /// The format's name, as `--format` takes it.
    public var description: String { rawValue }

    /// A fresh importer for this format.
    public func importer() -> any TicketImporter {
        switch self {
        case .zendesk: ZendeskImporter()
        case .freshdesk: FreshdeskImporter()
        case .jira: JiraImporter()
        case .helpscout: HelpScoutImporter()
        case .ndjson: NDJSONImporter()
        case .csv: CSVTicketImporter()
        }
    }

    /// The format of `url`, from its content when it tells, otherwise from its extension; nil when unsure.
    public static func detect(_ url: URL) -> ImportFormat? {
        guard let content = try? ExportContent.inspect(url) else { return nil }
        return detect(name: url.lastPathComponent, head: content.head)
    }

    /// The format of a file named `name` whose first bytes, as UTF-8, are `head`: what the content
    /// shows first, the extension (`.json`, `.ndjson`, `.jsonl`, `.xml`, `.csv`) as a hint when it shows nothing.
    static func detect(name: String, head: [UInt8]) -> ImportFormat? {
        if let format = detect(firstBytes: head) { return format }
        switch (name as NSString).pathExtension.lowercased() {
        case "json": return .zendesk
        case "ndjson", "jsonl": return .ndjson
        case "xml", "rss": return .jira
        case "csv": return .csv
        default: return nil
        }
    }

    /// The format that `bytes`, the start of a file, show; nil when they show none.
    public static func detect(firstBytes bytes: [UInt8]) -> ImportFormat? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { return nil }
        let text = String(decoding: bytes[start...], as: UTF8.self)
        switch bytes[start] {
        case UInt8(ascii: "<"):
            let lower = text.lowercased()
            return lower.contains("<rss") || lower.contains("<channel") || lower.contains("<item") ? .jira : nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return jsonFamily(text)
        default:
            let header = text.prefix { $0 != "\n" }.lowercased()
            return header.contains("ticket_id") && header.contains(",") ? .csv : nil
        }
    }

    /// Keys that only one family's JSON uses, by family, in the order ties are settled.
    private static let markers: [(ImportFormat, [String])] = [
        (
            .zendesk,
            ["tickets", "assignee_id", "submitter_id", "author_id", "html_body", "via", "audits", "raw_subject"]
        ),
        (.freshdesk, ["responder_id", "fr_escalated", "fr_due_by", "description_text", "body_text", "incoming"]),
        (.jira, ["issues", "fields", "resolutiondate", "statusCategory", "displayName"]),
        (.helpscout, ["_embedded", "threads", "mailboxId", "primaryCustomer", "userUpdatedAt"]),
        (.ndjson, ["ticket_id", "author_role", "requester_name"]),
    ]

    /// The JSON family whose keys `text` uses most; nil when it uses none of them.
    private static func jsonFamily(_ text: String) -> ImportFormat? {
        var best: (format: ImportFormat, score: Int)?
        for (format, keys) in markers {
            let score = keys.filter { text.contains("\"\($0)\"") }.count
            if score > (best?.score ?? 0) { best = (format, score) }
        }
        return best?.format
    }

    /// True when `url` starts with markup (`<`), after a byte-order mark and white space.
    static func startsWithMarkup(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = Array((try? handle.read(upToCount: 1024)) ?? nil ?? Data())
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        return start < head.count && head[start] == UInt8(ascii: "<")
    }
}
