import CasebookCore
import Foundation

extension ClusterEvaluation {
    /// Reads `(text, label)` pairs from a CSV whose header names a `text` column and a `label` (or
    /// `category`) column, in any order and case; other columns are ignored.
    public static func loadLabelledCSV(url: URL) throws -> [(text: String, label: String)] {
        let file = url.path
        var reader: CSVReader
        do {
            reader = try CSVReader(url: url)
        } catch {
            throw LabelledDataError(file: file, reason: .unreadable)
        }
        guard let header = try nextRecord(&reader, file: file) else {
            throw LabelledDataError(file: file, reason: .missingColumn("text"))
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = names.firstIndex(of: "text") else {
            throw LabelledDataError(file: file, reason: .missingColumn("text"))
        }
        guard let labelColumn = names.firstIndex(of: "label") ?? names.firstIndex(of: "category") else {
            throw LabelledDataError(file: file, reason: .missingColumn("label"))
        }
        var samples: [(text: String, label: String)] = []
        while let record = try nextRecord(&reader, file: file) {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            guard record.fields.count > max(textColumn, labelColumn) else {
                throw LabelledDataError(
                    file: file,
                    reason: .badRow(
                        line: record.line,
                        detail: "record \(record.index) has \(record.fields.count) fields, the header \(names.count)"))
            }
            let label = record.fields[labelColumn].trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty else {
                throw LabelledDataError(
                    file: file, reason: .badRow(line: record.line, detail: "record \(record.index) has an empty label"))
            }
            samples.append((record.fields[textColumn], label))
        }
        guard !samples.isEmpty else { throw LabelledDataError(file: file, reason: .empty) }
        return samples
    }

    private static func nextRecord(_ reader: inout CSVReader, file: String) throws -> CSVRecord? {
        do {
            return try reader.next()
        } catch let failure as CSVReader.Failure {
            throw LabelledDataError(file: file, reason: .badRow(line: failure.line, detail: failure.reason))
        }
    }
}
