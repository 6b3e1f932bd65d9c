import CasebookCore
import Foundation
import Testing

@Suite("Article files (Markdown with front matter)")
struct ArticleFileTests {
    static let file = ArticleFile(
        id: 12, slug: "reset-password", title: "Can't log in after \"resetting\" the password", language: "fr-ca",
        category: "Compte & accès", state: "approved", revision: 3, approvedBy: "Ana: editor",
        approvedAt: Date(timeIntervalSince1970: 1_767_225_600), translationGroup: "login-reset",
        sources: ["zendesk#1042", "csv#CSV-7"], body: "## Steps\n\n1. Open **Settings**.\n2. Choose `Reset`.")

    @Test("a file reads back as what was written, and its text is stable")
    func roundTrip() throws {
        let text = Self.file.text
        #expect(text.hasPrefix("---\nid: 12\nslug: \"reset-password\"\n"))
        #expect(text.contains("approved_at: 2026-01-01T00:00:00Z\n"))
        #expect(text.hasSuffix("---\n\n## Steps\n\n1. Open **Settings**.\n2. Choose `Reset`.\n"))
        #expect(try ArticleFile.parse(text, file: "kb/x.md") == Self.file)
        #expect(try ArticleFile.parse(text, file: "kb/x.md").text == text)
        #expect(Self.file.relativePath == "fr-ca/reset-password.md")
        let windows = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try ArticleFile.parse("\u{FEFF}" + windows, file: "kb/x.md") == Self.file)
    }

    @Test(
        "a broken file is named with what is wrong",
        arguments: [
            ("no front matter here", "kb/x.md:1: no front matter"),
            ("---\nslug: a\ntitle: b\nlanguage: en\ntitel: c\n---\nbody", "kb/x.md: unknown key 'titel'"),
            ("---\nslug: a\ntitle: b\n---\nbody", "kb/x.md: language: missing"),
            ("---\nslug: a\ntitle: b\nlanguage: english\n---\nbody", "language: 'english' is not a BCP 47 tag"),
            ("---\nslug: a\ntitle: [b\nlanguage: en\n---\nbody", "kb/x.md: the front matter is not valid YAML (line"),
            ("---\nslug: a\ntitle: '  '\nlanguage: en\n---\nbody", "title: must not be empty"),
            ("---\nslug: a\ntitle: b\nlanguage: en\napproved_at: yesterday\n---\n", "approved_at: 'yesterday'"),
        ])
    func broken(text: String, message: String) {
        #expect {
            try ArticleFile.parse(text, file: "kb/x.md")
        } throws: { error in
            let description = String(describing: error)
            return description.contains(message) && !description.contains("\n")
        }
    }
}
