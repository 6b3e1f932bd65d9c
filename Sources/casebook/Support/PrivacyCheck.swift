import CasebookCore
import CasebookDraft
import CasebookReview
import Foundation

/// The check a text passes before it leaves the store for a public place (a `kb/` folder): the drafter's
/// redaction, with every person the store knows, must find nothing left to redact.
enum PrivacyCheck {
    static func make(store: Store, configuration: CasebookConfiguration) throws -> PublicTextCheck {
        try PrivacyGate.forStore(store, rules: configuration.redaction).check
    }
}
