import CasebookCore
import CasebookDraft
import CasebookReview
import Foundation

/// The check a text passes before it leaves the store for a public place (a `kb/` folder, the site): the
/// drafter's `PrivacyGate`, with every person, email and phone number the store knows.
enum PrivacyCheck {
    static func make(store: Store, configuration: CasebookConfiguration) throws -> PublicTextCheck {
        try PrivacyGate.forStore(store, rules: configuration.redaction).check
    }

    /// The gate publish runs over every article: with what the store knows when there is a store, with the
    /// rules alone for a folder published without one.
    static let gate: PublicTextGate = { store, configuration in
        guard let store else {
            try Redactor.validate(configuration.redaction)
            return PrivacyGate(redactor: Redactor(rules: configuration.redaction)).check
        }
        return try make(store: store, configuration: configuration)
    }
}
