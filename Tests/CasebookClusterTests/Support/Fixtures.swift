import CasebookCluster

/// Small hand-written tickets: three English problems, two French ones, and a few one-offs.
enum Fixtures {
    /// `(problem, language, subject, message)` rows; problems named `one-off…` occur once.
    static let rows: [(problem: String, language: String, subject: String, message: String)] = [
        (
            "refund", "en", "Charged twice this month",
            "My credit card was charged twice for the Pro plan. Please refund the duplicate charge."
        ),
        (
            "refund", "en", "Duplicate payment",
            "I see two payments for the same invoice on my card, I need a refund for one of them."
        ),
        (
            "refund", "en", "Double charge on my card",
            "You charged my card twice for one subscription, can you refund the extra charge?"
        ),
        (
            "refund", "en", "Refund please",
            "The renewal was charged two times on my credit card. I want a refund of the duplicate."
        ),
        (
            "refund", "en", "Billed twice",
            "We were billed twice, two identical charges on the company card. Refund the duplicate charge please."
        ),
        (
            "password", "en", "Can't log in after password reset",
            "I reset my password and now the login page says the password is wrong."
        ),
        (
            "password", "en", "Login fails with new password",
            "After the password reset email I chose a new password but I cannot log in."
        ),
        (
            "password", "en", "Password reset not working",
            "Since I reset my password the login keeps failing, the new password is rejected."
        ),
        (
            "password", "en", "Locked out after reset",
            "New password from the reset link is refused at login, I can't log in at all."
        ),
        (
            "password", "en", "Wrong password error",
            "The login says wrong password even though I just reset the password twice."
        ),
        (
            "android", "en", "Camera upload stopped on Android",
            "Camera upload on my Android phone stopped uploading photos last week."
        ),
        (
            "android", "en", "Photos not uploading from phone",
            "The Android app no longer uploads my camera photos automatically."
        ),
        (
            "android", "en", "Android camera upload broken",
            "Camera uploads from my Android phone are stuck, no new photos appear."
        ),
        (
            "android", "en", "Auto upload of photos",
            "Automatic camera upload of photos on Android does nothing since the update."
        ),
        (
            "one-off-dark", "en", "Dark mode?",
            "Is there a dark mode for the web app? The white background hurts at night."
        ),
        ("one-off-linux", "en", "Linux client", "Do you plan a native client for Linux desktops?"),
        (
            "facture", "fr", "Facture avec TVA",
            "Pouvez-vous ajouter notre numéro de TVA intracommunautaire sur la facture ?"
        ),
        (
            "facture", "fr", "Numéro de TVA manquant",
            "Il manque le numéro de TVA intracommunautaire de notre société sur les factures."
        ),
        ("facture", "fr", "TVA sur facture", "Merci d'indiquer notre numéro de TVA sur la facture de l'abonnement."),
        (
            "facture", "fr", "Facture à corriger",
            "La facture doit porter le numéro de TVA intracommunautaire de l'entreprise."
        ),
        (
            "plante", "fr", "L'application plante",
            "L'application mobile plante au démarrage sur mon téléphone depuis la mise à jour."
        ),
        (
            "plante", "fr", "Crash au lancement",
            "Au démarrage, l'application mobile se ferme tout de suite, elle plante."
        ),
        (
            "plante", "fr", "Appli qui plante",
            "Mon application mobile plante dès le démarrage, je ne peux pas l'ouvrir."
        ),
        (
            "plante", "fr", "Plantage téléphone",
            "Depuis la mise à jour, l'application plante sur le téléphone au démarrage."
        ),
        (
            "one-off-hebergement", "fr", "Hébergement en France",
            "Vos serveurs sont-ils situés en France ? C'est une exigence de notre DSI."
        ),
    ]

    /// The rows as clusterer documents, referenced `fixture#1`, `fixture#2`…
    static var documents: [ClusterDocument] {
        rows.enumerated().map { position, row in
            ClusterDocument(
                reference: "fixture#\(position + 1)", language: row.language, subject: row.subject,
                messages: [row.message])
        }
    }
}
