import CasebookCore
import Foundation

/// Reads a Zendesk API export, streaming:
/// `{"tickets": [{id, subject, description, status, tags, requester_id, assignee_id, created_at,
/// updated_at, comments: [{id, author_id, public, body, html_body, created_at}]}], "users": [{id, name,
/// email, role}]}`, with `users` before or after `tickets`. Other fields (a user's `phone`…) are ignored.
///
/// - Two passes: the first reads only the `users` array (kept in memory: users are few), the second
///   finds each element of `tickets` with a byte-level scanner and decodes it on its own, so memory is
///   bounded by the largest ticket and one malformed ticket (bad JSON inside it, wrong types, no `id`
///   or `status`) is rejected as `file:line: ticket N: reason` while the others import. A file whose
///   structure breaks (truncated, no `tickets` array, not an object) rejects what is left as one record.
/// - Roles: only comments by `agent` or `admin` users are an agent's (the only ones the drafter takes
///   a solution from). Comments by `end-user` users, by users without a role or with another one, and by
///   authors missing from `users` (a CC'd colleague, a user set aside as malformed) are the customer's.
///   A known author's name is kept on the comment so the drafter can redact it. A comment without
///   `public` is taken as private (it never reaches an article).
/// - Bodies: `html_body`, when present, is converted to text with `HTMLTextConverter` and kept as
///   `bodyHTML`; otherwise (or when the HTML holds no text) `body` is the text. A ticket without
///   comments gets its `description` as the requester's public first comment.
/// - The requester's name and email (from `users`) are kept on the ticket so the drafter can redact
///   them. Dates are ISO 8601; a missing ticket date is filled in as the CSV importer does.
/// - A ticket id already imported earlier in the same file is rejected (the first one wins); a repeat
///   of an id whose earlier copies were all rejected is imported.
public struct ZendeskImporter: TicketImporter {
    /// `.zendesk`.
    public static let format = ImportFormat.zendesk

    private let converter: HTMLTextConverter
    private let companions: ZendeskCompanions

    /// An importer converting HTML bodies with `converter`.
    public init(converter: HTMLTextConverter = HTMLTextConverter()) {
        self.init(converter: converter, companions: ZendeskCompanions())
    }

    /// An importer for one file of a folder export, with the users and comment files read beside it.
    init(converter: HTMLTextConverter = HTMLTextConverter(), companions: ZendeskCompanions) {
        self.converter = converter
        self.companions = companions
    }

    /// Streams the tickets and rejects of `file` to `sink`; throws `IngestError` when it cannot be opened.
    public func read(_ export: ExportFile, into sink: (ImportEvent) throws -> Void) throws {
        var records = JSONRecords(
            export: export, format: Self.format, layout: JSONRecords.layout(of: export, path: ["tickets"]))
        var users = companions.users
        var userBreakage: JSONArrayScanner.Breakage?
        if case .array = records.layout {
            do {
                userBreakage = try PeopleDirectory.read(export, into: &users, records: records, sink: sink)
            } catch let breakage as JSONArrayScanner.Breakage {
                userBreakage = breakage
            }
        }
        let builder = ZendeskTicketBuilder(file: export.name, users: users, converter: converter)
        let broken = try records.read(ZendeskTicketPayload.self, id: \.id.value) { payload, element in
            var payload = payload
            if payload.comments == nil { payload.comments = try companions.comments(ofTicket: payload.id.value) }
            return try builder.ticket(payload, line: element.line, position: element.index)
        } into: { event in
            try sink(event)
        }
        if let userBreakage, userBreakage.line != broken?.line {
            let reason =
                "\(userBreakage.reason); users from here on are unknown, so their comments are taken as the customer's"
            try sink(
                .rejected(
                    JSONRecords.rejection(
                        Self.format, export.name, line: userBreakage.line, index: userBreakage.index, reason,
                        userBreakage.raw, .remainder)))
        }
    }
}
