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

    /// The category shown to readers. With a `names` map (tag → public name), the most common mapped
    /// name among the tickets, else the first word of the cluster's label: tags the map does not name
    /// are internal and never shown. Without one, the most common topical tag, else the label's top
    /// term, human-readable.
    func category(label: String, names: [String: String] = [:]) -> String? {
        guard names.isEmpty else { return mappedCategory(label: label, names: names) }
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

    private func mappedCategory(label: String, names: [String: String]) -> String? {
        var byTag: [String: String] = [:]
        for (tag, name) in names.sorted(by: { $0.key < $1.key }) {
            let key = TextFolding.fold(tag.trimmingCharacters(in: .whitespaces))
            let name = name.trimmingCharacters(in: .whitespaces)
            if byTag[key] == nil, !name.isEmpty { byTag[key] = name }
        }
        var counts: [String: Int] = [:]
        for thread in threads {
            let mapped = Set(
                thread.ticket.tags.compactMap { byTag[TextFolding.fold($0.trimmingCharacters(in: .whitespaces))] })
            for name in mapped { counts[name, default: 0] += 1 }
        }
        if let best = counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).first {
            return best.key
        }
        let firstWord = Self.labelTerms(label).first?.split(separator: " ").first.map(String.init)
        return firstWord.map(Self.humanReadable).flatMap { $0.isEmpty ? nil : $0 }
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
