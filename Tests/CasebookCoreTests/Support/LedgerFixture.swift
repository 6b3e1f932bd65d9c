import CasebookCore
import Foundation

/// A store with one drafted article (revision 1 by the drafter, one source ticket) and a ledger over it.
struct LedgerFixture {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    let store: Store
    let id: Int64

    init(store: Store? = nil, body: String = "Restart the app.\n\nThen sign in again.") throws {
        let store = try store ?? Store.inMemory()
        self.store = store
        id = try store.write { db in
            var ticket = Ticket(
                source: "csv", externalID: "7", subject: "Sync stuck", status: "solved", createdAt: Self.now,
                updatedAt: Self.now, sourceFile: "t.csv", sourceLine: 2)
            try ticket.insert(db)
            var session = ArticleLedger.Session(db: db, now: Self.now)
            let article = try session.createArticle(
                DraftedText(title: "Sync stuck", body: body, category: "Sync", language: "en"), slug: "sync-stuck",
                clusterKey: "k1", sources: [ticket.id!], by: "casebook", note: "drafted")
            return article.id!
        }
    }

    func ledger(requireSecondEditor: Bool = false, at date: Date = now) -> ArticleLedger {
        ArticleLedger(store: store, clock: .fixed(date), rules: .init(requireSecondEditor: requireSecondEditor))
    }

    var article: Article {
        get throws { try ledger().detail(id).article }
    }

    /// Sends the drafter's new text, as `casebook draft` would.
    @discardableResult
    func redraft(_ body: String, title: String = "Sync stuck") throws -> ArticleLedger.Session.DraftOutcome {
        try ledger().write { session in
            try session.recordDraft(
                DraftedText(title: title, body: body, category: "Sync", language: "en"), for: id, by: "casebook",
                note: "re-drafted")
        }
    }

    /// Records a publish of every live article.
    func publish() throws {
        try ledger().write { session in
            let ids = try ArticleLedger.liveArticles(session.db).compactMap(\.article.id)
            try session.markPublished(ids, by: "casebook")
        }
    }

    /// The live article's text, as publish would serve it; nil when it is not live.
    var liveBody: String? {
        get throws {
            try store.read { db in try ArticleLedger.liveArticles(db).first { $0.article.id == id }?.revision?.body }
        }
    }
}
