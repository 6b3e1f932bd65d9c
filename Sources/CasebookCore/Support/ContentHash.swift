import Foundation

/// A stable 64-bit FNV-1a digest, in hex: used to tell unchanged re-imports apart and to derive
/// keys. Not a security hash.
public enum ContentHash {
    /// The digest of `parts`, each followed by a separator so that `["ab","c"]` ≠ `["a","bc"]`.
    public static func of(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0x1f
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }

    static func of(ticket: Ticket, comments: [Comment]) -> String {
        var parts = [
            ticket.subject, ticket.status, ticket.tags.joined(separator: ","), ticket.language,
            ticket.requesterName ?? "", ticket.requesterEmail ?? "",
            String(ticket.createdAt.timeIntervalSince1970), String(ticket.updatedAt.timeIntervalSince1970),
        ]
        for comment in comments {
            parts += [
                comment.externalID ?? "", comment.authorRole.rawValue, comment.authorName ?? "",
                comment.isPublic ? "1" : "0", comment.bodyText, comment.bodyHTML ?? "",
                String(comment.createdAt.timeIntervalSince1970),
            ]
        }
        return of(parts)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
