/// Where each column of the generic CSV layout sits, read from the header row.
struct CSVColumns {
    /// The columns the layout knows; others are ignored.
    enum Name: String, CaseIterable {
        case ticketID = "ticket_id"
        case subject, status, tags
        case requesterName = "requester_name"
        case requesterEmail = "requester_email"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case commentID = "comment_id"
        case authorRole = "author_role"
        case authorName = "author_name"
        case isPublic = "public"
        case body
        case commentCreatedAt = "comment_created_at"
    }

    /// The columns every file must have.
    static let required: [Name] = [.ticketID, .subject, .status, .authorRole, .isPublic, .body]

    /// The number of fields every row must have: the header's.
    let count: Int
    /// True when there is no `comment_created_at` column but a `created_at` one: each row's
    /// `created_at` is then its comment's date (the ticket's is its first row's).
    let datesPerComment: Bool
    private let indexes: [Name: Int]

    /// Locates the columns in `header` (names compared trimmed and case-insensitively; the first of
    /// two same-named columns wins); throws the missing required names when some are absent.
    init(header: [String]) throws(MissingColumns) {
        var indexes: [Name: Int] = [:]
        for (index, title) in header.enumerated() {
            if let name = Name(rawValue: title.trimmingSpaces.lowercased()), indexes[name] == nil {
                indexes[name] = index
            }
        }
        let missing = Self.required.filter { indexes[$0] == nil }
        guard missing.isEmpty else { throw MissingColumns(names: missing.map(\.rawValue)) }
        self.indexes = indexes
        self.count = header.count
        datesPerComment = indexes[.commentCreatedAt] == nil && indexes[.createdAt] != nil
    }

    /// The trimmed value of `name` in `fields`, or "" when the file has no such column.
    func value(_ name: Name, in fields: [String]) -> String {
        guard let index = indexes[name], index < fields.count else { return "" }
        return fields[index].trimmingSpaces
    }

    /// The raw (untrimmed) value of `name`, for bodies whose inner spacing matters.
    func rawValue(_ name: Name, in fields: [String]) -> String {
        guard let index = indexes[name], index < fields.count else { return "" }
        return fields[index]
    }

    /// The header lacks required columns.
    struct MissingColumns: Error {
        var names: [String]
    }
}
