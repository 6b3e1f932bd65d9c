import CasebookText
import Foundation

/// One kind of personal data the redactor knows by itself, and how to replace it.
struct RedactionRule: Sendable {
    /// The placeholder's label: matches become `[label]`.
    let label: String
    let apply: @Sendable (String) -> String

    /// The labels of the built-in rules.
    static let labels = ["email", "phone", "name", "card", "iban", "ip", "token"]

    /// The built-in rules, in the order they run: URLs first (their secrets and the emails in their
    /// query), then the checksummed numbers before the looser phone numbers, and long tokens last.
    ///
    /// Every pattern can only start a match where a run of the characters it repeats starts (a
    /// lookbehind, or a literal first character), or repeats a bounded number of times, so that
    /// redacting is linear in the text's length however long a run without spaces is.
    static var standard: [RedactionRule] {
        [urlSecrets, jsonWebToken, email, obfuscatedEmail, iban, card, ipv6, ipv4, phone, uuid, standaloneToken]
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

    static var email: RedactionRule {
        let pattern = CompiledPattern(
            builtIn: #"(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}"#)
        return RedactionRule(label: "email") { pattern.replace(in: $0) { _, _ in "[email]" } }
    }

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
            builtIn: #"(?<![\p{L}\p{N}.])(?:"# + octet + #"\.){3}"# + octet + #"(?!\.?[\p{L}\p{N}])"#)
        return RedactionRule(label: "ip") { pattern.replace(in: $0) { _, _ in "[ip]" } }
    }

    static var phone: RedactionRule {
        let rule = PhoneNumbers()
        return RedactionRule(label: "phone") { rule.redact($0) }
    }

    static var uuid: RedactionRule {
        let pattern = CompiledPattern(
            builtIn:
                #"(?<![\p{L}\p{N}-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\p{L}\p{N}-])"#,
            caseInsensitive: true)
        return RedactionRule(label: "token") { pattern.replace(in: $0) { _, _ in "[token]" } }
    }

    /// API keys, session ids and other long random strings written out on their own, also after a
    /// period (`live.4f9a…`): URLs, emails and JWTs have been handled by then.
    static var standaloneToken: RedactionRule {
        let pattern = CompiledPattern(builtIn: #"(?<![\p{L}\p{N}_\-/\[])[A-Za-z0-9_\-]{20,}(?![\p{L}\p{N}_\-])"#)
        return RedactionRule(label: "token") { text in
            pattern.replace(in: text) { match, source in
                URLSecrets.looksRandom(source.substring(with: match.range)) ? "[token]" : nil
            }
        }
    }
}
