import CasebookCore
import Foundation

/// Turns a decoded Zendesk ticket into a `Ticket` and its comments.
struct ZendeskTicketBuilder {
    let file: String
    let users: PeopleDirectory
    let converter: HTMLTextConverter

    func ticket(_ payload: ZendeskTicketPayload, line: Int, position: Int) throws(ElementProblem) -> ImportedTicket {
        let created = try date(payload.createdAt, field: "created_at")
        let updated = try date(payload.updatedAt, field: "updated_at")
        var commentDates: [Date?] = []
        for (index, comment) in (payload.comments ?? []).enumerated() {
            commentDates.append(try date(comment.createdAt, field: "comments[\(index)].created_at"))
        }
        let dates = TicketDates.resolve(created: created, updated: updated, commentDates: commentDates)
        let requester = users[payload.requesterID]
        let status = payload.status.trimmingSpaces.lowercased()
        guard !status.isEmpty else { throw ElementProblem(reason: "status is empty; every ticket needs one") }
        let ticket = Ticket(
            source: ImportFormat.zendesk.rawValue, externalID: payload.id.value, subject: payload.subject ?? "",
            status: status, tags: payload.tags ?? [], requesterName: requester?.name,
            requesterEmail: requester?.email, createdAt: dates.created, updatedAt: dates.updated,
            sourceFile: file, sourceLine: line)

        var comments: [Comment] = []
        for (index, comment) in (payload.comments ?? []).enumerated() {
            let author = users[comment.authorID]
            // Only explicit staff are agents: an author missing from `users` (the requester, a CC'd
            // colleague, a user set aside as malformed) is a customer, never a solution's source.
            let role = author?.role ?? .customer
            let body = converter.body(html: comment.htmlBody, text: comment.body)
            comments.append(
                Comment(
                    externalID: comment.id?.value, position: index, authorRole: role, authorName: author?.name,
                    isPublic: comment.isPublic ?? false, bodyText: body.text, bodyHTML: body.html,
                    createdAt: commentDates[index] ?? dates.created))
        }
        if comments.isEmpty, let description = payload.description, !description.trimmingSpaces.isEmpty {
            comments.append(
                Comment(
                    position: 0, authorRole: .customer, authorName: requester?.name, isPublic: true,
                    bodyText: PlainText.normalized(description), createdAt: dates.created))
        }
        return ImportedTicket(ticket: ticket, comments: comments, line: line, position: position)
    }

    private func date(_ text: String?, field: String) throws(ElementProblem) -> Date? {
        try Timestamp.field(text, named: field)
    }
}
