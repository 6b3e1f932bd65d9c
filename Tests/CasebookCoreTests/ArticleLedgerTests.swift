import CasebookCore
import Foundation
import Testing

@Suite("Article ledger: the lifecycle's invariants")
struct ArticleLedgerTests {
    /// Every state an article can be in, and how to bring a fresh draft there.
    static func bring(_ fixture: LedgerFixture, to state: ArticleState) throws {
        let ledger = fixture.ledger()
        switch state {
        case .draft: break
        case .inReview: try ledger.apply(.submit, to: [fixture.id], by: "ana")
        case .approved: try ledger.apply(.approve, to: [fixture.id], by: "ana")
        case .published:
            try ledger.apply(.approve, to: [fixture.id], by: "ana")
            try fixture.publish()
        case .rejected: try ledger.apply(.reject, to: [fixture.id], by: "ana")
        case .archived:
            try ledger.apply(.approve, to: [fixture.id], by: "ana")
            try fixture.publish()
            try ledger.apply(.archive, to: [fixture.id], by: "ana")
        }
        #expect(try fixture.article.state == state)
    }

    /// (from, action, the state after, or nil when refused). Written out by hand: it is the specification.
    static let table: [(ArticleState, ArticleAction, ArticleState?)] = [
        (.draft, .submit, .inReview), (.draft, .approve, .approved), (.draft, .reject, .rejected),
        (.draft, .archive, .archived), (.draft, .reopen, .draft), (.draft, .edit, .draft),
        (.inReview, .submit, .inReview), (.inReview, .approve, .approved), (.inReview, .reject, .rejected),
        (.inReview, .archive, .archived), (.inReview, .reopen, .draft), (.inReview, .edit, .draft),
        (.approved, .submit, nil), (.approved, .approve, .approved), (.approved, .reject, .rejected),
        (.approved, .archive, .archived), (.approved, .reopen, .draft), (.approved, .edit, .draft),
        (.published, .submit, nil), (.published, .approve, .published), (.published, .reject, nil),
        (.published, .archive, .archived), (.published, .reopen, nil), (.published, .edit, .draft),
        (.rejected, .submit, nil), (.rejected, .approve, nil), (.rejected, .reject, .rejected),
        (.rejected, .archive, nil), (.rejected, .reopen, .draft), (.rejected, .edit, nil),
        (.archived, .submit, nil), (.archived, .approve, nil), (.archived, .reject, nil),
        (.archived, .archive, .archived), (.archived, .reopen, .draft), (.archived, .edit, nil),
    ]

    @Test("only allowed transitions succeed; a refusal is one line and changes nothing", arguments: table.indices)
    func transition(index: Int) throws {
        let (from, action, expected) = Self.table[index]
        let fixture = try LedgerFixture()
        try Self.bring(fixture, to: from)
        let before = try fixture.article
        let ledger = fixture.ledger()
        do {
            if action == .edit {
                try ledger.edit(fixture.id, title: nil, body: "Edited text.", by: "bo")
            } else {
                try ledger.apply(action, to: [fixture.id], by: "bo")
            }
            #expect(expected != nil, "\(action) from \(from) should be refused")
            #expect(try fixture.article.state == expected)
        } catch let error as LifecycleError {
            #expect(expected == nil, "\(action) from \(from) was refused: \(error)")
            #expect(!error.description.contains("\n"))
            #expect(error.description.hasPrefix("article \(fixture.id): cannot"))
            #expect(try fixture.article == before, "a refused change leaves the article as it was")
        }
    }

    @Test("the live version stays live while the next revision is edited and reviewed")
    func liveVersionStaysLive() throws {
        let fixture = try LedgerFixture()
        let ledger = fixture.ledger()
        try ledger.apply(.approve, to: [fixture.id], by: "ana")
        try fixture.publish()
        #expect(try fixture.liveBody == "Restart the app.\n\nThen sign in again.")
        try ledger.edit(fixture.id, title: nil, body: "Quit the app, then restart it.", by: "bo")
        #expect(try fixture.article.state == .draft)
        #expect(try fixture.liveBody == "Restart the app.\n\nThen sign in again.", "the edit is not live yet")
        try ledger.apply(.submit, to: [fixture.id], by: "bo")
        #expect(try fixture.liveBody == "Restart the app.\n\nThen sign in again.", "nor while in review")
        try ledger.apply(.approve, to: [fixture.id], by: "cy")
        #expect(try fixture.liveBody == "Quit the app, then restart it.", "approving the new revision replaces it")
        try fixture.publish()
        #expect(try fixture.article.state == .published)
        try ledger.apply(.archive, to: [fixture.id], by: "cy")
        #expect(try fixture.liveBody == nil, "archived articles leave the site")
    }

    @Test("withdrawing an approval that was never published keeps the earlier live revision live")
    func reopenKeepsLive() throws {
        let fixture = try LedgerFixture()
        let ledger = fixture.ledger()
        try ledger.apply(.approve, to: [fixture.id], by: "ana")
        try fixture.publish()
        try ledger.edit(fixture.id, title: nil, body: "New steps.", by: "bo")
        try ledger.apply(.approve, to: [fixture.id], by: "ana")
        #expect(try fixture.liveBody == "New steps.")
        try ledger.apply(.reopen, to: [fixture.id], by: "ana", note: "not ready")
        #expect(try fixture.liveBody == "Restart the app.\n\nThen sign in again.")
    }

    @Test("four eyes: the author of a revision cannot approve it; another editor can")
    func fourEyes() throws {
        let fixture = try LedgerFixture()
        let strict = fixture.ledger(requireSecondEditor: true)
        try strict.apply(.approve, to: [fixture.id], by: "ana")  // the drafter's text: anyone may approve
        try strict.edit(fixture.id, title: nil, body: "Ana's fix.", by: "ana")
        let error = try #require(throws: LifecycleError.self) {
            try strict.apply(.approve, to: [fixture.id], by: "ana")
        }
        #expect(error.reason == .secondEditorRequired(revision: 2, author: "ana"))
        #expect(error.description.contains("another editor"))
        let bulk = try strict.approveAllWaiting(by: "ana")
        #expect(bulk.approved.isEmpty && bulk.leftForAnotherEditor == 1)
        try strict.apply(.approve, to: [fixture.id], by: "bo")
        #expect(try fixture.liveBody == "Ana's fix.")
        // Without the rule, the author may approve.
        try strict.edit(fixture.id, title: nil, body: "Bo's fix.", by: "bo")
        try fixture.ledger().apply(.approve, to: [fixture.id], by: "bo")
        #expect(try fixture.liveBody == "Bo's fix.")
    }

    @Test("approve --revision goes through only while that revision is current")
    func approveExpectedRevision() throws {
        let fixture = try LedgerFixture()
        let ledger = fixture.ledger()
        try ledger.edit(fixture.id, title: nil, body: "Second text.", by: "bo")
        let error = try #require(throws: LifecycleError.self) {
            try ledger.apply(.approve, to: [fixture.id], by: "ana", expectedRevision: 1)
        }
        guard case .revisionChanged(2, 1, "bo", _) = error.reason else {
            Issue.record("unexpected \(error.reason)")
            return
        }
        try ledger.apply(.approve, to: [fixture.id], by: "ana", expectedRevision: 2)
        #expect(try fixture.liveBody == "Second text.")
    }

    @Test("an editor's text is never overwritten by the drafter; it gets a suggestion and needs an update")
    func editorTextNeverOverwritten() throws {
        let fixture = try LedgerFixture()
        #expect(try fixture.redraft("Drafter's second text.") == .updated, "an untouched draft follows the drafter")
        try fixture.ledger().edit(fixture.id, title: "Editor's title", body: "Editor's text.", by: "ana")
        #expect(try fixture.redraft("Drafter's third text.") == .suggested)
        #expect(try fixture.redraft("Drafter's third text.") == .unchanged, "the same suggestion is not repeated")
        let detail = try fixture.ledger().detail(fixture.id)
        #expect(detail.current?.body == "Editor's text.")
        #expect(detail.current?.title == "Editor's title")
        #expect(detail.pendingSuggestion?.body == "Drafter's third text.")
        #expect(try fixture.ledger().summaries().first?.needsUpdate == true)
        #expect(try fixture.store.read { db in try ArticleLedger.waitingForReview(db) } == 1)
        // Approving or publishing does not let the drafter back in either.
        try fixture.ledger().apply(.approve, to: [fixture.id], by: "bo")
        try fixture.publish()
        #expect(try fixture.redraft("Drafter's fourth text.") == .suggested)
        #expect(try fixture.liveBody == "Editor's text.")
    }

    @Test("a suggestion is merged where the editor left the text alone")
    func acceptMerges() throws {
        let base = "Step one.\nStep two.\nStep three.\nStep four."
        let fixture = try LedgerFixture(body: base)
        let ledger = fixture.ledger()
        try ledger.edit(
            fixture.id, title: nil, body: "Step one, carefully.\nStep two.\nStep three.\nStep four.", by: "ana")
        try fixture.redraft("Step one.\nStep two.\nStep three.\nStep four.\nStep five.")
        let saved = try ledger.accept(fixture.id, by: "ana")
        #expect(saved.body == "Step one, carefully.\nStep two.\nStep three.\nStep four.\nStep five.")
        #expect(try fixture.article.pendingSuggestionID == nil)
        #expect(try fixture.article.state == .draft, "the merged text waits for approval")
        // The next suggestion merges from the one just taken, not from the first draft.
        try fixture.redraft("Step one.\nStep two.\nStep three, now with the menu path.\nStep four.\nStep five.")
        let again = try ledger.accept(fixture.id, by: "ana")
        #expect(
            again.body == "Step one, carefully.\nStep two.\nStep three, now with the menu path.\nStep four.\nStep five."
        )
    }

    @Test("a suggestion that changes a passage the editor changed is refused, and --theirs takes it whole")
    func acceptConflict() throws {
        let fixture = try LedgerFixture(body: "Step one.\nStep two.")
        let ledger = fixture.ledger()
        try ledger.edit(fixture.id, title: nil, body: "Step one.\nStep two, as the editor wrote it.", by: "ana")
        try fixture.redraft("Step one.\nStep two, as the drafter wrote it.")
        let error = try #require(throws: LifecycleError.self) { try ledger.accept(fixture.id, by: "ana") }
        guard case .mergeConflict(1, 2) = error.reason else {
            Issue.record("unexpected \(error.reason)")
            return
        }
        #expect(try ledger.detail(fixture.id).current?.body == "Step one.\nStep two, as the editor wrote it.")
        #expect(try fixture.article.pendingSuggestionID != nil, "the suggestion still waits")
        let whole = try ledger.accept(fixture.id, by: "ana", mode: .theirs)
        #expect(whole.body == "Step one.\nStep two, as the drafter wrote it.")
    }

    @Test("every change is audited with the editor, time, note and revision")
    func audited() throws {
        let later = LedgerFixture.now.addingTimeInterval(3600)
        let fixture = try LedgerFixture()
        let ledger = fixture.ledger(at: later)
        try ledger.edit(fixture.id, title: nil, body: "Edited.", by: "ana", note: "typo")
        try ledger.apply(.submit, to: [fixture.id], by: "ana", note: "ready")
        try ledger.apply(.approve, to: [fixture.id], by: "bo", note: "checked")
        try ledger.restore(fixture.id, revision: 1, by: "bo")
        let history = try ledger.detail(fixture.id).history
        #expect(history.map(\.action) == [.drafted, .edited, .submitted, .approved, .restored])
        #expect(history.map(\.actor) == ["casebook", "ana", "ana", "bo", "bo"])
        #expect(history.map(\.revision) == [1, 2, 2, 2, 3])
        #expect(history.map(\.note) == ["drafted", "typo", "ready", "checked", "restored revision 1"])
        #expect(history.dropFirst().allSatisfy { $0.at == later })
    }

    @Test("two writers on one store: a save over a revision someone else changed is refused with who and when")
    func concurrentEdits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "casebook-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        let fixture = try LedgerFixture(store: try Store.open(at: path))
        let web = ArticleLedger(store: try Store.open(at: path), clock: .fixed(LedgerFixture.now))
        let cli = ArticleLedger(store: try Store.open(at: path), clock: .fixed(LedgerFixture.now))
        // Both opened revision 1; the web app saves first.
        try web.edit(fixture.id, title: nil, body: "From the web app.", by: "ana", base: 1)
        let error = try #require(throws: LifecycleError.self) {
            try cli.edit(fixture.id, title: nil, body: "From the terminal.", by: "bo", base: 1)
        }
        #expect(error.description.contains("revision 2 was saved by ana"))
        #expect(try cli.detail(fixture.id).current?.body == "From the web app.")
        // Many writers at once: every save either lands or is refused, none is lost silently.
        let saved = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let ledger = ArticleLedger(store: try! Store.open(at: path), clock: .fixed(LedgerFixture.now))
            for _ in 0..<5 {
                guard let base = try? ledger.detail(fixture.id).current?.number else { continue }
                if (try? ledger.edit(fixture.id, title: nil, body: "writer \(index)", by: "w\(index)", base: base))
                    != nil
                {
                    saved.increment()
                }
            }
        }
        let revisions = try cli.detail(fixture.id).revisions
        #expect(revisions.count == 2 + saved.value, "each successful save is one revision")
        #expect(Set(revisions.map(\.number)).count == revisions.count)
    }
}

/// A counter several threads bump.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
