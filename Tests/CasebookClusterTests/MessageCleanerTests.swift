import Foundation
import Testing

@testable import CasebookCluster

@Suite struct MessageCleanerTests {
    @Test(arguments: [
        "My sync is stuck.\n\nOn Mon, 3 Mar 2025 at 10:00, Support <s@example.com> wrote:\n> Try restarting.",
        "My sync is stuck.\nOn Mon, 3 Mar 2025 at 10:00, Support <s@example.com>\nwrote:\n> Try restarting.",
        "My sync is stuck.\n> quoted line\n\nThanks,\nHarriet Thornton\n+1 555 0100",
        "My sync is stuck.\n--\nHarriet Thornton",
        "My sync is stuck.\n\nSent from my iPhone",
        "My sync is stuck.\n____\nFrom: Support <s@example.com>\nSent: Friday\nTo: me\nSubject: Re\nTry restarting.",
    ])
    func keepsOnlyTheCustomersWords(_ message: String) {
        #expect(MessageCleaner.clean(message).trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("My sync"))
        #expect(!MessageCleaner.clean(message).contains("restarting"))
        #expect(!MessageCleaner.clean(message).contains("Harriet"))
        #expect(!MessageCleaner.clean(message).contains("iPhone"))
    }

    @Test(arguments: [
        "La synchro est bloquée.\n\nLe lun. 3 mars 2025 à 10:00, Support <s@example.com> a écrit :\n> Redémarrez.",
        "La synchro est bloquée.\n\nCordialement,\nOcéane Boyer\n01 99 00 11 80",
        "La synchro est bloquée.\n\nDe : Support <s@example.com>\nEnvoyé : vendredi\nObjet : synchro\nRedémarrez.",
    ])
    func understandsFrenchMail(_ message: String) {
        let cleaned = MessageCleaner.clean(message)
        #expect(cleaned.contains("synchro est bloquée"))
        #expect(!cleaned.contains("Redémarrez"))
        #expect(!cleaned.contains("Boyer"))
    }

    @Test func keepsAMessageWithoutHistory() {
        let message = "Thanks for the quick answer, but the upload still fails.\nOn my phone too."
        #expect(MessageCleaner.clean(message) == message)
    }
}
