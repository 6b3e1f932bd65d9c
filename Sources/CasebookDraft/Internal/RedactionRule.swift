import CasebookText
import Foundation

/// One kind of personal data the redactor knows by itself, and how to replace it.
struct RedactionRule: Sendable {
    /// The placeholder's label: matches become `[label]`.
    let label: String
    let apply: @Sendable (String) -> String

    /// The labels of the built-in rules.
    static let labels = ["email", "phone", "name", "card", "iban", "ip", "token", "address", "order", "credential"]

    /// The built-in rules, in the order they run: URLs first (their secrets and the emails in their
    /// query), then the checksummed numbers before the looser phone numbers, and long tokens last.
    ///
    /// Every pattern can only start a match where a run of the characters it repeats starts (a
    /// lookbehind, or a literal first character), or repeats a bounded number of times, so that
    /// redacting is linear in the text's length however long a run without spaces is.
    /// Addresses, credentials and order references are found by their context once the checksummed and
    /// fixed-shape kinds are out of the way; people's names by theirs last (see ``PersonNames``).
    static func standard(publicDomains: [String] = []) -> [RedactionRule] {
        [
            urlSecrets, jsonWebToken, email(keeping: publicDomains), obfuscatedEmail, spelledOutEmail, iban, card,
            ipv6, ipv4, address, credential, order, phone, standaloneToken, personNames,
        ]
    }

    static var address: RedactionRule {
        let rule = PostalAddresses()
        return RedactionRule(label: "address") { rule.redact($0) }
    }

    static var credential: RedactionRule {
        RedactionRule(label: "credential") { ContextualValues.credentials.redact($0) }
    }

    static var order: RedactionRule {
        RedactionRule(label: "order") { ContextualValues.orders.redact($0) }
    }

    static var personNames: RedactionRule {
        let rule = PersonNames()
        return RedactionRule(label: "name") { rule.redact($0) }
    }

    /// `jolene dot mwangi at postbox dot example`, `corentin point vidal arobase envoi point example`.
    static var spelledOutEmail: RedactionRule {
        let part = #"[\p{L}\p{N}_-]+"#
        let dot = #"[ \t]+(?i:dot|point)[ \t]+"#
        let pattern = CompiledPattern(
            builtIn: #"(?<![\p{L}\p{N}])"# + part + "(?:" + dot + part + "){0,3}" + #"[ \t]+(?i:at|arobase)[ \t]+"#
                + part
                + "(?:" + dot + part + "){1,3}" + #"(?![\p{L}\p{N}])(?![ \t]+(?i:at|arobase|dot|point)[ \t])"#)
        return RedactionRule(label: "email") { text in
            guard
                text.range(of: " dot ", options: .caseInsensitive) != nil
                    || text.range(of: " point ", options: .caseInsensitive) != nil
            else { return text }
            return pattern.replace(in: text) { _, _ in "[email]" }
        }
    }

    static var urlSecrets: RedactionRule {
        let urls = CompiledPattern(builtIn: #"\b(?:https?://|www\.)[^\s<>"'`\\\[\]]+"#, caseInsensitive: true)
        return RedactionRule(label: "token") { text in
            urls.replace(in: text) { match, source in
                let found = source.substring(with: match.range)
                let (url, tail) = URLSecrets.splitTrailingPunctuation(found)
                let redacted = URLSecrets.redact(url)
                return redacted == url ? nil : redacted + tail
            }
        }
    }

    /// Any address (quoted local parts included), except the role addresses (`support@`, `no-reply@`) of
    /// `publicDomains`, the organisation's own.
    static func email(keeping publicDomains: [String]) -> RedactionRule {
        let pattern = CompiledPattern(
            builtIn:
                #"(?:"[^"\n@]{1,64}"|(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}"#
        )
        let domains = Set(publicDomains.map { $0.lowercased() })
        return RedactionRule(label: "email") { text in
            pattern.replace(in: text) { match, source in
                let address = source.substring(with: match.range).lowercased()
                guard let at = address.lastIndex(of: "@") else { return "[email]" }
                let local = address[..<at]
                let domain = address[address.index(after: at)...]
                return domains.contains(String(domain)) && roleMailboxes.contains(String(local)) ? nil : "[email]"
            }
        }
    }

    /// Mailboxes of a team rather than a person.
    static let roleMailboxes: Set<String> = [
        "support", "help", "helpdesk", "no-reply", "noreply", "do-not-reply", "donotreply", "billing", "sales", "info",
        "contact", "hello", "service", "notifications", "notification", "security", "privacy", "legal", "team",
        "accounts", "invoices", "facturation", "aide", "hilfe", "ayuda", "soporte", "kundenservice", "status",
    ]

    /// A JSON Web Token (`eyJ….….…`) as one whole: its payload names the user.
    static var jsonWebToken: RedactionRule {
        let part = "[A-Za-z0-9_-]"
        let pattern = CompiledPattern(builtIn: #"(?<![A-Za-z0-9_-])eyJ"# + part + #"+\."# + part + #"+\."# + part + "*")
        return RedactionRule(label: "token") { text in
            text.contains("eyJ") ? pattern.replace(in: text) { _, _ in "[token]" } : text
        }
    }

    /// `jane [at] example [dot] com` and its variants with parentheses or braces.
    static var obfuscatedEmail: RedactionRule {
        let at = #"\s*[\[({]\s*(?:at|arobase)\s*[\])}]\s*"#
        let dot = #"(?:\s*[\[({]\s*(?:dot|point)\s*[\])}]\s*|\.)"#
        // The lookbehind starts the local part only where a run of its characters starts.
        let pattern = CompiledPattern(
            builtIn: #"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+"# + at + #"[\p{L}\p{N}-]+(?:"# + dot
                + #"[\p{L}\p{N}-]+)*"# + dot + #"\p{L}{2,}\b"#,
            caseInsensitive: true)
        // Most texts have no bracketed "at": one cheap scan instead of the full pattern.
        let bracketedAt = CompiledPattern(builtIn: #"[\[({]\s*(?:at|arobase)\s*[\])}]"#, caseInsensitive: true)
        return RedactionRule(label: "email") { text in
            guard bracketedAt.matches(text) else { return text }
            return pattern.replace(in: text) { _, _ in "[email]" }
        }
    }

    static var iban: RedactionRule {
        let pattern = CompiledPattern(
            builtIn: #"(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}"#  // country code and check digits
                + #"(?:[ \u00A0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00A0]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])"#
        )
        return RedactionRule(label: "iban") { text in
            DigitGroups.replaceSpans(
                in: text, pattern: pattern, label: "iban", separators: " \u{00A0}", lengths: 15...34
            ) { candidate in
                Checksums.isIBAN(candidate)
            }
        }
    }

    static var card: RedactionRule {
        let pattern = CompiledPattern(builtIn: #"(?<![\p{L}\p{N}+.,])\d(?:[ \u00A0-]?\d){12,22}(?![\p{L}\p{N}])"#)
        return RedactionRule(label: "card") { text in
            DigitGroups.replaceSpans(
                in: text, pattern: pattern, label: "card", separators: " \u{00A0}-", lengths: 13...19
            ) { candidate in
                Checksums.isCardNumber(candidate)
            }
        }
    }

    static var ipv6: RedactionRule {
        let pattern = CompiledPattern(
            builtIn: #"(?<![\p{L}\p{N}:.])(?=[0-9A-Fa-f:.]*:[0-9A-Fa-f.]*:)"#  // two colons at least
                + #"[0-9A-Fa-f:.]{2,45}(?:%[\p{L}\p{N}]+)?(?![\p{L}\p{N}:])"#
        )
        return RedactionRule(label: "ip") { text in
            pattern.replace(in: text) { match, source in
                let found = source.substring(with: match.range)
                let address = String(found.reversed().drop { $0 == "." }.reversed())
                guard IPAddress.isIPv6(address) else { return nil }
                return "[ip]" + found.dropFirst(address.count)
            }
        }
    }

    static var ipv4: RedactionRule {
        let octet = #"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"#
        let pattern = CompiledPattern(
            builtIn: #"(?<![\p{L}\p{N}.])(?:"# + octet + #"\.){3}"# + octet
                + #"(?:/(?:3[0-2]|[12]?\d))?(?!\.?[\p{L}\p{N}])"#)
        // Versions shaped like addresses ("version 4.2.1.7"), the unspecified and loopback addresses and
        // netmasks are not anyone's.
        let version = CompiledPattern(
            builtIn: #"\b(?i:version|versión|versao|v|build|release|ver\.?)(?:[ \t]+\p{L}+){0,3}[ \t:]*$"#)
        return RedactionRule(label: "ip") { text in
            pattern.replace(in: text) { match, source in
                let found = source.substring(with: match.range)
                if found.hasPrefix("0.0.0.0") || found.hasPrefix("127.") || found.hasPrefix("255.") { return nil }
                let start = max(0, match.range.location - 40)
                let before = source.substring(with: NSRange(location: start, length: match.range.location - start))
                return version.matches(before) ? nil : "[ip]"
            }
        }
    }

    static var phone: RedactionRule {
        let rule = PhoneNumbers()
        return RedactionRule(label: "phone") { rule.redact($0) }
    }

    /// API keys, session ids and other long random strings written out on their own, also after a
    /// period (`live.4f9a…`): URLs, emails and JWTs have been handled by then.
    static var standaloneToken: RedactionRule {
        let pattern = CompiledPattern(builtIn: #"(?<![\p{L}\p{N}_\-/\[])[A-Za-z0-9_\-]{20,}(?![\p{L}\p{N}_\-])"#)
        return RedactionRule(label: "token") { text in
            pattern.replace(in: text) { match, source in
                // A checksum is not a secret: "sha256:9b74…".
                let start = max(0, match.range.location - 8)
                let before = source.substring(with: NSRange(location: start, length: match.range.location - start))
                if before.range(of: #"(?i:sha\d*|md5|crc32):$"#, options: .regularExpression) != nil { return nil }
                return URLSecrets.looksRandom(source.substring(with: match.range)) ? "[token]" : nil
            }
        }
    }
}
