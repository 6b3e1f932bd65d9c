/// Where stages report progress on long work. The CLI draws a bar on a terminal; tests and `--json`
/// runs stay silent.
public struct ProgressReporter: Sendable {
    /// Called as work advances: a label, the units done and the total when it is known.
    public var update: @Sendable (_ label: String, _ completed: Int, _ total: Int?) -> Void
    /// Called once the labelled work is over.
    public var finish: @Sendable (_ label: String) -> Void

    public init(
        update: @escaping @Sendable (String, Int, Int?) -> Void, finish: @escaping @Sendable (String) -> Void
    ) {
        self.update = update
        self.finish = finish
    }

    /// Reports nothing.
    public static let silent = ProgressReporter(update: { _, _, _ in }, finish: { _ in })
}
