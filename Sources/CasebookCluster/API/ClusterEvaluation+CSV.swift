import CasebookCore
import Foundation

extension ClusterEvaluation {
    /// Reads labelled texts from a CSV whose header names a text column (`text` unless given) and a
    /// label column (`label` or `category` unless given), and optionally an answer column, in any
    /// order and case; other columns are ignored.
    public static func loadLabelledCSV(
        url: URL, textColumn: String = "text", labelColumn: String? = nil, answerColumn: String? = nil
    ) throws -> [LabelledText] {
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
        guard let textColumn = names.firstIndex(of: textColumn.lowercased()) else {
            throw LabelledDataError(file: file, reason: .missingColumn(textColumn))
        }
        let labelNames = labelColumn.map { [$0.lowercased()] } ?? ["label", "category"]
        guard let labelColumn = labelNames.lazy.compactMap({ names.firstIndex(of: $0) }).first else {
            throw LabelledDataError(file: file, reason: .missingColumn(labelNames[0]))
        }
        var answerIndex: Int?
        if let answerColumn {
            guard let index = names.firstIndex(of: answerColumn.lowercased()) else {
                throw LabelledDataError(file: file, reason: .missingColumn(answerColumn))
            }
            answerIndex = index
        }
        let widest = max(textColumn, labelColumn, answerIndex ?? 0)
        var samples: [LabelledText] = []
        while let record = try nextRecord(&reader, file: file) {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            guard record.fields.count > widest else {
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
            samples.append(
                LabelledText(
                    text: record.fields[textColumn], label: label, answer: answerIndex.map { record.fields[$0] } ?? ""))
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
