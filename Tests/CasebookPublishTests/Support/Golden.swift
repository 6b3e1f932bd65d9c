import Foundation
import Testing

/// Golden files: the exact pages the templates must produce, kept in `Support/Golden/`.
///
/// A template change that alters any page fails the golden test. When the change is intended, regenerate
/// the files and review the diff before committing:
///
///     CASEBOOK_UPDATE_GOLDEN=1 swift test --scratch-path .build-publish --filter CasebookPublishTests
///
/// (the run that rewrites the files records an issue, so it never passes silently).
enum Golden {
    static let folder = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Golden")
    static let updateVariable = "CASEBOOK_UPDATE_GOLDEN"

    static var isUpdating: Bool {
        ProcessInfo.processInfo.environment[updateVariable] == "1"
    }

    /// Expects `actual` to equal the golden file `name`, byte for byte; reports the first differing line.
    static func expectMatch(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let url = folder.appending(path: name)
        if isUpdating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record(
                "rewrote golden file \(name); unset \(updateVariable) and rerun", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "golden file \(name) is missing; create it with \(updateVariable)=1", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let common = min(actualLines.count, expectedLines.count)
        let line = (0..<common).first { actualLines[$0] != expectedLines[$0] } ?? common
        let want = line < expectedLines.count ? expectedLines[line] : "<end of file>"
        let got = line < actualLines.count ? actualLines[line] : "<end of file>"
        let message =
            "\(name):\(line + 1) differs from the golden file\n  expected: \(want)\n  actual:   \(got)\n"
            + "(if the change is intended, regenerate with \(updateVariable)=1 and review the diff)"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
