/// The fixed words of an article, per language (English when the language has none).
struct ArticleWording {
    var problem: String
    var customersSay: String
    var solution: String
    var noSolution: String
    var untitled: String
    var generalCategory: String

    static func forLanguage(_ code: String) -> ArticleWording {
        switch code.lowercased().prefix(2) {
        case "fr":
            ArticleWording(
                problem: "Le problème", customersSay: "Voici comment des clients le décrivent :",
                solution: "La solution",
                noSolution: "_Aucune réponse publique n'a encore été trouvée pour ce problème._",
                untitled: "Problème récurrent", generalCategory: "Général")
        default:
            ArticleWording(
                problem: "The problem", customersSay: "Customers describe it like this:", solution: "The solution",
                noSolution: "_No public answer has been found for this problem yet._",
                untitled: "Recurring problem", generalCategory: "General")
        }
    }
}
