import CasebookCore
import Foundation

/// A small, realistic help center: English and French articles in three categories, plus the things that
/// must never be published (a draft, a rejected article, a pending suggestion, review notes, source tickets).
enum Fixtures {
    /// 2025-02-19T21:20:00Z: every date in the fixtures is a whole number of days after it.
    static let epoch = Date(timeIntervalSince1970: 1_740_000_000)
    /// Strings that exist only in private places; no published file may contain any of them.
    static let privateMarkers = [
        "INTERNAL-REVIEW-NOTE", "TICKET-SUBJECT-SECRET", "ZD-", "private.customer@example.org", "Private Customer",
        "Editor Eve", "SUGGESTION-NOT-LIVE", "DRAFT-NOT-APPROVED", "REJECTED-NOT-PUBLISHED",
    ]

    static let configuration = CasebookConfiguration(
        site: .init(title: "Acme Help Center", baseURL: "https://help.example.com/", language: "en"))

    /// The whole help center in a fresh in-memory store.
    static func helpCenter() throws -> Store {
        try store(english + french + unpublished)
    }

    /// A store holding exactly `seeds`.
    static func store(_ seeds: [ArticleSeed]) throws -> Store {
        let store = try Store.inMemory()
        try store.write { db in
            for seed in seeds { try seed.insert(in: db) }
        }
        return store
    }

    static let english: [ArticleSeed] = [
        ArticleSeed(
            slug: "update-payment-card", title: "Update the card used for your subscription", category: "Billing",
            body: """
                If a payment failed or your card expired, you can replace it yourself in a minute.

                1. Open **Settings → Billing**.
                2. Select **Payment method**, then **Replace card**.
                3. Enter the new card and save. We retry the failed payment within an hour.

                > Your plan stays active for 7 days after a failed payment, so nothing is lost meanwhile.
                """,
            day: 3, suggestion: "SUGGESTION-NOT-LIVE: a newer text the editor has not accepted.",
            reviewNote: "INTERNAL-REVIEW-NOTE: checked with finance", sourceTicketSubject: "TICKET-SUBJECT-SECRET card"
        ),
        ArticleSeed(
            slug: "download-invoice", title: "Download an invoice for a past payment", category: "Billing",
            body: """
                Every payment has a PDF invoice you can download from **Settings → Billing → History**.

                | Field | Where it comes from |
                |-------|---------------------|
                | Company name | Your billing profile |
                | VAT number | Your billing profile, if set |
                | Amount | The payment, taxes included |

                Need a change on an old invoice? Update your billing profile first, then ask us to reissue it.
                """,
            day: 5),
        ArticleSeed(
            slug: "reset-password", title: "Reset a forgotten password", category: "Account & sign-in",
            body: """
                ## Send yourself a reset link

                On the sign-in page, choose *Forgot password?* and enter the address you signed up with.
                The link works for 30 minutes.

                ## The email never arrives

                - Check your spam folder for a message from `no-reply@acme.test`.
                - Make sure you typed the address you signed up with.
                - ~~Call us~~ Use the contact form if it still does not arrive after 10 minutes.
                """,
            day: 1),
        ArticleSeed(
            slug: "two-step-verification", title: "Turn on two-step verification", category: "Account & sign-in",
            body: """
                Two-step verification asks for a code from your phone each time you sign in on a new device.

                - [x] Install an authenticator app
                - [ ] Scan the QR code shown in **Settings → Security**
                - [ ] Save your recovery codes somewhere safe
                """,
            day: 2),
        ArticleSeed(
            slug: "sync-stuck", title: "Sync is stuck on “Waiting…”", category: "Troubleshooting",
            body: """
                Sync waits when the app cannot reach our servers. Most of the time a restart fixes it.

                ### Reset the local cache

                Quit the app, then run:

                ```
                acme --reset-cache
                ```

                See <https://status.acme.test> for outages. ![status badge](https://status.acme.test/badge.png)
                """,
            day: 4),
    ]

    static let french: [ArticleSeed] = [
        ArticleSeed(
            slug: "modifier-carte-bancaire", title: "Modifier la carte bancaire de votre abonnement",
            category: "Facturation", language: "fr",
            body: """
                Si un paiement a échoué ou si votre carte a expiré, vous pouvez la remplacer vous-même.

                1. Ouvrez **Réglages → Facturation**.
                2. Choisissez **Moyen de paiement**, puis **Remplacer la carte**.
                3. Saisissez la nouvelle carte et enregistrez.
                """,
            day: 10),
        ArticleSeed(
            slug: "mot-de-passe-oublie", title: "Réinitialiser un mot de passe oublié", category: "Compte et connexion",
            language: "fr",
            body: """
                Sur la page de connexion, choisissez *Mot de passe oublié ?* et saisissez votre adresse.
                Le lien reste valable 30 minutes.
                """,
            day: 11),
        ArticleSeed(
            slug: "synchronisation-bloquee", title: "La synchronisation reste bloquée", category: "Dépannage",
            language: "fr",
            body: """
                La synchronisation attend quand l’application ne joint pas nos serveurs. Redémarrez-la d’abord.
                """,
            day: 12),
    ]

    static let unpublished: [ArticleSeed] = [
        ArticleSeed(
            slug: "export-csv", title: "DRAFT-NOT-APPROVED Export to CSV", category: "Billing", state: .draft,
            body: "DRAFT-NOT-APPROVED body."),
        ArticleSeed(
            slug: "refund-hack", title: "REJECTED-NOT-PUBLISHED Get a refund", category: "Billing", state: .rejected,
            body: "REJECTED-NOT-PUBLISHED body.", reviewNote: "INTERNAL-REVIEW-NOTE: wrong advice"),
    ]
}
