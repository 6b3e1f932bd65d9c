import Foundation

/// A helpdesk export format that ingest can read.
///
/// A new format (Freshdesk, Jira XML, Help Scout, mbox, NDJSON) is a new case here plus a
/// `TicketImporter` returned by `importer()`.
public enum ImportFormat: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// A Zendesk API export: one JSON object with `tickets` and `users` arrays.
    case zendesk
    /// The generic CSV layout, one row per comment (see `CSVTicketImporter`).
    case csv

    /// The format's name, as `--format` takes it.
    public var description: String { rawValue }

    /// A fresh importer for this format.
    public func importer() -> any TicketImporter {
        switch self {
        case .zendesk: ZendeskImporter()
        case .csv: CSVTicketImporter()
        }
    }

    /// The format of `url`, from its extension when it tells (`.json`, `.csv`), otherwise from its
    /// first bytes (`{` is a Zendesk export, a header line with `ticket_id` is CSV); nil when unsure.
    public static func detect(_ url: URL) -> ImportFormat? {
        guard let content = try? ExportContent.inspect(url) else { return nil }
        return detect(name: url.lastPathComponent, head: content.head)
    }

    /// The format of a file named `name` whose first bytes, as UTF-8, are `head`; nil when unsure.
    static func detect(name: String, head: [UInt8]) -> ImportFormat? {
        switch (name as NSString).pathExtension.lowercased() {
        case "json": return .zendesk
        case "csv": return .csv
        default: return detect(firstBytes: head)
        }
    }

    /// The format that `bytes`, the start of a file, look like; nil when unsure.
    public static func detect(firstBytes bytes: [UInt8]) -> ImportFormat? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { return nil }
        if bytes[start] == UInt8(ascii: "{") { return .zendesk }
        let firstLine = bytes[start...].prefix { $0 != 0x0A }
        let header = String(decoding: firstLine, as: UTF8.self).lowercased()
        return header.contains("ticket_id") && header.contains(",") ? .csv : nil
    }
}
