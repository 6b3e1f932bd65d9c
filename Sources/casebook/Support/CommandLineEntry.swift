import ArgumentParser
import CasebookCore
import Foundation

/// Where `casebook` starts: parses the arguments, runs the command, and turns what went wrong with the
/// command line into one error line, a usage hint and exit code 64.
enum CommandLineEntry {
    static func run(arguments: [String]) async -> Never {
        let path = CommandPath(arguments: arguments)
        if let unknown = path.unknownSubcommand {
            var message = "'\(unknown.word)' is not a `\(path.name)` command"
            if let suggestion = unknown.suggestion { message += "; did you mean '\(suggestion)'?" }
            fail(message, path: path, arguments: arguments)
        }
        do {
            var command = try Casebook.parseAsRoot(arguments)
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch let exitCode as ExitCode {
            exit(exitCode.rawValue)
        } catch {
            let code = Casebook.exitCode(for: error)
            guard code != .success else { Casebook.exit(withError: error) }  // --help, --version
            let message = Casebook.message(for: error).split(separator: "\n").first.map(String.init) ?? "bad usage"
            fail(message, path: path, arguments: arguments)
        }
    }

    /// ArgumentParser's "Missing expected argument…" as "missing expected argument…"; a message starting with
    /// a path or a name (`Samples/casebook.yml: …`) keeps its case.
    private static func sentenceCase(_ line: String) -> String {
        let firstWord = line.prefix { $0 != " " }
        guard firstWord.count > 1, firstWord.allSatisfy(\.isLetter), firstWord.dropFirst().allSatisfy(\.isLowercase)
        else { return line }
        return line.prefix(1).lowercased() + line.dropFirst()
    }

    /// Prints a command-line error as one line plus the usage hint (or the JSON envelope) and exits 64.
    private static func fail(_ message: String, path: CommandPath, arguments: [String]) -> Never {
        let line = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        Console.error(sentenceCase(line))
        FileHandle.standardError.write(Data("\(path.usage) (see `\(path.name) --help`)\n".utf8))
        if arguments.contains("--json") {
            try? Console.printJSON(
                JSONEnvelope(command: path.words.joined(separator: " "), error: line, exitCode: .usage))
        }
        exit(ExitStatus.usage.rawValue)
    }
}

/// The subcommands named at the start of a command line (`casebook review approve`), and the first word
/// that should have named one but does not.
struct CommandPath {
    /// `review`, `approve`.
    var words: [String] = []
    /// A word where a subcommand was expected, and the nearest real one.
    var unknownSubcommand: (word: String, suggestion: String?)?

    /// The deepest command named.
    var command: any ParsableCommand.Type = Casebook.self

    /// `casebook review approve`.
    var name: String { (["casebook"] + words).joined(separator: " ") }

    /// The command's usage line, as its help gives it (`usage: casebook review show <id> [--db <path>] …`).
    var usage: String {
        let help = Casebook.helpMessage(for: command, columns: 10_000)
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }) else { return "usage: \(name)" }
        let usage = lines[start...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return "usage:" + usage.dropFirst("USAGE:".count)
    }

    init(arguments: [String]) {
        var command: any ParsableCommand.Type = Casebook.self
        for argument in arguments {
            let subcommands = command.configuration.subcommands
            guard !argument.hasPrefix("-"), !subcommands.isEmpty else { return }
            if let next = subcommands.first(where: { $0.configuration.commandName ?? "" == argument })
                ?? subcommands.first(where: { Self.name(of: $0) == argument })
            {
                words.append(argument)
                command = next
                self.command = next
                continue
            }
            // A command with subcommands may also take arguments of its own (`cluster` runs by itself).
            if command.configuration.defaultSubcommand != nil || Self.takesArguments(command) { return }
            unknownSubcommand = (argument, Self.nearest(argument, in: subcommands.map(Self.name(of:))))
            return
        }
    }

    private static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? command._commandName
    }

    private static func takesArguments(_ command: any ParsableCommand.Type) -> Bool {
        (command as? any AcceptsOwnArguments.Type) != nil
    }

    /// The candidate within two edits of `word` (or starting with it), closest first; nil when none is near.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }
        let best = scored.filter { $0.1 <= max(1, min(2, word.count / 3)) || $0.0.hasPrefix(word.lowercased()) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }
        return best?.0
    }

    /// The Damerau–Levenshtein distance (adjacent swaps count as one edit).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

/// A command with subcommands that also runs by itself with arguments of its own, so an unknown word
/// after it is an argument, not a mistyped subcommand.
protocol AcceptsOwnArguments {}
