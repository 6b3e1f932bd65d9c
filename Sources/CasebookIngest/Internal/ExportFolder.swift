import CasebookCore
import Foundation

/// A folder given to `ingest`: one export, whose files may be of several families, read together.
///
/// - Every file below it is looked at (hidden files and folders skipped), its format told by content
///   (or `--format`); files that are not exports (a README, notes) are skipped and named in a warning.
/// - Zendesk API layout: `users` pages give the users of every tickets page; `comments/<id>.json` and
///   `audits/<id>.json` give each ticket's comments when its page has none inline.
/// - Freshdesk: `contacts*.json` and `agents*.json` give names, emails and roles to every tickets file.
struct ExportFolder {
    let url: URL
    let format: ImportFormat?

    /// The plans for the folder's ticket files (and users pages, to report their rejects), and the
    /// files skipped as not exports.
    func plans() throws -> (plans: [FilePlan], skipped: [String]) {
        let files = try listFiles()
        var companions = ZendeskCompanions()
        var people = PeopleDirectory()
        var candidates: [(URL, ExportContent, ImportFormat?)] = []
        var skipped: [String] = []
        for file in files {
            let parent = file.deletingLastPathComponent()
            switch parent.lastPathComponent.lowercased() {
            case "comments" where !isHidden(file):
                if !companions.commentFolders.contains(parent) { companions.commentFolders.append(parent) }
                continue
            case "audits" where !isHidden(file):
                if !companions.auditFolders.contains(parent) { companions.auditFolders.append(parent) }
                continue
            default: break
            }
            let content: ExportContent
            do {
                content = try ExportContent.inspect(file)
            } catch {
                throw IngestError(path: file.relativePath, reason: .unreadable(IngestError.explain(error)))
            }
            let name = file.lastPathComponent.lowercased()
            if name.hasSuffix(".json"), name.hasPrefix("contacts") || name.hasPrefix("agents") {
                people.addFreshdesk(file, asAgents: name.hasPrefix("agents"))
                continue
            }
            var detected = format ?? ImportFormat.detect(name: file.lastPathComponent, head: content.head)
            if name.hasPrefix("users"), name.hasSuffix(".json") || name.hasSuffix(".ndjson") { detected = .zendesk }
            if detected == nil, content.blank == nil {
                skipped.append(file.relativePath)
                continue
            }
            candidates.append((file, content, detected))
        }
        for (file, content, format) in candidates where format == .zendesk && Self.isUsersFile(file, content.head) {
            // Their rejects are reported when the users file itself is ingested (`ZendeskUsersImporter`).
            try ZendeskUsersImporter.read(ExportFile(file), into: &companions.users) { _ in }
        }
        let plans = candidates.map { file, content, format -> FilePlan in
            var plan = FilePlan(url: file, format: format, content: content)
            switch format {
            case .zendesk where Self.isUsersFile(file, content.head):
                plan.importer = ZendeskUsersImporter()
                plan.isCompanion = true
            case .zendesk:
                plan.importer = ZendeskImporter(companions: companions)
            case .freshdesk:
                plan.importer = FreshdeskImporter(people: people)
            default: break
            }
            return plan
        }
        guard !plans.isEmpty else { throw IngestError(path: url.relativePath, reason: .emptyFolder) }
        return (plans, skipped)
    }

    /// A Zendesk users file: a page holding users and no tickets, or the data export's `users.json` (NDJSON).
    static func isUsersFile(_ file: URL, _ head: [UInt8]) -> Bool {
        let text = String(decoding: head, as: UTF8.self)
        return file.lastPathComponent.lowercased().hasPrefix("users")
            || (text.contains("\"users\"") && !text.contains("\"tickets\""))
    }

    private func isHidden(_ file: URL) -> Bool {
        file.pathComponents.contains { $0.hasPrefix(".") && $0 != "." && $0 != ".." }
    }

    /// The regular files below the folder, sorted, each named by its path as the user would write it.
    private func listFiles() throws -> [URL] {
        let base = url.relativePath.hasSuffix("/") ? String(url.relativePath.dropLast()) : url.relativePath
        guard let enumerator = FileManager.default.enumerator(atPath: url.path) else {
            throw IngestError(path: base, reason: .unreadable("cannot list the folder"))
        }
        var files: [URL] = []
        for case let relative as String in enumerator {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isFolder: ObjCBool = false
            let full = url.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: full.path, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            files.append(URL(fileURLWithPath: base + "/" + relative, relativeTo: url.baseURL))
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }
}

/// Reads a Zendesk users page on its own, for its rejects: its users serve the folder's tickets pages.
struct ZendeskUsersImporter: TicketImporter {
    static let format = ImportFormat.zendesk

    func read(_ export: ExportFile, into sink: (ImportEvent) throws -> Void) throws {
        var users = PeopleDirectory()
        try Self.read(export, into: &users, sink: sink)
    }

    /// Adds the users of `export` (a `users` page, an array, or NDJSON) to `users`; malformed users go
    /// to `sink` as rejects, and so does a broken structure.
    static func read(_ export: ExportFile, into users: inout PeopleDirectory, sink: (ImportEvent) throws -> Void)
        throws
    {
        let records = JSONRecords(
            export: export, format: .zendesk, layout: JSONRecords.layout(of: export, path: ["users"]))
        let decoder = JSONDecoder()
        try records.forEachRecord(into: sink) { element in
            try users.add(element, decoder: decoder, records: records, sink: sink)
        }
    }
}

extension PeopleDirectory {
    /// Adds the Freshdesk contacts (customers) or agents of the JSON array in `url`; unreadable
    /// entries are left out (their comments then fall back on `incoming`).
    mutating func addFreshdesk(_ url: URL, asAgents: Bool) {
        guard let data = try? Data(contentsOf: url),
            let people = try? JSONDecoder().decode([FreshdeskPerson].self, from: data)
        else { return }
        for person in people {
            add(
                id: person.id.value, name: person.name ?? person.contact?.name,
                email: person.email ?? person.contact?.email, role: asAgents ? .agent : .customer)
        }
    }
}
