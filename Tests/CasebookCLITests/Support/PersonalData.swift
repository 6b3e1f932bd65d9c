import Foundation
import Testing

/// A personal-data manifest (`kind<TAB>value` lines): every value that must never reach a public file.
struct PersonalData {
    var entries: [(kind: String, value: String)]

    /// `Samples/personal-data.txt`.
    static func samples() throws -> PersonalData {
        let manifest = try String(
            contentsOf: CasebookProcess.repository.appendingPathComponent("Samples/personal-data.txt"), encoding: .utf8)
        let entries = manifest.split(separator: "\n").compactMap { line -> (kind: String, value: String)? in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
        #expect(entries.count > 100, "the manifest lists \(entries.count) entries")
        #expect(Set(entries.map(\.kind)).isSuperset(of: ["email", "phone", "name", "internal"]))
        return PersonalData(entries: entries)
    }

    /// Records an issue for every manifest value, and anything shaped like an email address, in `files`.
    func expectAbsent(from files: [String: String]) throws {
        let emails = try Regex("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")
        for (path, text) in files {
            let folded = text.lowercased()
            for entry in entries where folded.contains(entry.value.lowercased()) {
                Issue.record("\(path) contains the \(entry.kind) “\(entry.value)”")
            }
            for match in text.matches(of: emails) {
                Issue.record("\(path) contains an email address: \(text[match.range])")
            }
        }
    }
}
