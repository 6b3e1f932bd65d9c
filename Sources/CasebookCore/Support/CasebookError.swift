/// How a `casebook` command ended, as its exit code (sysexits-style, documented in the README).
public enum ExitStatus: Int32, Sendable, Codable {
    /// Everything went through.
    case success = 0
    /// The command failed; nothing (or only what is reported) was done.
    case failure = 1
    /// The command line was wrong.
    case usage = 64
    /// The work was done, but some input records were rejected and kept aside.
    case dataRejected = 65
    /// An input file or folder does not exist or cannot be read.
    case noInput = 66
    /// The store or an output file could not be read or written.
    case ioError = 74
    /// `casebook.yml` or a template is invalid.
    case configuration = 78
}

/// An error a user can act on: its `description` is one line that says where and what to do.
public protocol CasebookError: Error, CustomStringConvertible, Sendable {
    /// The exit code the command ends with when this error stops it.
    var exitCode: ExitStatus { get }
}

extension CasebookError {
    public var exitCode: ExitStatus { .failure }
}

/// An error raised inside a pipeline stage, wrapped with the stage's name.
public struct StageError: CasebookError {
    public var stage: String
    public var underlying: any Error

    public init(stage: String, underlying: any Error) {
        self.stage = stage
        self.underlying = underlying
    }

    public var description: String {
        let detail = (underlying as? any CasebookError)?.description ?? String(describing: underlying)
        return "\(stage): \(detail)"
    }

    public var exitCode: ExitStatus { (underlying as? any CasebookError)?.exitCode ?? .failure }
}
