import CasebookCore

/// `casebook serve` cannot start as asked.
public struct ServeError: CasebookError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// A non-loopback address without a token or credentials.
        case unprotectedHost(String)
        /// Basic-auth credentials given by halves.
        case incompleteCredentials
        /// The port is taken or the address cannot be bound.
        case cannotListen(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .unprotectedHost(let host):
            "--host \(host) would let anyone on the network read tickets and approve articles; pass --token TOKEN "
                + "or --user NAME --password PASSWORD (or serve on 127.0.0.1, the default)"
        case .incompleteCredentials: "--user and --password go together; give both, or use --token"
        case .cannotListen(let detail): "cannot listen (\(detail)); choose another --port, or stop what uses it"
        }
    }

    public var exitCode: ExitStatus { .usage }
}
