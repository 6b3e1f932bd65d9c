/// One ticket as the clusterer sees it: who it is, its language, the customer's words and the answer
/// that resolved it.
public struct ClusterDocument: Sendable, Hashable {
    /// A stable, unique reference such as `zendesk#1042`; cluster keys are derived from these.
    public var reference: String
    /// ISO 639-1 code of the text; documents of different languages never share a cluster.
    public var language: String
    /// The ticket's subject, weighted twice because customers name the problem there.
    public var subject: String
    /// The customer's public messages, raw: quoted history and signatures are cut off here.
    public var messages: [String]
    /// The public agent reply that resolved the ticket (empty when unknown): tickets closed with the
    /// same answer are almost surely the same problem, however differently customers put it.
    public var answer: String

    /// A document with a subject, the customer's messages and, when known, the resolving answer.
    public init(reference: String, language: String, subject: String, messages: [String], answer: String = "") {
        self.reference = reference
        self.language = language
        self.subject = subject
        self.messages = messages
        self.answer = answer
    }
}
