import CasebookCore
import CasebookText
import Foundation

/// Which tickets may teach: a ticket passes when a public agent answer resolved it with a fix the reader
/// can apply, not an automatic reply and not "we have done it for you".
struct TicketGrade {
    enum Rejection: String, CaseIterable {
        case noAnswer = "no public agent answer"
        case autoReply = "only an automatic reply"
        case doneForCustomer = "the agent did it for the customer"
        case notActionable = "no fix the reader can apply"
    }

    /// The resolving answer (cleaned), when the ticket passed.
    var answer: (text: String, comment: Comment)?
    var rejection: Rejection?

    private static let autoReply = CompiledPattern(
        builtIn:
            #"(?i:automatic reply|auto-?reply|automated (?:message|reply)|we have received your (?:request|message)|"#
            + #"we've received your|réponse automatique|nous avons bien reçu votre|accusé de réception|"#
            + #"this is an automated|ticket has been (?:created|received))"#)
    static let doneForCustomer = CompiledPattern(
        builtIn:
            #"(?i:\b(?:i|we)(?:'ve| have| just|'ll| will)?\s+(?:\w+\s+){0,2}(?:fixed|refunded|reset|unlocked|updated|"#
            + #"changed|corrected|applied|re-?sent|removed|merged|cancel+ed|credited|escalated|restored|reactivated|"#
            + #"extended|added|moved|deleted)\b|\b(?:j'ai|nous avons|je viens de|on a)\s+(?:\w+\s+){0,2}"#
            + #"(?:rembours|corrig|réinitialis|débloqu|modifi|fait|appliqu|renvoy|supprim|fusionn|annul|crédit|"#
            + #"transmis|escalad|rétabli|réactiv|prolong|ajout|déplac))"#)
    static let instruction = CompiledPattern(
        builtIn:
            #"(?i:\b(?:open|go to|click|tap|select|choose|enable|disable|turn|allow|add|re-add|remove|use|try|set|"#
            + #"sign in|log in|sign out|check|make sure|update|install|reinstall|restart|clear|delete|enter|type|"#
            + #"upload|download|export|import|connect|reconnect|reauthori[sz]e|approve|confirm|pick|switch|change|"#
            + #"ouvrez|allez|cliquez|touchez|sélectionnez|choisissez|activez|désactivez|autorisez|ajoutez|"#
            + #"supprimez|utilisez|essayez|vérifiez|assurez-vous|mettez à jour|installez|redémarrez|videz|saisissez|"#
            + #"renseignez|téléchargez|exportez|importez|connectez|reconnectez|validez|confirmez|passez|modifiez|"#
            + #"rendez-vous|merci de)\b|>)"#)

    /// Grades `thread`: its resolving answer is the last public agent reply with substance (an
    /// acknowledgement after the fix does not count).
    init(_ thread: TicketThread, cleaner: ReplyCleaner) {
        let answers = thread.publicComments.filter { $0.authorRole == .agent }
            .map { (text: cleaner.clean($0.bodyText), comment: $0) }
            .filter { $0.text.filter(\.isLetter).count >= 40 }
        guard !answers.isEmpty else {
            rejection = .noAnswer
            return
        }
        let actionable = answers.filter { Self.instruction.matches($0.text) && !Self.autoReply.matches($0.text) }
        guard let resolving = actionable.last else {
            if answers.allSatisfy({ Self.autoReply.matches($0.text) }) {
                rejection = .autoReply
            } else if answers.contains(where: { Self.doneForCustomer.matches($0.text) }) {
                rejection = .doneForCustomer
            } else {
                rejection = .notActionable
            }
            return
        }
        answer = resolving
    }
}
