/// Runs stages in order against one context, wrapping any failure with the failing stage's name.
public struct Pipeline: Sendable {
    public var stages: [any Stage]

    public init(_ stages: [any Stage]) {
        self.stages = stages
    }

    /// Runs every stage; stops at the first that throws (as a `StageError`) and returns the reports.
    ///
    /// `onReport` sees each report as soon as its stage ends, so a long run can print as it goes.
    @discardableResult
    public func run(in context: PipelineContext, onReport: (any StageReport) -> Void = { _ in }) throws
        -> [any StageReport]
    {
        var reports: [any StageReport] = []
        for stage in stages {
            do {
                let report = try stage.run(in: context)
                reports.append(report)
                onReport(report)
            } catch let error as StageError {
                throw error
            } catch {
                throw StageError(stage: stage.name, underlying: error)
            }
        }
        return reports
    }
}
