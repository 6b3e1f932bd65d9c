import CasebookCore

/// A pipeline step that approves every waiting draft in an editor's name: for demos and for teams
/// whose CI publishes without a human review.
public struct ApproveDraftsStage: Stage {
    public let name = "approve"
    /// Who approves, for the audit log.
    public let editor: String

    public init(editor: String) {
        self.editor = editor
    }

    public func run(in context: PipelineContext) throws -> any StageReport {
        let ledger = ArticleLedger(
            store: context.store, clock: context.clock, rules: context.configuration.review.rules)
        let outcome = try ledger.approveAllWaiting(
            by: editor, note: "approved in bulk by `casebook run --approve-all`")
        return ApproveReport(
            approved: outcome.approved.filter(\.changed).count, leftForAnotherEditor: outcome.leftForAnotherEditor,
            editor: editor)
    }
}

/// What `ApproveDraftsStage` did.
public struct ApproveReport: StageReport {
    public var stage = "approve"
    public var approved: Int
    /// Revisions the editor wrote, which the four-eyes rule leaves for another editor.
    public var leftForAnotherEditor: Int
    public var editor: String

    public var summary: String {
        "approved \(approved) draft\(approved == 1 ? "" : "s") as \(editor)"
            + (leftForAnotherEditor > 0
                ? "; \(leftForAnotherEditor) written by \(editor) wait for a second editor" : "")
    }

    /// The figures by name.
    public var counts: [String: Int] { ["approved": approved, "leftForAnotherEditor": leftForAnotherEditor] }
}
