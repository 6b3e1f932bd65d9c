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

    /// An importer converting HTML bodies with `converter`.
    public init(converter: HTMLTextConverter = HTMLTextConverter()) {
        self.converter = converter
    }

    /// Streams the tickets and rejects of `file` to `sink`; throws `IngestError` when it cannot be opened.
    public func read(_ export: ExportFile, into sink: (ImportEvent) throws -> Void) throws {
        let file = export.name
        let decoder = JSONDecoder()
        var users = ZendeskUsers()
        var userBreakage: JSONArrayScanner.Breakage?
        do {
            var scanner = try openScanner(export)
            _ = try scanner.scan(array: "users") { element in
                do {
                    if let problem = element.problem { throw ElementProblem(reason: problem) }
                    users.add(try decoder.decode(ZendeskUserPayload.self, from: Data(element.bytes)))
                } catch {
                    try sink(.rejected(reject(element, kind: .user, reason: Self.reason(error), file: file)))
                }
            }
        } catch let breakage as JSONArrayScanner.Breakage {
            userBreakage = breakage
        }

        var builder = ZendeskTicketBuilder(file: file, users: users, converter: converter)
        var seen = DuplicateTracker()
        do {
            var scanner = try openScanner(export)
            let found = try scanner.scan(array: "tickets") { element in
                try sink(ticketEvent(element, builder: &builder, seen: &seen, decoder: decoder, file: file))
            }
            if !found {
                let reason = "there is no top-level \"tickets\" array; is this a Zendesk API export?"
                try sink(.rejected(remainder(line: 1, index: 1, reason: reason, raw: "", file: file)))
            }
        } catch let breakage as JSONArrayScanner.Breakage {
            try sink(.rejected(remainder(breakage, file: file)))
            if let userBreakage, userBreakage.line != breakage.line {
                try sink(.rejected(remainder(userBreakage, file: file, users: true)))
            }
            return
        }
        if let userBreakage { try sink(.rejected(remainder(userBreakage, file: file, users: true))) }
    }

    private func ticketEvent(
        _ element: JSONArrayScanner.Element, builder: inout ZendeskTicketBuilder, seen: inout DuplicateTracker,
        decoder: JSONDecoder, file: String
    ) -> ImportEvent {
        do {
            if let problem = element.problem { throw ElementProblem(reason: problem) }
            let payload = try decoder.decode(ZendeskTicketPayload.self, from: Data(element.bytes))
            if let first = seen.firstLine(of: payload.id.value) {
                throw ElementProblem(
                    reason: "id \(payload.id.value) was already read at line \(first); the first one is kept")
            }
            let ticket = try builder.ticket(payload, line: element.line, position: element.index)
            seen.record(payload.id.value, at: element.line)  // only once accepted: a rejected copy keeps nothing
            return .ticket(ticket)
        } catch {
            return .rejected(reject(element, kind: .ticket, reason: Self.reason(error), file: file))
        }
    }

    private func openScanner(_ export: ExportFile) throws -> JSONArrayScanner {
        do {
            return try JSONArrayScanner(url: export.url)
        } catch {
            throw IngestError(path: export.name, reason: .unreadable(IngestError.explain(error)))
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case let error as DecodingError: error.reason
        case let error as ElementProblem: error.reason
        default: "cannot be read"
        }
    }

    private func reject(
        _ element: JSONArrayScanner.Element, kind: ImportRejection.Kind, reason: String, file: String
    ) -> ImportRejection {
        let raw = String(decoding: element.bytes.prefix(65_536), as: UTF8.self)
        let record = RejectedRecord(
            source: Self.format.rawValue, sourceFile: file, line: element.line, position: element.index,
            reason: reason, raw: raw)
        return ImportRejection(record: record, kind: kind)
    }

    private func remainder(_ breakage: JSONArrayScanner.Breakage, file: String, users: Bool = false) -> ImportRejection
    {
        let reason =
            users
            ? "\(breakage.reason); users from here on are unknown, so their comments are taken as the customer's"
            : "\(breakage.reason); nothing from here on could be read"
        return remainder(line: breakage.line, index: breakage.index, reason: reason, raw: breakage.raw, file: file)
    }

    private func remainder(line: Int, index: Int, reason: String, raw: String, file: String) -> ImportRejection {
        let record = RejectedRecord(
            source: Self.format.rawValue, sourceFile: file, line: line, position: index, reason: reason, raw: raw)
        return ImportRejection(record: record, kind: .remainder)
    }
}

/// A reason to reject one element that is not a decoding error.
struct ElementProblem: Error {
    var reason: String
}
