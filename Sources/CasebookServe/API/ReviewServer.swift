import CasebookCore
import CasebookPublish
import Foundation
import Hummingbird
import Logging

/// The local web review app (`casebook serve`): the queue, an article beside its source tickets with the
/// site's own preview, a Markdown editor with a diff before saving, and the review decisions, all through
/// the article ledger. Loopback by default; any other address needs a token or basic-auth credentials.
public struct ReviewServer: Sendable {
    /// How the server is reached and protected.
    public struct Options: Sendable, Equatable {
        public var host: String
        public var port: Int
        /// A shared secret: `Authorization: Bearer TOKEN`, or `?token=TOKEN` once (it then sets a cookie).
        public var token: String?
        /// Basic-auth credentials; the user name is then the editor named in the audit log.
        public var user: String?
        public var password: String?

        public init(
            host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, user: String? = nil,
            password: String? = nil
        ) {
            self.host = host
            self.port = port
            self.token = token
            self.user = user
            self.password = password
        }

        /// True for 127.0.0.0/8, ::1 and localhost.
        public var isLoopback: Bool {
            host == "localhost" || host == "::1" || host.hasPrefix("127.")
        }

        /// Refuses an unprotected non-loopback address and half-given credentials.
        public func validate() throws {
            if (user == nil) != (password == nil) { throw ServeError(.incompleteCredentials) }
            if !isLoopback, token == nil, user == nil { throw ServeError(.unprotectedHost(host)) }
        }
    }

    public var options: Options
    public var ledger: ArticleLedger
    public var configuration: CasebookConfiguration
    public var theme: Theme
    /// The editor acting through the app when no basic-auth user names one.
    public var editor: String

    public init(
        options: Options, ledger: ArticleLedger, configuration: CasebookConfiguration, theme: Theme, editor: String
    ) {
        self.options = options
        self.ledger = ledger
        self.configuration = configuration
        self.theme = theme
        self.editor = editor
    }

    /// Serves until SIGINT or SIGTERM (with `handlingSignals`) or until the task is cancelled; `onListening`
    /// gets the address once it accepts connections.
    public func run(handlingSignals: Bool = true, onListening: @escaping @Sendable (String) -> Void = { _ in })
        async throws
    {
        try options.validate()
        let app = try ReviewApp(server: self)
        var logger = Logger(label: "casebook.serve")
        logger.logLevel = .critical
        let host = options.host
        let application = Application(
            router: app.router(),
            configuration: .init(address: .hostname(host, port: options.port), serverName: "casebook"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onListening("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger)
        do {
            try await application.runService(gracefulShutdownSignals: handlingSignals ? [.sigterm, .sigint] : [])
        } catch let error as ServeError {
            throw error
        } catch {
            throw ServeError(.cannotListen(String(describing: error)))
        }
    }
}
