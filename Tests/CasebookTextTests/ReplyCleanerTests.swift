import Testing

@testable import CasebookText

@Suite("ReplyCleaner")
struct ReplyCleanerTests {
    let cleaner = ReplyCleaner()

    @Test(
        "drops greetings and polite openers",
        arguments: [
            ("Hi Jane,\nGo to Settings.", "Go to Settings."),
            ("Hello,\n\nGo to Settings.", "Go to Settings."),
            ("Hi there! Go to Settings.", "Go to Settings."),
            ("Dear Mr. Smith,\nGo to Settings.", "Go to Settings."),
            ("Hey, I can't log in.", "I can't log in."),
            ("Bonjour Marie,\nAllez dans Réglages.", "Allez dans Réglages."),
            ("Salut\nAllez dans Réglages.", "Allez dans Réglages."),
            ("Madame, Monsieur,\nAllez dans Réglages.", "Allez dans Réglages."),
            ("Hi Jane, thanks for reaching out! Go to Settings.", "Go to Settings."),
            ("Bonjour,\nMerci pour votre message. Allez dans Réglages.", "Allez dans Réglages."),
            ("Hello world app crashes on start", "Hello world app crashes on start"),
        ])
    func dropsGreetings(input: String, expected: String) {
        #expect(cleaner.clean(input) == expected)
    }

    @Test(
        "drops sign-offs and everything after them",
        arguments: [
            ("Go to Settings.\n\nBest regards,\nTom\nAcme Support", "Go to Settings."),
            ("Go to Settings.\nKind regards", "Go to Settings."),
            ("Go to Settings.\nThanks,\nTom", "Go to Settings."),
            ("Go to Settings.\nThanks, Tom Baker", "Go to Settings."),
            ("Go to Settings.\nCheers!", "Go to Settings."),
            ("Allez dans Réglages.\nCordialement,\nL'équipe", "Allez dans Réglages."),
            ("Allez dans Réglages.\n\nBien à vous,\nMarc", "Allez dans Réglages."),
            ("Allez dans Réglages.\nBonne journée !\nMarc", "Allez dans Réglages."),
            ("Go to Settings.\n-- \nTom Baker | Acme | +1 415 555 0134", "Go to Settings."),
            ("Go to Settings.\n\nSent from my iPhone", "Go to Settings."),
            ("Allez dans Réglages.\nEnvoyé de mon iPhone", "Allez dans Réglages."),
        ])
    func dropsSignOffs(input: String, expected: String) {
        #expect(cleaner.clean(input) == expected)
    }

    @Test(
        "keeps sentences that only start like a sign-off",
        arguments: [
            "Thanks, that fixed it for me.",
            "Merci de redémarrer l'application.",
            "Best practice is to export first.\nThen import.",
            "Regarding billing: open Settings.",
        ])
    func keepsLookalikes(input: String) {
        #expect(cleaner.clean(input) == input)
    }

    @Test(
        "drops quoted history",
        arguments: [
            (
                "Go to Settings.\n\nOn Mon, Jan 5, 2024 at 10:00 AM Jane <j@x.io> wrote:\n> It crashes",
                "Go to Settings."
            ),
            (
                "Go to Settings.\nOn Mon, Jan 5, 2024 at 10:00 AM Jane Doe <j@x.io>\nwrote:\n> It crashes",
                "Go to Settings."
            ),
            (
                "Allez dans Réglages.\nLe lun. 5 janv. 2024 à 10:00, Marie <m@x.fr> a écrit :\n> Ça plante",
                "Allez dans Réglages."
            ),
            ("Go to Settings.\n-----Original Message-----\nFrom: Jane\nIt crashes", "Go to Settings."),
            ("Go to Settings.\nFrom: Jane Doe <j@x.io>\nSent: Monday\nTo: Support\nSubject: crash", "Go to Settings."),
            ("Allez.\nDe : Marie\nEnvoyé : lundi\nÀ : Support\nObjet : plantage", "Allez."),
            ("> earlier text\nGo to Settings.", "Go to Settings."),
        ])
    func dropsHistory(input: String, expected: String) {
        #expect(cleaner.clean(input) == expected)
    }

    @Test("keeps steps and paragraphs of the answer")
    func keepsStructure() {
        let reply = """
            Hi Jane,

            Thanks for your patience. Here is how to fix it:

            1. Open Settings.
            2. Click Sync.


            It should work now.

            Best,
            Tom
            """
        #expect(
            cleaner.clean(reply) == "Here is how to fix it:\n\n1. Open Settings.\n2. Click Sync.\n\nIt should work now."
        )
    }

    @Test("handles empty and odd input")
    func handlesOddInput() {
        #expect(cleaner.clean("") == "")
        #expect(cleaner.clean("Thanks,\nTom") == "Tom")
        #expect(cleaner.clean("\r\n\r\nHello,\r\nGo.\r\n") == "Go.")
    }

    @Test(
        "keeps only the customer's words of an English mail",
        arguments: [
            "My sync is stuck.\n\nOn Mon, 3 Mar 2025 at 10:00, Support <s@example.com> wrote:\n> Try restarting.",
            "My sync is stuck.\n> quoted line\n\nThanks,\nHarriet Thornton\n+1 555 0100",
            "My sync is stuck.\n--\nHarriet Thornton",
            "My sync is stuck.\n\nSent from my iPhone",
            "My sync is stuck.\n____\nFrom: Support <s@example.com>\nSent: Friday\nTo: me\nSubject: Re\nTry restarting.",
        ])
    func customerMail(_ message: String) {
        let cleaned = cleaner.clean(message)
        #expect(cleaned.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("My sync"))
        #expect(!cleaned.contains("restarting"))
        #expect(!cleaned.contains("Harriet"))
        #expect(!cleaned.contains("iPhone"))
    }

    @Test(
        "keeps only the customer's words of a French mail",
        arguments: [
            "La synchro est bloquée.\n\nLe lun. 3 mars 2025 à 10:00, Support <s@example.com> a écrit :\n> Redémarrez.",
            "La synchro est bloquée.\n\nCordialement,\nOcéane Boyer\n01 99 00 11 80",
            "La synchro est bloquée.\n\nDe : Support <s@example.com>\nEnvoyé : vendredi\nObjet : synchro\nRedémarrez.",
        ])
    func frenchMail(_ message: String) {
        let cleaned = cleaner.clean(message)
        #expect(cleaned.contains("synchro est bloquée"))
        #expect(!cleaned.contains("Redémarrez"))
        #expect(!cleaned.contains("Boyer"))
    }
}
