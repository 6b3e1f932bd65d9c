import CasebookCore
import Foundation

/// Human output on standard output (silenced by --quiet/--json) and errors on standard error.
struct Console {
    var isQuiet: Bool

    func print(_ line: String) {
        guard !isQuiet else { return }
        Swift.print(TerminalText.safe(line))
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

/// Text from tickets made safe for a terminal: control characters (escape sequences that could set the
/// terminal's title or colours, or move the cursor) are shown as visible `\u{…}` codes instead.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 and C1 controls other than tab and newline, and the bidirectional overrides.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
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
