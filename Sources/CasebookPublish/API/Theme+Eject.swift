import CasebookCore
import Foundation

extension Theme {
    /// What `eject` did.
    public struct EjectReport: StageReport, Equatable {
        public var stage = "theme"
        /// The folder written to.
        public var folder: String
        /// Files written.
        public var written: [String]
        /// Files that were already there and were left alone (without `force`).
        public var kept: [String]

        public var summary: String {
            "wrote \(written.count) built-in theme file\(written.count == 1 ? "" : "s") to \(folder)"
                + (kept.isEmpty ? "" : ", kept \(kept.count) already there (--force replaces them)")
        }

        public var counts: [String: Int] { ["written": written.count, "kept": kept.count] }
    }

    /// Writes every built-in file into `folder` to start customising: files already there are kept unless
    /// `force`. Edit what you want to change and delete the rest: the built-in theme fills the gaps.
    public static func eject(to folder: URL, force: Bool, fileIO: FileIO = .live) throws -> EjectReport {
        var report = EjectReport(folder: folder.path, written: [], kept: [])
        for path in BuiltInTheme.paths {
            let url = folder.appending(path: path)
            if fileIO.exists(url), !force {
                report.kept.append(path)
                continue
            }
            guard let data = BuiltInTheme.data(path) else { continue }
            do {
                let parent = url.deletingLastPathComponent()
                if !fileIO.exists(parent) { try fileIO.createFolder(parent) }
                try fileIO.write(data, url)
            } catch {
                throw PublishError(path: url.path, reason: .cannotWrite(PublishError.detail(of: error)))
            }
            report.written.append(path)
        }
        return report
    }
}
