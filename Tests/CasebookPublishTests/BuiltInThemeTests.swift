import CasebookCore
import Foundation
import Testing

@testable import CasebookPublish

@Suite("Built-in theme")
struct BuiltInThemeTests {
    @Test("the built-in theme is the repository's Templates folder, byte for byte")
    func builtInEqualsRepository() throws {
        let paths = try FileIO.live.listFiles(TestSite.templates).filter { !Theme.isHidden($0) }.sorted()
        #expect(
            BuiltInTheme.paths == paths,
            "Templates/ and the built-in theme differ; run `swift scripts/embed-theme.swift` from the repository root")
        for path in paths {
            let onDisk = try Data(contentsOf: TestSite.templates.appending(path: path))
            #expect(
                BuiltInTheme.data(path) == onDisk,
                "\(path) differs from its built-in copy; run `swift scripts/embed-theme.swift`")
        }
    }

    @Test("eject writes every built-in file, keeps existing files unless forced")
    func eject() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "casebook-eject-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appending(path: "layout.mustache"))
        let first = try Theme.eject(to: folder, force: false)
        #expect(first.kept == ["layout.mustache"])
        #expect(first.written.count == BuiltInTheme.paths.count - 1)
        #expect(try String(contentsOf: folder.appending(path: "layout.mustache"), encoding: .utf8) == "mine")
        #expect(
            try Data(contentsOf: folder.appending(path: "assets/style.css")) == BuiltInTheme.data("assets/style.css"))
        let forced = try Theme.eject(to: folder, force: true)
        #expect(forced.kept.isEmpty)
        #expect(try Data(contentsOf: folder.appending(path: "layout.mustache")) == BuiltInTheme.data("layout.mustache"))
    }

    @Test(
        "every built-in language has every key English has",
        arguments: ["fr", "de", "es"])
    func stringsAreComplete(language: String) throws {
        let catalog = try StringCatalog(theme: .builtIn, languages: [language])
        let english = try StringCatalog(theme: .builtIn, languages: ["en"])["en"]
        let own = try String(contentsOf: TestSite.templates.appending(path: "strings/\(language).yml"), encoding: .utf8)
        for key in english.table.keys.sorted() {
            #expect(own.contains("\n\(key):") || own.hasPrefix("\(key):"), "strings/\(language).yml lacks \(key)")
        }
        #expect(catalog[language].months.count == 12)
    }

    @Test("dates are spelled per language from the strings")
    func dates() throws {
        let catalog = try StringCatalog(theme: .builtIn, languages: ["en", "fr", "de", "es"])
        let march4 = Date(timeIntervalSince1970: 1_741_089_600)  // 2025-03-04T12:00:00Z
        let march1 = Date(timeIntervalSince1970: 1_740_830_400)  // 2025-03-01T12:00:00Z
        #expect(catalog["en"].longDate(march4) == "March 4, 2025")
        #expect(catalog["fr"].longDate(march4) == "4 mars 2025")
        #expect(catalog["fr"].longDate(march1) == "1er mars 2025")
        #expect(catalog["de"].longDate(march4) == "4. März 2025")
        #expect(catalog["es"].longDate(march4) == "4 de marzo de 2025")
        #expect(catalog.languageName("fr") == "Français")
        #expect(catalog.languageName("it") == "Italiano")
    }
}
