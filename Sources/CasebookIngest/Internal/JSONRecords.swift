import CasebookCore
import Foundation

/// Reads the records of one JSON export in its layout (an array, or NDJSON lines) and turns each into
/// a ticket or a reject, for any family: the family only says how a decoded record becomes a ticket.
///
/// A record whose JSON is bad, whose fields have the wrong types or that the family refuses is
/// rejected alone (`ticket N` in an array, `line N` in NDJSON); a ticket id already read from the
/// file is rejected as a repeat (the first copy is kept). A structure that breaks (a truncated
/// array) rejects the rest of the file as one record.
struct JSONRecords {
    let export: ExportFile
    let format: ImportFormat
    let layout: JSONLayout
    private var seen = DuplicateTracker()
    private let decoder = JSONDecoder()

    init(export: ExportFile, format: ImportFormat, layout: JSONLayout) {
        self.export = export
        self.format = format
        self.layout = layout
    }

    /// The layout of `export` when its records, wrapped in a page, are at `path`.
    static func layout(of export: ExportFile, path: [String]) -> JSONLayout {
        let handle = try? FileHandle(forReadingFrom: export.url)
        defer { try? handle?.close() }
        let head = (try? handle?.read(upToCount: 4096)) ?? nil
        return JSONLayout.detect(Array(head ?? Data()), path: path)
    }

    /// What a rejected record is called in this layout.
    var recordKind: ImportRejection.Kind { layout == .lines ? .line : .ticket }

    /// Reads every record, decoding it as `Payload` and building its ticket with `build` (nil skips it
    /// silently, e.g. a record that is not a ticket); passes tickets and rejects to `sink`. Returns
    /// where the structure broke, if it did (already rejected).
    @discardableResult
    mutating func read<Payload: Decodable>(
        _ type: Payload.Type, id: (Payload) -> String,
        build: (Payload, JSONArrayScanner.Element) throws -> ImportedTicket?,
        into sink: (ImportEvent) throws -> Void
    ) throws -> JSONArrayScanner.Breakage? {
        try forEachRecord(into: sink) { element in
            if let event = event(element, type, id: id, build: build) { try sink(event) }
        }
    }

    /// Calls `body` with each record in file order; a broken structure becomes one reject of the rest,
    /// and is returned.
    @discardableResult
    func forEachRecord(
        into sink: (ImportEvent) throws -> Void, _ body: (JSONArrayScanner.Element) throws -> Void
    ) throws -> JSONArrayScanner.Breakage? {
        do {
            switch layout {
            case .lines:
                var reader = try open(NDJSONReader.init)
                try reader.scan(body)
            case .array(let path):
                var scanner = try open(JSONArrayScanner.init)
                guard try scanner.scan(path: path, topLevelArray: true, body) else {
                    let arrayPath = path.map { "\"\($0)\"" }.joined(separator: " > ")
                    let reason = "there is no \(arrayPath) array of records; is this a \(format) export?"
                    try sink(.rejected(Self.rejection(format, export.name, line: 1, index: 1, reason, "", .remainder)))
                    return nil
                }
            }
            return nil
        } catch let breakage as JSONArrayScanner.Breakage {
            let reason = "\(breakage.reason); nothing from here on could be read"
            try sink(
                .rejected(
                    Self.rejection(
                        format, export.name, line: breakage.line, index: breakage.index, reason, breakage.raw,
                        .remainder)))
            return breakage
        }
    }

    private mutating func event<Payload: Decodable>(
        _ element: JSONArrayScanner.Element, _ type: Payload.Type, id: (Payload) -> String,
        build: (Payload, JSONArrayScanner.Element) throws -> ImportedTicket?
    ) -> ImportEvent? {
        do {
            if let problem = element.problem { throw ElementProblem(reason: problem) }
            let payload = try decoder.decode(type, from: Data(element.bytes))
            let key = id(payload)
            if let first = seen.firstLine(of: key) {
                throw ElementProblem(reason: "id \(key) was already read at line \(first); the first one is kept")
            }
            guard let ticket = try build(payload, element) else { return nil }
            seen.record(key, at: element.line)  // only once accepted: a rejected copy keeps nothing
            return .ticket(ticket)
        } catch {
            return .rejected(rejection(of: element, kind: recordKind, reason: JSONProblem.reason(error, in: element)))
        }
    }

    /// `element` set aside as a record of `kind`.
    func rejection(of element: JSONArrayScanner.Element, kind: ImportRejection.Kind, reason: String) -> ImportRejection
    {
        Self.rejection(
            format, export.name, line: element.line, index: element.index, reason,
            String(decoding: element.bytes.prefix(65_536), as: UTF8.self), kind)
    }

    static func rejection(
        _ format: ImportFormat, _ file: String, line: Int, index: Int, _ reason: String, _ raw: String,
        _ kind: ImportRejection.Kind
    ) -> ImportRejection {
        let record = RejectedRecord(
            source: format.rawValue, sourceFile: file, line: line, position: index, reason: reason, raw: raw)
        return ImportRejection(record: record, kind: kind)
    }

    private func open<Reader>(_ make: (URL) throws -> Reader) throws -> Reader {
        do {
            return try make(export.url)
        } catch {
            throw IngestError(path: export.name, reason: .unreadable(IngestError.explain(error)))
        }
    }
}

/// A reason to reject one element that is not a decoding error.
struct ElementProblem: Error {
    var reason: String
}

/// One-line reasons for a record that cannot be decoded.
enum JSONProblem {
    static func reason(_ error: any Error, in element: JSONArrayScanner.Element) -> String {
        switch error {
        case let error as DecodingError: error.reason
        case let error as ElementProblem: error.reason
        default: "cannot be read"
        }
    }
}
