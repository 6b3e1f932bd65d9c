import CasebookCore
import Testing

@testable import CasebookDraft

@Suite("Categories and article wording")
struct CategoryAndWordingTests {
    func drafted(tags: [String], label: String = "notes · sync", categories: [String: String]) -> ArticleDraft {
        var specs = SampleTickets.sync
        for index in specs.indices { specs[index].tags = tags }
        var drafter = ArticleDrafter()
        drafter.categories = categories
        return drafter.draft(cluster: Fixtures.cluster(label: label), threads: Fixtures.threads(specs))
    }

    @Test("shows a mapped tag under its public name")
    func mappedTag() {
        let draft = drafted(
            tags: ["sync", "mobile"], categories: ["Sync": "Syncing and backup", "billing": "Billing"])
        #expect(draft.category == "Syncing and backup")
    }

    @Test("never shows a tag the map does not name; falls back to the label's first word")
    func unmappedTagsStayInternal() {
        let draft = drafted(tags: ["acme_escalation_t3", "vip_legacy"], categories: ["billing": "Billing"])
        #expect(draft.category == "Notes")
        let acronym = drafted(
            tags: ["acme_escalation_t3"], label: "sso login · saml", categories: ["billing": "Billing"])
        #expect(acronym.category == "SSO")
    }

    @Test("counts tags mapped to the same name together")
    func sameNameAddsUp() {
        var specs = SampleTickets.sync
        specs[0].tags = ["invoice"]
        specs[1].tags = ["billing"]
        specs[2].tags = ["sync"]
        var drafter = ArticleDrafter()
        drafter.categories = ["invoice": "Billing", "billing": "Billing", "sync": "Sync"]
        #expect(drafter.draft(cluster: Fixtures.cluster(), threads: Fixtures.threads(specs)).category == "Billing")
    }

    @Test("without a map, the most common topical tag is shown as before")
    func emptyMap() {
        #expect(drafted(tags: ["sync", "mobile"], categories: [:]).category == "Sync")
        #expect(drafted(tags: ["acme_escalation_t3"], categories: [:]).category == "Acme escalation t3")
    }

    @Test("the draft stage reads the map from the configuration")
    func stageUsesConfiguration() throws {
        let store = try Store.inMemory()
        try Fixtures.populate(
            store, tickets: SampleTickets.sync + SampleTickets.invoices,
            clusters: [("c-sync", "en", ["4521", "4522", "4523"]), ("c-invoice", "fr", ["7001", "7002"])])
        var configuration = CasebookConfiguration()
        configuration.draft = .init(categories: ["facturation": "Facturation et paiements"])
        _ = try DraftStage().draft(in: Fixtures.context(store, configuration: configuration))
        let categories = try store.read { db in
            try Article.fetchAll(db).reduce(into: [String: String]()) { $0[$1.clusterKey ?? ""] = $1.category }
        }
        #expect(categories == ["c-invoice": "Facturation et paiements", "c-sync": "Sync"])
    }

    @Test(
        "writes the fixed words in the cluster's language",
        arguments: [
            ("de", "Das Problem", "Die Lösung"), ("es", "El problema", "La solución"),
            ("it", "Il problema", "La soluzione"), ("pt", "O problema", "A solução"),
            ("nl", "Het probleem", "De oplossing"), ("fr", "Le problème", "La solution"),
            ("en", "The problem", "The solution"),
        ])
    func wording(language: String, problem: String, solution: String) {
        let spec = Fixtures.TicketSpec(
            id: "1", subject: "Export", language: language,
            messages: [.init(role: .customer, text: "Export export export export export export.")])
        let draft = ArticleDrafter().draft(
            cluster: Fixtures.cluster(label: "", language: language), threads: Fixtures.threads([spec]))
        #expect(draft.body.hasPrefix("## \(problem)\n"))
        #expect(draft.body.contains("\n## \(solution)\n"))
        let wording = ArticleWording.forLanguage(language)
        #expect(draft.body.contains(wording.noSolution))
        if language != "en" {
            let english = ArticleWording.forLanguage("en")
            #expect(wording.customersSay != english.customersSay && wording.noSolution != english.noSolution)
            #expect(wording.untitled != english.untitled && wording.generalCategory != "")
        }
    }
}
