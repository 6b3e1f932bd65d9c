import Testing

@testable import CasebookText

@Suite("ReplyCleaner in Italian, Portuguese and Dutch, and unknown mail headers")
struct ReplyCleanerLanguageTests {
    let cleaner = ReplyCleaner()

    @Test("cuts a Dutch Outlook reply down to the answer")
    func dutchOutlookReply() {
        let reply = """
            Hallo Pieter,

            U kunt uw notities opnieuw synchroniseren via Instellingen > Synchronisatie.

            Met vriendelijke groet,
            Sanne
            Nimbus Support

            Van: Pieter de Vries <pieter@example.nl>
            Verzonden: maandag 3 maart 2025 10:12
            Aan: support@nimbusdrive.example
            Onderwerp: Notities synchroniseren niet

            Mijn notities synchroniseren niet meer sinds de update.
            """
        #expect(cleaner.clean(reply) == "U kunt uw notities opnieuw synchroniseren via Instellingen > Synchronisatie.")
    }

    @Test(
        "drops Italian greetings, openers, sign-offs, signatures and quoted history",
        arguments: [
            ("Ciao Marco,\nVai su Impostazioni.\n\nCordiali saluti,\nGiulia", "Vai su Impostazioni."),
            ("Buongiorno,\ngrazie per averci contattato. Vai su Impostazioni.", "Vai su Impostazioni."),
            ("Vai su Impostazioni.\nGrazie mille,\nGiulia Bianchi", "Vai su Impostazioni."),
            (
                "Vai su Impostazioni.\nIl giorno lun 3 mar 2025 alle ore 10:00 Marco <m@x.it> ha scritto:\n"
                    + "Le note non si sincronizzano.",
                "Vai su Impostazioni."
            ),
            ("Vai su Impostazioni.\nDa: Marco\nInviato: lunedì\nA: Supporto\nOggetto: note", "Vai su Impostazioni."),
            ("Vai su Impostazioni.\n\nInviato da iPhone", "Vai su Impostazioni."),
        ])
    func italian(input: String, expected: String) {
        #expect(cleaner.clean(input) == expected)
    }

    @Test(
        "drops Portuguese greetings, openers, sign-offs, signatures and quoted history",
        arguments: [
            ("Olá Ana,\nAbra Configurações.\n\nAtenciosamente,\nJoão", "Abra Configurações."),
            ("Bom dia,\nobrigado pelo contato. Abra Configurações.", "Abra Configurações."),
            ("Abra Configurações.\nMuito obrigado,\nJoão Silva", "Abra Configurações."),
            (
                "Abra Configurações.\nEm seg., 3 de mar. de 2025 às 10:00, Ana <a@x.pt> escreveu:\n"
                    + "As notas não sincronizam.",
                "Abra Configurações."
            ),
            ("Abra Configurações.\nDe: Ana\nEnviado: segunda\nPara: Suporte\nAssunto: notas", "Abra Configurações."),
            ("Abra Configurações.\n\nEnviado do meu iPhone", "Abra Configurações."),
        ])
    func portuguese(input: String, expected: String) {
        #expect(cleaner.clean(input) == expected)
    }

    @Test(
        "drops Dutch greetings, openers, sign-offs, signatures and quoted history",
        arguments: [
            ("Beste Pieter,\nOpen Instellingen.\n\nMet vriendelijke groet,\nSanne", "Open Instellingen."),
            ("Goedemorgen,\nbedankt voor uw bericht. Open Instellingen.", "Open Instellingen."),
            ("Open Instellingen.\nGroetjes,\nSanne", "Open Instellingen."),
            (
                "Open Instellingen.\nOp ma 3 mrt. 2025 om 10:00 schreef Pieter <p@x.nl>:\nMijn notities zijn weg.",
                "Open Instellingen."
            ),
            (
                "Open Instellingen.\nVan: Pieter\nVerzonden: maandag\nAan: Support\nOnderwerp: notities",
                "Open Instellingen."
            ),
            ("Open Instellingen.\n\nVerzonden vanaf mijn iPhone", "Open Instellingen."),
        ])
    func dutch(input: String, expected: String) {
        #expect(cleaner.clean(input) == expected)
    }

    @Test(
        "cuts at a block of mail header fields in any language",
        arguments: [
            // Norwegian, Swedish, Polish: languages without phrases of their own.
            "Go to Settings.\n\nFra: Ola Nordmann <ola@example.no>\nSendt: 3. mars 2025 10:12\nTil: Support\n"
                + "Emne: Synk\n\nSynk virker ikke.",
            "Go to Settings.\nFrån: Svensson\nSkickat: 2025-03-03 10:12\nTill: Support\nÄmne: synk\nSynk fungerar inte.",
            "Go to Settings.\n**Od:** Jan Kowalski <jan@example.pl>\n**Wysłano:** 03.03.2025\n**Do:** Support\n"
                + "Notatki nie synchronizują się.",
        ])
    func genericHeaderBlock(input: String) {
        #expect(cleaner.clean(input) == "Go to Settings.")
    }

    @Test(
        "keeps short lists of fields that are not a mail header",
        arguments: [
            "Your plan:\nPlan: Business\nSeats: 10\nBilling: monthly",
            "Check these:\nEmail: the one you signed up with\nPassword: at least 12 characters",
            "Details:\nVersion: 5.3.1\nBuild: 2024.03.1\nChannel: stable",
        ])
    func keepsFieldLists(input: String) {
        #expect(cleaner.clean(input) == input)
    }
}

@Suite("ReplyCleaner on hostile sizes")
struct ReplyCleanerSizeTests {
    @Test(
        "cleans 100 kB messages in one pass over them", .timeLimit(.minutes(1)),
        arguments: [
            HostileText(String(repeating: "\n", count: 100_000) + "Go to Settings."),
            HostileText(String(repeating: " \n", count: 50_000) + "Go to Settings."),
            HostileText("Go to Settings. " + String(repeating: "a", count: 100_000)),
            HostileText("Go to Settings.\n" + String(repeating: "Field: value\n", count: 8_000)),
            HostileText("Go to Settings.\n" + String(repeating: "On Monday\n", count: 10_000)),
        ])
    func hostileSizes(input: HostileText) {
        let cleaned = ReplyCleaner().clean(input.text)
        #expect(cleaned.hasPrefix("Go to Settings."))
    }
}
