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

    /// A draft with the given parts.
    public init(title: String, category: String, language: String, body: String) {
        self.title = title
        self.category = category
        self.language = language
        self.body = body
    }
}
