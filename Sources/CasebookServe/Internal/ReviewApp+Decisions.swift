import CasebookCore
import Foundation
import Hummingbird

/// The decisions: approve, submit, reject, archive, reopen, restore, accept and dismiss a suggestion.
extension ReviewApp {
    func decide(_ action: String, on id: Int64, request: Request) async throws -> Response {
        let form = try await HTTP.form(request)
        guard csrf.allows(request, form: form) else { return forbidden() }
        let name = editor(of: request)
        let note = form["note"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let revision = form["revision"].flatMap { Int($0) }
        do {
            let done: String
            switch action {
            case "approve":
                try ledger.apply(.approve, to: [id], by: name, note: note, expectedRevision: revision)
                done = "Approved: it goes live on the next publish."
            case "submit":
                try ledger.apply(.submit, to: [id], by: name, note: note)
                done = "Submitted for review."
            case "reject":
                try ledger.apply(.reject, to: [id], by: name, note: note)
                done = "Rejected: it will never be published."
            case "archive":
                try ledger.apply(.archive, to: [id], by: name, note: note)
                done = "Archived: it leaves the site on the next publish."
            case "reopen":
                try ledger.apply(.reopen, to: [id], by: name, note: note)
                done = "Reopened as a draft."
            case "restore":
                guard let number = form["restore"].flatMap({ Int($0) }) else { throw HTTPError(.badRequest) }
                let saved = try ledger.restore(id, revision: number, by: name, note: note)
                done = "Revision \(number)'s text is now revision \(saved.number), a draft to approve."
            case "accept":
                let saved = try ledger.accept(
                    id, by: name, mode: form["mode"] == "theirs" ? .theirs : .merge, note: note)
                done = "The suggestion is in revision \(saved.number); approve it to publish it."
            case "dismiss":
                try ledger.write { try $0.dismissSuggestion(id, by: name, note: note) }
                done = "Suggestion dismissed."
            default:
                throw HTTPError(.notFound)
            }
            return HTTP.redirect("/articles/\(id)?done=" + Self.escaped(done))
        } catch let error as LifecycleError {
            if error.reason == .notFound { throw HTTPError(.notFound, message: error.description) }
            return try article(
                id, request: request, banner: Banner(kind: "error", text: error.description), status: .conflict)
        }
    }
}
