@testable import CasebookDraft

/// Three English tickets about notes that stop syncing, and two French ones about invoices.
enum SampleTickets {
    static let internalNote = """
        INTERNAL NOTE: Jane is a VIP on the legacy plan, card 4111 1111 1111 1111. Sync notes iPhone laptop update: \
        sign out of the app, sign back in, pull down to refresh your notes, this forces a full sync of notes. Sync \
        sync sync notes notes refresh sign out sign in full sync. Escalate to Bob if it happens again.
        """

    static let sync: [Fixtures.TicketSpec] = [
        .init(
            id: "4521", subject: "Re: URGENT!!! Sync not working on iPhone #4521", requester: "Jane Doe",
            email: "jane.doe@example.com", tags: ["sync", "mobile"],
            messages: [
                .init(
                    role: .customer, author: "Jane Doe",
                    text: """
                        Hi,
                        Since the update my notes don't sync between my iPhone and laptop. Call me at +1 415 555 0134.
                        Thanks,
                        Jane Doe
                        """),
                .init(role: .agent, author: "Tom Baker", text: internalNote, isPublic: false),
                .init(
                    role: .agent, author: "Tom Baker",
                    text: """
                        Hi Jane,

                        Thanks for reaching out! Here is how to fix it:

                        1. Sign out of the app.
                        2. Sign back in.
                        3. Pull down to refresh your notes.

                        This forces a full sync.

                        Best regards,
                        Tom Baker
                        Acme Support
                        """),
                .init(role: .customer, author: "Jane Doe", text: "That worked, thanks Tom!"),
            ]),
        .init(
            id: "4522", subject: "sync stopped", requester: "Marc Petit", email: "marc.petit@example.org",
            tags: ["sync"],
            messages: [
                .init(
                    role: .customer, author: "Marc Petit",
                    text:
                        "Hello,\nMy notes stopped syncing after the update to 5.3.1. Reach me at marc.petit@example.org"
                ),
                .init(
                    role: .agent, author: "Tom Baker",
                    text: """
                        Hello Marc,
                        Please sign out of the app, sign back in and pull down to refresh your notes; that forces a \
                        full sync.
                        Cheers,
                        Tom
                        """),
            ]),
        .init(
            id: "4523", subject: "Notes Not Syncing Between Devices", requester: "Priya Raman",
            tags: ["sync", "email"],
            messages: [
                .init(
                    role: .customer, author: "Priya Raman",
                    text: "Notes are not syncing between my devices since yesterday."),
                .init(
                    role: .agent, author: "Tom Baker",
                    text: "Sign out, sign in again and pull to refresh. That forces a full sync of your notes."
                        + "\nKind regards\nTom"
                ),
            ]),
    ]

    static let invoices: [Fixtures.TicketSpec] = [
        .init(
            id: "7001", subject: "TR: Facture introuvable !!", requester: "Marie Lefèvre", email: "marie@exemple.fr",
            tags: ["facturation"], language: "fr",
            messages: [
                .init(
                    role: .customer, author: "Marie Lefèvre",
                    text: "Bonjour,\nJe ne trouve pas ma facture du mois dernier dans mon espace client."
                        + "\nCordialement,\nMarie LEFEVRE"
                ),
                .init(
                    role: .agent, author: "Luc Martin",
                    text: """
                        Bonjour Marie,

                        Merci pour votre message. Vos factures sont dans Réglages :

                        1. Ouvrez Réglages.
                        2. Cliquez sur Facturation.
                        3. Téléchargez la facture en PDF.

                        Cordialement,
                        Luc Martin
                        """),
            ]),
        .init(
            id: "7002", subject: "Où est ma facture ?", requester: "Paul Girard", tags: ["facturation", "web"],
            language: "fr",
            messages: [
                .init(
                    role: .customer, author: "Paul Girard",
                    text: "Salut\nImpossible de trouver la facture de mars, appelez-moi au 06.12.34.56.78"),
                .init(
                    role: .agent, author: "Luc Martin",
                    text: "Bonjour Paul,\nOuvrez Réglages puis Facturation et téléchargez la facture en PDF."
                        + "\nBonne journée !\nLuc"
                ),
            ]),
    ]
}
