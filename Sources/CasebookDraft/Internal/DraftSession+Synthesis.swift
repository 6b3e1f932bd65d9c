import CasebookCore
import CasebookText
import Foundation

typealias DraftedSentence = ArticleDraft.Sentence

extension DraftSession {
    /// One unit of an answer: a list item or a sentence, with where it stood in its answer (0–1).
    struct AnswerUnit {
        var text: String
        var vector: TermVector
        var position: Double
        var ticketID: Int64
        var commentID: Int64
        var answer: Int
    }

    /// The cause, the ordered steps and the editor notes merged from the resolving answers of the tickets
    /// that passed grading: near-identical steps once, in the order most answers give them, steps only one
    /// answer gave (when several answered) left to the editor.
    func synthesis(from answers: [(text: String, comment: Comment)]) -> (
        cause: [DraftedSentence], steps: [DraftedSentence], notes: [DraftedSentence]
    ) {
        var causes: [AnswerUnit] = []
        var steps: [AnswerUnit] = []
        for (index, answer) in answers.enumerated() {
            guard let commentID = answer.comment.id else { continue }
            let units = Self.units(of: answer.text)
            var seenStep = false
            for (position, written) in units.enumerated() {
                let marked = Self.causeMarker.firstMatch(in: written)
                let unit = marked.map { (written as NSString).substring(from: NSMaxRange($0.range)) } ?? written
                let redacted = redactCounting(unit)
                // A sentence about one customer's case, or one that needed redaction, is not general; nor are
                // lead-ins ("Here's how to fix it:"), questions and pleasantries.
                guard redacted == unit, !Self.isPleasantry(unit), !TicketGrade.doneForCustomer.matches(unit),
                    !Self.personal.matches(unit), !Self.oneCustomer.matches(unit), !unit.hasSuffix(":"),
                    !unit.hasSuffix("?")
                else { continue }
                let item = AnswerUnit(
                    text: TicketReferences.scrub(unit), vector: vector(unit),
                    position: units.count > 1 ? Double(position) / Double(units.count - 1) : 0,
                    ticketID: answer.comment.ticketID, commentID: commentID, answer: index)
                let isInstruction = unit.contains(">") || Self.imperative.matches(unit)
                // The explanation agents give before their steps, or after "For context:", is the cause.
                if marked != nil || (!isInstruction && !seenStep && Self.cause.matches(unit)) {
                    causes.append(item)
                } else {
                    seenStep = true
                    steps.append(item)
                }
            }
        }
        let answerCount = Set(steps.map(\.answer)).count
        let stepGroups = Self.groups(steps)
        let needed = answerCount >= 3 ? 2 : 1
        var kept: [(unit: AnswerUnit, position: Double)] = []
        var notes: [DraftedSentence] = []
        for group in stepGroups {
            let support = Set(group.map(\.answer)).count
            let representative = Self.representative(group)
            if support >= needed {
                kept.append((representative, group.map(\.position).reduce(0, +) / Double(group.count)))
            } else {
                notes.append(DraftedSentence(section: .note, unit: representative))
            }
        }
        kept.sort { $0.position != $1.position ? $0.position < $1.position : $0.unit.text < $1.unit.text }
        let causeGroups = Self.groups(causes).sorted { $0.count > $1.count }
        let cause = causeGroups.prefix(1).map { DraftedSentence(section: .cause, unit: Self.representative($0)) }
        return (cause, kept.map { DraftedSentence(section: .step, unit: $0.unit) }, notes)
    }

    /// Units that say the same thing (close wording), each group in the order its first member appeared.
    static func groups(_ units: [AnswerUnit]) -> [[AnswerUnit]] {
        var groups: [[AnswerUnit]] = []
        for unit in units {
            if let index = groups.firstIndex(where: { group in
                group.contains { $0.answer != unit.answer && $0.vector.cosine(unit.vector) >= 0.6 }
                    || group.contains { $0.text == unit.text }
            }) {
                groups[index].append(unit)
            } else {
                groups.append([unit])
            }
        }
        return groups
    }

    /// The member most like the others (the fullest wording on ties).
    static func representative(_ group: [AnswerUnit]) -> AnswerUnit {
        let index =
            best(group) { unit in
                group.reduce(0) { $0 + $1.vector.cosine(unit.vector) } + Double(min(unit.text.count, 300)) / 3000
            } ?? 0
        return group[index]
    }

    /// An answer as steps and sentences: list items whole, paragraphs cut into sentences.
    static func units(of answer: String) -> [String] {
        var units: [String] = []
        for block in ReplyBlocks(answer).blocks {
            switch block {
            case .steps(let items), .bullets(let items):
                // A step that says two things is two units, so the second is not lost to a shorter wording.
                units += items.flatMap(sentences)
            case .paragraph(let text):
                units += sentences(of: text)
            }
        }
        return units.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.filter(\.isLetter).count >= 12 }
    }

    /// Sentences of a paragraph, cut after `.`, `!` or `?` followed by a space and a capital letter.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
                characters[index + 2].isUppercase
            else { continue }
            sentences.append(current)
            current = ""
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current) }
        return sentences
    }

    static func isPleasantry(_ text: String) -> Bool { pleasantry.matches(text) }

    private static let causeMarker = CompiledPattern(
        builtIn: #"^(?i:for context|background|pour information|pour info|pour contexte|la raison|the reason)\s*:\s*"#)
    /// "I've waived the fee", "J'ai envoyé un message": what an agent did for one customer.
    private static let oneCustomer = CompiledPattern(
        builtIn: #"(?i:\b(?:i|we)(?:'ve|’ve| have| had|'d)\s+(?:\w+\s+)?\w+(?:ed|t|en|ne)\b|"#
            + #"\b(?:j'ai|j’ai|nous avons|je viens d|on a)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|is|it|t)\b)"#)

    private static let pleasantry = CompiledPattern(
        builtIn: #"(?i:^(?:thanks|thank you|merci|glad|happy to help|sorry|apologies|désolé|je suis désolé|"#
            + #"let me know|just reply|if anything|n'hésitez|dites-moi|tenez-moi|bonne journée|have a (?:great|nice)|"#
            + #"hope this helps|hope that helps|j'espère|shout if|if this doesn't|if that doesn't|if anything|"#
            + #"je reste disponible|tenez-moi|si le problème persiste|thank you for contacting|merci d'avoir)|"#
            + #"(?:let me know|just reply|reply here|reply to this|dig deeper|n'hésitez pas|revenir vers moi)[^.]*[.!]?$)"#
    )
    static let cause = CompiledPattern(
        builtIn: #"(?i:\bbecause\b|\bthis happens\b|\bhappens when\b|\bis caused by\b|\bthe reason\b|\bdue to\b|"#
            + #"\bwhen (?:a|an|the|your) [^.]{3,60} (?:expires|expired|changes|changed|is rotated|was rotated|renews)|"#
            + #"\brefuses\b|\bblocks?\b[^.]{0,40}\b(?:pop-up|payment)|\bparce que\b|\bcar\b|\bcela (?:se produit|arrive)\b|"#
            + #"\best dû|\best due\b|\bla cause\b|\bvient du fait\b|\bse produit quand\b|\brefuse\b|\bexpire\b|"#
            + #"\brotated\b|\brotates\b|\brenewed\b|\bexpired\b|\bno longer\b|\bis blocked\b|\bquarantine|"#
            + #"\bdoesn't allow\b|\bdoes not allow\b|\bonly accepts?\b|\brejects?\b|\bexpiré|\bbloqu|"#
            + #"\bn'autorise\b|\bne permet\b|\bn'accepte\b|\brejett|\bplus valable\b|\brenouvel)"#)
    /// A sentence that tells the reader what to do.
    static let imperative = CompiledPattern(
        builtIn: #"(?i:^(?:(?:please|then|next|first|now|finally|also|puis|ensuite|enfin|veuillez|merci de|you can|"#
            + #"vous pouvez|il suffit de)\b[ ,]*)*(?:open|go|click|tap|select|choose|enable|disable|turn|allow|add|"#
            + #"re-add|remove|use|try|set|sign|log|check|make|update|install|restart|clear|delete|enter|type|"#
            + #"upload|download|export|import|connect|reconnect|approve|confirm|pick|switch|change|replace|press|run|"#
            + #"head|navigate|hit|kindly|ask|tell|contact|wait|scan|reset|rename|generate|create|copy|paste|reply|"#
            + #"send|request|regenerate|revoke|grant|assign|invite|resend|edit|fill|save|tick|untick|uncheck|toggle|"#
            + #"appuy|patient|génér|cré|copi|coll|renvoy|demand|attribu|invit|remplac|coch|décoch|enregistr|relanc|"#
            + #"rafraîch|actualis|désinstall|réinstall|scann|ouvr|all|cliqu|"#
            + #"touch|sélectionn|choisi|activ|désactiv|autoris|ajout|supprim|utilis|essay|vérifi|assur|mett|install|"#
            + #"redémarr|vid|saisi|renseign|téléchar|export|import|connect|reconnect|valid|confirm|pass|modifi|rend))"#)

    /// Words that tie a sentence to one customer: their account or order, "in your case".
    private static let personal = CompiledPattern(
        builtIn: #"(?i:\bin your case\b|\bdans votre cas\b|\byour (?:account|order|invoice|ticket) (?:no\.? |#)?\d|"#
            + #"\bvotre (?:compte|commande|facture) (?:n° ?)?\d|\byour ticket\b|\bvotre ticket\b|\bvotre demande\b)"#)
}

extension DraftedSentence {
    init(section: DraftProvenance.Section, unit: DraftSession.AnswerUnit) {
        self.init(section: section, text: unit.text, ticketID: unit.ticketID, commentID: unit.commentID)
    }
}
