/// The fixed words of an article, per language (English when the language has none).
struct ArticleWording {
    var problem: String
    var customersSay: String
    var solution: String
    var cause: String
    var noSolution: String
    var untitled: String
    var generalCategory: String

    /// Every language's wording.
    static var all: [ArticleWording] { Array(byLanguage.values) }

    static func forLanguage(_ code: String) -> ArticleWording {
        byLanguage[String(code.lowercased().prefix(2))] ?? english
    }

    static let english = ArticleWording(
        problem: "The problem", customersSay: "Customers describe it like this:", solution: "The solution",
        cause: "Why it happens",
        noSolution: "_No public answer has been found for this problem yet._", untitled: "Recurring problem",
        generalCategory: "General")

    private static let byLanguage: [String: ArticleWording] = [
        "en": english,
        "fr": ArticleWording(
            problem: "Le problème", customersSay: "Voici comment des clients le décrivent :", solution: "La solution",
            cause: "Pourquoi cela arrive",
            noSolution: "_Aucune réponse publique n'a encore été trouvée pour ce problème._",
            untitled: "Problème récurrent", generalCategory: "Général"),
        "de": ArticleWording(
            problem: "Das Problem", customersSay: "So beschreiben Kunden das Problem:", solution: "Die Lösung",
            cause: "Warum es passiert",
            noSolution: "_Für dieses Problem wurde noch keine öffentliche Antwort gefunden._",
            untitled: "Wiederkehrendes Problem", generalCategory: "Allgemein"),
        "es": ArticleWording(
            problem: "El problema", customersSay: "Así lo describen los clientes:", solution: "La solución",
            cause: "Por qué ocurre",
            noSolution: "_Todavía no se ha encontrado una respuesta pública para este problema._",
            untitled: "Problema recurrente", generalCategory: "General"),
        "it": ArticleWording(
            problem: "Il problema", customersSay: "Ecco come lo descrivono i clienti:", solution: "La soluzione",
            cause: "Perché succede",
            noSolution: "_Non è ancora stata trovata una risposta pubblica per questo problema._",
            untitled: "Problema ricorrente", generalCategory: "Generale"),
        "pt": ArticleWording(
            problem: "O problema", customersSay: "É assim que os clientes o descrevem:", solution: "A solução",
            cause: "Porque acontece",
            noSolution: "_Ainda não foi encontrada uma resposta pública para este problema._",
            untitled: "Problema recorrente", generalCategory: "Geral"),
        "nl": ArticleWording(
            problem: "Het probleem", customersSay: "Zo beschrijven klanten het:", solution: "De oplossing",
            cause: "Waarom het gebeurt",
            noSolution: "_Er is nog geen openbaar antwoord op dit probleem gevonden._",
            untitled: "Terugkerend probleem", generalCategory: "Algemeen"),
    ]
}
