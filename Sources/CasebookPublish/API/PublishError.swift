import CasebookCore
import Foundation

/// A failure of the publish stage: a missing or broken template, or an output file that cannot be written.
public struct PublishError: CasebookError, Equatable {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The site's theme folder (`--templates`, `site.templates`) does not exist.
        case templatesFolderMissing
        /// A template the site needs (`layout`, `index`, `article`) or a partial is in no layer of the theme.
        case templateMissing
        /// A strings file (`strings/fr.yml`) does not parse or holds something other than text.
        case invalidStrings(String)
        /// A template or asset exists but cannot be read as expected.
        case unreadable(String)
        /// A template does not parse; line and column are 1-based when Mustache gives them.
        case invalidTemplate(line: Int?, column: Int?, problem: String)
        /// A page template rendered nothing (it is not registered in the template library).
        case renderFailed
        /// An output file or folder cannot be written.
        case cannotWrite(String)
        /// A file written by an earlier publish cannot be removed.
        case cannotRemove(String)
        /// An article's text failed the privacy gate (the reason names the kind of data, never the value).
        case notPublicSafe(String)
        /// The new site cannot be swapped in for the live one.
        case cannotSwap(String)
        /// Pages link to files or ids the site does not have (the first few, and how many in all).
        case brokenLinks([String], total: Int)
    }

    /// The file or folder the error is about.
    public var path: String
    /// What went wrong there.
    public var reason: Reason

    /// Makes an error about `path`.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// One line: where, what, and what to do.
    public var description: String {
        switch reason {
        case .templatesFolderMissing:
            "\(path): no such theme folder; create it (`casebook theme eject \(path)`), fix site.templates in "
                + "casebook.yml or the --templates path, or leave both out to use the built-in theme"
        case .templateMissing:
            "\(path): template not found in the site's theme nor the built-in one; restore it with "
                + "`casebook theme eject`, or fix the name that refers to it"
        case .invalidStrings(let detail):
            "\(path): \(detail); fix the strings file (see the built-in one with `casebook theme eject`)"
        case .unreadable(let detail):
            "\(path): cannot read it (\(detail)); check the file is UTF-8 text and readable"
        case .invalidTemplate(let line, let column, let problem):
            "\(path)\(Self.position(line: line, column: column)): \(problem); fix the template and publish again"
        case .renderFailed:
            "\(path): the template rendered nothing; check the theme holds it (`casebook theme list`)"
        case .cannotWrite(let detail):
            "\(path): cannot write (\(detail)); make the output folder writable or pass another --out"
        case .cannotRemove(let detail):
            "\(path): cannot remove this page from an earlier publish (\(detail)); delete it by hand and publish again"
        case .notPublicSafe(let detail):
            "\(path): not published: \(detail); edit the article (`casebook review edit`) and publish again"
        case .cannotSwap(let detail):
            "\(path): cannot swap the new site in (\(detail)); the previous site is intact. Publish into a folder "
                + "whose parent is writable and on the same disk (not a mount point)"
        case .brokenLinks(let links, let total):
            "\(path): \(total == 1 ? "a broken internal link" : "\(total) broken internal links") ("
                + links.joined(separator: ", ") + (total > links.count ? ", …" : "")
                + "); fix the article's or template's links, nothing was published"
        }
    }

    /// `.configuration` for template problems, `.noInput` for a missing folder, `.ioError` for output problems.
    public var exitCode: ExitStatus {
        switch reason {
        case .templatesFolderMissing, .unreadable: .noInput
        case .templateMissing, .invalidTemplate, .renderFailed, .invalidStrings: .configuration
        case .cannotWrite, .cannotRemove, .cannotSwap: .ioError
        case .notPublicSafe, .brokenLinks: .dataRejected
        }
    }

    private static func position(line: Int?, column: Int?) -> String {
        switch (line, column) {
        case (let line?, let column?): ":\(line):\(column)"
        case (let line?, nil): ":\(line)"
        default: ""
        }
    }

    /// A one-line account of an underlying error, for the `detail` of a reason.
    static func detail(of error: any Error) -> String {
        let text = (error as? any CasebookError)?.description ?? error.localizedDescription
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
