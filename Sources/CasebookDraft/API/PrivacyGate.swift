import CasebookCore
import CasebookText
import Foundation
import GRDB

/// The last check before text reaches a public place (the site, a `kb/` folder): nothing the redactor
/// would still redact (people the store knows, anything shaped like an email, phone, card, IBAN, an
/// address, an order reference or a secret), no phone number or email address of a known customer however
/// it is written, and no image (an image in ticket text makes every reader's browser fetch it).
///
/// It says which kind of data it found, never the value, so the reason can be printed and logged.
public struct PrivacyGate: Sendable {
    let redactor: Redactor
    /// Known customers' email addresses, lower-cased.
    let emails: Set<String>
    /// Known customers' phone numbers: their last eight digits, so a number written with or without its
    /// country code or trunk prefix is still recognised.
    let phones: Set<String>

    /// A gate using `redactor`, also looking for the given `emails` and `phones` of known customers.
    public init(redactor: Redactor, emails: [String] = [], phones: [String] = []) {
        self.redactor = redactor
        self.emails = Set(emails.map { $0.lowercased() })
        self.phones = Set(phones.map(Self.digits).filter { $0.count >= 8 }.map { String($0.suffix(8)) })
    }

    /// The gate for `store`: every person it knows by name, every requester's email, and every phone number
    /// written in a customer's message (public or not).
    public static func forStore(_ store: Store, rules: CasebookConfiguration.Redaction) throws -> PrivacyGate {
        let redactor = try DraftStage.redactor(for: store, rules: rules)
        let (emails, texts) = try store.read { db in
            (
                try String.fetchAll(
                    db, sql: "SELECT DISTINCT requesterEmail FROM ticket WHERE requesterEmail IS NOT NULL"),
                try String.fetchAll(db, sql: "SELECT bodyText FROM comment WHERE authorRole = 'customer'")
            )
        }
        let phoneRule = PhoneNumbers()
        // The digits of what the phone rule replaces in each message.
        let phones = texts.flatMap { text in
            Set(digitRuns(in: text)).subtracting(digitRuns(in: phoneRule.redact(text)))
        }
        return PrivacyGate(redactor: redactor, emails: emails, phones: phones)
    }

    /// Why `text` may not be published (the kinds of data found), or nil when it may.
    public func reason(for text: String) -> String? {
        var kinds: Set<String> = []
        let redacted = redactor.redact(text)
        if redacted != text {
            kinds.formUnion(Set(Self.placeholders(in: redacted)).subtracting(Self.placeholders(in: text)))
            if kinds.isEmpty { kinds.insert("personal data") }
        }
        let folded = text.lowercased()
        if emails.contains(where: { folded.contains($0) }) { kinds.insert("a customer's email") }
        if !phones.isEmpty, Self.digitRuns(in: text).contains(where: { run in phones.contains { run.contains($0) } }) {
            kinds.insert("a customer's phone")
        }
        var reasons: [String] = []
        if !kinds.isEmpty {
            reasons.append("it holds what looks like personal data (\(kinds.sorted().joined(separator: ", ")))")
        }
        if Self.image.matches(text) || Self.htmlImage.matches(text) {
            reasons.append("it shows an image (images from ticket text are never published; link to it instead)")
        }
        return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
    }

    /// The gate as the check article export and publish take.
    public var check: @Sendable (String) -> String? {
        { text in reason(for: text) }
    }

    static let image = CompiledPattern(builtIn: #"!\[[^\]\n]*\]\s*[(\[]"#)
    static let htmlImage = CompiledPattern(builtIn: #"<img\b"#, caseInsensitive: true)

    /// Runs of digits in `text` with the separators phone numbers are written with, as digits only.
    static func digitRuns(in text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if " .-()/+\u{00A0}".contains(character) {
                continue
            } else {
                if current.count >= 8 { runs.append(current) }
                current = ""
            }
        }
        if current.count >= 8 { runs.append(current) }
        return runs
    }

    static func digits(_ text: String) -> String { text.filter { $0.isASCII && $0.isNumber } }

    /// `[email]`, `[phone]`… in a text.
    static func placeholders(in text: String) -> [String] {
        Self.placeholder.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
            .compactMap { $0.group(1, in: text as NSString) }
    }

    private static let placeholder = CompiledPattern(builtIn: #"\[([a-z][a-z_-]{0,39})\]"#)
}
