import CasebookCore
import Foundation

/// Human output on standard output (silenced by --quiet/--json) and errors on standard error.
struct Console {
    var isQuiet: Bool

    func print(_ line: String) {
        guard !isQuiet else { return }
        Swift.print(TerminalText.safe(line))
    }

    /// Prints a line whose untrusted parts were already made safe (it may hold colour codes).
    func printFormatted(_ line: String) {
        guard !isQuiet else { return }
        Swift.print(line)
    }

    /// Writes one error line to standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("casebook: error: \(TerminalText.safe(message))\n".utf8))
    }

    /// Writes one warning line to standard error.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("casebook: warning: \(TerminalText.safe(message))\n".utf8))
    }

    /// Writes `value` as pretty, key-sorted JSON on standard output.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// A user-facing error raised by the command line itself.
struct CommandError: CasebookError {
    var message: String
    var exitCode: ExitStatus

    init(_ message: String, exitCode: ExitStatus = .usage) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }
}
