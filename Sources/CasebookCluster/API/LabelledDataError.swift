import CasebookCore

/// A labelled CSV file that cannot be used for an evaluation, with where and what to do.
public struct LabelledDataError: CasebookError, Equatable {
    /// What is wrong.
    public enum Reason: Sendable, Equatable {
        /// The file does not exist or cannot be opened.
        case unreadable
        /// The header lacks a needed column (`text`, or `label`/`category`).
        case missingColumn(String)
        /// A record cannot be read or lacks a field.
        case badRow(line: Int, detail: String)
        /// The file has a header but no records.
        case empty
    }

    /// The file, as given.
    public var file: String
    /// What is wrong with it.
    public var reason: Reason

    /// An error about `file`.
    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    /// One line: where, what, and what to do.
    public var description: String {
        switch reason {
        case .unreadable:
            "\(file): cannot open the labelled file; check the path given to --labels"
        case .missingColumn(let column):
            "\(file):1: the header has no '\(column)' column; rename it or name the column with --text-column, "
                + "--label-column or --answer-column"
        case .badRow(let line, let detail):
            "\(file):\(line): \(detail); fix or remove that record"
        case .empty:
            "\(file): no labelled records after the header; give a CSV with text and label columns"
        }
    }

    /// `noInput` for a missing file, `failure` otherwise.
    public var exitCode: ExitStatus { reason == .unreadable ? .noInput : .failure }
}
