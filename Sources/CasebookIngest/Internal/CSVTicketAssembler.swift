import CasebookCore
import Foundation

/// Turns CSV records, one comment per row, into tickets: the rows of a ticket are consecutive, so
/// only the ticket being read is held in memory. See `CSVTicketImporter` for the rules.
struct CSVTicketAssembler {
    private struct Group {
        let id: String
        let line: Int
        let position: Int
        var fields: CSVTicketFields
        var comments: [CSVCommentFields] = []
    }

    private enum Current {
        case none
        case open(Group)
        /// The ticket's rows are being set aside, each for `laterRows`.
        case refused(id: String, laterRows: RowProblem)

        var ticketID: String? {
            switch self {
            case .none: nil
            case .open(let group): group.id
            case .refused(let id, _): id
            }
        }
    }

    let file: String
    let converter: HTMLTextConverter
    private var parser: CSVRowParser?
    private var current = Current.none
    private var seen = DuplicateTracker()
    private var stopped = false

    init(file: String, converter: HTMLTextConverter) {
        self.file = file
        self.converter = converter
    }

    /// True once the header proved unusable: nothing more is read.
    var isStopped: Bool { stopped }

    /// What `record` completes or rejects, in order.
    mutating func consume(_ record: CSVRecord) -> [ImportEvent] {
        guard let parser else { return readHeader(record) }
        if record.fields == [""] { return [] }  // a blank line
        if record.hadInvalidUTF8 { return [reject(record, .invalidUTF8)] }
        guard record.fields.count == parser.columns.count else {
            return [reject(record, .fieldCount(record.fields.count, expected: parser.columns.count))]
        }
        let id = parser.columns.value(.ticketID, in: record.fields)
        guard !id.isEmpty else { return [reject(record, .empty("ticket_id"))] }
        if current.ticketID == id { return continueTicket(record, parser: parser) }
        var events = finish()
        events += startTicket(id, record, parser: parser)
        return events
    }

    /// The ticket still open, complete now that the file ends.
    mutating func finish() -> [ImportEvent] {
        defer { current = .none }
        guard case .open(let group) = current else { return [] }
        return [.ticket(ticket(from: group))]
    }

    /// The open ticket, then the rest of the file as one reject, when a quoted field never closes.
    mutating func unreadable(_ failure: CSVReader.Failure) -> [ImportEvent] {
        let reason =
            "\(failure.reason), so the rest of the file cannot be read; close the quote (and double any "
            + "quote inside a quoted field)"
        let record = RejectedRecord(
            source: ImportFormat.csv.rawValue, sourceFile: file, line: failure.line, position: failure.index,
            reason: reason, raw: failure.raw)
        return finish() + [.rejected(ImportRejection(record: record, kind: .remainder))]
    }

    private mutating func readHeader(_ record: CSVRecord) -> [ImportEvent] {
        do {
            parser = CSVRowParser(columns: try CSVColumns(header: record.fields))
            return []
        } catch {
            stopped = true
            let reason =
                "the header lacks the required column(s) \(error.names.joined(separator: ", ")), so the "
                + "file is set aside; the first row must name the columns (see docs/FORMATS.md)"
            let rejected = RejectedRecord(
                source: ImportFormat.csv.rawValue, sourceFile: file, line: record.line, position: record.index,
                reason: reason, raw: record.raw)
            return [.rejected(ImportRejection(record: rejected, kind: .remainder))]
        }
    }

    private mutating func startTicket(_ id: String, _ record: CSVRecord, parser: CSVRowParser) -> [ImportEvent] {
        if let firstLine = seen.repeatedLine(of: id, at: record.line) {
            let problem = RowProblem.repeatedTicket(id, firstLine: firstLine)
            current = .refused(id: id, laterRows: problem)
            return [reject(record, problem)]
        }
        let refusal = RowProblem.ticketRefused(id, firstLine: record.line)
        let fields: CSVTicketFields
        switch parser.ticketFields(record.fields) {
        case .failure(let problem):
            current = .refused(id: id, laterRows: refusal)
            return [reject(record, .onFirstRow(problem, ticket: id))]
        case .success(let parsed):
            fields = parsed
        }
        for (column, value) in [("subject", fields.subject), ("status", fields.status)] where value == nil {
            current = .refused(id: id, laterRows: refusal)
            return [reject(record, .onFirstRow(.empty(column), ticket: id))]
        }
        current = .open(Group(id: id, line: record.line, position: record.index, fields: fields))
        return addComment(record, parser: parser)
    }

    private mutating func continueTicket(_ record: CSVRecord, parser: CSVRowParser) -> [ImportEvent] {
        switch current {
        case .none:
            return []
        case .refused(_, let laterRows):
            return [reject(record, laterRows)]
        case .open(var group):
            switch parser.ticketFields(record.fields) {
            case .failure(let problem):
                return [reject(record, problem)]
            case .success(var fields):
                // In the dates-per-comment layout a later row's created_at is its comment's, not the ticket's.
                if parser.columns.datesPerComment { fields.createdAt = nil }
                var kept: [ImportEvent] = []
                while let column = fields.conflict(with: group.fields) {
                    kept.append(.keptFirstValue(column: column))
                    fields.clear(column)
                }
                group.fields = group.fields.filling(from: fields)
                current = .open(group)
                return kept + addComment(record, parser: parser)
            }
        }
    }

    private mutating func addComment(_ record: CSVRecord, parser: CSVRowParser) -> [ImportEvent] {
        guard case .open(var group) = current else { return [] }
        switch parser.commentFields(record.fields) {
        case .failure(let problem):
            return [reject(record, problem)]
        case .success(let comment):
            group.comments.append(comment)
            current = .open(group)
            return []
        }
    }

    private func ticket(from group: Group) -> ImportedTicket {
        let dates = TicketDates.resolve(
            created: group.fields.createdAt, updated: group.fields.updatedAt,
            commentDates: group.comments.map(\.createdAt))
        let ticket = Ticket(
            source: ImportFormat.csv.rawValue, externalID: group.id, subject: group.fields.subject ?? "",
            status: (group.fields.status ?? "").lowercased(), tags: group.fields.tags ?? [],
            requesterName: group.fields.requesterName, requesterEmail: group.fields.requesterEmail,
            createdAt: dates.created, updatedAt: dates.updated, sourceFile: file, sourceLine: group.line)
        let comments = group.comments.enumerated().map { position, fields in
            let isHTML = HTMLTextConverter.looksLikeHTML(fields.body)
            return Comment(
                externalID: fields.externalID, position: position, authorRole: fields.role,
                authorName: fields.authorName, isPublic: fields.isPublic,
                bodyText: isHTML ? converter.text(fromHTML: fields.body) : PlainText.normalized(fields.body),
                bodyHTML: isHTML ? fields.body : nil, createdAt: fields.createdAt ?? dates.created)
        }
        return ImportedTicket(ticket: ticket, comments: comments, line: group.line, position: group.position)
    }

    private func reject(_ record: CSVRecord, _ problem: RowProblem) -> ImportEvent {
        let rejected = RejectedRecord(
            source: ImportFormat.csv.rawValue, sourceFile: file, line: record.line, position: record.index,
            reason: problem.description, raw: record.raw)
        return .rejected(ImportRejection(record: rejected, kind: .row))
    }
}
