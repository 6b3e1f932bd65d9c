import CasebookCore
import CasebookIngest
import Foundation
import GRDB

/// A store in memory, a temporary folder and a fixed clock, to run ingest as the CLI would.
struct IngestHarness {
    static let now = Date(timeIntervalSince1970: 1_717_000_000)

    let store: Store
    let folder: TemporaryFolder
    var configuration = CasebookConfiguration()

    init() throws {
        store = try Store.inMemory()
        folder = try TemporaryFolder()
    }

    var context: PipelineContext {
        PipelineContext(store: store, configuration: configuration, clock: .fixed(Self.now))
    }

    /// Writes `text` to `name` in the folder.
    func write(_ text: String, to name: String) throws -> URL {
        try folder.write(text, to: name)
    }

    /// Runs the stage on `files`.
    func ingest(_ files: [URL], format: ImportFormat? = nil, batchSize: Int = 1000) throws -> IngestReport {
        try IngestStage(files: files, format: format, batchSize: batchSize).ingest(in: context)
    }

    /// The stored ticket `id` from `source`, if any.
    func ticket(_ id: String, source: ImportFormat) throws -> Ticket? {
        try store.read { db in
            try Ticket.filter(Ticket.Columns.source == source.rawValue && Ticket.Columns.externalID == id)
                .fetchOne(db)
        }
    }

    /// The comments of a stored ticket, in order.
    func comments(of ticket: Ticket) throws -> [Comment] {
        try store.read { db in
            try Comment.filter(Comment.Columns.ticketID == ticket.id).order(Comment.Columns.position).fetchAll(db)
        }
    }

    /// Every reject kept in the store.
    func rejects() throws -> [RejectedRecord] {
        try store.read { db in try RejectedRecord.order(Column("line")).fetchAll(db) }
    }
}

/// Runs `importer` on `url` and returns everything it reported.
func events(of importer: any TicketImporter, reading url: URL) throws -> [ImportEvent] {
    var events: [ImportEvent] = []
    try importer.read(ExportFile(url)) { events.append($0) }
    return events
}

extension [ImportEvent] {
    var tickets: [ImportedTicket] {
        compactMap { if case .ticket(let ticket) = $0 { ticket } else { nil } }
    }

    var rejections: [ImportRejection] {
        compactMap { if case .rejected(let rejection) = $0 { rejection } else { nil } }
    }
}
