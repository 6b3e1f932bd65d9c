import CasebookCore
import CasebookDraft
import CasebookReview
import Foundation

/// The check a text passes before it leaves the store for a public place (a `kb/` folder, the site): the drafter's
/// redaction, with every person the store knows, must find nothing left to redact.
enum PrivacyCheck {
    static func make(store: Store, configuration: CasebookConfiguration) throws -> PublicTextCheck {
        check(with: try DraftStage.redactor(for: store, rules: configuration.redaction))
    }

    /// The gate publish runs over every article: with the store's people when there is a store.
    static let gate: PublicTextGate = { store, configuration in
        guard let store else {
            try Redactor.validate(configuration.redaction)
            return check(with: Redactor(rules: configuration.redaction))
        }
        return try make(store: store, configuration: configuration)
    }

    private static func check(with redactor: Redactor) -> PublicTextCheck {
        return { text in
            let redacted = redactor.redact(text)
            guard redacted != text else { return nil }
            let kinds = Set(placeholders(in: redacted)).subtracting(placeholders(in: text)).sorted()
            return
                "it holds what looks like personal data (\(kinds.isEmpty ? "redactable text" : kinds.joined(separator: ", ")))"
        }
    }

    /// `[email]`, `[phone]`… in a text.
    private static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let inside = rest[rest.index(after: open)..<close]
            if !inside.isEmpty, inside.count <= 40, inside.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) {
                found.append(String(inside))
            }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
