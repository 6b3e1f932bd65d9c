import ArgumentParser
import CasebookCore
import Foundation

/// Runs a command's body and turns Casebook errors into one stderr line and the right exit code.
enum CommandRunner {
    static func run(_ body: () throws -> ExitStatus) throws {
        let status: ExitStatus
        do {
            status = try body()
        } catch let error as any CasebookError {
            Console.error(error.description)
            throw ExitCode(error.exitCode.rawValue)
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            Console.error("\(error.localizedDescription); this is unexpected, please report it")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// Runs stages as a pipeline, printing each report as it ends (or all as JSON at the end).
    static func runStages(_ stages: [any Stage], options: GlobalOptions, creatingStore: Bool = false) throws {
        try run {
            let context = try options.makeContext(creatingStore: creatingStore)
            let console = options.console
            var reports: [any StageReport] = []
            do {
                reports = try Pipeline(stages).run(in: context) { report in
                    console.print("\(report.stage): \(report.summary)")
                    printRejects(of: report)
                }
            } catch let error as StageError {
                if options.json { try Console.printJSON(RunSummary(reports: reports, error: error.description)) }
                throw error
            }
            if options.json { try Console.printJSON(RunSummary(reports: reports, error: nil)) }
            let rejected = reports.reduce(0) { $0 + $1.rejectedCount }
            if rejected > 0 {
                Console.warning(
                    "\(rejected) record\(rejected == 1 ? " was" : "s were") rejected and kept aside (exit 65)")
                return .dataRejected
            }
            return .success
        }
    }

    private static func printRejects(of report: any StageReport) {
        guard let listing = report as? any RejectListing else { return }
        for line in listing.rejectLines.prefix(50) { Console.warning(line) }
        if listing.rejectLines.count > 50 {
            Console.warning("… and \(listing.rejectLines.count - 50) more (see `casebook status --rejects`)")
        }
    }
}

/// A report that can list the records it rejected, one `file:line: reason` line each.
protocol RejectListing {
    var rejectLines: [String] { get }
}

/// The JSON printed by stage commands with --json.
struct RunSummary: Encodable {
    var reports: [any StageReport]
    var error: String?

    enum CodingKeys: String, CodingKey { case reports, error, ok }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var list = container.nestedUnkeyedContainer(forKey: .reports)
        for report in reports { try list.encode(AnyReport(report)) }
        try container.encodeIfPresent(error, forKey: .error)
        try container.encode(error == nil, forKey: .ok)
    }

    private struct AnyReport: Encodable {
        var report: any StageReport
        init(_ report: any StageReport) { self.report = report }
        func encode(to encoder: any Encoder) throws { try report.encode(to: encoder) }
    }
}
