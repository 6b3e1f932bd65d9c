import CasebookCore
import Testing

@testable import CasebookDraft

@Suite("Redactor")
struct RedactorTests {
    let redactor = Redactor(names: ["Jane Doe", "Jean-Pierre Lefèvre", "Li Na"])

    @Test(
        "redacts each kind of personal data",
        arguments: [
            ("Write to jane.doe+billing@example.co.uk today", "Write to [email] today"),
            ("écrivez à françois.dupont@exemple.fr.", "écrivez à [email]."),
            ("mail: jane (at) example (dot) com", "mail: [email]"),
            ("Call +1 415 555 0134 now", "Call [phone] now"),
            ("Call (415) 555-0134.", "Call [phone]."),
            ("Appelez le +33 1 99 00 12 34 svp", "Appelez le [phone] svp"),
            ("Appelez le 01 99 00 12 34", "Appelez le [phone]"),
            ("UK office: +44 20 7946 0123", "UK office: [phone]"),
            ("portable : 06.12.34.56.78", "portable : [phone]"),
            ("Tel:0612345678", "Tel:[phone]"),
            ("+44 (0)20 7946 0123", "[phone]"),
            ("US: 415-555-0134", "US: [phone]"),
            ("card 4111 1111 1111 1111 expires", "card [card] expires"),
            ("card 4111-1111-1111-1111", "card [card]"),
            ("amex 378282246310005", "amex [card]"),
            ("IBAN FR76 3000 6000 0112 3456 7890 189 merci", "IBAN [iban] merci"),
            ("IBAN: DE89370400440532013000", "IBAN: [iban]"),
            ("iban gb82 west 1234 5698 7654 32", "iban [iban]"),
            ("from 192.168.1.20 and 10.0.0.1:8080", "from [ip] and [ip]:8080"),
            ("IPv6 2001:db8::ff00:42:8329 or fe80::1%eth0.", "IPv6 [ip] or [ip]."),
            ("full 2001:0db8:85a3:0000:0000:8a2e:0370:7334", "full [ip]"),
            ("Order #4521 and order 123456, ticket 98765", "Order #[order] and order [order], ticket 98765"),
            ("Commande n° 123 456 789 expédiée", "Commande n° [order] expédiée"),
            ("Card ending 1111; invoice INV-2024-00042", "Card ending 1111; invoice [order]"),
            ("Kundennummer 77120, Auftrag AU-2025-88412", "Kundennummer [order], Auftrag [order]"),
            ("password: hunter2", "password: [credential]"),
            ("mot de passe : Lavande#1987", "mot de passe : [credential]"),
            ("Ship to 221B Baker Street, London NW1 6XE.", "Ship to [address]."),
            ("Thanks,\nPriya", "Thanks,\n[name]"),
            ("My display name is Will Open.", "My display name is [name]."),
        ])
    func redactsPersonalData(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(
        "leaves dates, times, versions, amounts, years and order numbers alone",
        arguments: [
            "Updated on 2024-03-15 at 10:30:00",
            "Le 15/03/2024 à 14h30, puis le 15.03.2024",
            "Install version 5.3.1 or 10.15.7, build 2024.03.1",
            "The charge was $1,299.00 (USD 1299.00) and 1 299,00 € TTC",
            "Montant : 12 500 000 € ou 1.234.567,89 EUR",
            "Between 2019 and 2024, 2023 2024 2025",
            "Error codes 404, 500; port 8080; 3 items at 19.99",
            "Call us at 12:30 on 03/04/25",
            "Card ending 1111; ticket 98765 and article KB-1042",
            "Rule 4111 1111 1111 1112 fails Luhn",
            "std::vector and cafe::bead are code, 10:30:45 is a time",
        ])
    func leavesOrdinaryNumbersAlone(input: String) {
        #expect(redactor.redact(input) == input)
    }

    @Test(
        "keeps URLs but replaces their secrets",
        arguments: [
            (
                "Reset here: https://app.example.com/reset/8f3kLq92xZ0aB7 then log in.",
                "Reset here: https://app.example.com/reset/[token] then log in."
            ),
            (
                "https://example.com/login?token=abc123&lang=fr",
                "https://example.com/login?token=[token]&lang=fr"
            ),
            (
                "(see https://example.com/s/Ab3dE9fGh2)",
                "(see https://example.com/s/[token])"
            ),
            (
                "https://x.io/invite/7f9c2b1e-4a6d-4c1b-9e8f-0a1b2c3d4e5f",
                "https://x.io/invite/[token]"
            ),
            (
                "https://files.example.com/doc.pdf?X-Amz-Signature=deadbeef99&X-Amz-Expires=300",
                "https://files.example.com/doc.pdf?X-Amz-Signature=[token]&X-Amz-Expires=300"
            ),
            (
                "https://example.com/unsubscribe?email=jane%40example.com",
                "https://example.com/unsubscribe?email=[email]"
            ),
            (
                "https://bob:hunter2@example.com/admin",
                "https://[token]@example.com/admin"
            ),
            (
                "https://example.com/callback#access_token=eyJhbGciOiJIUzI1NiJ9abc&type=bearer",
                "https://example.com/callback#access_token=[token]&type=bearer"
            ),
        ])
    func redactsURLSecrets(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(
        "keeps ordinary URLs whole",
        arguments: [
            "See https://help.example.com/hc/en-us/articles/360001234567-How-to-reset-your-password.",
            "Open https://example.com/settings/billing?tab=invoices&page=2",
            "Go to www.example.com/invite/accept or https://example.com/reset/password",
        ])
    func keepsOrdinaryURLs(input: String) {
        #expect(redactor.redact(input) == input)
    }

    @Test(
        "redacts names as whole words, ignoring case and accents",
        arguments: [
            ("Thanks Jane Doe!", "Thanks [name]!"),
            ("JANE said hi to doe", "[name] said hi to [name]"),
            ("Merci Jean-Pierre LEFEVRE pour tout", "Merci [name] pour tout"),
            ("Monsieur Lefevre a appelé", "Monsieur [name] a appelé"),
            ("Li Na wrote", "[name] wrote"),
            ("Doeville and Janeness are other words", "Doeville and Janeness are other words"),
            ("Jane's account", "[name]'s account"),
        ])
    func redactsNames(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test("never takes a common word or a team for a person")
    func skipsCommonWords() {
        let redactor = Redactor(names: ["Will Mark", "Acme Support", "Support"])
        #expect(
            redactor.redact("You will need the Acme app; contact support.")
                == "You will need the Acme app; contact support.")
        #expect(redactor.redact("Mark wrote to Acme Support") == "[name] wrote to [name]")
    }

    @Test("applies configured names and patterns")
    func appliesConfiguredRules() {
        let rules = CasebookConfiguration.Redaction(
            names: ["Zoë Kowalski"], patterns: [.init(label: "customer-id", regex: "CUST-[0-9]{6}")])
        let redactor = Redactor(rules: rules)
        #expect(redactor.redact("zoe kowalski has CUST-123456") == "[name] has [customer-id]")
        #expect(redactor.adding(names: ["Bob Marley"]).redact("bob and Zoë") == "[name] and [name]")
    }

    @Test(
        "is idempotent",
        arguments: [
            "Jane Doe <jane@example.com>, +33 6 12 34 56 78, FR76 3000 6000 0112 3456 7890 189",
            "https://example.com/reset/8f3kLq92xZ0aB7?token=abc&email=jane@example.com 4111 1111 1111 1111",
            "name [name] email [email] 192.168.0.1 2001:db8::1 [phone]",
        ])
    func isIdempotent(input: String) {
        let once = redactor.redact(input)
        #expect(redactor.redact(once) == once)
    }

    @Test("reports invalid configured patterns with where and what to do")
    func validatesPatterns() {
        let bad = CasebookConfiguration.Redaction(patterns: [
            .init(label: "ok", regex: "x+"), .init(label: "x", regex: "("),
        ])
        #expect(throws: RedactionError.self) { try Redactor.validate(bad) }
        do {
            try Redactor.validate(bad)
        } catch {
            #expect(error.patternIndex == 1)
            #expect(error.description.contains("redaction.patterns[1]"))
            #expect(!error.description.contains("\n"))
        }
        let empty = CasebookConfiguration.Redaction(patterns: [.init(label: "e", regex: "a*")])
        #expect(throws: RedactionError.self) { try Redactor.validate(empty) }
        #expect(Redactor(rules: empty).redact("banana") == "banana")
    }

    @Test("survives hostile input")
    func survivesHostileInput() {
        let inputs = [
            "", "[", "]", "@", "+", "(((((", "::::::", "0" + String(repeating: " 0", count: 500),
            String(repeating: "a@", count: 200), "e\u{301}\u{301}\u{301}", "\u{0}\u{FFFD}", "🙂 Jane 🙂",
            String(repeating: "https://x.io/", count: 50), "Jane\u{301}",
        ]
        for input in inputs {
            _ = redactor.redact(input)
        }
    }
}
