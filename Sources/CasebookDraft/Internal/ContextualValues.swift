import CasebookText
import Foundation

/// Values that are personal because of the word before them: one customer's order, invoice, account or
/// contract reference ("order #48213", "n° de commande 4821-A", "Kundennummer 77120") and secrets written
/// out ("password: hunter2", "mot de passe : …", "CVV 4417"). Only the value is replaced: the word that
/// names it stays, so the sentence still reads ("invoice [order] shows the wrong VAT rate").
struct ContextualValues: Sendable {
    /// What the values after a keyword are, and how they must look.
    enum Kind: String, Sendable {
        case order, credential
    }

    let kind: Kind
    private let keywords: CompiledPattern
    private let fillers: Set<String>
    private let refusedBefore: CompiledPattern?

    /// Order, invoice, account, customer, contract, subscription, quote and membership references.
    static let orders = ContextualValues(
        kind: .order,
        keywords: "purchase order|order|invoice|account|customer|client|contract|subscription|quote|membership|member|"
            + "commande|bon de commande|facture|compte client|contrat|devis|adhérent|adherent|abonnement|"
            + "kundennummer|kunden-nr|kundennr|rechnung|rechnungsnummer|rechnungs-nr|auftrag|auftragsnummer|"
            + "bestellung|bestellnummer|bestell-nr|vertrag|vertragsnummer|vertrags-nr|angebot|angebotsnummer|"
            + "mitgliedsnummer|pedido|factura|cliente|contrato|presupuesto|suscripción|suscripcion|socio|"
            + "reference|référence|referencia|referenz",
        fillers: [
            "number", "no", "nr", "num", "numero", "nummer", "id", "ref", "is", "was", "est", "ist", "es", "era",
            "lautet", "le", "la", "el", "c'est", "de", "du", "d'", "n", "nº", "n°", "#", "my", "our", "mon", "ma",
        ],
        refusedBefore: nil)

    /// Passwords, PINs, one-time and security codes, keys.
    static let credentials = ContextualValues(
        kind: .credential,
        keywords: "password|passwort|kennwort|passcode|pwd|mdp|mot de passe|contraseña|clave|pin|cvv|cvc|cvv2|"
            + "cryptogramme|security code|código de seguridad|prüfziffer|sicherheitscode|verification code|"
            + "one-time code|code|codes|código|einmalcode|key|clé|api key|clé api|door code|code porte",
        fillers: [],
        refusedBefore: CompiledPattern(
            builtIn: #"(?i:exit|error|status|response|http|promo|promotional|discount|coupon|zip|postal|country|tax|"#
                + #"product|source|sort|swift|colour|color|erreur|fehler|motif|réduction|license|licence|"#
                + #"de contrôle|checksum)[ \t]+$"#))

    private init(kind: Kind, keywords: String, fillers: Set<String>, refusedBefore: CompiledPattern?) {
        self.kind = kind
        self.keywords = CompiledPattern(
            builtIn: #"(?<![\p{L}\p{N}_\-?&/.=])(?i:"# + keywords + #")(?![\p{L}\p{N}_=])"#)
        self.fillers = fillers
        self.refusedBefore = refusedBefore
    }

    /// `text` with each value found after one of the keywords replaced by `[kind]`.
    func redact(_ text: String) -> String {
        let source = text as NSString
        var ranges: [NSRange] = []
        for match in keywords.regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            if let refusedBefore {
                let start = max(0, match.range.location - 30)
                let before = source.substring(with: NSRange(location: start, length: match.range.location - start))
                if refusedBefore.matches(before) { continue }
            }
            // A bare "reference" is too wide for numbers alone (ISBNs): its value needs a letter.
            let needsLetter = TextFolding.fold(source.substring(with: match.range)).hasPrefix("ref")
            ranges += values(after: NSMaxRange(match.range), in: source, needsLetter: needsLetter)
        }
        if kind == .credential { ranges += secretsBeforeKeyword(in: source) }
        return Self.replacing(ranges, in: source, label: kind.rawValue)
    }

    /// The value after a keyword (and, for secrets, more after "and"): skips punctuation and filler words.
    private func values(after location: Int, in source: NSString, needsLetter: Bool) -> [NSRange] {
        let limit = min(source.length, location + 60)
        let window = source.substring(with: NSRange(location: location, length: limit - location))
        var scanner = TokenScanner(window)
        var skipped = 0
        var found: [NSRange] = []
        while let token = scanner.next(), skipped <= 5 {
            if token.text.allSatisfy({ ":#=-–(°º".contains($0) }) {
                continue
            }
            if skipped == 0, Self.refusedAfter.contains(TextFolding.fold(token.text)) { break }
            let value =
                kind == .order
                ? orderValue(token, scanner: &scanner, needsLetter: needsLetter)
                : secretValue(token, scanner: &scanner)
            if let value {
                found.append(NSRange(location: location + value.location, length: value.length))
                guard kind == .credential, let joiner = scanner.peek(),
                    ["and", "et", "und", "y", ","].contains(joiner.text)
                else { break }
                _ = scanner.next()
                skipped = 4
                continue
            }
            let folded = TextFolding.fold(token.text)
            if skipped == 0, Self.refusedAfter.contains(folded) { break }
            if kind == .order {
                guard fillers.contains(folded) || fillers.contains(String(folded.prefix(2))) else { break }
            } else {
                guard token.text.allSatisfy({ $0.isLetter || "'’-".contains($0) }), !token.text.contains("\n") else {
                    break
                }
            }
            skipped += 1
        }
        return found
    }

    /// An order reference: letters and digits with at least one digit, four characters or more, a
    /// letter prefix apart ("MBR 5510 2234") and digit groups after it included; not an amount or a date.
    private func orderValue(_ token: TokenScanner.Token, scanner: inout TokenScanner, needsLetter: Bool) -> NSRange? {
        let cleaned = Self.trimmed(token)
        var text = cleaned.text
        var range = cleaned.range
        for prefix in ["n°", "nº", "no.", "#"] where text.lowercased().hasPrefix(prefix) && text.count > prefix.count {
            text.removeFirst(prefix.count)
            range = NSRange(location: range.location + prefix.utf16.count, length: range.length - prefix.utf16.count)
        }
        func joinDigits(minimum: Int) {
            while let next = scanner.peek().map(Self.trimmed), next.text.count >= minimum,
                next.text.allSatisfy({ $0.isNumber }), text.last?.isNumber == true || minimum == 1,
                next.range.location == NSMaxRange(range) + 1
            {
                _ = scanner.next()
                text += " " + next.text
                range = NSUnionRange(range, next.range)
            }
        }
        if text.allSatisfy({ $0.isUppercase }), (2...4).contains(text.count) { joinDigits(minimum: 1) }
        joinDigits(minimum: 3)
        guard text.count >= 4, text.contains(where: { $0.isNumber }),
            !needsLetter || text.contains(where: { $0.isLetter }),
            text.allSatisfy({ $0.isLetter || $0.isNumber || "-_/ ".contains($0) }),
            text.first?.isLetter == true || text.first?.isNumber == true, !Self.date.matches(text)
        else { return nil }
        return range
    }

    /// The token without punctuation around it (and its range).
    private static func trimmed(_ token: TokenScanner.Token) -> TokenScanner.Token {
        var text = token.text
        var location = token.range.location
        while let last = text.last, ".,;:!?)]»\"'-/".contains(last) { text.removeLast() }
        while let first = text.first, "([«\"'".contains(first) {
            text.removeFirst()
            location += 1
        }
        return TokenScanner.Token(text: text, range: NSRange(location: location, length: (text as NSString).length))
    }

    /// A secret: three characters or more with a digit (or letters mixed with symbols), not a placeholder,
    /// a URL, a hash or a plain word.
    private func secretValue(_ token: TokenScanner.Token, scanner: inout TokenScanner) -> NSRange? {
        let cleaned = Self.trimmed(token)
        var text = cleaned.text
        var range = cleaned.range
        if token.text.hasSuffix("!") || token.text.hasSuffix("!,") || token.text.hasSuffix("!.") {
            // An exclamation mark ending a secret is part of it ("espresso2024!").
            let bang = token.text.hasSuffix("!") ? token.text : String(token.text.dropLast())
            if bang.dropLast().contains(where: { $0.isNumber }) {
                text = bang
                range = NSRange(location: token.range.location, length: (bang as NSString).length)
            }
        }
        while text.allSatisfy({ $0.isNumber }), let next = scanner.peek().map(Self.trimmed),
            next.text.allSatisfy({ $0.isNumber }),
            (3...4).contains(next.text.count), next.range.location == NSMaxRange(range) + 1
        {
            _ = scanner.next()
            text += " " + next.text
            range = NSUnionRange(range, next.range)
        }
        let hasDigit = text.contains(where: { $0.isNumber })
        let hasSymbol = text.contains { !$0.isLetter && !$0.isNumber && !"-'’".contains($0) }
        guard text.count >= 3, text.count <= 64, hasDigit || (hasSymbol && text.contains(where: { $0.isLetter })),
            !text.hasPrefix("["), !text.contains("://"), !text.contains("@"), !Self.hash.matches(text)
        else { return nil }
        return range
    }

    /// "typed Marmalade!42 as the new password", "saisi Quokka2024$ comme nouveau mot de passe", "reset it to
    /// Pa55word-Oct".
    private func secretsBeforeKeyword(in source: NSString) -> [NSRange] {
        Self.secretFirst.regex.matches(in: source as String, range: NSRange(location: 0, length: source.length))
            .compactMap { match in
                let range = match.range(withName: "s")
                var scanner = TokenScanner("")
                return secretValue(
                    TokenScanner.Token(text: source.substring(with: range), range: range), scanner: &scanner)
            }
    }

    private static let secretFirst = CompiledPattern(
        builtIn: #"(?i:typed|entered|used|saisi|tapé|utilisé|eingegeben|escribí|reset it to|changed it to|set it to)"#
            + #"[ \t]+(?<s>\S{3,64})(?=[ \t]+(?i:as|comme|als|como)[ \t]|[ \t]+but\b|[.,;]?[ \t]*$)"#)
    /// Words that make the keyword something else ("code promo", "code d'erreur", "código postal").
    private static let refusedAfter: Set<String> = [
        "promo", "promotionnel", "promocional", "postal", "d'erreur", "d’erreur", "erreur", "de reduction", "error",
        "produit", "pays", "fehler", "de error", "qr",
    ]
    private static let date = CompiledPattern(builtIn: #"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$"#)
    private static let hash = CompiledPattern(builtIn: #"^(?i:sha\d*|md5|crc32):"#)

    /// The source with the ranges replaced by `[label]`, left alone where they overlap an earlier one.
    static func replacing(_ ranges: [NSRange], in source: NSString, label: String) -> String {
        guard !ranges.isEmpty else { return source as String }
        var kept: [NSRange] = []
        for range in ranges.sorted(by: { $0.location < $1.location }) {
            if let last = kept.last, range.location < NSMaxRange(last) { continue }
            kept.append(range)
        }
        let result = NSMutableString(string: source as String)
        for range in kept.reversed() {
            result.replaceCharacters(in: range, with: "[\(label)]")
        }
        return result as String
    }
}

/// Splits a short window of text into whitespace-separated tokens with their UTF-16 ranges; a line break
/// ends the window.
struct TokenScanner {
    struct Token {
        var text: String
        var range: NSRange
    }

    private let source: NSString
    private var cursor = 0
    private var lookahead: Token?

    init(_ text: String) {
        source = text as NSString
    }

    mutating func peek() -> Token? {
        if lookahead == nil { lookahead = scan() }
        return lookahead
    }

    mutating func next() -> Token? {
        if let token = lookahead {
            lookahead = nil
            return token
        }
        return scan()
    }

    private mutating func scan() -> Token? {
        while cursor < source.length,
            source.character(at: cursor) == 0x20 || source.character(at: cursor) == 0x09
                || source.character(at: cursor) == 0xA0
        {
            cursor += 1
        }
        guard cursor < source.length, source.character(at: cursor) != 0x0A else { return nil }
        let start = cursor
        while cursor < source.length {
            let unit = source.character(at: cursor)
            if unit == 0x20 || unit == 0x09 || unit == 0xA0 || unit == 0x0A { break }
            // Punctuation that separates a keyword from its value stands alone.
            if cursor > start, unit == 0x3A, cursor + 1 >= source.length || source.character(at: cursor + 1) == 0x20 {
                break
            }
            cursor += 1
            if cursor - start == 1, unit == 0x3A || unit == 0x23 { break }  // ':' '#'
        }
        let range = NSRange(location: start, length: cursor - start)
        return Token(text: source.substring(with: range), range: range)
    }
}
