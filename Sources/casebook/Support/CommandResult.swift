import CasebookCore
import Foundation

/// What a command did: its human lines are printed as it goes; this is what is left to say at the end,
/// and the whole of what `--json` prints.
struct CommandResult {
    /// One line that says what happened.
    var summary: String
    /// Figures by area, then by name: `["ingest": ["read": 340, "rejected": 0]]`.
    var counts: [String: [String: Int]] = [:]
    /// Things to know that did not stop the command.
    var warnings: [String] = []
    /// Records or items that failed without stopping the command (they make it exit non-zero).
    var errors: [String] = []
    /// The command to run next, when there is an obvious one.
    var next: String?
    /// The command's own payload for `--json` (the listed articles, the status…).
    var data: (any Encodable & Sendable)?
    /// How the command ends.
    var status: ExitStatus = .success
}

/// The one shape `--json` prints for every command, on success and on error.
///
/// `{"command", "ok", "exitCode", "summary", "next", "counts", "warnings", "errors", "data"}`; every key is
/// always present (`next` and `data` may be null).
struct JSONEnvelope: Encodable {
    var command: String
    var exitCode: ExitStatus
    var summary: String
    var next: String?
    var counts: [String: [String: Int]]
    var warnings: [String]
    var errors: [String]
    var data: (any Encodable & Sendable)?

    init(command: String, result: CommandResult) {
        self.command = command
        exitCode = result.status
        summary = result.summary
        next = result.next
        counts = result.counts
        warnings = result.warnings
        errors = result.errors
        data = result.data
    }

    init(command: String, error: String, exitCode: ExitStatus) {
        self.command = command
        self.exitCode = exitCode
        summary = error
        counts = [:]
        warnings = []
        errors = [error]
    }

    private enum CodingKeys: String, CodingKey {
        case command, ok, exitCode, summary, next, counts, warnings, errors, data
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(command, forKey: .command)
        try container.encode(exitCode == .success, forKey: .ok)
        try container.encode(exitCode.rawValue, forKey: .exitCode)
        try container.encode(summary, forKey: .summary)
        try container.encode(next, forKey: .next)
        try container.encode(counts, forKey: .counts)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(errors, forKey: .errors)
        if let data {
            try data.encode(to: container.superEncoder(forKey: .data))
        } else {
            try container.encodeNil(forKey: .data)
        }
    }
}
