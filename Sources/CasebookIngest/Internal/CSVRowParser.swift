import CasebookCore
import Foundation

/// The ticket part of a CSV row: every value optional, since only a ticket's first row must carry
/// its subject and status and later rows may leave them empty.
struct CSVTicketFields: Equatable {
    var subject: String?
    var status: String?
    var tags: [String]?
    var requesterName: String?
    var requesterEmail: String?
    var createdAt: Date?
    var updatedAt: Date?

    /// The first column whose value is set in both and differs, or nil when the rows agree.
    func conflict(with other: CSVTicketFields) -> String? {
        func differs<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a != nil && b != nil && a != b }
        if differs(subject, other.subject) { return "subject" }
        if differs(status?.lowercased(), other.status?.lowercased()) { return "status" }
        if differs(tags, other.tags) { return "tags" }
        if differs(requesterName, other.requesterName) { return "requester_name" }
        if differs(requesterEmail, other.requesterEmail) { return "requester_email" }
        if differs(createdAt, other.createdAt) { return "created_at" }
        if differs(updatedAt, other.updatedAt) { return "updated_at" }
        return nil
    }

    /// Forgets the value of `column` (one of the names `conflict` returns).
    mutating func clear(_ column: String) {
        switch column {
        case "subject": subject = nil
        case "status": status = nil
        case "tags": tags = nil
        case "requester_name": requesterName = nil
        case "requester_email": requesterEmail = nil
        case "created_at": createdAt = nil
        default: updatedAt = nil
        }
    }

    /// These fields with the blanks filled from `other`.
    func filling(from other: CSVTicketFields) -> CSVTicketFields {
        CSVTicketFields(
            subject: subject ?? other.subject, status: status ?? other.status, tags: tags ?? other.tags,
            requesterName: requesterName ?? other.requesterName,
            requesterEmail: requesterEmail ?? other.requesterEmail, createdAt: createdAt ?? other.createdAt,
            updatedAt: updatedAt ?? other.updatedAt)
    }
}

/// The comment part of a CSV row.
struct CSVCommentFields {
    var externalID: String?
    var role: AuthorRole
    var authorName: String?
    var isPublic: Bool
    var body: String
    var createdAt: Date?
}

/// Reads the typed values of one CSV row; each failure is one line saying which column and what to do.
struct CSVRowParser {
    let columns: CSVColumns

    func ticketFields(_ fields: [String]) -> Result<CSVTicketFields, RowProblem> {
        func text(_ name: CSVColumns.Name) -> String? {
            let value = columns.value(name, in: fields)
            return value.isEmpty ? nil : value
        }
        var result = CSVTicketFields(
            subject: text(.subject), status: text(.status), tags: text(.tags).map(FieldValue.tags),
            requesterName: text(.requesterName), requesterEmail: text(.requesterEmail))
        for (name, keyPath) in [(CSVColumns.Name.createdAt, \CSVTicketFields.createdAt), (.updatedAt, \.updatedAt)] {
            guard let value = text(name) else { continue }
            guard let date = Timestamp.parse(value) else { return .failure(.badDate(name.rawValue, value)) }
            result[keyPath: keyPath] = date
        }
        return .success(result)
    }

    func commentFields(_ fields: [String]) -> Result<CSVCommentFields, RowProblem> {
        let roleText = columns.value(.authorRole, in: fields)
        guard !roleText.isEmpty else { return .failure(.empty("author_role")) }
        guard let role = FieldValue.role(roleText) else { return .failure(.badRole(roleText)) }
        let publicText = columns.value(.isPublic, in: fields)
        guard !publicText.isEmpty else { return .failure(.empty("public")) }
        guard let isPublic = FieldValue.bool(publicText) else { return .failure(.badBool(publicText)) }
        let body = columns.rawValue(.body, in: fields)
        guard !body.trimmingSpaces.isEmpty else { return .failure(.empty("body")) }
        var createdAt: Date?
        let dateColumn = columns.datesPerComment ? CSVColumns.Name.createdAt : .commentCreatedAt
        let dateText = columns.value(dateColumn, in: fields)
        if !dateText.isEmpty {
            guard let date = Timestamp.parse(dateText) else {
                return .failure(.badDate(dateColumn.rawValue, dateText))
            }
            createdAt = date
        }
        let commentID = columns.value(.commentID, in: fields)
        let authorName = columns.value(.authorName, in: fields)
        return .success(
            CSVCommentFields(
                externalID: commentID.isEmpty ? nil : commentID, role: role,
                authorName: authorName.isEmpty ? nil : authorName, isPublic: isPublic, body: body,
                createdAt: createdAt))
    }
}

/// Why a CSV row was rejected.
enum RowProblem: Error, CustomStringConvertible {
    case fieldCount(Int, expected: Int)
    case invalidUTF8
    case empty(String)
    case badDate(String, String)
    case badBool(String)
    case badRole(String)
    indirect case onFirstRow(RowProblem, ticket: String)
    case ticketRefused(String, firstLine: Int)
    case repeatedTicket(String, firstLine: Int)

    var description: String {
        switch self {
        case .fieldCount(let count, let expected):
            "has \(count) fields but the header has \(expected); quote fields that contain commas, quotes or "
                + "line breaks"
        case .invalidUTF8:
            "contains bytes that are not UTF-8; export the file as UTF-8"
        case .empty(let column):
            "\(column) is empty; fill it in"
        case .badDate(let column, let value):
            "\(column) \(FieldValue.quoted(value)) is not a date; use ISO 8601 such as 2024-03-01T10:15:00Z"
        case .badBool(let value):
            "public \(FieldValue.quoted(value)) is not a boolean; use true/false, 1/0 or yes/no"
        case .badRole(let value):
            "author_role \(FieldValue.quoted(value)) is unknown; use customer, end-user, requester, agent, admin "
                + "or system"
        case .onFirstRow(let problem, let ticket):
            "ticket \(ticket): \(problem) (this row carries the ticket's fields, so the whole ticket is set aside)"
        case .ticketRefused(let ticket, let firstLine):
            "ticket \(ticket): its first row (line \(firstLine)) was rejected, so its other rows are set aside too"
        case .repeatedTicket(let ticket, let firstLine):
            "ticket \(ticket) appears again after other tickets (first at line \(firstLine)); keep a ticket's rows "
                + "together, e.g. sort the file by ticket_id"
        }
    }
}
