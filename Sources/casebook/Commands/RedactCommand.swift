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
            """)

    @Option(name: .long, help: ArgumentHelp("A person's name to redact (repeatable).", valueName: "name"))
    var name: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("The configuration file (default: ./casebook.yml when present).", valueName: "path"))
    var config: String?

    func run() throws {
        try CommandRunner.run {
            let configuration = try CasebookConfiguration.load(
                path: config, folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            try Redactor.validate(configuration.redaction, file: config ?? "casebook.yml")
            let redactor = Redactor(names: name, rules: configuration.redaction)
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            FileHandle.standardOutput.write(Data(redactor.redact(input).utf8))
            return .success
        }
    }
}
