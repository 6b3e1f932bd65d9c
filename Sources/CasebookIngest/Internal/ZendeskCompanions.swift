import Foundation

/// What a Zendesk folder export holds beside its tickets pages: the users of its users pages, and the
/// folders of per-ticket comment files (`comments/<ticket id>.json` as the `ticket_comments` endpoint
/// returns them, `{"comments": [...]}`, or `audits/<ticket id>.json` with `Comment` events).
struct ZendeskCompanions: Sendable {
    var users = PeopleDirectory()
    /// Folders holding `<ticket id>.json` comment pages.
    var commentFolders: [URL] = []
    /// Folders holding `<ticket id>.json` audit pages.
    var auditFolders: [URL] = []

    /// The comments of ticket `id` from its comment or audit file, nil when it has none; throws an
    /// `ElementProblem` naming the file when that file cannot be read.
    func comments(ofTicket id: String) throws -> [ZendeskCommentPayload]? {
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        for folder in commentFolders {
            let url = folder.appendingPathComponent("\(id).json")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            return try decode(ZendeskCommentsPage.self, at: url).comments
        }
        for folder in auditFolders {
            let url = folder.appendingPathComponent("\(id).json")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            return try decode(ZendeskAuditsPage.self, at: url).comments
        }
        return nil
    }

    private func decode<Page: Decodable>(_ type: Page.Type, at url: URL) throws -> Page {
        let name = url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
        do {
            return try JSONDecoder().decode(type, from: Data(contentsOf: url))
        } catch let error as DecodingError {
            throw ElementProblem(reason: "its comments in \(name) cannot be read: \(error.reason)")
        } catch {
            throw ElementProblem(reason: "its comments in \(name) cannot be read (\(IngestError.explain(error)))")
        }
    }
}

/// A `ticket_comments` page: `{"comments": [...]}` (other keys, such as `next_page`, ignored).
struct ZendeskCommentsPage: Decodable {
    var comments: [ZendeskCommentPayload]
}

/// A ticket audits page: `{"audits": [{"author_id", "created_at", "events": [{"type": "Comment", ...}]}]}`;
/// only `Comment` events are comments, taking the audit's author and date when they give none.
struct ZendeskAuditsPage: Decodable {
    struct Audit: Decodable {
        var authorID: RecordID?
        var createdAt: String?
        var events: [Event]

        enum CodingKeys: String, CodingKey {
            case events
            case authorID = "author_id"
            case createdAt = "created_at"
        }
    }

    struct Event: Decodable {
        var type: String
        var id: RecordID?
        var authorID: RecordID?
        var isPublic: Bool?
        var body: String?
        var htmlBody: String?
        var createdAt: String?

        enum CodingKeys: String, CodingKey {
            case type, id, body
            case authorID = "author_id"
            case isPublic = "public"
            case htmlBody = "html_body"
            case createdAt = "created_at"
        }
    }

    var audits: [Audit]

    var comments: [ZendeskCommentPayload] {
        audits.flatMap { audit in
            audit.events.filter { $0.type == "Comment" }.map { event in
                ZendeskCommentPayload(
                    id: event.id, authorID: event.authorID ?? audit.authorID, isPublic: event.isPublic,
                    body: event.body, htmlBody: event.htmlBody, createdAt: event.createdAt ?? audit.createdAt)
            }
        }
    }
}
