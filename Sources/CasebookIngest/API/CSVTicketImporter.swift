import CasebookCore
import Foundation

/// Reads the generic CSV layout: one row per comment, a header row naming the columns.
///
/// ```
/// ticket_id,subject,status,tags,requester_name,requester_email,created_at,updated_at,
/// comment_id,author_role,author_name,public,body,comment_created_at
/// ```
///
/// - Required columns: `ticket_id`, `subject`, `status`, `author_role`, `public`, `body`; the others
///   are optional. Columns may come in any order; unknown columns are ignored; names are matched
///   case-insensitively.
/// - RFC 4180 quoting (fields with commas, quotes or line breaks are quoted, `""` is a quote), UTF-8
///   with or without a byte-order mark, LF or CRLF.
/// - `tags`: separated by `|` (also `;` or `,`). `author_role`: `customer`, `end-user`, `requester`,
///   `agent`, `admin` or `system`. `public`: `true/false`, `1/0`, `yes/no`. Dates: ISO 8601 with or
///   without fractional seconds and offset (UTC when none), or `YYYY-MM-DD HH:MM:SS`, or `YYYY-MM-DD`.
/// - The rows of one ticket are consecutive, in comment order; that is what keeps memory bounded (one
///   ticket at a time). Its first row carries the ticket fields (`subject` and `status` required);
///   later rows may repeat them or leave them empty, but a different value rejects that row. A ticket
///   id that comes back after other tickets is rejected (sort the file by `ticket_id`).
/// - Rejects: a row that cannot be read (wrong number of fields, invalid UTF-8, no `ticket_id`) or
///   has a bad comment field (empty `body`, bad `public`, `author_role` or date) is rejected alone and
///   its ticket imports without it. When the ticket's first row has bad or missing ticket fields, the
///   whole ticket (all its rows) is rejected. A quoted field that never closes rejects the rest of the
///   file as one record; a header without the required columns rejects the whole file.
/// - Bodies that look like HTML (they contain a known tag such as `<p>`, `<br>`, `<div>`, `<a `)
///   are converted to text by `HTMLTextConverter` and kept as `bodyHTML`; other bodies are plain text
///   (so `a < b` or `<your name>` stay as written).
/// - A missing `created_at` is the earliest comment's date, a missing `updated_at` the latest; a
///   comment without `comment_created_at` takes the ticket's creation date.
public struct CSVTicketImporter: TicketImporter {
    /// `.csv`.
    public static let format = ImportFormat.csv

    private let converter: HTMLTextConverter

    /// An importer converting HTML bodies with `converter`.
    public init(converter: HTMLTextConverter = HTMLTextConverter()) {
        self.converter = converter
    }

    /// Streams the tickets and rejects of `file` to `sink`; throws `IngestError` when it cannot be opened.
    public func read(_ export: ExportFile, into sink: (ImportEvent) throws -> Void) throws {
        var reader: CSVReader
        do {
            reader = try CSVReader(url: export.url)
        } catch {
            throw IngestError(path: export.name, reason: .unreadable(IngestError.explain(error)))
        }
        var assembler = CSVTicketAssembler(file: export.name, converter: converter)
        while !assembler.isStopped {
            let record: CSVRecord?
            do {
                record = try reader.next()
            } catch let failure as CSVReader.Failure {
                for event in assembler.unreadable(failure) { try sink(event) }
                return
            }
            guard let record else { break }
            for event in assembler.consume(record) { try sink(event) }
        }
        for event in assembler.finish() { try sink(event) }
    }
}
