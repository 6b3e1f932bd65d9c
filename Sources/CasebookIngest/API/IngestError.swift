import CasebookCore
import Foundation

/// An input file that ingest cannot use at all (bad records inside a file are rejects, not errors).
public struct IngestError: CasebookError, Equatable {
    /// What is wrong with the file.
    public enum Reason: Sendable, Equatable {
        /// Nothing exists at the path.
        case missing
        /// The path is a folder, not an export file.
        case isFolder
        /// The file exists but cannot be opened or read (the system's explanation).
        case unreadable(String)
        /// Neither the extension nor the first bytes tell the format.
        case unknownFormat
        /// A folder holding no export files.
        case emptyFolder
    }

    /// The file, as given.
    public var path: String
    /// What is wrong with it.
    public var reason: Reason

    /// An error about the file at `path`.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// One line: where, what, and what to do.
    public var description: String {
        switch reason {
        case .missing:
            "\(path): no such file; check the path"
        case .isFolder:
            "\(path): is a folder; pass the export files inside it"
        case .unreadable(let detail):
            "\(path): cannot read the file (\(detail)); check its permissions"
        case .emptyFolder:
            "\(path): the folder holds no export files; check the path, or that the export finished"
        case .unknownFormat:
            "\(path): cannot tell the export format; pass --format "
                + ImportFormat.allCases.map(\.rawValue).joined(separator: "|")
        }
    }

    /// `.noInput` (66) for missing or unreadable files, `.usage` (64) for an unknown format.
    public var exitCode: ExitStatus {
        reason == .unknownFormat ? .usage : .noInput
    }
}

extension IngestError {
    /// The short system explanation of a file error (`Permission denied`), without paths.
    static func explain(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
