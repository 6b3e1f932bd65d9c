import CasebookCore
import CasebookIngest
import Foundation
import Testing

@Suite("Ingest: empty inputs and other encodings")
struct EmptyInputTests {
    /// Files that hold nothing to ingest, and the one line each must give.
    static let empties: [(name: String, bytes: [UInt8], reason: String)] = [
        ("tickets.json", [], "the file is empty (0 bytes)"),
        ("tickets.csv", Array(" \n\t\r\n".utf8), "the file is empty (only white space)"),
        ("export", [0xEF, 0xBB, 0xBF, 0x0A], "the file is empty (only white space)"),
        ("tickets.json", [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00], "the file is empty (only white space)"),
        ("tickets.json", Array("{\"tickets\": [], \"users\": []}\n".utf8), "the export holds no tickets"),
        (
            "tickets.csv", Array("ticket_id,subject,status,author_role,public,body\n".utf8),
            "the export holds no tickets"
        ),
    ]

    @Test("an empty file is named in one line, rejected as a file, never a silent 'ingested 0'", arguments: empties)
    func emptyFile(name: String, bytes: [UInt8], reason: String) throws {
        let harness = try IngestHarness()
        let file = try harness.folder.write(Data(bytes), to: name)
        let report = try harness.ingest([file])

        #expect(report.rejectedCount == 1)
        #expect(report.totals.read == 0)
        let listed = try #require(report.rejects.first)
        #expect(listed.kind == .file)
        #expect(listed.description == "\(name): \(reason); nothing to ingest: check the export finished")
        #expect(try harness.rejects().map(\.sourceFile) == [name])
    }

    @Test("an empty file does not stop the files after it")
    func emptyAmongOthers() throws {
        let harness = try IngestHarness()
        let empty = try harness.write("", to: "empty.json")
        let full = try harness.write(ExportWriter.zendesk([.numbered(1)]), to: "full.json")
        let report = try harness.ingest([empty, full])
        #expect(report.totals.inserted == 1)
        #expect(report.rejects.map(\.file) == ["empty.json"])
    }

    @Test("filling in an empty file clears its reject")
    func refilled() throws {
        let harness = try IngestHarness()
        let file = try harness.write("", to: "tickets.json")
        _ = try harness.ingest([file])
        _ = try harness.write(ExportWriter.zendesk([.numbered(1)]), to: "tickets.json")
        let report = try harness.ingest([file])
        #expect(report.rejectedCount == 0)
        #expect(try harness.rejects().isEmpty)
    }

    @Test(
        "a UTF-16 export (either byte order, with or without a byte-order mark) reads as its tickets",
        arguments: [
            (String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE])),
            (.utf16BigEndian, [0xFE, 0xFF]), (.utf16LittleEndian, []),
        ])
    func utf16(encoding: String.Encoding, mark: [UInt8]) throws {
        let harness = try IngestHarness()
        for (name, format) in [("z.json", ImportFormat.zendesk), ("t.csv", .csv)] {
            let text = ExportWriter.export([.english, .french], as: format)
            let data = Data(mark) + (text.data(using: encoding) ?? Data())
            let report = try harness.ingest([try harness.folder.write(data, to: name)])
            #expect(report.rejectedCount == 0, "\(name)")
            #expect(report.totals.inserted == 2, "\(name)")
            let french = try #require(try harness.ticket("102", source: format))
            #expect(french.subject == "Impossible de me connecter")
            #expect(french.sourceFile == name)
            #expect(try harness.comments(of: french).first?.bodyText.contains("je n'arrive pas") == true)
        }
    }
}
