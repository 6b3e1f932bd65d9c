import Testing

@testable import CasebookText

@Suite("Text")
struct TextTests {
    @Test("folding removes case and accents")
    func folding() {
        #expect(TextFolding.fold("Crème BRÛLÉE") == "creme brulee")
        #expect(TextFolding.fold("Sync") == "sync")
    }

    @Test("words split on punctuation and keep accents")
    func words() {
        #expect(Tokenizer.words("L'application plante, encore!") == ["l", "application", "plante", "encore"])
        #expect(Tokenizer.words("2FA codes (v5.3)") == ["2fa", "codes", "v5", "3"])
    }

    @Test("French and English stemmers conflate inflections")
    func stemming() throws {
        let analyzer = TermAnalyzer()
        #expect(analyzer.terms("synchronisation synchronisations", language: "fr").count == 2)
        let french = analyzer.terms("synchronisation synchronisations", language: "fr")
        #expect(french[0] == french[1])
        let english = analyzer.terms("The files are syncing; file synced", language: "en")
        #expect(english == ["file", "sync", "file", "sync"])
    }

    @Test("stopwords and numbers are dropped")
    func stopwords() {
        #expect(TermAnalyzer().terms("Bonjour, je ne peux pas me connecter depuis 2026", language: "fr") == ["connect"])
    }

    @Test(
        "language detection",
        arguments: [
            ("Hi, my files are not syncing since the last update, can you help?", "en"),
            ("Bonjour, mes fichiers ne se synchronisent plus depuis la mise à jour, pouvez-vous m'aider ?", "fr"),
            ("Hallo, meine Dateien werden seit dem Update nicht mehr synchronisiert, können Sie mir helfen?", "de"),
            ("", "en"),
            ("404", "en"),
        ])
    func detection(text: String, expected: String) {
        #expect(LanguageDetector(fallback: "en").detect(text) == expected)
    }
}
