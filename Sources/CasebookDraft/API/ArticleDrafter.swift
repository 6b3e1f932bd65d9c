import CasebookCore
import CasebookText

/// Drafts one article from one cluster's tickets: a title from the most representative subject, a
/// category from the tags, and a Markdown body with the problem in customers' words and the most
/// representative public agent answer.
///
/// Pure: it reads only what it is given. Private comments are ignored even when passed, and every
/// piece of text is redacted before it goes into the draft, then the whole draft once more.
public struct ArticleDrafter: Sendable {
    /// The redactor applied to every piece of text (the drafter adds the names on the tickets).
    public var redactor: Redactor
    /// The cleaner that strips greetings, sign-offs and quoted history.
    public var cleaner: ReplyCleaner
    /// Most excerpts of customers' words in the problem section.
    public var maximumExcerpts = 3
    /// Helpdesk tag → public category name (`draft.categories` in `casebook.yml`). When it is not
    /// empty, only the tags it names become categories; other clusters are named after their label.
    public var categories: [String: String] = [:]

    /// A drafter using `redactor` and `cleaner`.
    public init(redactor: Redactor = Redactor(), cleaner: ReplyCleaner = ReplyCleaner()) {
        self.redactor = redactor
        self.cleaner = cleaner
    }

    /// The draft for `cluster` from its member `threads`.
    public func draft(cluster: Cluster, threads: [TicketThread]) -> ArticleDraft {
        let threads = threads.sorted { lhs, rhs in
            lhs.similarity != rhs.similarity
                ? lhs.similarity > rhs.similarity : (lhs.ticket.id ?? 0) < (rhs.ticket.id ?? 0)
        }
        let session = DraftSession(
            language: cluster.language, redactor: redactor.adding(names: threads.flatMap(\.peopleNames)),
            cleaner: cleaner, threads: threads)
        let wording = ArticleWording.forLanguage(cluster.language)
        let title = session.title() ?? session.titleFromLabel(cluster.label) ?? wording.untitled
        let category = session.category(label: cluster.label, names: categories) ?? wording.generalCategory
        // Only tickets resolved by a public answer with a fix the reader can apply may teach.
        let grades = threads.map { TicketGrade($0, cleaner: cleaner) }
        let passing = grades.compactMap(\.answer)
        var sentences: [ArticleDraft.Sentence] = []
        var sections = ["## \(wording.problem)"]
        let excerpts = session.problemExcerpts(limit: maximumExcerpts)
        if !excerpts.isEmpty {
            sections.append(wording.customersSay)
            sections += excerpts.map { "> " + $0.text }
            sentences += excerpts.compactMap(\.source)
        }
        let synthesis = session.synthesis(from: passing)
        if !synthesis.cause.isEmpty {
            sections.append("## \(wording.cause)")
            sections.append(synthesis.cause.map { MarkdownText.escapeHTML($0.text) }.joined(separator: " "))
        }
        sections.append("## \(wording.solution)")
        if synthesis.steps.isEmpty {
            sections.append(session.solution() ?? wording.noSolution)
        } else {
            sections.append(
                synthesis.steps.enumerated().map { "\($0.offset + 1). " + MarkdownText.escapeHTML($0.element.text) }
                    .joined(separator: "\n"))
        }
        sentences += synthesis.cause + synthesis.steps + synthesis.notes
        let body = MarkdownText.withoutImages(sections.joined(separator: "\n\n") + "\n")
        var draft = ArticleDraft(
            title: session.redactor.redact(title), category: session.redactor.redact(category),
            language: cluster.language, body: session.redactor.redact(body))
        draft.sentences = sentences
        draft.ticketsPassed = passing.count
        draft.rejections = grades.compactMap(\.rejection).reduce(into: [:]) { $0[$1.rawValue, default: 0] += 1 }
        draft.redactions = session.redactionCounts
        return draft
    }
}
