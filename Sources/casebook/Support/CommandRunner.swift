import ArgumentParser
import CasebookCore
import Foundation

/// Runs a command's body, then says what is left to say: warnings and the next step for people, or the
/// one JSON envelope with `--json`. A Casebook error becomes one stderr line (and an envelope) and the
/// right exit code.
enum CommandRunner {
    static func run(_ command: String, output: OutputOptions, _ body: () throws -> CommandResult) throws {
        let result: CommandResult
        do {
            result = try body()
        } catch let error as any CasebookError {
            try fail(command, message: error.description, status: error.exitCode, output: output)
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            try fail(
                command, message: "\(error.localizedDescription); this is unexpected, please report it",
                status: .failure, output: output)
        }
        if output.json {
            try Console.printJSON(JSONEnvelope(command: command, result: result))
        } else if !output.quiet {
            for warning in result.warnings { Console.warning(warning) }
            let said = [result.summary] + result.warnings
            if let next = result.next, !said.contains(where: { $0.contains(next) }) { Swift.print("next: \(next)") }
        }
        if result.status != .success { throw ExitCode(result.status.rawValue) }
    }

    /// Reports a failure in one line on stderr (and as the envelope with `--json`) and ends the command.
    static func fail(_ command: String, message: String, status: ExitStatus, output: OutputOptions) throws -> Never {
        Console.error(message)
        if output.json { try? Console.printJSON(JSONEnvelope(command: command, error: message, exitCode: status)) }
        throw ExitCode(status.rawValue)
    }

    /// Runs stages as a pipeline, printing each report as it ends, and sums them up into one result.
    static func runStages(
        _ command: String, _ stages: @autoclosure () throws -> [any Stage], options: GlobalOptions,
        creatingStore: Bool = false, access: Store.Access = .readWrite
    ) throws {
        try run(command, output: options.output) {
            let stages = try stages()  // inside the runner, so a configuration error is reported as one
            let context = try options.makeContext(creatingStore: creatingStore, access: access)
            let console = options.console
            let reports = try Pipeline(stages).run(in: context) { report in
                console.print("\(report.stage): \(report.summary)")
                if !options.json { printRejects(of: report) }
            }
            return result(of: reports)
        }
    }

    /// One result for the reports of a run: every stage's counts, warnings and rejects, the last next step.
    static func result(of reports: [any StageReport]) -> CommandResult {
        var result = CommandResult(summary: reports.map { "\($0.stage): \($0.summary)" }.joined(separator: "; "))
        for report in reports {
            result.counts[report.stage] = report.counts
            result.warnings += report.warnings
            if let listing = report as? any RejectListing { result.errors += listing.rejectLines }
        }
        result.next = reports.last?.nextStep
        result.data = StageReports(reports: reports)
        let rejected = reports.reduce(0) { $0 + $1.rejectedCount }
        if rejected > 0 {
            if reports.contains(where: { $0 is any RejectListing }) {
                result.warnings.append(
                    "\(rejected) record\(rejected == 1 ? " was" : "s were") rejected and kept aside: "
                        + "casebook status --rejects (exit 65)")
            }
            result.status = .dataRejected
        }
        return result
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

/// The stage reports of a run, as the `data` of `--json`.
struct StageReports: Encodable, Sendable {
    var reports: [any StageReport]

    func encode(to encoder: any Encoder) throws {
        var list = encoder.unkeyedContainer()
        for report in reports { try report.encode(to: list.superEncoder()) }
    }
}
