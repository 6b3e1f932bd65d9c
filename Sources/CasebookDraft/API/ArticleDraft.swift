import CasebookCore

/// A drafted article: redacted, cleaned, ready to be stored as a revision.
public struct ArticleDraft: Sendable, Equatable, Codable {
    /// A short sentence-case title (no `Re:`, ticket numbers or shouting).
    public var title: String
    /// A human-readable category (`Billing`).
    public var category: String
    /// The article's language (ISO 639-1), the cluster's.
    public var language: String
    /// The article in Markdown: the problem in customers' words, then the solution.
    public var body: String
    /// Where each drafted sentence came from (problem quotes, cause, steps, and notes for the editor).
    public var sentences: [Sentence] = []
    /// How many source tickets passed grading, and why the others did not (reason → count).
    public var ticketsPassed = 0
    public var rejections: [String: Int] = [:]
    /// What was redacted in the texts drafted from (kind → count).
    public var redactions: [String: Int] = [:]

    /// A drafted sentence and the ticket and comment it came from.
    public struct Sentence: Sendable, Equatable, Codable {
        public var section: DraftProvenance.Section
        public var text: String
        public var ticketID: Int64
        public var commentID: Int64

        public init(section: DraftProvenance.Section, text: String, ticketID: Int64, commentID: Int64) {
            self.section = section
            self.text = text
            self.ticketID = ticketID
            self.commentID = commentID
        }
    }

    /// A draft with the given parts.
    public init(title: String, category: String, language: String, body: String) {
        self.title = title
        self.category = category
        self.language = language
        self.body = body
    }
}
