import Foundation

/// The default theme, compiled into casebook: the repository's `Templates/` folder, embedded by
/// `swift scripts/embed-theme.swift` into `BuiltInTheme+Files.swift` (a test checks the two agree).
enum BuiltInTheme {
    /// Every file's path, sorted.
    static let paths: [String] = (Array(textFiles.keys) + Array(binaryFiles.keys)).sorted()

    /// The bytes of the built-in file at `path`, or nil when there is none.
    static func data(_ path: String) -> Data? {
        if let text = textFiles[path] { return Data(text.utf8) }
        if let base64 = binaryFiles[path] { return Data(base64Encoded: base64) }
        return nil
    }
}
