import CasebookText

/// Words of politeness and thanks that support messages share whatever the problem (`perfect`,
/// `merci beaucoup`, `bonne journée`), ignored on top of `CasebookText`'s stopwords.
///
/// Candidates for the shared stopword lists; kept here until those grow them.
enum SupportChatter {
    static let words: [String: [String]] = [
        "en": """
        great perfect sorted brilliant awesome lot lots appreciate appreciated help helped helpful guys folks
        morning afternoon evening good day advance hope hoping wondering question sure kind wish quick quickly
        reply response asap urgent urgently thankyou
        """.split(separator: " ").flatMap { $0.split(separator: "\n") }.map(String.init),
        "fr": """
        beaucoup bonne journée soirée super parfait génial top aide aider rapide rapidement question besoin avance
        svp stp voilà voila bonsoir réglé réponse urgent urgence possible
        """.split(separator: " ").flatMap { $0.split(separator: "\n") }.map(String.init),
    ]

    /// The stems to ignore for `language`, as `analyzer` produces them.
    static func stems(for language: String, analyzer: TermAnalyzer) -> Set<String> {
        Set((words[language] ?? []).flatMap { analyzer.terms($0, language: language) })
    }
}
