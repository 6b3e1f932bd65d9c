import CasebookCore
import CasebookText

extension DraftSession {
    /// Tags that say how a ticket arrived or how it was handled, not what it is about.
    static let genericTags: Set<String> = [
        "web", "email", "mail", "e-mail", "phone", "voice", "chat", "sms", "api", "mobile", "web_widget",
        "widget", "twitter", "facebook", "whatsapp", "form", "web_form", "webform", "zendesk", "csv", "import",
        "support", "help", "question", "problem", "incident", "task", "other", "general", "misc",
        "miscellaneous", "urgent", "high", "low", "normal", "priority", "vip", "closed", "solved", "resolved",
        "open", "pending", "new", "escalated", "follow_up", "followup", "spam", "test", "customer", "tier1",
        "tier2", "l1", "l2", "autoreply", "auto_reply", "english", "french", "francais", "anglais", "feedback",
    ]
    private static let acronyms: [String: String] = [
        "sso": "SSO", "saml": "SAML", "vat": "VAT", "tva": "TVA", "api": "API", "ios": "iOS", "2fa": "2FA",
        "mfa": "MFA", "vpn": "VPN", "pdf": "PDF", "csv": "CSV", "dns": "DNS", "faq": "FAQ", "gdpr": "GDPR",
        "rgpd": "RGPD", "macos": "macOS", "ip": "IP",
    ]
    private static let genericPrefixes = ["priority", "lang", "language", "channel", "via", "macro", "sla", "csat"]

    /// The most common topical tag among the tickets, else the cluster's top label term, human-readable.
    func category(label: String) -> String? {
        var counts: [String: Int] = [:]
        var spelling: [String: String] = [:]
        for thread in threads {
            var seen: Set<String> = []
            for tag in thread.ticket.tags {
                let written = tag.trimmingCharacters(in: .whitespaces).lowercased()
                let folded = TextFolding.fold(written)
                guard Self.isTopical(folded), seen.insert(folded).inserted else { continue }
                counts[folded, default: 0] += 1
                if spelling[folded] == nil { spelling[folded] = written }
            }
        }
        let best = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
        let chosen = best.flatMap { spelling[$0] } ?? Self.labelTerms(label).first
        return chosen.map(Self.humanReadable).flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func isTopical(_ tag: String) -> Bool {
        guard tag.contains(where: \.isLetter), !genericTags.contains(tag), Language.named(tag)?.code != tag else {
            return false
        }
        return !genericPrefixes.contains {
            tag.hasPrefix($0 + "_") || tag.hasPrefix($0 + "-") || tag.hasPrefix($0 + ":")
        }
    }

    /// `account_access` → `Account access`, `sso` → `SSO`.
    static func humanReadable(_ tag: String) -> String {
        let words = tag.split(whereSeparator: { "_-:/ ".contains($0) }).joined(separator: " ")
        if let acronym = acronyms[words] { return acronym }
        guard let first = words.first else { return "" }
        return first.uppercased() + words.dropFirst()
    }
}
