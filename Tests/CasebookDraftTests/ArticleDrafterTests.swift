import CasebookCore
import Foundation
import Testing

@testable import CasebookDraft

@Suite("ArticleDrafter")
struct ArticleDrafterTests {
    let drafter = ArticleDrafter()

    var syncDraft: ArticleDraft {
        drafter.draft(cluster: Fixtures.cluster(), threads: Fixtures.threads(SampleTickets.sync))
    }

    @Test("never uses internal notes, even the longest and most similar text")
    func ignoresInternalNotes() {
        let body = syncDraft.body
        #expect(!body.contains("INTERNAL"))
        #expect(!body.contains("VIP"))
        #expect(!body.contains("Escalate"))
        #expect(!body.contains("4111"))
    }

    @Test("ignores private comments when they are the only answer")
    func ignoresOnlyPrivateAnswer() {
        let spec = Fixtures.TicketSpec(
            id: "1", subject: "Export fails",
            messages: [
                .init(role: .customer, text: "The CSV export fails with an error."),
                .init(role: .agent, text: "Internal: known bug, refund quietly.", isPublic: false),
            ])
        let draft = drafter.draft(cluster: Fixtures.cluster(), threads: Fixtures.threads([spec]))
        #expect(!draft.body.contains("refund quietly"))
        #expect(draft.body.contains("No public answer"))
    }

    @Test("leaves out requester and agent names, emails and phone numbers")
    func redactsPeople() {
        let draft = syncDraft
        for secret in [
            "Jane", "Doe", "Marc", "Petit", "Priya", "Tom", "Baker", "jane.doe", "example.com", "example.org", "415",
            "555",
        ] {
            #expect(!draft.body.contains(secret), "body contains \(secret)")
            #expect(!draft.title.contains(secret), "title contains \(secret)")
        }
    }

    @Test("writes a clean sentence-case title and a readable category")
    func titleAndCategory() {
        let draft = syncDraft
        #expect(!draft.title.isEmpty)
        #expect(draft.title.first?.isUppercase == true)
        for noise in ["Re:", "URGENT", "!", "#", "4521"] {
            #expect(!draft.title.contains(noise), "title contains \(noise)")
        }
        #expect(draft.title.last.map { !".!?:".contains($0) } ?? false)
        #expect(draft.category == "Sync")
        #expect(draft.language == "en")
    }

    @Test("takes the category from the label when no tag is topical")
    func categoryFromLabel() {
        var specs = SampleTickets.sync
        for index in specs.indices { specs[index].tags = ["web", "email", "priority_high"] }
        let draft = drafter.draft(
            cluster: Fixtures.cluster(label: "billing · refund"), threads: Fixtures.threads(specs))
        #expect(draft.category == "Billing")
    }

    @Test("puts the problem in customers' words and the most representative answer with its steps")
    func bodyShape() {
        let body = syncDraft.body
        #expect(body.hasPrefix("## The problem\n"))
        #expect(body.contains("\n## The solution\n"))
        #expect(body.contains("> My notes stopped syncing after the update to 5.3.1."))
        // The sentence with the customer's phone number is left out of the quotes, not shown with a placeholder.
        #expect(!body.contains("[phone]") && !body.contains("Call me"))
        #expect(body.contains("1. Sign out of the app.\n2. Sign back in.\n3. Pull down to refresh your notes."))
        #expect(body.contains("\n\nThis forces a full sync."))
        let excerpts = body.components(separatedBy: "\n").filter { $0.hasPrefix("> ") }
        #expect((2...3).contains(excerpts.count))
        for noise in ["Hi", "Hello", "Thanks for reaching out", "Best regards", "Cheers", "Acme Support", "worked"] {
            #expect(!body.contains(noise), "body contains \(noise)")
        }
    }

    @Test("drafts French clusters with French headings and French cleaning")
    func french() {
        let draft = drafter.draft(
            cluster: Fixtures.cluster(key: "c-fr", label: "facture", language: "fr", size: 2),
            threads: Fixtures.threads(SampleTickets.invoices))
        #expect(draft.body.contains("## Le problème"))
        #expect(draft.body.contains("## La solution"))
        #expect(draft.body.contains("1. Ouvrez Réglages.\n2. Cliquez sur Facturation."))
        for noise in ["Bonjour", "Salut", "Cordialement", "Bonne journée", "Merci pour votre message"] {
            #expect(!draft.body.contains(noise), "body contains \(noise)")
        }
        for secret in ["Marie", "LEFEVRE", "Lefèvre", "Luc", "Martin", "Paul", "Girard", "06.12", "exemple.fr"] {
            #expect(!draft.body.contains(secret), "body contains \(secret)")
            #expect(!draft.title.contains(secret), "title contains \(secret)")
        }
        #expect(draft.category == "Facturation")
        #expect(!draft.title.contains("TR:") && !draft.title.contains("!"))
    }

    @Test("escapes raw HTML and Markdown from customers")
    func escapesMarkup() {
        let spec = Fixtures.TicketSpec(
            id: "1", subject: "<b>Broken</b> page",
            messages: [
                .init(role: .customer, text: "# The page shows <script>alert(1)</script> and [a link](javascript:x)."),
                .init(role: .agent, text: "Clear the cache: press <kbd>Ctrl</kbd> + F5, then reload the page."),
            ])
        let body = drafter.draft(cluster: Fixtures.cluster(), threads: Fixtures.threads([spec])).body
        let rawTag = try? NSRegularExpression(pattern: #"(?<!\\)<[a-zA-Z/]"#)
        let range = NSRange(body.startIndex..., in: body)
        #expect(rawTag?.firstMatch(in: body, range: range) == nil)
        #expect(!body.contains("a link](javascript"))
        #expect(!body.contains("\n> # "))
    }

    @Test("redacts the configured names and patterns too")
    func configuredRules() {
        let rules = CasebookConfiguration.Redaction(
            names: ["Globex"], patterns: [.init(label: "order", regex: "ORD-[0-9]+")])
        let spec = Fixtures.TicketSpec(
            id: "1", subject: "Globex order ORD-991 missing",
            messages: [
                .init(role: .customer, text: "My Globex order ORD-991 never arrived at the office."),
                .init(role: .agent, text: "We re-shipped ORD-991 today; it arrives within two days."),
            ])
        let draft = ArticleDrafter(redactor: Redactor(rules: rules))
            .draft(cluster: Fixtures.cluster(), threads: Fixtures.threads([spec]))
        #expect(!draft.body.contains("Globex") && !draft.body.contains("ORD-991"))
        #expect(!draft.title.contains("Globex") && !draft.title.contains("ORD-991"))
        #expect(draft.body.contains("[order]"))
    }

    @Test("keeps steps as an ordered list and bullets as bullets")
    func formatsSteps() {
        let spec = Fixtures.TicketSpec(
            id: "1", subject: "Export fails",
            messages: [
                .init(role: .customer, text: "The CSV export fails with an error every time."),
                .init(
                    role: .agent,
                    text: "Try this:\nStep 1: Open **Settings**.\nStep 2: Click Export\n  and wait.\n\n"
                        + "- on Mac: use Safari\n- on Windows: use Edge"),
            ])
        let body = drafter.draft(cluster: Fixtures.cluster(), threads: Fixtures.threads([spec])).body
        #expect(
            body.contains("Try this:\n\n1. Open **Settings**.\n2. Click Export and wait.\n\n- on Mac: use Safari\n- on")
        )
    }

    @Test("quotes each problem once, however many customers wrote it")
    func deduplicatesExcerpts() {
        let specs = (1...4).map { index in
            Fixtures.TicketSpec(
                id: "\(index)", subject: "Export fails",
                messages: [.init(role: .customer, text: "Hello,\nThe CSV export fails with an error every time.")])
        }
        let body = drafter.draft(cluster: Fixtures.cluster(), threads: Fixtures.threads(specs)).body
        #expect(body.components(separatedBy: "> The CSV export fails").count == 2)
    }

    @Test(
        "cleans subjects into titles",
        arguments: [
            ("Re: URGENT!!! Sync not working #4521", "Sync not working"),
            ("RE: Fwd: [Ticket #123] Cannot Log In To My Account", "Cannot log in to my account"),
            ("CAN'T EXPORT PDF!!!", "Can't export pdf"),
            ("export to PDF fails on iPhone???", "Export to PDF fails on iPhone"),
            ("TR: Facture introuvable !!", "Facture introuvable"),
            ("Order 1234567 not delivered.", "Order not delivered"),
        ])
    func cleansSubjects(subject: String, title: String) {
        #expect(SubjectCleaner.clean(subject) == title)
    }
}
