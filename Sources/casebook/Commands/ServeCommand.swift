import ArgumentParser
import CasebookCore
import CasebookServe
import Foundation

/// `casebook serve`
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Review articles in a browser: the queue, previews in the site's theme, an editor, decisions.",
        discussion: """
            Serves on 127.0.0.1 (this machine only) unless --host says otherwise; any other address needs \
            --token or --user/--password. Every form is protected against cross-site requests; ticket text \
            is escaped everywhere and the pages allow no script but the app's own. The web app and the \
            command line can work on the same store at once: a save over a revision someone else changed is \
            refused, naming who and when. Stop it with Ctrl-C.

            Examples:
              casebook serve
              casebook serve --port 8123 --editor ana
              casebook serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var editor: EditorOption

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(help: "The port (0 picks a free one).")
    var port = 8080

    @Option(help: "A secret the browser must present (the printed address carries it once).")
    var token: String?

    @Option(help: "A user name for basic authentication (also the editor named in the audit log).")
    var user: String?

    @Option(help: "The password for --user.")
    var password: String?

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let serveOptions = ReviewServer.Options(host: host, port: port, token: token, user: user, password: password)
        let server: ReviewServer
        do {
            try serveOptions.validate()
            let configuration = try options.loadConfiguration()
            let store = try options.openExistingStore()
            server = ReviewServer(
                options: serveOptions,
                ledger: ArticleLedger(store: store, rules: configuration.review.rules), configuration: configuration,
                theme: try options.theme(templates: site.templates),
                editor: try user ?? editor.resolved())
        } catch let error as any CasebookError {
            try CommandRunner.fail("serve", message: error.description, status: error.exitCode, output: options.output)
        }
        let token = self.token
        let quiet = options.quiet
        do {
            try await server.run { address in
                let url = token.map { address + "?token=" + $0 } ?? address
                if !quiet {
                    FileHandle.standardOutput.write(Data("casebook: reviewing at \(url) (Ctrl-C stops)\n".utf8))
                }
            }
        } catch let error as any CasebookError {
            try CommandRunner.fail("serve", message: error.description, status: error.exitCode, output: options.output)
        }
    }
}
