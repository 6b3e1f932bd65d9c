import CLibXML2
import CasebookCore
import Foundation

/// Streams a Jira XML/RSS search export (`rss > channel > item`) with libxml2's `xmlTextReader`, so
/// only the current item is held in memory however large the file.
///
/// Per item: `key` (the ticket id), `summary`, `description` (HTML), `status`, `statusCategory key`,
/// `resolution`, `resolved`, `created`, `updated` (RFC 822 dates), `labels > label`, `reporter`
/// (its `username` or `accountid` attribute and display name) and `comments > comment` (attributes
/// `id`, `author`, `created`, and `rolelevel`, which restricts a comment to a role: internal).
/// An item without `key` is rejected alone; XML that breaks rejects the rest of the file as one record.
struct JiraXMLReader {
    let export: ExportFile
    let converter: HTMLTextConverter

    private final class Item {
        var line = 0
        var position = 0
        var fields: [String: String] = [:]
        var reporterID: String?
        var statusCategory: String?
        var labels: [String] = []
        var comments: [(attributes: [String: String], text: String)] = []
    }

    func read(into sink: (ImportEvent) throws -> Void) throws {
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_HUGE.rawValue | XML_PARSE_NOCDATA.rawValue)
        guard let reader = xmlReaderForFile(export.url.path, nil, options) else {
            throw IngestError(path: export.name, reason: .unreadable("libxml2 cannot open it"))
        }
        defer { xmlFreeTextReader(reader) }
        var seen = DuplicateTracker()
        var item: Item?
        var field: String?
        var text = ""
        var count = 0
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status == 1 else {
                let line = item?.line ?? Int(xmlTextReaderGetParserLineNumber(reader))
                let reason =
                    "the XML breaks near line \(xmlTextReaderGetParserLineNumber(reader)) (is the file truncated "
                    + "or edited by hand?); nothing from here on could be read"
                try sink(.rejected(rejection(line: line, index: count + 1, reason: reason, kind: .remainder)))
                return
            }
            let type = xmlTextReaderNodeType(reader)
            let name = string(xmlTextReaderConstLocalName(reader)) ?? ""
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                if name == "item" {
                    count += 1
                    let next = Item()
                    next.line = Int(xmlTextReaderGetParserLineNumber(reader))
                    next.position = count
                    item = next
                    if xmlTextReaderIsEmptyElement(reader) == 1 { item = nil }
                    continue
                }
                guard let item else { continue }
                text = ""
                field = name
                switch name {
                case "reporter":
                    item.reporterID = attribute(reader, "accountid") ?? attribute(reader, "username")
                case "statusCategory":
                    item.statusCategory = attribute(reader, "key")
                case "comment":
                    item.comments.append((attributes(reader, ["id", "author", "created", "rolelevel"]), ""))
                default: break
                }
                if xmlTextReaderIsEmptyElement(reader) == 1 { field = nil }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                if item != nil, field != nil { text += string(xmlTextReaderConstValue(reader)) ?? "" }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                guard let current = item else { continue }
                if name == "item" {
                    try sink(event(current, seen: &seen))
                    item = nil
                } else if name == "comment", !current.comments.isEmpty {
                    current.comments[current.comments.count - 1].text = text
                } else if name == "label" {
                    if !text.trimmingSpaces.isEmpty { current.labels.append(text.trimmingSpaces) }
                } else if field == name, current.fields[name] == nil {
                    current.fields[name] = text
                }
                field = nil
                text = ""
            default:
                break
            }
        }
    }

    private func event(_ item: Item, seen: inout DuplicateTracker) -> ImportEvent {
        do {
            guard let key = item.fields["key"]?.trimmingSpaces.nilIfEmpty else {
                throw ElementProblem(reason: "the item has no <key>; every issue needs one")
            }
            if let first = seen.firstLine(of: key) {
                throw ElementProblem(reason: "id \(key) was already read at line \(first); the first one is kept")
            }
            let ticket = try ticket(item, key: key)
            seen.record(key, at: item.line)
            return .ticket(ticket)
        } catch {
            let raw = "<item><key>\(item.fields["key"] ?? "")</key><summary>\(item.fields["summary"] ?? "")</summary>"
            return .rejected(
                rejection(line: item.line, index: item.position, reason: error.reason, kind: .ticket, raw: raw))
        }
    }

    private func ticket(_ item: Item, key: String) throws(ElementProblem) -> ImportedTicket {
        let created = try date(item.fields["created"], "created")
        let updated = try date(item.fields["updated"], "updated")
        var commentDates: [Date?] = []
        for comment in item.comments { commentDates.append(try date(comment.attributes["created"], "comment created")) }
        let dates = TicketDates.resolve(created: created, updated: updated, commentDates: commentDates)
        let resolution = item.fields["resolution"]?.trimmingSpaces.lowercased() ?? ""
        let resolved =
            !(resolution.isEmpty || resolution == "unresolved")
            || !(item.fields["resolved"] ?? "").trimmingSpaces.isEmpty || item.statusCategory == "done"
        let reporter = item.fields["reporter"]?.trimmingSpaces.nilIfEmpty
        let ticket = Ticket(
            source: ImportFormat.jira.rawValue, externalID: key, subject: item.fields["summary"]?.trimmingSpaces ?? "",
            status: resolved ? "resolved" : (item.fields["status"] ?? "").trimmingSpaces.lowercased(),
            tags: item.labels, requesterName: reporter, createdAt: dates.created, updatedAt: dates.updated,
            sourceFile: export.name, sourceLine: item.line)
        var comments: [Comment] = []
        let description = converter.body(markupOrText: item.fields["description"])
        if !description.text.isEmpty {
            comments.append(
                Comment(
                    position: 0, authorRole: .customer, authorName: reporter, isPublic: true,
                    bodyText: description.text, bodyHTML: description.html, createdAt: dates.created))
        }
        for (index, comment) in item.comments.enumerated() {
            let body = converter.body(markupOrText: comment.text)
            guard !body.text.isEmpty else { continue }
            let author = comment.attributes["author"]
            let isReporter = author != nil && (author == item.reporterID || author == reporter)
            comments.append(
                Comment(
                    externalID: comment.attributes["id"], position: comments.count,
                    authorRole: isReporter ? .customer : .agent, authorName: isReporter ? reporter : nil,
                    isPublic: comment.attributes["rolelevel"] == nil, bodyText: body.text, bodyHTML: body.html,
                    createdAt: commentDates[index] ?? dates.created))
        }
        return ImportedTicket(ticket: ticket, comments: comments, line: item.line, position: item.position)
    }

    private func date(_ text: String?, _ field: String) throws(ElementProblem) -> Date? {
        guard let text = text?.trimmingSpaces.nilIfEmpty else { return nil }
        if let date = Timestamp.parseRFC2822(text) ?? Timestamp.parse(text) { return date }
        throw ElementProblem(
            reason: "\(field) \(FieldValue.quoted(text)) is not a date; Jira writes e.g. Fri, 1 Mar 2024 09:00:00 +0000"
        )
    }

    private func rejection(
        line: Int, index: Int, reason: String, kind: ImportRejection.Kind, raw: String = ""
    ) -> ImportRejection {
        JSONRecords.rejection(.jira, export.name, line: line, index: index, reason, raw, kind)
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func attribute(_ reader: xmlTextReaderPtr, _ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { free(value) }  // libxml2 allocates with malloc unless told otherwise (xmlFree is a mutable global)
        return String(cString: value)
    }

    private func attributes(_ reader: xmlTextReaderPtr, _ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names { found[name] = attribute(reader, name) }
        return found
    }
}

extension Error {
    /// The one-line reason of an `ElementProblem` or a decoding error.
    fileprivate var reason: String {
        (self as? ElementProblem)?.reason ?? "cannot be read"
    }
}
