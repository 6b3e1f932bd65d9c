import Foundation

/// One file as ingest will read it: checked, inspected, its format chosen.
struct FilePlan {
    var url: URL
    /// nil only for a blank file whose format could not be told (there is nothing to read anyway).
    var format: ImportFormat?
    var content: ExportContent
}
