import Foundation

/// One file as ingest will read it: checked, inspected, its format chosen.
struct FilePlan {
    var url: URL
    /// nil only for a blank file whose format could not be told (there is nothing to read anyway).
    var format: ImportFormat?
    var content: ExportContent
    /// The importer to use instead of the format's own (a folder export's, with its companions).
    var importer: (any TicketImporter)?
    /// A file that serves the others (a users page): it is reported, but holding no tickets is no fault.
    var isCompanion = false
}
