import CasebookCore
import Testing

@testable import CasebookDraft

@Suite("Redactor: secrets, hostile sizes, configuration errors")
struct RedactorSecretsTests {
    let redactor = Redactor(
        names: ["Jane Doe"], rules: .init(patterns: [.init(label: "ref", regex: "NIM-[0-9]{4,}")]))

    static let jwt =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUgRG9lIn0"
        + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

    @Test(
        "replaces secrets whole",
        arguments: [
            ("Your session token is \(jwt).", "Your session token is [token]."),
            ("Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJqYW5lIn0.", "Authorization: Bearer [token]"),
            ("key: live.4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c", "key: [credential]"),
            ("https://example.com/verify?pin=4821&lang=en", "https://example.com/verify?pin=[token]&lang=en"),
            ("https://example.com/login?pw=hunter2&next=/home", "https://example.com/login?pw=[token]&next=/home"),
            ("https://example.com/a?passcode=9911", "https://example.com/a?passcode=[token]"),
            ("https://example.com/a?otp=123456", "https://example.com/a?otp=[token]"),
            ("https://example.com/a?apikey=abc&api_key=def", "https://example.com/a?apikey=[token]&api_key=[token]"),
            (
                "https://example.com/a?access_token=abc&client_secret=s3cr3t",
                "https://example.com/a?access_token=[token]&client_secret=[token]"
            ),
        ])
    func secrets(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(
        "keeps query values whose key only contains a secret key's letters",
        arguments: [
            "https://shop.example.com/cart?shipping=express&spin=1&mapping=on",
            "Version 5.3.1 fixed it; see release.notes for details.",
        ])
    func keepsLookalikes(input: String) {
        #expect(redactor.redact(input) == input)
    }

    /// Unbroken runs and long texts that a pattern with unanchored repetition would take quadratic time on.
    static let hostileTexts: [HostileText] = [
        HostileText(String(repeating: "a", count: 100_000)),
        HostileText(String(repeating: "1", count: 100_000)),
        HostileText(String(repeating: "a1", count: 50_000)),
        HostileText(String(repeating: "ab.", count: 33_000)),
        HostileText(String(repeating: "1 ", count: 50_000)),
        HostileText(String(repeating: "-", count: 100_000) + "x"),
        HostileText(String(repeating: " ", count: 100_000) + "x"),
        HostileText(String(repeating: "a:", count: 50_000)),
        HostileText(String(repeating: "a(at)", count: 20_000)),
        HostileText(String(repeating: "(", count: 100_000)),
        HostileText("https://x.io/" + String(repeating: ")", count: 100_000)),
        HostileText("https://x.io/" + String(repeating: "a/", count: 50_000)),
        HostileText(String(repeating: "[email] ", count: 12_000)),
        HostileText(String(repeating: "NIM-1234 [email] ", count: 6_000)),
        HostileText(String(repeating: "Jane Doe wrote to support about the sync of her notes. ", count: 1_800)),
    ]

    @Test("redacts 100 kB texts in one pass over them", .timeLimit(.minutes(1)), arguments: hostileTexts)
    func hostileSizes(input: HostileText) {
        let redacted = redactor.redact(input.text)
        #expect(redactor.redact(redacted) == redacted)
        #expect(!redacted.contains("Jane"))
    }

    @Test("names the configuration file the bad pattern is in")
    func errorNamesFile() {
        let bad = CasebookConfiguration.Redaction(patterns: [.init(label: "x", regex: "(")])
        #expect(throws: RedactionError.self) { try Redactor.validate(bad, file: "config/prod.yml") }
        do {
            try Redactor.validate(bad, file: "config/prod.yml")
        } catch {
            #expect(error.file == "config/prod.yml")
            #expect(error.description.hasPrefix("config/prod.yml: redaction.patterns[0] (x): "))
        }
        do {
            try Redactor.validate(bad)
        } catch {
            #expect(error.description.hasPrefix("casebook.yml: redaction.patterns[0] (x): "))
        }
    }

    @Test("adding names layers a small index over the shared one, longest name first")
    func layeredNames() {
        let base = Redactor(names: ["Jane", "Tom Baker"])
        let more = base.adding(names: ["Jane Doe Smith", "Zorvath Raman"])
        #expect(more.redact("Jane Doe Smith met Zorvath and Tom Baker") == "[name] met [name] and [name]")
        #expect(base.redact("Zorvath met Jane") == "Zorvath met [name]")
        #expect(more.names.indexes.first == base.names.indexes.first)
        #expect(more.names.indexes.count == 2)
    }

    @Test("a pattern with nested quantifiers is refused, and a redactor given one never runs it")
    func nestedQuantifiers() {
        let slow = CasebookConfiguration.Redaction.Pattern(label: "slow", regex: "(a+)+$")
        #expect(slow.problem == .nestedQuantifier)
        let rules = CasebookConfiguration.Redaction(patterns: [slow])
        #expect(throws: RedactionError.self) { try Redactor.validate(rules) }
        // 50,000 "a" and a mismatch at the end: exponential for a backtracking engine running `(a+)+$`.
        let text = String(repeating: "a", count: 50_000) + "!"
        #expect(Redactor(rules: rules).redact(text) == text)
        for fine in ["ORD-[0-9]{6}", "(?:ab)+", "(\\d{3}-)?\\d{4}", "[(a+)]+", "\\(a+\\)+", "(ab){2}c+"] {
            #expect(CasebookConfiguration.Redaction.Pattern(label: "ok", regex: fine).problem == nil, "\(fine)")
        }
        for nested in ["(a*)*", "(?:x|y+){2,}", "((ab)+c)*", "(\\w+\\s?)+$"] {
            #expect(CasebookConfiguration.Redaction.Pattern(label: "no", regex: nested).problem == .nestedQuantifier)
        }
    }
}
