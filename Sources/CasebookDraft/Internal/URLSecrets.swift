/// Secrets carried by URLs: query values such as `token=…`, random path segments after `/reset/`,
/// `/invite/`, `/s/`…, credentials before the host. The URL keeps its shape; only the secret becomes
/// `[token]` (or `[email]`, `[phone]`, `[name]` for query values that name a person).
enum URLSecrets {
    /// Query keys (lower-cased, without `_`, `-`, `.`) whose value is a secret when they contain one
    /// of these.
    static let secretKeyParts = [
        "token", "key", "code", "sig", "signature", "password", "passwd", "pwd", "pass", "auth", "session",
        "sess", "sid", "reset", "secret", "otp", "jwt", "hash", "nonce", "access", "credential", "invite",
        "verif", "confirm", "activation", "magic", "ticket", "state", "hmac", "jeton", "cle", "motdepasse",
    ]
    /// Query keys (normalised the same way) that hold a secret whatever their value, matched whole
    /// because they are short or common inside other words (`pin` in `shipping`).
    static let secretKeys: Set<String> = [
        "pw", "pin", "pincode", "passcode", "otp", "apikey", "accesstoken", "clientsecret", "refreshtoken",
    ]
    /// Short query keys that hold a secret when their value is long enough.
    static let shortSecretKeys: Set<String> = ["s", "t", "k", "p", "u", "h", "c", "e", "r", "id", "uid"]
    /// Path segments after which the next segment is a secret when it looks random.
    static let secretPathMarkers: Set<String> = [
        "reset", "password", "passwordreset", "resetpassword", "invite", "invites", "invitation", "invitations",
        "join", "s", "share", "shared", "sharing", "verify", "verification", "confirm", "confirmation",
        "activate", "activation", "magic", "magiclink", "login", "signin", "auth", "token", "tokens", "t",
        "unsubscribe", "u", "r", "d", "dl", "download", "f", "file", "files", "claim", "redeem", "sso",
        "callback", "access", "key", "keys", "secret", "session", "otp", "l", "link", "invitacion", "partage",
        "reinitialisation", "reinitialiser", "p", "pay", "payment", "checkout", "order", "track", "tracking",
    ]

    /// Splits trailing punctuation that ends a sentence rather than the URL. Counts the brackets
    /// once, so that a URL followed by thousands of `)` is split in linear time.
    static func splitTrailingPunctuation(_ text: String) -> (url: String, tail: String) {
        var parentheses = text.reduce(0) { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) }
        var brackets = text.reduce(0) { $0 + ($1 == "[" ? 1 : $1 == "]" ? -1 : 0) }
        // Walks back by index: `Substring.dropLast()` counts the whole string each time.
        var end = text.endIndex
        while end > text.startIndex {
            let last = text[text.index(before: end)]
            if last == ")", parentheses < 0 {
                parentheses += 1
            } else if last == "]", brackets < 0 {
                brackets += 1
            } else if last == ")" || last == "]" || !".,;:!?'\"*_".contains(last) {
                break
            }
            end = text.index(before: end)
        }
        return (String(text[..<end]), String(text[end...]))
    }

    /// `url` with its secrets replaced.
    static func redact(_ url: String) -> String {
        var rest = Substring(url)
        var fragment: Substring?
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        var query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var result = redactPath(rest)
        if let query { result += "?" + redactQuery(query) }
        if let fragment {
            result +=
                "#" + (fragment.contains("=") ? redactQuery(fragment) : redactSegment(fragment, afterMarker: false))
        }
        return result
    }

    private static func redactPath(_ path: Substring) -> String {
        var schemeAndHost = ""
        var remainder = path
        if let range = path.range(of: "://") {
            let afterScheme = path[range.upperBound...]
            let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            var host = String(afterScheme[..<hostEnd])
            if let at = host.lastIndex(of: "@") { host = "[token]@" + host[host.index(after: at)...] }
            schemeAndHost = String(path[..<range.upperBound]) + host
            remainder = afterScheme[hostEnd...]
        }
        var previous = ""
        let segments = remainder.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            let afterMarker = secretPathMarkers.contains(normalizedKey(previous))
            previous = String(segment)
            return redactSegment(segment, afterMarker: afterMarker)
        }
        return schemeAndHost + segments.joined(separator: "/")
    }

    private static func redactSegment(_ segment: Substring, afterMarker: Bool) -> String {
        if segment.isEmpty || segment.hasPrefix("[") { return String(segment) }
        let letters = segment.filter(\.isLetter)
        let hasDigit = segment.contains(where: \.isNumber)
        let mixedCase = letters.contains(where: \.isUppercase) && letters.contains(where: \.isLowercase)
        if afterMarker, segment.count >= 6, hasDigit || mixedCase || segment.count >= 16 { return "[token]" }
        return looksRandom(segment) ? "[token]" : String(segment)
    }

    private static func redactQuery(_ query: Substring) -> String {
        query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            guard let equals = pair.firstIndex(of: "=") else { return String(pair) }
            let key = pair[..<equals]
            let value = pair[pair.index(after: equals)...]
            guard !value.isEmpty, !value.hasPrefix("[") else { return String(pair) }
            return key + "=" + (placeholder(forKey: normalizedKey(key), value: value) ?? String(value))
        }.joined(separator: "&")
    }

    private static func placeholder(forKey key: String, value: Substring) -> String? {
        if key.contains("mail") || value.contains("@") || value.lowercased().contains("%40") { return "[email]" }
        if ["phone", "tel", "mobile", "portable", "telephone"].contains(where: key.contains) { return "[phone]" }
        if ["name", "nom", "prenom", "user", "login", "first", "last"].contains(where: key.contains) {
            return "[name]"
        }
        if secretKeys.contains(key) || secretKeyParts.contains(where: key.contains) { return "[token]" }
        if shortSecretKeys.contains(key), value.count >= 8 { return "[token]" }
        return looksRandom(value) ? "[token]" : nil
    }

    private static func normalizedKey(_ key: some StringProtocol) -> String {
        String(key.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// True for a string that reads as a generated secret rather than words or an ordinary id: a
    /// part (between `-`, `_`, `.`) of 16+ characters mixing letters and digits, 24+ characters of
    /// mixed case, or 32+ hex digits.
    static func looksRandom(_ text: some StringProtocol) -> Bool {
        text.split(whereSeparator: { "-_.~".contains($0) }).contains { part in
            guard part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
            let digits = part.filter(\.isNumber).count
            let letters = part.count - digits
            let upper = part.filter(\.isUppercase).count
            if part.count >= 32, part.allSatisfy(\.isHexDigit), digits > 0 { return true }
            if part.count >= 16, digits >= 2, letters >= 2 { return true }
            return part.count >= 24 && upper >= 2 && upper < letters
        }
    }
}
