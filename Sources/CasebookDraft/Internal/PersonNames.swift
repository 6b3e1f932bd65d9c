import CasebookText
import Foundation

/// People's names found by how they are used, not by a list of known people: after a greeting
/// ("Hi Niamh"), under a sign-off ("Thanks,\nP. Okonkwo"), after a title ("Frau Schneider"), before an
/// email address in a mail header, in form fields ("Name: …", "Titulaire : …"), after words that point at
/// a person ("my colleague", "ask for", "c'est", "según"), and a known given name with a surname or
/// written as a name where nothing says it is a thing ("the Grace theme", "Sage 50" stay).
///
/// A word is only ever part of a name when it is capitalised and is not a function word, an organisation
/// word or a month, so "Open the settings" never loses its verb to a display name "Will Open".
struct PersonNames: Sendable {
    private let contexts: [(pattern: CompiledPattern, strong: Bool)]
    private let trailingLine: CompiledPattern
    private let givenNames = GivenNames.shared
    private let blocked: Set<String>
    private let thingsBefore: Set<String>

    init() {
        contexts =
            Self.contextPatterns.map { (CompiledPattern(builtIn: $0), true) }
            + Self.weakContextPatterns.map { (CompiledPattern(builtIn: $0), false) }
        trailingLine = CompiledPattern(
            builtIn: #"(?m)^[ \t]*(?<n>"# + Self.name + #")(?:[ \t]+x)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t.!]*$"#)
        var blocked = NameMatcher.organisationWords.union(Self.notNames)
        for language in Language.supported {
            blocked.formUnion(language.stopwords)
        }
        self.blocked = blocked
        thingsBefore = Self.thingWords
    }

    /// `text` with every name found by its context replaced by `[name]`.
    func redact(_ text: String) -> String {
        let source = text as NSString
        var ranges: [NSRange] = []
        for (pattern, strong) in contexts {
            for match in pattern.regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
                guard let range = validated(match.range(withName: "n"), in: source, strong: strong) else { continue }
                ranges.append(range)
                ranges += continuation(after: range, in: source)
            }
        }
        if let range = trailingName(in: source) { ranges.append(range) }
        ranges += givenNameRanges(in: source)
        return Self.replacing(ranges, in: source)
    }

    // MARK: - Name shapes

    /// A capitalised word (hyphenated parts and apostrophes included), with at least one lower-case letter.
    static let word = #"\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}?\p{Ll}+)*"#
    static let initial = #"\p{Lu}\."#
    static let particle = "(?:von|van|de|del|della|di|da|du|des|bin|ibn|al|y)"
    /// Up to four words, initials before them, a particle after the first ("Leopold von Achterberg").
    static let name =
        "(?:" + initial + #"[ \u00A0]?){0,2}"# + word + #"(?:[ \u00A0](?:"# + particle + #"[ \u00A0])?(?:"# + initial
        + #"[ \u00A0]?)?"# + word + "){0,3}"
    static let title =
        #"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Srta)\.?|M\.|Miss|Mme|Mlle|Madame|Monsieur|Herr|Herrn|Frau|Señor|Señora|Doña)"#
        + #"[ \u00A0]+(?:Dr\.?[ \u00A0]+)?"#

    private static let greetings =
        "hi|hello|hey|dear|morning|good morning|good afternoon|good evening|hi there|hello there|thank you|thanks|"
        + "many thanks|bonjour|bonsoir|salut|coucou|cher|chère|chers|re-bonjour|merci|hallo|liebe|lieber|guten tag|"
        + "danke|hola|estimado|estimada|buenos días|buenas tardes|buenas|gracias"
    private static let signOffs =
        "thanks|thank you|many thanks|thanks in advance|thanks again|thanks so much|cheers|best|best regards|"
        + "kind regards|warm regards|warmest regards|regards|all the best|best wishes|yours sincerely|sincerely|"
        + "yours faithfully|yours|ta|cordialement|bien cordialement|bien à vous|merci|merci d'avance|merci beaucoup|"
        + "bonne journée|bonne soirée|salutations|mes salutations distinguées|sincères salutations|cdlt|"
        + "je vous remercie|viele grüße|mit freundlichen grüßen|freundliche grüße|beste grüße|liebe grüße|mfg|gruß|"
        + "grüße|danke|danke und gruß|saludos|un saludo|atentamente|gracias|muchas gracias|firmado|"
        + "saludos cordiales|cordiales saludos"
    private static let pointers =
        "spoke to|spoke with|talked to|ask for|asked for|according to|signed by|cc'ing|cc’ing|copying|"
        + "forwarded this to|forwarded it to|forward to|went to|add|added|replaces|replaced|merge my account with|"
        + "this is|it's|it’s|it is|my name is|display name is|customer|client|cliente|c'est|c’est|ici|je suis|"
        + "j'ai eu|j’ai eu|en copie|remplace|signé par|signée par|chez|demandez|transmettre à|de la part de|"
        + "au nom de|a nombre de|soy|según|sustituye a|añadan a|pregunten por|acceso a|ersetzt|payment from|"
        + "virement de|paiement de|account holder|titulaire|kontoinhaber|ansprechpartner"
    private static let relations =
        "(?:my|our|his|her|ma|mon|notre|mein|meine|unser|unsere|mi|nuestro|nuestra)[ \\t]+(?:colleague|coworker|"
        + "co-worker|manager|boss|accountant|intern|mother|father|wife|husband|partner|assistant|collègue|mère|père|"
        + "comptable|expert-comptable|stagiaire|associé|associée|assistant|assistante|kollege|kollegin|chef|chefin|"
        + "mutter|vater|buchhalter|buchhalterin|compañero|compañera|jefe|jefa|madre|padre|contable)"
    private static let fields =
        "name|full name|nom|nom complet|prénom|nombre|account holder|titulaire|kontoinhaber|ansprechpartner|contact|"
        + "deliver to|livraison|attn|destinataire|from|to|cc|de|à|von|an|para|reply-to"

    /// The contexts, each with the name in group `n`.
    private static var contextPatterns: [String] {
        let named = "(?<n>" + name + ")"
        return [
            // A greeting at the start of a line.
            #"(?m)^[ \t]*(?i:"# + greetings + #")\b[ \t]*,?[ \t]*(?:"# + title + ")?" + named,
            // A sign-off, the name on its line or the next ones (a "--" line between).
            #"(?m)^[ \t]*(?i:"# + signOffs + #")[ \t]*[,.!]*[ \t]*(?:\n[ \t]*(?:\n[ \t]*)?(?:--[ \t]*\n[ \t]*)?)?(?:"#
                + title + ")?" + named,
            // A short thanks or greeting at the end of the text ("cheers Tam", "merci Sacha").
            #"(?i:cheers|thanks|merci|danke|gracias|gruß|saludos)[ \t,]+"# + named + #"[ \t.!]*\z"#,
            // A signature after "--".
            #"(?m)^[ \t]*--[ \t]*\n[ \t]*(?:"# + title + ")?" + named,
            // A title.
            #"(?<![\p{L}])"# + title + named,
            // A name before an email address (mail headers, "Keziah (keziah@…)").
            named + #"(?=[ \u00A0]*[<(]\[email\])"#,
            // Form fields and mail headers.
            #"(?m)^[ \t]*(?i:"# + fields + #")[ \t]*:[ \t]*(?:"# + title + ")?" + named,
            // Words that point at a person.
            #"(?<![\p{L}'’])(?i:"# + pointers + #")[ \t]*[,:]?[ \t]+(?:"# + title + ")?" + named,
            #"(?<![\p{L}])(?i:"# + relations + #")[ \t]*,?[ \t]+(?:"# + title + ")?" + named,
            #"(?m)(?:^|(?<=[.!?]) )(?i:pour|for|para|für)[ \t]+"# + named + #"(?=[ \t]*:)"#,
            // Whose number or address it is: "le numéro suisse de Noé", "the mobile number of …".
            #"(?i:numéro|number|número|nummer|téléphone|portable|mobile|adresse|address|dirección)"#
                + #"(?:[ \t]+\p{Ll}+)?[ \t]+(?i:de|of|von|del|d')[ \t]*"# + named,
        ]
    }

    /// Contexts where the name must be a known given name: "Wendell here.", "Victoria from accounts",
    /// "Sigrid: …".
    private static var weakContextPatterns: [String] {
        let named = "(?<n>" + name + ")"
        return [
            named + #"(?=[ \t]+(?:here\b|au rapport\b|from (?:accounts|finance|billing|payroll|sales|hr|it)\b))"#,
            #"\A[ \t]*"# + named + #"(?=:[ \t])"#,
        ]
    }

    // MARK: - Checking a candidate

    /// The longest run of name words at the start of `range`, or nil when its first word is not one. A
    /// `strong` context accepts any capitalised word; otherwise every word must be a given name or follow one.
    private func validated(_ range: NSRange, in source: NSString, strong: Bool) -> NSRange? {
        guard range.location != NSNotFound, range.length > 0 else { return nil }
        let text = source.substring(with: range)
        var end = text.startIndex
        var pendingEnd: String.Index?
        var words = 0
        var index = text.startIndex
        while index < text.endIndex {
            while index < text.endIndex, text[index] == " " || text[index] == "\u{00A0}" {
                index = text.index(after: index)
            }
            guard index < text.endIndex else { break }
            let wordEnd = text[index...].firstIndex { $0 == " " || $0 == "\u{00A0}" } ?? text.endIndex
            let token = text[index..<wordEnd]
            if token.count == 2, token.hasSuffix("."), token.first?.isUppercase == true {
                pendingEnd = pendingEnd ?? end
            } else if words >= 1, token.first?.isUppercase == true,
                Self.capitalisedParticles.contains(TextFolding.fold(String(token)))
            {
                // "Gwenaëlle Le Goff", "Ségolène de La Rochefoucauld".
                pendingEnd = pendingEnd ?? end
            } else if token.first?.isLowercase == true {
                // A particle: only inside a name, after its first word.
                guard words == 1 else { break }
                pendingEnd = pendingEnd ?? end
            } else if isNameWord(token, first: words == 0, strong: strong) {
                words += 1
                end = wordEnd
                pendingEnd = nil
            } else {
                break
            }
            index = wordEnd
        }
        guard words > 0 else { return nil }
        // A company or a team written like a name ("Ledgerbird Support") is not a person.
        let all = (text[..<end].split(separator: " ") + text[end...].split(separator: " ").prefix(1)).map {
            TextFolding.fold(String($0))
        }
        if all.contains(where: { NameMatcher.organisationWords.contains($0) || Self.companyWords.contains($0) }) {
            return nil
        }
        let length = (String(text[..<end]) as NSString).length
        return NSRange(location: range.location, length: length)
    }

    private func isNameWord(_ word: Substring, first: Bool, strong: Bool) -> Bool {
        guard word.unicodeScalars.allSatisfy({ !CharacterSet.decimalDigits.contains($0) }) else { return false }
        let folded = TextFolding.fold(String(word))
        if blocked.contains(folded) { return givenNames.isGivenName(word) && strong }
        return strong || givenNames.isGivenName(word) || !first
    }

    /// Names after a found one: "Tomás and Hannah", "Ishaan Chaudhry, Nkechi Nwosu and Rasmus Bjornsson".
    private func continuation(after range: NSRange, in source: NSString) -> [NSRange] {
        var found: [NSRange] = []
        var cursor = NSMaxRange(range)
        while cursor < source.length,
            let match = Self.nextInList.regex.firstMatch(
                in: source as String, options: [.anchored],
                range: NSRange(location: cursor, length: min(120, source.length - cursor))),
            let name = validated(match.range(withName: "n"), in: source, strong: true)
        {
            found.append(name)
            cursor = NSMaxRange(name)
        }
        return found
    }

    private static let nextInList = CompiledPattern(
        builtIn: #"(?:[ \t]*,[ \t]*(?:(?i:and|et|und|y)[ \t]+)?|[ \t]+(?i:and|et|und|y|&)[ \t]+)(?<n>"# + name + ")")

    /// A name alone on the text's last line (before "Sent from my iPhone"), after an empty line, a sentence
    /// or a sign-off: "…worked.\n\nAisha".
    private func trailingName(in source: NSString) -> NSRange? {
        var lines = (source as String).components(separatedBy: "\n")
        var offset = source.length
        func dropLast() {
            offset -= (lines.removeLast() as NSString).length + (lines.isEmpty ? 0 : 1)
        }
        while let last = lines.last,
            last.trimmingCharacters(in: .whitespaces).isEmpty || Self.isDeviceLine(last)
        {
            dropLast()
        }
        guard lines.count >= 2, let last = lines.last else { return nil }
        let previous = lines[lines.count - 2].trimmingCharacters(in: .whitespaces)
        guard previous.isEmpty || ".!?:".contains(previous.last ?? " ") || Self.isSignOff(previous) else { return nil }
        let start = offset - (last as NSString).length
        let lineRange = NSRange(location: start, length: (last as NSString).length)
        guard let match = trailingLine.regex.firstMatch(in: source as String, range: lineRange) else { return nil }
        return validated(match.range(withName: "n"), in: source, strong: true)
    }

    private static func isDeviceLine(_ line: String) -> Bool {
        let folded = TextFolding.fold(line.trimmingCharacters(in: .whitespaces))
        return ["sent from my", "envoye de mon", "enviado desde mi", "von meinem", "get outlook"].contains {
            folded.hasPrefix($0)
        }
    }

    private static let signOffLine = CompiledPattern(builtIn: #"^(?i:"# + signOffs + #")[ \t]*[,.!]*$"#)

    private static func isSignOff(_ line: String) -> Bool { signOffLine.matches(line) }

    // MARK: - Given names without a context

    /// Known given names written as names: with a surname after them ("Rose Lacombe"), or alone when
    /// plainly a name ("Ulrike", "Yusuf"), never after a word that makes them a thing ("the Grace theme",
    /// "la police Marianne") nor before a number or a hyphen ("Sage 50", "Winter-Tarif").
    private func givenNameRanges(in source: NSString) -> [NSRange] {
        var found: [NSRange] = []
        let text = source as String
        var cursor = 0
        for match in Self.capitalised.regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let word = source.substring(with: match.range)
            guard match.range.location >= cursor, givenNames.isGivenName(Substring(word)),
                !isThing(before: match.range.location, in: source)
            else { continue }
            let rest = NSRange(
                location: NSMaxRange(match.range), length: min(80, source.length - NSMaxRange(match.range)))
            let surname = Self.surnames.regex.firstMatch(in: text, options: [.anchored], range: rest)
            let whole = NSUnionRange(match.range, surname?.range ?? match.range)
            guard !Self.numberOrCompoundAfter.matches(String(source.substring(from: NSMaxRange(whole)).prefix(3)))
            else {
                continue
            }
            if whole.length > match.range.length, let valid = validated(whole, in: source, strong: false),
                valid.length > match.range.length
            {
                found.append(valid)
                found += continuation(after: valid, in: source)
                cursor = NSMaxRange(found.last ?? valid)
                continue
            }
            if givenNames.ambiguous.contains(word), !blocked.contains(TextFolding.fold(word)),
                Self.startsSentence(at: match.range.location, in: source),
                let next = Self.nextWord.regex.firstMatch(in: text, options: [.anchored], range: rest),
                !blocked.contains(TextFolding.fold(source.substring(with: next.range(withName: "w"))))
            {
                // "Claire trouve que…", "Pilar dice que…": a given name opening a sentence with a verb after it.
                found.append(match.range)
                continue
            }
            guard givenNames.plain.contains(word), !blocked.contains(TextFolding.fold(word)),
                !isThing(before: match.range.location, in: source, orPlace: true),
                !Self.isNextToOtherCapitalised(match.range.location, match.range.length, in: source)
            else { continue }
            found.append(match.range)
        }
        return found
    }

    private static let capitalised = CompiledPattern(
        builtIn: #"(?<![\p{L}\p{N}\[\-'’@./])"# + word + #"(?![\p{L}\p{N}@])"#)
    private static let surnames = CompiledPattern(
        builtIn: #"(?:[ \u00A0](?:"# + particle + #"[ \u00A0])?"# + word + #"(?![\p{L}\p{N}@])){1,2}"#)
    private static let nextWord = CompiledPattern(builtIn: #"[ \u00A0](?<w>\p{Ll}{3,})\b(?![\-'’])"#)
    private static let capitalisedParticles: Set<String> = [
        "le", "la", "de", "du", "van", "von", "del", "da", "di", "der", "ten",
    ]
    /// Words that end a company's name.
    private static let companyWords: Set<String> = [
        "ltd", "gmbh", "inc", "llc", "sarl", "sas", "sa", "s.l.", "plc", "ag", "bv", "studio", "software", "builders",
        "bank", "dental", "workspace", "group", "labs", "consulting", "conseil", "solutions", "systems", "partners",
        "soporte", "kundenservice",
    ]

    private static func startsSentence(at location: Int, in source: NSString) -> Bool {
        let before = source.substring(to: location).trimmingCharacters(in: .whitespaces)
        return before.isEmpty || ".!?\n".contains(before.last ?? ".")
    }

    private static let numberOrCompoundAfter = CompiledPattern(builtIn: #"^(?:[ \u00A0]?\d|-\p{L}|\.\p{L})"#)

    /// True when a capitalised word that is not a name stands right before (a company, "Galeries Lafayette").
    private static func isNextToOtherCapitalised(_ location: Int, _ length: Int, in source: NSString) -> Bool {
        let before = source.substring(to: location)
        guard before.hasSuffix(" ") else { return false }
        let previous = before.dropLast().split(separator: " ").last.map(String.init) ?? ""
        guard let first = previous.first, first.isUppercase, previous.count > 1,
            !previous.contains(where: { ".!?:,;".contains($0) })
        else { return false }
        // The start of a sentence does not count.
        let beforePrevious = before.dropLast(previous.count + 1).trimmingCharacters(in: .whitespaces)
        return !(beforePrevious.isEmpty || ".!?:\n".contains(beforePrevious.last ?? "."))
    }

    private func isThing(before location: Int, in source: NSString, orPlace: Bool = false) -> Bool {
        let before = source.substring(with: NSRange(location: max(0, location - 30), length: min(30, location)))
        guard let previous = before.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).last,
            before.last == " " || before.last == "\u{00A0}"
        else { return false }
        var folded = TextFolding.fold(String(previous))
        if let apostrophe = folded.firstIndex(where: { $0 == "'" || $0 == "’" }) {
            folded = String(folded[..<folded.index(after: apostrophe)])
        }
        return thingsBefore.contains(folded) || (orPlace && Self.placeWords.contains(folded))
    }

    /// Words after which a capitalised given name is a thing: articles, and the nouns of themes, fonts,
    /// colours, buttons and plans.
    private static let thingWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "le", "la", "les", "l'",
        "un", "une", "du", "des", "ce", "cette", "der", "die", "das", "den", "dem", "ein", "eine", "einen", "el",
        "los", "las", "una", "lo", "theme", "font", "colour", "color", "plan", "button", "field", "template", "click",
        "press", "tap", "select", "choose", "theme", "police", "tema", "ligne", "bouton", "champ", "formule", "modele",
        "cliquez", "farbe", "tarif", "vorlage", "feld", "plantilla", "boton", "fuente",
    ]

    /// Words after which a lone given name is rather a place or one of two things ("from Austin", "en France",
    /// "Alexa or Siri"); a full name after them is still a name.
    private static let placeWords: Set<String> = [
        "can", "via", "with", "to", "from", "in", "at", "on", "and", "et", "und", "y", "en", "a", "au", "aux", "nach",
        "aus", "desde", "hacia", "de", "zu", "bei", "or", "ou", "oder", "o",
    ]

    /// Capitalised words that are never part of a person's name.
    private static let notNames: Set<String> = [
        "mr", "mrs", "ms", "dr", "mme", "mlle", "madame", "monsieur", "herr", "frau", "sr", "sra", "senor", "senora",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "januar", "februar",
        "marz", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre", "lunes", "martes", "miercoles", "jueves", "viernes",
        "sabado", "domingo", "name", "phone", "email", "e-mail", "message", "subject", "date", "company", "plan",
        "order", "invoice", "ltd", "gmbh", "inc", "llc", "sarl", "sas", "studio", "software", "builders", "bank",
        "dental", "workspace", "group", "labs", "consulting", "conseil", "solutions", "systems", "partners",
        "soporte", "kundenservice", "atencion", "senior", "junior", "head", "manager", "accountant", "director",
        "directrice", "engineer", "officer", "lead", "operations", "finance", "sent", "regards", "thanks", "merci",
        "gracias", "danke", "cheers", "best", "kind", "hello", "bonjour", "hola", "hallo", "dear", "team", "error",
        "settings", "reply-to", "forwarded", "re", "fwd", "tr", "objet", "betreff", "asunto", "iphone", "android",
    ]

    /// The source with every range (merged where they overlap) replaced by `[name]`.
    private static func replacing(_ ranges: [NSRange], in source: NSString) -> String {
        guard !ranges.isEmpty else { return source as String }
        var merged: [NSRange] = []
        for range in ranges.sorted(by: { $0.location < $1.location }) {
            if let last = merged.last, range.location <= NSMaxRange(last) {
                merged[merged.count - 1] = NSUnionRange(last, range)
            } else {
                merged.append(range)
            }
        }
        let result = NSMutableString(string: source as String)
        for range in merged.reversed() where !isPlaceholder(range, in: source) {
            result.replaceCharacters(in: range, with: "[name]")
        }
        return result as String
    }

    private static func isPlaceholder(_ range: NSRange, in source: NSString) -> Bool {
        range.location > 0 && NSMaxRange(range) < source.length
            && source.substring(with: NSRange(location: range.location - 1, length: 1)) == "["
            && source.substring(with: NSRange(location: NSMaxRange(range), length: 1)) == "]"
    }
}
