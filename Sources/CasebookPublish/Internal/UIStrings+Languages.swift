/// The languages the site's chrome is translated into.
extension UIStrings {
    /// English, also the fallback for every language without a translation.
    static let english = UIStrings(
        home: "Home",
        skipToContent: "Skip to content",
        intro: "Answers to the questions our customers ask most, written by our support team.",
        browse: "Browse by topic",
        breadcrumb: "Breadcrumb",
        languages: "Languages",
        lastUpdated: "Last updated",
        related: "Related articles",
        backToHome: "Back to all articles",
        noArticles: "No articles have been published yet.",
        uncategorized: "General",
        footer: "Can’t find what you need? Contact our support team.",
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        dayFirst: false,
        firstDay: nil,
        oneArticle: "1 article",
        manyArticles: "%d articles"
    )

    /// French.
    static let french = UIStrings(
        home: "Accueil",
        skipToContent: "Aller au contenu",
        intro: "Les réponses aux questions les plus fréquentes de nos clients, rédigées par notre équipe d’assistance.",
        browse: "Parcourir par thème",
        breadcrumb: "Fil d’Ariane",
        languages: "Langues",
        lastUpdated: "Mis à jour le",
        related: "Articles associés",
        backToHome: "Retour à tous les articles",
        noArticles: "Aucun article n’a encore été publié.",
        uncategorized: "Général",
        footer: "Vous ne trouvez pas la réponse\u{202F}? Contactez notre équipe d’assistance.",
        months: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
        ],
        dayFirst: true,
        firstDay: "1er",
        oneArticle: "1 article",
        manyArticles: "%d articles"
    )
}
