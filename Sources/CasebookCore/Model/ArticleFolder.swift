import Foundation

/// A folder of article files (`kb/en/some-slug.md`…), as `casebook export` writes it and editors change it.
public struct ArticleFolder: Sendable {
    /// One file of the folder.
    public struct Entry: Sendable, Equatable {
        /// Its path inside the folder (`en/some-slug.md`).
        public var path: String
        public var file: ArticleFile
    }

    public var url: URL
    public var fileIO: FileIO

    public init(url: URL, fileIO: FileIO = .live) {
        self.url = url
        self.fileIO = fileIO
    }

    /// The `*.md` files below the folder (hidden ones and `README.md` left out), sorted by path; a file that
    /// cannot be read is returned among the failures, the others are read.
    public func read() throws -> (entries: [Entry], failures: [ArticleFileError]) {
        guard fileIO.exists(url) else {
            throw ArticleFolderError(folder: url.path, reason: .missing)
        }
        let paths: [String]
        do {
            paths = try fileIO.listFiles(url).filter(Self.isArticlePath).sorted()
        } catch {
            throw ArticleFolderError(folder: url.path, reason: .unreadable(error.localizedDescription))
        }
        var entries: [Entry] = []
        var failures: [ArticleFileError] = []
        for path in paths {
            let display = displayPath(path)
            do {
                let data = try fileIO.read(url.appending(path: path))
                guard let text = String(data: data, encoding: .utf8) else {
                    throw ArticleFileError(file: display, line: nil, reason: .field("the file is not UTF-8 text"))
                }
                entries.append(Entry(path: path, file: try ArticleFile.parse(text, file: display)))
            } catch let error as ArticleFileError {
                failures.append(error)
            } catch {
                failures.append(ArticleFileError(file: display, line: nil, reason: .field(error.localizedDescription)))
            }
        }
        return (entries, failures)
    }

    /// `kb/en/some-slug.md`: the path as the user named the folder.
    public func displayPath(_ path: String) -> String {
        (url.relativePath as NSString).appendingPathComponent(path)
    }

    static func isArticlePath(_ path: String) -> Bool {
        path.hasSuffix(".md") && !path.split(separator: "/").contains { $0.hasPrefix(".") }
            && (path as NSString).lastPathComponent.lowercased() != "readme.md"
    }
}

/// An articles folder that cannot be used at all.
public struct ArticleFolderError: CasebookError, Equatable {
    public enum Reason: Sendable, Equatable {
        case missing
        case unreadable(String)
        case duplicateSlug(String, [String])
        case notEmpty
    }

    public var folder: String
    public var reason: Reason

    public init(folder: String, reason: Reason) {
        self.folder = folder
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing: "\(folder): no such folder; export articles into it first (`casebook export articles \(folder)`)"
        case .unreadable(let detail): "\(folder): cannot read it (\(detail)); check its permissions"
        case .duplicateSlug(let slug, let files):
            "\(folder): the slug '\(slug)' is used by \(files.joined(separator: " and ")); give one of them another slug"
        case .notEmpty:
            "\(folder): holds files Casebook did not write; export into an empty folder or one it exported to before"
        }
    }

    public var exitCode: ExitStatus {
        switch reason {
        case .missing, .unreadable: .noInput
        case .duplicateSlug: .dataRejected
        case .notEmpty: .ioError
        }
    }
}
