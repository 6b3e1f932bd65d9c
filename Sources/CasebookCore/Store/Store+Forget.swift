import Foundation
import GRDB

/// What `casebook forget --source FILE` removes (or, in a dry run, would remove).
public struct ForgetReport: StageReport, Equatable {
    public var stage = "forget"
    /// The imported file names (as they were given to ingest) that matched.
    public var files: [String]
    public var tickets: Int
    public var comments: Int
    public var rejectedRecords: Int
    /// Cluster memberships and article sources that pointed at the removed tickets.
    public var clusterMemberships: Int
    public var articleSources: Int
    /// Articles that lose source tickets (their text is kept; `casebook cluster` and `draft` update them).
    public var articlesAffected: Int
    public var dryRun: Bool

    public var summary: String {
        let verb = dryRun ? "would remove" : "removed"
        return "\(verb) what \(files.joined(separator: ", ")) brought: \(tickets) tickets, \(comments) comments, "
            + "\(rejectedRecords) rejected records; \(articlesAffected) articles lose source tickets"
            + (dryRun ? " (dry run: nothing changed)" : "")
    }

    public var counts: [String: Int] {
        [
            "tickets": tickets, "comments": comments, "rejectedRecords": rejectedRecords,
            "clusterMemberships": clusterMemberships, "articleSources": articleSources,
            "articlesAffected": articlesAffected,
        ]
    }

    public var nextStep: String? { dryRun ? nil : (tickets > 0 ? "casebook cluster && casebook draft" : nil) }
}

extension Store {
    /// Removes the tickets whose stored copy came from `file` (with their comments, cluster memberships and
    /// article sources) and the records rejected from it, in one transaction; articles and editors' work
    /// are kept. `file` matches the name given to ingest, or the same file by another relative path. With
    /// `dryRun`, only counts.
    public func forget(source file: String, dryRun: Bool, actor: String, now: Date) throws -> ForgetReport {
        let body: (Database) throws -> ForgetReport = { db in
            let known = try String.fetchAll(
                db, sql: "SELECT sourceFile FROM ticket UNION SELECT sourceFile FROM rejectedRecord ORDER BY 1")
            let target = Self.canonical(file)
            let files = known.filter { $0 == file || Self.canonical($0) == target }
            guard !files.isEmpty else {
                let listed = known.prefix(5).joined(separator: ", ") + (known.count > 5 ? ", …" : "")
                throw ForgetError(file: file, known: listed)
            }
            let placeholders = files.map { _ in "?" }.joined(separator: ", ")
            let arguments = StatementArguments(files)
            let tickets = "SELECT id FROM ticket WHERE sourceFile IN (\(placeholders))"
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
            var report = ForgetReport(
                files: files,
                tickets: try count("SELECT COUNT(*) FROM ticket WHERE sourceFile IN (\(placeholders))"),
                comments: try count("SELECT COUNT(*) FROM comment WHERE ticketID IN (\(tickets))"),
                rejectedRecords: try count("SELECT COUNT(*) FROM rejectedRecord WHERE sourceFile IN (\(placeholders))"),
                clusterMemberships: try count("SELECT COUNT(*) FROM clusterMember WHERE ticketID IN (\(tickets))"),
                articleSources: try count("SELECT COUNT(*) FROM articleSource WHERE ticketID IN (\(tickets))"),
                articlesAffected: try count(
                    "SELECT COUNT(DISTINCT articleID) FROM articleSource WHERE ticketID IN (\(tickets))"),
                dryRun: dryRun)
            guard !dryRun else { return report }
            try db.execute(sql: "DELETE FROM ticket WHERE sourceFile IN (\(placeholders))", arguments: arguments)
            try db.execute(
                sql: "DELETE FROM rejectedRecord WHERE sourceFile IN (\(placeholders))", arguments: arguments)
            try db.execute(
                sql: "UPDATE cluster SET size = (SELECT COUNT(*) FROM clusterMember m WHERE m.clusterID = cluster.id)")
            try Store.audit(
                AuditEvent(at: now, actor: actor, action: .forgotten, subjectType: "file", note: report.summary), in: db
            )
            report.dryRun = false
            return report
        }
        return dryRun ? try read(body) : try write(body)
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// `forget` was given a file nothing came from.
public struct ForgetError: CasebookError, Equatable {
    public var file: String
    public var known: String

    public var description: String {
        "\(file): nothing in the store came from this file; give the path as it was imported (\(known.isEmpty ? "nothing was imported yet" : "imported: " + known))"
    }

    public var exitCode: ExitStatus { .noInput }
}
