import ArgumentParser
import CasebookCore
import Foundation

extension ReviewCommand {
    /// `casebook review edit ID [--body FILE] [--title TEXT]`
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Edit an article's Markdown in $VISUAL or $EDITOR (or from a file) and save it as a new revision.",
            discussion: """
                The editor opens a file whose first line is the title (`# Title`) and the rest the body. The \
                article becomes a draft again; if it is live, the live version stays on the site until the new \
                revision is approved. If someone else saved a revision while you edited, nothing is saved and \
                your text is kept in a file whose path is printed.

                Examples:
                  casebook review edit 12
                  casebook review edit 12 --body fixed.md --title "Reset your password"
                  casebook review edit 12 --body - < fixed.md
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var editor: EditorOption

        @Argument(help: "The article's id.")
        var id: Int64

        @Option(
            help: ArgumentHelp(
                "The new Markdown body: a file, or - for standard input (no editor opens).", valueName: "file"))
        var body: String?

        @Option(help: "A new title.")
        var title: String?

        @Option(help: "A note for the audit log.")
        var note: String?

        @Option(help: ArgumentHelp("Save only while this revision is still the current one.", valueName: "number"))
        var revision: Int?

        func run() throws {
            try CommandRunner.run("review edit", output: options.output) {
                let name = try editor.resolved()
                let ledger = try ledger(options)
                let detail = try ledger.detail(id)
                let base = revision ?? detail.current?.number
                var newTitle = title
                let text: String
                var recovery: URL?
                if let body {
                    text = try Self.read(body)
                } else {
                    let edited = try Self.openEditor(
                        title: detail.current?.title ?? detail.article.title, body: detail.current?.body ?? "", id: id)
                    recovery = edited.file
                    guard edited.changed else {
                        try? FileManager.default.removeItem(at: edited.file)
                        options.console.print("article \(id): no change; nothing saved")
                        return CommandResult(summary: "article \(id): no change")
                    }
                    newTitle = newTitle ?? edited.title
                    text = edited.body
                }
                let saved: ArticleRevision
                do {
                    saved = try ledger.edit(id, title: newTitle, body: text, by: name, note: note, base: base)
                } catch let error as LifecycleError {
                    if let recovery {
                        throw CommandError(
                            error.description + "; your text is kept in \(recovery.path)", exitCode: error.exitCode)
                    }
                    throw error
                }
                if let recovery { try? FileManager.default.removeItem(at: recovery) }
                let line = "article \(id): saved revision \(saved.number) by \(saved.author)"
                options.console.print(line)
                return CommandResult(
                    summary: line, next: "casebook review approve \(id) --revision \(saved.number)", data: saved)
            }
        }

        private static func read(_ path: String) throws -> String {
            if path == "-" { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError("\(path): cannot read it; check the path", exitCode: .noInput)
            }
            return String(decoding: data, as: UTF8.self)
        }

        /// Opens `$VISUAL` (or `$EDITOR`) on a temporary file holding `# title` and the body, waits for it, and
        /// reads the file back.
        private static func openEditor(title: String, body: String, id: Int64) throws -> (
            title: String, body: String, changed: Bool, file: URL
        ) {
            let environment = ProcessInfo.processInfo.environment
            guard
                let command = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: {
                    !$0.isEmpty
                })
            else {
                throw CommandError("no editor to open: set $VISUAL or $EDITOR, or pass --body FILE")
            }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent(
                "casebook-article-\(id)-\(UUID().uuidString).md")
            let original = "# \(title)\n\n\(body)\n"
            do {
                try Data(original.utf8).write(to: file)
            } catch {
                throw CommandError(
                    "\(file.path): cannot write the file to edit (\(error.localizedDescription))", exitCode: .ioError)
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(command) \"$1\"", "casebook-editor", file.path]
            do {
                try process.run()
            } catch {
                throw CommandError(
                    "cannot start the editor '\(command)' (\(error.localizedDescription)); check $VISUAL/$EDITOR")
            }
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CommandError(
                    "the editor '\(command)' exited with \(process.terminationStatus); nothing saved (your text is in \(file.path))"
                )
            }
            let edited = String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
            var lines = edited.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var newTitle = title
            if let first = lines.first, first.hasPrefix("# ") {
                newTitle = String(first.dropFirst(2)).trimmingCharacters(in: .whitespaces)
                lines.removeFirst()
            }
            let newBody = ArticleFile.normalizedBody(lines.joined(separator: "\n"))
            return (newTitle, newBody, edited != original, file)
        }
    }
}
