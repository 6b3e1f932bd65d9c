import Foundation
import Testing

@testable import CasebookCore

@Suite("CSV reader")
struct CSVReaderTests {
    func records(_ text: String) throws -> [CSVRecord] {
        var reader = CSVReader(text: text)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    @Test("quoted fields keep commas, quotes and line breaks, and lines are counted through them")
    func quoting() throws {
        let rows = try records("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\nlast,row")
        #expect(rows.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\"\nthere"], ["last", "row"]])
        #expect(rows.map(\.line) == [1, 2, 4])
        #expect(rows.map(\.index) == [1, 2, 3])
    }

    @Test("a byte-order mark is skipped")
    func bom() throws {
        #expect(try records("\u{FEFF}text,label\n").first?.fields == ["text", "label"])
    }

    @Test("an unterminated quote fails with the line it opened on")
    func unterminated() {
        #expect(throws: CSVReader.Failure.self) { try records("a,b\n\"open,x\nmore\n") }
    }

    @Test("a file is streamed in chunks with the same result as text")
    func file() throws {
        let text = (0..<5000).map { "row \($0),\"multi\nline \($0)\"" }.joined(separator: "\n")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = try CSVReader(url: url)
        var count = 0
        var last: CSVRecord?
        while let record = try reader.next() {
            count += 1
            last = record
        }
        #expect(count == 5000)
        #expect(last?.fields == ["row 4999", "multi\nline 4999"])
        #expect(last?.line == 9999)
    }
}
