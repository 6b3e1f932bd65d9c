import ArgumentParser
import CasebookCore
import CasebookDraft
import Foundation

/// `casebook redact [--name NAME]...`
struct RedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Redact personal data from standard input, as the drafter does, onto standard output.",
        discussion: """
            Emails, phone numbers, card numbers, IBANs, IP addresses, secrets in URLs, the given names and \
            the names and patterns of casebook.yml's redaction section become labelled placeholders \
            ([email], [phone], [name]…).

            Examples:
              casebook redact --name "Jane Doe" < reply.txt
              pbpaste | casebook redact | pbcopy
            """)

    @Option(name: .long, help: ArgumentHelp("A person's name to redact (repeatable).", valueName: "name"))
    var name: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("The configuration file (default: ./casebook.yml when present).", valueName: "path"))
    var config: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        try CommandRunner.run("redact", output: output) {
            let configuration = try CasebookConfiguration.load(
                path: config, folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            try Redactor.validate(configuration.redaction, file: config ?? "casebook.yml")
            let redactor = Redactor(names: name, rules: configuration.redaction)
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            let redacted = redactor.redact(input)
            if !output.json { FileHandle.standardOutput.write(Data(redacted.utf8)) }
            return CommandResult(
                summary: "redacted \(input.count) characters", data: ["text": redacted])
        }
    }
}
