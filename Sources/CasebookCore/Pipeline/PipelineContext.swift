import Foundation

/// What every stage runs against: the store, the configuration and the seams to the outside world.
public struct PipelineContext: Sendable {
    public var store: Store
    public var configuration: CasebookConfiguration
    public var clock: WallClock
    public var progress: ProgressReporter
    public var fileIO: FileIO
    /// Who acts: an editor's name for review commands, `casebook` for automatic stages.
    public var actor: String

    public init(
        store: Store, configuration: CasebookConfiguration = CasebookConfiguration(), clock: WallClock = .system,
        progress: ProgressReporter = .silent, fileIO: FileIO = .live, actor: String = "casebook"
    ) {
        self.store = store
        self.configuration = configuration
        self.clock = clock
        self.progress = progress
        self.fileIO = fileIO
        self.actor = actor
    }
}
