import CasebookIngest
import Foundation
import Testing

@Suite("Streaming")
struct StreamingTests {
    private struct Stop: Error {}

    @Test(
        "tickets reach the sink one at a time, and an error from the sink stops the import",
        arguments: ExportWriter.formats)
    func oneAtATime(format: ImportFormat) throws {
        let folder = try TemporaryFolder()
        // Ticket 1, then a broken remainder the importer would report if it read that far first.
        let text = ExportWriter.export([.numbered(1), .numbered(2)], as: format) + "\"never closed\n"
        let url = try folder.write(text, to: ExportWriter.name("stream", format))
        var seen: [String] = []
        #expect(throws: Stop.self) {
            try format.importer().read(ExportFile(url)) { event in
                if case .ticket(let imported) = event { seen.append(imported.ticket.externalID) }
                throw Stop()
            }
        }
        #expect(seen == ["1"])
    }
}
