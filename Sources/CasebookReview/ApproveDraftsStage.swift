import CasebookCore

/// A pipeline step that approves every waiting draft in the name of `context.actor`: for demos and
/// for teams whose CI publishes without a human review.
public struct ApproveDraftsStage: Stage {
    public let name = "approve"

    public init() {}

    public func run(in context: PipelineContext) throws -> any StageReport {
        let desk = ReviewDesk(store: context.store, clock: context.clock)
        let outcomes = try desk.approveAllDrafts(
            editor: context.actor, note: "approved in bulk by `casebook run --approve-all`")
        return ApproveReport(approved: outcomes.filter(\.changed).count, editor: context.actor)
    }
}

/// What `ApproveDraftsStage` did.
public struct ApproveReport: StageReport {
    public var stage = "approve"
    public var approved: Int
    public var editor: String

    public var summary: String { "approved \(approved) draft\(approved == 1 ? "" : "s") as \(editor)" }
}
