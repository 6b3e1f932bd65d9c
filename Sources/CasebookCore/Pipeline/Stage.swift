/// One named step of the pipeline (ingest, cluster, draft, publish), run against a shared context.
public protocol Stage: Sendable {
    /// The stage's name, as errors and progress show it (`ingest`, `cluster`…).
    var name: String { get }
    /// Does the stage's work and says what it did.
    func run(in context: PipelineContext) throws -> any StageReport
}

/// What a stage did: printed as one human line, or encoded for `--json`.
public protocol StageReport: Encodable, Sendable {
    /// The stage that wrote the report.
    var stage: String { get }
    /// One line for people: `ingested 312 tickets (0 rejected) from 2 files`.
    var summary: String { get }
    /// Records the stage could not use and kept aside; a non-zero count makes the command exit 65.
    var rejectedCount: Int { get }
    /// The report's figures by name (`read`, `inserted`…), for the `counts` of `--json`.
    var counts: [String: Int] { get }
    /// Things the user should know that are not failures (`25 drafts wait for review`).
    var warnings: [String] { get }
    /// The command to run next, when there is an obvious one (`casebook review list`).
    var nextStep: String? { get }
}

extension StageReport {
    public var rejectedCount: Int { 0 }
    public var counts: [String: Int] { [:] }
    public var warnings: [String] { [] }
    public var nextStep: String? { nil }
}
