// generate.swift: builds the committed sample exports in Samples/.
//
//     swift Samples/Generator/generate.swift
//
// Writes Samples/zendesk-export.json, Samples/tickets.csv, Samples/personal-data.txt and Samples/README.md.
// The output is byte-identical on every run: every random choice comes from a SplitMix64 stream seeded from
// a fixed label (one stream per ticket, so editing one table entry doesn't reshuffle the others), no
// dictionary or set is ever iterated unsorted, and dates are computed by hand in UTC (no locale, no time
// zone database, no JSONEncoder key order to depend on).
//
// Layout of this file:
//   1. Building blocks: random numbers, dates, the personal-data log, slots, message blocks and rendering
//   2. Conversations: how one ticket's thread is put together
//   3. The run: people, tickets, and the four output files
//   4. Data tables: people, phrases, recurring problems (English, French), one-off tickets
//
// Every personal value (name, email, phone, card, IBAN, IP, tokenised link, internal note) is recorded in
// the personal-data log at the moment it is written into a message or a record, so the manifest is
// exactly what the exports contain.

import Foundation

// MARK: - 1. Building blocks

// MARK: Random numbers

/// SplitMix64: tiny and fully specified, so a seed gives the same stream on every machine and release.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A stream named by a label, seeded with the label's FNV-1a hash.
    init(_ label: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in label.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        self.init(seed: hash)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / 9_007_199_254_740_992.0 < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        precondition(!items.isEmpty, "pick from an empty table")
        return items[int(0...(items.count - 1))]
    }

    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var items = items
        for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, int(0...i)) }
        return items
    }

    mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<count).map { _ in digits[int(0...15)] })
    }

    mutating func base62(_ count: Int) -> String {
        let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        return String((0..<count).map { _ in digits[int(0...61)] })
    }
}

// MARK: Dates

enum Language: String {
    case en, fr
}

/// A UTC instant with minute precision, counted from 2026-01-01T00:00Z (a Thursday).
struct Moment: Comparable {
    var minutes: Int

    static func < (a: Moment, b: Moment) -> Bool { a.minutes < b.minutes }

    static func day(_ dayOfYear: Int, hour: Int, minute: Int) -> Moment {
        Moment(minutes: (dayOfYear * 24 + hour) * 60 + minute)
    }

    func adding(minutes delta: Int) -> Moment { Moment(minutes: minutes + delta) }
    func adding(days: Int) -> Moment { adding(minutes: days * 1440) }

    /// Calendar fields, by Howard Hinnant's days-to-civil algorithm. `weekday` is 0 for Monday.
    var fields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, weekday: Int) {
        let epochDays = 20_454 + minutes / 1440  // 2026-01-01 is day 20454 of the Unix epoch
        let z = epochDays + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, (minutes % 1440) / 60, minutes % 60, (epochDays + 3) % 7)
    }

    var iso8601: String {
        precondition(minutes >= 0, "dates before 2026 are not supported")
        let f = fields
        return "\(f.year)-\(pad(f.month))-\(pad(f.day))T\(pad(f.hour)):\(pad(f.minute)):00Z"
    }

    private var clock: String {
        let f = fields
        return "\(pad(f.hour)):\(pad(f.minute))"
    }

    /// The date in Gmail's reply attribution: "Tue, 3 Mar 2026 at 10:02" / "mar. 3 mars 2026 à 10:02".
    func gmailAttribution(_ language: Language) -> String {
        let f = fields
        switch language {
        case .en:
            return
                "\(DateWords.weekdaysEN[f.weekday].prefix(3)), \(f.day) \(DateWords.monthsEN[f.month - 1].prefix(3)) \(f.year) at \(clock)"
        case .fr:
            return
                "\(DateWords.weekdaysFR[f.weekday].prefix(3)). \(f.day) \(DateWords.monthsFR[f.month - 1]) \(f.year) à \(clock)"
        }
    }

    /// The date in Outlook's "Sent:" line: "Tuesday, March 3, 2026 10:02 AM" / "mardi 3 mars 2026 10:02".
    func outlookSent(_ language: Language) -> String {
        let f = fields
        switch language {
        case .en:
            let hour12 = f.hour % 12 == 0 ? 12 : f.hour % 12
            return
                "\(DateWords.weekdaysEN[f.weekday]), \(DateWords.monthsEN[f.month - 1]) \(f.day), \(f.year) \(hour12):\(pad(f.minute)) \(f.hour < 12 ? "AM" : "PM")"
        case .fr:
            return "\(DateWords.weekdaysFR[f.weekday]) \(f.day) \(DateWords.monthsFR[f.month - 1]) \(f.year) \(clock)"
        }
    }

    /// The date as a customer writes it: "March 3" / "3 mars" ("1er mars").
    func spoken(_ language: Language) -> String {
        let f = fields
        switch language {
        case .en: return "\(DateWords.monthsEN[f.month - 1]) \(f.day)"
        case .fr: return "\(f.day == 1 ? "1er" : String(f.day)) \(DateWords.monthsFR[f.month - 1])"
        }
    }

    var isoDay: String {
        let f = fields
        return "\(f.year)-\(pad(f.month))-\(pad(f.day))"
    }
}

func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

enum DateWords {
    static let monthsEN = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    static let weekdaysEN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthsFR = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ]
    static let weekdaysFR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
}

// MARK: Personal data

/// The kinds of the manifest, spelled as they appear in personal-data.txt.
enum PersonalKind: String {
    case card, email, iban, `internal`, ip, name, phone
    case urlToken = "url-token"
}

/// Every personal value written into the exports, recorded as it is written.
final class PersonalDataLog {
    private var lines: Set<String> = []

    func record(_ kind: PersonalKind, _ value: String) {
        precondition(!value.isEmpty && !value.contains("\t") && !value.contains("\n"), "bad manifest value: \(value)")
        lines.insert("\(kind.rawValue)\t\(value)")
    }

    /// Sorted by UTF-8 bytes, like `LC_ALL=C sort -u`.
    var sortedLines: [String] { lines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    func count(of kind: PersonalKind) -> Int { lines.filter { $0.hasPrefix(kind.rawValue + "\t") }.count }
}

/// Someone who appears in the exports.
struct Person {
    enum Role: String {
        case endUser = "end-user"
        case agent, admin
    }

    var first: String
    var last: String
    var email: String
    /// The number as the helpdesk stores it ("+1 415 555 0134"), when the profile has one.
    var storedPhone: String?
    /// The number as the person types it in a signature.
    var writtenPhone: String
    var role: Role
    var language: Language

    var full: String { "\(first) \(last)" }

    /// Records the name and email, as they are about to be written into a record.
    func recordIdentity(in log: PersonalDataLog, firstNameToo: Bool) {
        log.record(.name, full)
        if firstNameToo { log.record(.name, first) }
        log.record(.email, email)
    }
}

// MARK: Slots

/// Named values for `{slot}` placeholders in the data tables. Personal values are logged when filled in.
struct Slots {
    private struct Entry {
        var text: String
        var records: [(PersonalKind, String)]
    }

    private var entries: [String: Entry] = [:]

    mutating func set(_ name: String, _ text: String) { entries[name] = Entry(text: text, records: []) }

    mutating func set(_ name: String, _ text: String, _ kind: PersonalKind, alsoRecords: [(PersonalKind, String)] = [])
    {
        entries[name] = Entry(text: text, records: [(kind, text)] + alsoRecords)
    }

    func fill(_ template: String, log: PersonalDataLog) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { fatalError("unclosed slot in: \(template)") }
            let name = String(rest[rest.index(after: open)..<close])
            guard let entry = entries[name] else { fatalError("unknown slot {\(name)} in: \(template)") }
            result += entry.text
            for (kind, value) in entry.records { log.record(kind, value) }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

// MARK: Message blocks

/// How a list of steps is written in a reply.
enum StepStyle {
    case numbered, parenthesised, bullets
    /// "Step 1: …" lines; `label` holds "#" where the number goes.
    case labelled(String)
    /// Numbered lines, but in HTML a single paragraph with `<br>` instead of a list.
    case lines
}

/// Email history quoted under a reply.
struct QuoteHeader {
    enum Style { case gmail, outlook }

    var style: Style
    var language: Language
    var sentAt: Moment
    var to: Person
    var subject: String

    var supportName: String { language == .en ? "Nimbus Drive Support" : "Support Nimbus Drive" }
    static let supportAddress = "support@nimbusdrive.example"
}

/// A piece of a message that renders both as plain text (`body`) and as HTML (`html_body`).
///
/// Inline markup in the data tables: `code`, **strong**; URLs and emails are linked in HTML.
indirect enum Block {
    case paragraph([String])
    case steps([String], StepStyle)
    case quote(QuoteHeader, [Block])
    /// Hand-written HTML with its plain-text twin (which may be empty): the HTML quirks live here.
    case markup(text: String, html: String)
}

/// Whether a message's HTML uses `<p>` paragraphs (helpdesk UI) or Gmail's `<div>` lines.
enum HTMLFlavor { case paragraphs, divs }

enum Render {
    static func text(_ blocks: [Block]) -> String {
        blocks.map(text).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    static func text(_ block: Block) -> String {
        switch block {
        case .paragraph(let lines):
            return lines.map(plainInline).joined(separator: "\n")
        case .steps(let steps, let style):
            return steps.enumerated().map { marker($0.offset + 1, style) + " " + plainInline($0.element) }
                .joined(separator: "\n")
        case .quote(let header, let quoted):
            let body = text(quoted)
            switch header.style {
            case .gmail:
                let attribution =
                    header.language == .en
                    ? "On \(header.sentAt.gmailAttribution(.en)), \(header.supportName) <\(QuoteHeader.supportAddress)> wrote:"
                    : "Le \(header.sentAt.gmailAttribution(.fr)), \(header.supportName) <\(QuoteHeader.supportAddress)> a écrit :"
                let quotedLines = body.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? ">" : "> " + $0 }
                return ([attribution] + quotedLines).joined(separator: "\n")
            case .outlook:
                return (["________________________________"] + outlookFields(header).map { "\($0.0) \($0.1)" })
                    .joined(separator: "\n") + "\n\n" + body
            }
        case .markup(let text, _):
            return text
        }
    }

    static func html(_ blocks: [Block], flavor: HTMLFlavor) -> String {
        "<div class=\"zd-comment\" dir=\"auto\">" + blocks.map { html($0, flavor: flavor) }.joined() + "</div>"
    }

    static func html(_ block: Block, flavor: HTMLFlavor) -> String {
        switch block {
        case .paragraph(let lines):
            switch flavor {
            case .paragraphs: return "<p dir=\"auto\">" + lines.map(htmlInline).joined(separator: "<br>") + "</p>"
            case .divs: return lines.map { "<div dir=\"ltr\">\(htmlInline($0))</div>" }.joined() + "<div><br></div>"
            }
        case .steps(let steps, let style):
            let items = steps.map { "<li>\(htmlInline($0))</li>" }.joined()
            switch style {
            case .numbered, .parenthesised: return "<ol>\(items)</ol>"
            case .bullets: return "<ul>\(items)</ul>"
            case .labelled, .lines:
                let lines = steps.enumerated().map { marker($0.offset + 1, style) + " " + htmlInline($0.element) }
                return "<p dir=\"auto\">" + lines.joined(separator: "<br>") + "</p>"
            }
        case .quote(let header, let quoted):
            let inner = quoted.map { html($0, flavor: .paragraphs) }.joined()
            switch header.style {
            case .gmail:
                let address =
                    "&lt;<a href=\"mailto:\(QuoteHeader.supportAddress)\">\(QuoteHeader.supportAddress)</a>&gt;"
                let attribution =
                    header.language == .en
                    ? "On \(header.sentAt.gmailAttribution(.en)), \(header.supportName) \(address) wrote:"
                    : "Le \(header.sentAt.gmailAttribution(.fr)), \(header.supportName) \(address) a écrit&nbsp;:"
                return "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">\(attribution)<br></div>"
                    + "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                    + inner + "</blockquote></div>"
            case .outlook:
                let fields = outlookFields(header).map { "<b>\($0.0)</b> \(escape($0.1))" }.joined(separator: "<br>")
                return
                    "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
                    + "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">\(fields)</font>"
                    + "<div>&nbsp;</div></div><div>\(inner)</div>"
            }
        case .markup(_, let html):
            return html
        }
    }

    /// "1.", "1)", "-" or "Step 1:" in front of a step.
    static func marker(_ number: Int, _ style: StepStyle) -> String {
        switch style {
        case .numbered, .lines: return "\(number)."
        case .parenthesised: return "\(number))"
        case .bullets: return "-"
        case .labelled(let label): return label.replacingOccurrences(of: "#", with: String(number))
        }
    }

    static func outlookFields(_ header: QuoteHeader) -> [(String, String)] {
        let from = "\(header.supportName) <\(QuoteHeader.supportAddress)>"
        let to = "\(header.to.full) <\(header.to.email)>"
        switch header.language {
        case .en:
            return [
                ("From:", from), ("Sent:", header.sentAt.outlookSent(.en)), ("To:", to),
                ("Subject:", "Re: " + header.subject),
            ]
        case .fr:
            return [
                ("De :", from), ("Envoyé :", header.sentAt.outlookSent(.fr)), ("À :", to),
                ("Objet :", "RE: " + header.subject),
            ]
        }
    }

    static func plainInline(_ text: String) -> String {
        text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// `code` spans become `<code>` (and are never linked); elsewhere **x** becomes `<strong>` and
    /// URLs and email addresses become links.
    static func htmlInline(_ text: String) -> String {
        text.components(separatedBy: "`").enumerated().map { index, segment in
            if index % 2 == 1 { return "<code>\(escape(segment))</code>" }
            let strong = escape(segment).components(separatedBy: "**").enumerated()
                .map { $0.offset % 2 == 1 ? "<strong>\($0.element)</strong>" : $0.element }.joined()
            return linkURLs(linkEmails(strong))
        }.joined()
    }

    private static let emailPattern = try! NSRegularExpression(
        pattern: "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]+")
    private static let urlPattern = try! NSRegularExpression(pattern: "https?://[^\\s<>\"]*[^\\s<>\".,;:!?)]")

    private static func linkEmails(_ html: String) -> String {
        emailPattern.stringByReplacingMatches(
            in: html, range: NSRange(html.startIndex..., in: html), withTemplate: "<a href=\"mailto:$0\">$0</a>")
    }

    private static func linkURLs(_ html: String) -> String {
        urlPattern.stringByReplacingMatches(
            in: html, range: NSRange(html.startIndex..., in: html),
            withTemplate: "<a href=\"$0\" rel=\"noopener noreferrer\" target=\"_blank\">$0</a>")
    }
}

// MARK: - 2. Conversations

enum Author {
    case customer(Person)
    case agent(Person)
    case system
}

struct Message {
    var author: Author
    var isPublic: Bool
    var blocks: [Block]
    var at: Moment
    var flavor: HTMLFlavor = .paragraphs

    var text: String { Render.text(blocks) }
    var html: String { Render.html(blocks, flavor: flavor) }
    var isInternalNote: Bool {
        if case .agent = author { return !isPublic }
        return false
    }
}

enum Destination { case zendesk, csv }

/// What a ticket is about: one of the recurring problems, or a one-off.
enum Topic {
    case problem(Int)
    case oneOff(Int)
}

struct GeneratedTicket {
    var destination: Destination
    var language: Language
    var topic: Topic
    var subject: String
    var status: String
    var tags: [String]
    var requester: Person
    var assignee: Person?
    var messages: [Message]
    var updatedAt: Moment
    var order: Int

    var createdAt: Moment { messages[0].at }
    var isResolved: Bool { status == "solved" || status == "closed" }
}

/// How a customer writes.
enum CustomerStyle { case plain, lowercase, typos, angry, noAccents }

/// Builds one ticket's thread, message by message, moving a clock forward.
struct Conversation {
    let language: Language
    let phrases: Phrases
    let customer: Person
    let agent: Person
    let admin: Person
    let log: PersonalDataLog
    let destination: Destination
    var rng: SplitMix64
    var slots: Slots
    var clock: Moment
    var subject = ""
    var messages: [Message] = []

    mutating func fill(_ template: String) -> String { slots.fill(template, log: log) }

    mutating func wait(_ range: ClosedRange<Int>) { clock = clock.adding(minutes: rng.int(range)) }

    mutating func pickStyle() -> CustomerStyle {
        let roll = rng.int(1...100)
        switch roll {
        case 1...8: return .lowercase
        case 9...18: return language == .fr && roll > 13 ? .noAccents : .typos
        case 19...25: return .angry
        default: return .plain
        }
    }

    /// Applies the customer's writing style to a template, before its slots are filled.
    mutating func rewrite(_ template: String, _ style: CustomerStyle) -> String {
        switch style {
        case .lowercase: return template.lowercased()
        case .noAccents: return Tables.foldAccents(template)
        case .typos:
            var text = template
            let candidates = rng.shuffled(phrases.typos).filter { text.contains($0.0) }
            for (right, wrong) in candidates.prefix(2) {
                if let range = text.range(of: right) { text.replaceSubrange(range, with: wrong) }
            }
            return text
        case .plain, .angry: return template
        }
    }

    mutating func makeSubject(_ template: String, _ style: CustomerStyle) -> String {
        var text = fill(rewrite(template, style))
        if style == .angry {
            text = rng.chance(0.5) ? (language == .en ? "URGENT: " : "URGENT : ") + text : text + "!!!"
        }
        subject = text
        return text
    }

    private mutating func paragraphs(_ text: String) -> [Block] {
        text.components(separatedBy: "\n\n").map { .paragraph($0.components(separatedBy: "\n")) }
    }

    mutating func customerOpens(_ opening: String, context: [String], style: CustomerStyle) {
        var blocks: [Block] = []
        if style != .lowercase, rng.chance(0.75) { blocks.append(.paragraph([rng.pick(phrases.customerGreetings)])) }
        var text = rewrite(opening, style)
        if style == .angry { text = rng.pick(phrases.angryOpeners) + " " + text }
        if rng.chance(0.4) { text += " " + rewrite(rng.pick(context), style) }
        blocks += paragraphs(fill(text))
        if style != .lowercase { blocks += paragraphs(fill(rng.pick(phrases.signatures))) }
        if rng.chance(0.12) { blocks.append(.paragraph([rng.pick(phrases.mobileSignatures)])) }
        addCustomerMessage(blocks)
    }

    mutating func customerReplies(_ template: String, quoting previous: Message?) {
        wait(15...2_800)
        var blocks = paragraphs(fill(template))
        if rng.chance(0.5) { blocks += paragraphs(fill(rng.pick(phrases.replySignatures))) }
        if rng.chance(0.15) { blocks.append(.paragraph([rng.pick(phrases.mobileSignatures)])) }
        if let previous, rng.chance(0.55) {
            let header = QuoteHeader(
                style: rng.chance(0.25) ? .outlook : .gmail, language: language, sentAt: previous.at, to: customer,
                subject: subject)
            if header.style == .outlook { customer.recordIdentity(in: log, firstNameToo: true) }
            blocks.append(.quote(header, previous.blocks))
        }
        addCustomerMessage(blocks)
    }

    private mutating func addCustomerMessage(_ blocks: [Block]) {
        var blocks = blocks
        if destination == .zendesk, rng.chance(0.07) { blocks.append(rng.pick(Tables.customerQuirks)) }
        messages.append(
            Message(
                author: .customer(customer), isPublic: true, blocks: blocks, at: clock,
                flavor: rng.chance(0.4) ? .divs : .paragraphs))
    }

    mutating func agentReplies(_ core: [Block], from author: Person? = nil, acknowledge: Bool = true) {
        wait(20...1_400)
        let author = author ?? agent
        var blocks: [Block] = [.paragraph([fill(rng.pick(phrases.agentGreetings))])]
        if acknowledge, rng.chance(0.6) { blocks.append(.paragraph([rng.pick(phrases.agentAcks)])) }
        blocks += core
        if rng.chance(0.6) { blocks.append(.paragraph([rng.pick(phrases.agentClosings)])) }
        if rng.chance(0.12) {
            log.record(.name, author.full)
            blocks.append(.paragraph([rng.pick(phrases.agentSignoffs), "\(author.full) | \(phrases.team)"]))
        } else {
            blocks.append(.paragraph([rng.pick(phrases.agentSignoffs), author.first, phrases.team]))
        }
        if destination == .zendesk, rng.chance(0.08) {
            blocks.insert(rng.pick(phrases.agentQuirks), at: blocks.count - 1)
        }
        messages.append(Message(author: .agent(author), isPublic: true, blocks: blocks, at: clock))
    }

    mutating func solutionBlocks(_ solution: Solution) -> [Block] {
        var blocks: [Block] = [.paragraph([fill(solution.intro)])]
        let style: StepStyle
        switch rng.int(1...20) {
        case 1...11: style = .numbered
        case 12...13: style = .parenthesised
        case 14...15: style = .labelled(language == .en ? "Step #:" : "Étape # :")
        case 16...18: style = .bullets
        default: style = .lines
        }
        var steps: [String] = []
        for step in solution.steps { steps.append(fill(step)) }
        blocks.append(.steps(steps, style))
        if !solution.outro.isEmpty { blocks.append(.paragraph([fill(solution.outro)])) }
        return blocks
    }

    /// An internal note. Its first sentence (which never holds a slot) goes to the manifest.
    mutating func addNote(_ template: String) {
        wait(3...90)
        let sentence = Tables.firstSentence(template)
        precondition(
            sentence.count >= 25 && !sentence.contains("{"),
            "internal note needs a distinctive first sentence: \(template)")
        log.record(.internal, sentence)
        var text = fill(template)
        if rng.chance(0.3) { text += " " + fill(rng.pick(phrases.noteTails)) }
        let author = rng.chance(0.15) ? admin : agent
        messages.append(Message(author: .agent(author), isPublic: false, blocks: [.paragraph([text])], at: clock))
    }

    mutating func systemNote(_ text: String, isPublic: Bool, after days: Int) {
        clock = clock.adding(days: days).adding(minutes: rng.int(0...30))
        messages.append(Message(author: .system, isPublic: isPublic, blocks: [.paragraph([text])], at: clock))
    }

    var lastPublicAgentMessage: Message? {
        messages.last { message in
            if case .agent = message.author { return message.isPublic }
            return false
        }
    }
}

// MARK: - 3. The run

/// Hands out customers: new ones from shuffled name pools, and now and then a returning one.
struct PeopleFactory {
    private var rng = SplitMix64("people")
    private var usedEmails: Set<String> = []
    private var usedPhones: Set<String> = []
    private var poolEN: [(String, String)]
    private var poolFR: [(String, String)]
    private var issued: [(person: Person, destination: Destination)] = []

    init() {
        var rng = SplitMix64("name pools")
        poolEN = rng.shuffled(Tables.firstNamesEN.flatMap { first in Tables.lastNamesEN.map { (first, $0) } })
        poolFR = rng.shuffled(Tables.firstNamesFR.flatMap { first in Tables.lastNamesFR.map { (first, $0) } })
    }

    mutating func customer(_ language: Language, for destination: Destination) -> Person {
        let returning = issued.filter { $0.person.language == language && $0.destination == destination }
        if returning.count > 10, rng.chance(0.07) { return rng.pick(returning).person }
        let (first, last) = language == .en ? poolEN.removeFirst() : poolFR.removeFirst()
        let phone = newPhone(language)
        let person = Person(
            first: first, last: last, email: newEmail(first: first, last: last, language: language),
            storedPhone: rng.chance(0.45) ? phone.stored : nil, writtenPhone: phone.written, role: .endUser,
            language: language)
        issued.append((person, destination))
        return person
    }

    mutating func newEmail(first: String, last: String, language: Language) -> String {
        let f = Tables.asciiLower(first)
        let l = Tables.asciiLower(last)
        let domain = rng.pick(language == .en ? Tables.domainsEN : Tables.domainsFR)
        let local: String
        switch rng.int(1...7) {
        case 1...3: local = "\(f).\(l)"
        case 4: local = "\(f)\(l)"
        case 5: local = "\(f.prefix(1))\(l)"
        case 6: local = "\(f)_\(l)\(rng.int(10...99))"
        default: local = "\(l).\(f)"
        }
        var email = "\(local)@\(domain)"
        while usedEmails.contains(email) { email = "\(local)\(rng.int(2...98))@\(domain)" }
        usedEmails.insert(email)
        return email
    }

    /// Numbers in ranges reserved for fiction: +1 NXX 555 01xx, +44 20 7946 0xxx, +33 1 99 00 xx xx.
    mutating func newPhone(_ language: Language) -> (stored: String, written: String) {
        while true {
            let phone: (stored: String, written: String)
            if language == .fr {
                let digits = "\(pad(rng.int(0...99))) \(pad(rng.int(0...99)))"
                phone = ("+33 1 99 00 \(digits)", rng.chance(0.5) ? "+33 1 99 00 \(digits)" : "01 99 00 \(digits)")
            } else if rng.chance(0.7) {
                let area = rng.pick(["415", "212", "312", "617", "206", "512", "303"])
                let line = "01\(pad(rng.int(0...99)))"
                let written = rng.pick(["+1 \(area) 555 \(line)", "(\(area)) 555-\(line)", "\(area)-555-\(line)"])
                phone = ("+1 \(area) 555 \(line)", written)
            } else {
                let line = "0" + String(rng.int(0...999) + 1000).suffix(3)
                phone = ("+44 20 7946 \(line)", rng.chance(0.5) ? "+44 20 7946 \(line)" : "020 7946 \(line)")
            }
            if usedPhones.insert(phone.stored).inserted { return phone }
        }
    }
}

/// The support team: three English-speaking agents, two French-speaking agents and an admin.
enum Staff {
    static let admin = Person(
        first: "Lena", last: "Fischer", email: "lena.fischer@nimbusdrive.example", storedPhone: nil, writtenPhone: "",
        role: .admin, language: .en)
    static let english = [
        agent("Marta", "Lindqvist", "marta"), agent("Daniel", "Okafor", "daniel"), agent("Priya", "Raman", "priya"),
    ]
    static let french = [agent("Julien", "Moreau", "julien", .fr), agent("Camille", "Dubois", "camille", .fr)]
    /// Zendesk user ids, in the order the users list prints them.
    static let all: [(id: Int, person: Person)] =
        [(500, admin)] + (english + french).enumerated().map { (501 + $0.offset, $0.element) }

    static func agents(_ language: Language) -> [Person] { language == .en ? english : french }

    private static func agent(_ first: String, _ last: String, _ mailbox: String, _ language: Language = .en) -> Person
    {
        Person(
            first: first, last: last, email: "\(mailbox)@nimbusdrive.example", storedPhone: nil, writtenPhone: "",
            role: .agent, language: language)
    }
}

/// Open, pending and reopened tickets: the ingester skips them by default.
enum Unresolved { case open, pending, reopened }

struct TicketFactory {
    let log: PersonalDataLog
    var people = PeopleFactory()
    var made = 0

    private mutating func start(
        _ label: String, language: Language, destination: Destination
    ) -> Conversation {
        var rng = SplitMix64(label)
        let customer = people.customer(language, for: destination)
        // Jan 15 to Oct 24, so dates mentioned in the text ("on March 3") stay in 2026 too.
        let created = Moment.day(rng.int(14...296), hour: rng.int(7...21), minute: rng.int(0...59))
        let agent = rng.pick(Staff.agents(language))
        let slots = Tables.slots(for: customer, language: language, at: created, rng: &rng)
        return Conversation(
            language: language, phrases: Phrases.of(language), customer: customer, agent: agent, admin: Staff.admin,
            log: log, destination: destination, rng: rng, slots: slots, clock: created)
    }

    mutating func recurring(_ index: Int, ordinal: Int, destination: Destination, unresolved: Unresolved? = nil)
        -> GeneratedTicket
    {
        let problem = Catalog.problems[index]
        var convo = start("\(problem.key)#\(ordinal)", language: problem.language, destination: destination)
        let phrases = convo.phrases
        let style = convo.pickStyle()
        let subjectTemplate = convo.rng.pick(problem.subjects)
        let subject = convo.makeSubject(subjectTemplate, style)
        let opening = convo.rng.pick(problem.openings)
        convo.customerOpens(opening, context: problem.context + phrases.contexts, style: style)

        // Internal notes: about half the tickets carry one, some two; triage notes come early, others late.
        var notes: [String] = []
        if convo.rng.chance(0.5) {
            let pool = convo.rng.shuffled(problem.notes) + convo.rng.shuffled(phrases.genericNotes)
            notes.append(convo.rng.chance(0.7) ? pool[0] : pool[problem.notes.count])
            if convo.rng.chance(0.3) { notes.append(pool[1]) }
        }
        let earlyNote = notes.count == 2 || (notes.count == 1 && convo.rng.chance(0.5))
        if earlyNote { convo.addNote(notes.removeFirst()) }
        let solution = convo.rng.pick(problem.solutions)

        if let unresolved {
            var assignee: Person? = convo.agent
            let status: String
            switch unresolved {
            case .open:
                if convo.rng.chance(0.5) { assignee = nil }
                status = "open"
            case .pending:
                convo.agentReplies([.paragraph([convo.fill(problem.question)])])
                status = "pending"
            case .reopened:
                convo.agentReplies(convo.solutionBlocks(solution))
                let still = convo.rng.pick(problem.stillBroken.isEmpty ? phrases.stillBroken : problem.stillBroken)
                convo.customerReplies(still, quoting: convo.lastPublicAgentMessage)
                status = "open"
            }
            if let note = notes.first, assignee != nil { convo.addNote(note) }
            return finish(
                convo, topic: .problem(index), subject: subject, tags: tags(problem.tags, &convo.rng), status: status,
                assignee: assignee)
        }

        let shape = convo.rng.int(1...100)
        switch shape {
        case 1...45, 91...100:  // answered straight away (91+: the customer never writes back)
            if let note = notes.first { convo.addNote(note) }
            convo.agentReplies(convo.solutionBlocks(solution))
        case 46...70:  // the agent asks a question first
            convo.agentReplies([.paragraph([convo.fill(problem.question)])])
            convo.customerReplies(problem.answer, quoting: convo.lastPublicAgentMessage)
            if let note = notes.first { convo.addNote(note) }
            convo.agentReplies(convo.solutionBlocks(solution), acknowledge: false)
        default:  // the first answer isn't enough
            convo.agentReplies(convo.solutionBlocks(solution))
            let still = convo.rng.pick(problem.stillBroken.isEmpty ? phrases.stillBroken : problem.stillBroken)
            convo.customerReplies(still, quoting: convo.lastPublicAgentMessage)
            if let note = notes.first { convo.addNote(note) }
            convo.agentReplies([.paragraph([convo.fill(problem.followUp)])], acknowledge: false)
        }
        let thanked = shape <= 90 && convo.rng.chance(0.85)
        closeResolved(&convo, thanked: thanked)
        let status = (convo.destination == .csv && !thanked) || convo.rng.chance(0.7) ? "closed" : "solved"
        closeInCSV(&convo, thanked: thanked, status: status)
        return finish(
            convo, topic: .problem(index), subject: subject, tags: tags(problem.tags, &convo.rng), status: status,
            assignee: convo.agent)
    }

    mutating func oneOff(_ index: Int, destination: Destination) -> GeneratedTicket {
        let item = Catalog.oneOffs[index]
        var convo = start("one-off#\(index)", language: item.language, destination: destination)
        let phrases = convo.phrases
        let style = convo.pickStyle()
        let subject = convo.makeSubject(item.subject, style)
        convo.customerOpens(item.opening, context: phrases.contexts, style: style)
        if convo.rng.chance(0.3) { convo.addNote(convo.rng.pick(phrases.genericNotes)) }
        var reply: [Block] = []
        for paragraph in item.reply { reply.append(.paragraph([convo.fill(paragraph)])) }
        convo.agentReplies(reply)
        let thanked = convo.rng.chance(0.6)
        closeResolved(&convo, thanked: thanked)
        let status = convo.rng.chance(0.7) ? "closed" : "solved"
        closeInCSV(&convo, thanked: thanked, status: status)
        return finish(
            convo, topic: .oneOff(index), subject: subject, tags: tags(item.tags, &convo.rng), status: status,
            assignee: convo.agent)
    }

    private func closeResolved(_ convo: inout Conversation, thanked: Bool) {
        guard thanked else { return }
        let thanks = convo.rng.pick(convo.phrases.thanks)
        convo.customerReplies(thanks, quoting: convo.lastPublicAgentMessage)
        if convo.rng.chance(0.3) {
            let glad = convo.rng.pick(convo.phrases.glad)
            convo.agentReplies([.paragraph([glad])], acknowledge: false)
        }
    }

    /// The CSV helpdesk writes automation messages into the thread; Zendesk doesn't export them as comments.
    private func closeInCSV(_ convo: inout Conversation, thanked: Bool, status: String) {
        guard convo.destination == .csv else { return }
        if !thanked {
            convo.systemNote(
                "Ticket auto-closed after 7 days without a reply from the customer.", isPublic: false, after: 7)
        } else if convo.rng.chance(0.35) {
            convo.systemNote(
                "Your request has been marked as solved. Reply to this email to reopen it.", isPublic: true, after: 0)
        }
        if thanked, convo.rng.chance(0.3) {
            convo.systemNote("Satisfaction survey sent to the requester.", isPublic: false, after: 1)
        }
    }

    private func tags(_ base: [String], _ rng: inout SplitMix64) -> [String] {
        var tags = [base[0]]
        for tag in base.dropFirst() where rng.chance(0.7) { tags.append(tag) }
        if rng.chance(0.5) { tags.append(rng.pick(["email", "web_form", "mobile_app", "chat_transcript"])) }
        if rng.chance(0.04) { tags.append("vip") }
        return tags
    }

    private mutating func finish(
        _ convo: Conversation, topic: Topic, subject: String, tags: [String], status: String, assignee: Person?
    ) -> GeneratedTicket {
        var rng = convo.rng
        let last = convo.messages.last!.at
        let updated =
            status == "closed" && convo.destination == .zendesk
            ? last.adding(days: 4).adding(minutes: rng.int(0...59)) : last.adding(minutes: rng.int(1...30))
        made += 1
        return GeneratedTicket(
            destination: convo.destination, language: convo.language, topic: topic, subject: subject, status: status,
            tags: tags, requester: convo.customer, assignee: assignee, messages: convo.messages, updatedAt: updated,
            order: made)
    }
}

// MARK: Output: JSON

/// A JSON value with ordered keys, printed with two-space indents and one key per line.
indirect enum JSONValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let text): JSONValue.quote(text, into: &out)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(into: &out, indent: indent + 2)
                out += index < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let fields):
            guard !fields.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (index, field) in fields.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONValue.quote(field.0, into: &out)
                out += ": "
                field.1.write(into: &out, indent: indent + 2)
                out += index < fields.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + pad2hex(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    private static func pad2hex(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 15)]])
    }
}

func zendeskExport(_ tickets: [GeneratedTicket], log: PersonalDataLog) -> String {
    var userIDs: [String: Int] = [:]  // by email; looked up, never iterated
    var users: [JSONValue] = []
    for (id, person) in Staff.all {
        userIDs[person.email] = id
        person.recordIdentity(in: log, firstNameToo: false)
        users.append(
            .object([
                ("id", .int(id)), ("name", .string(person.full)), ("email", .string(person.email)),
                ("role", .string(person.role.rawValue)),
            ]))
    }
    var nextUser = 9001
    var nextComment = 700_001
    var ticketValues: [JSONValue] = []
    for (offset, ticket) in tickets.enumerated() {
        let requester = ticket.requester
        if userIDs[requester.email] == nil {
            userIDs[requester.email] = nextUser
            requester.recordIdentity(in: log, firstNameToo: true)
            if let phone = requester.storedPhone { log.record(.phone, phone) }
            users.append(
                .object([
                    ("id", .int(nextUser)), ("name", .string(requester.full)), ("email", .string(requester.email)),
                    ("phone", requester.storedPhone.map { .string($0) } ?? .null), ("role", .string("end-user")),
                ]))
            nextUser += 1
        }
        var comments: [JSONValue] = []
        for message in ticket.messages {
            let authorID: Int
            switch message.author {
            case .customer(let person), .agent(let person): authorID = userIDs[person.email]!
            case .system: fatalError("Zendesk tickets carry no system comments")
            }
            comments.append(
                .object([
                    ("id", .int(nextComment)), ("author_id", .int(authorID)), ("public", .bool(message.isPublic)),
                    ("body", .string(message.text)), ("html_body", .string(message.html)),
                    ("created_at", .string(message.at.iso8601)),
                ]))
            nextComment += 1
        }
        ticketValues.append(
            .object([
                ("id", .int(1001 + offset)), ("subject", .string(ticket.subject)),
                ("description", .string(ticket.messages[0].text)), ("status", .string(ticket.status)),
                ("tags", .array(ticket.tags.map { .string($0) })), ("requester_id", .int(userIDs[requester.email]!)),
                ("assignee_id", ticket.assignee.map { .int(userIDs[$0.email]!) } ?? .null),
                ("created_at", .string(ticket.createdAt.iso8601)), ("updated_at", .string(ticket.updatedAt.iso8601)),
                ("comments", .array(comments)),
            ]))
    }
    var out = ""
    JSONValue.object([("tickets", .array(ticketValues)), ("users", .array(users))]).write(into: &out, indent: 0)
    return out + "\n"
}

// MARK: Output: CSV

func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
        return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

let csvHeader = [
    "ticket_id", "subject", "status", "tags", "requester_name", "requester_email", "created_at", "updated_at",
    "comment_id", "author_role", "author_name", "public", "body", "comment_created_at",
]

/// RFC 4180: CRLF between records, fields quoted only when they must be; bodies keep their LF line breaks.
func csvExport(_ tickets: [GeneratedTicket], log: PersonalDataLog) -> (text: String, rows: Int) {
    var lines = [csvHeader.joined(separator: ",")]
    var nextComment = 880_001
    for (offset, ticket) in tickets.enumerated() {
        ticket.requester.recordIdentity(in: log, firstNameToo: true)
        let ticketFields = [
            "CSV-\(2001 + offset)", ticket.subject, ticket.status, ticket.tags.joined(separator: "|"),
            ticket.requester.full, ticket.requester.email, ticket.createdAt.iso8601, ticket.updatedAt.iso8601,
        ]
        for message in ticket.messages {
            let role: String
            let name: String
            switch message.author {
            case .customer(let person): (role, name) = ("customer", person.full)
            case .agent(let person):
                (role, name) = ("agent", person.full)
                person.recordIdentity(in: log, firstNameToo: false)
            case .system: (role, name) = ("system", "Nimbus Automation")
            }
            let fields =
                ticketFields + [
                    String(nextComment), role, name, message.isPublic ? "true" : "false", message.text,
                    message.at.iso8601,
                ]
            lines.append(fields.map(csvField).joined(separator: ","))
            nextComment += 1
        }
    }
    return (lines.joined(separator: "\r\n") + "\r\n", lines.count - 1)
}

// MARK: Output: README

func readme(_ zendesk: [GeneratedTicket], _ csv: [GeneratedTicket], csvRows: Int, log: PersonalDataLog) -> String {
    let all = zendesk + csv
    func count(_ tickets: [GeneratedTicket], _ predicate: (GeneratedTicket) -> Bool) -> Int {
        tickets.filter(predicate).count
    }
    func isOneOff(_ ticket: GeneratedTicket) -> Bool {
        if case .oneOff = ticket.topic { return true }
        return false
    }
    func notes(_ tickets: [GeneratedTicket]) -> Int {
        tickets.reduce(0) { $0 + $1.messages.filter(\.isInternalNote).count }
    }
    func comments(_ tickets: [GeneratedTicket]) -> Int { tickets.reduce(0) { $0 + $1.messages.count } }

    var out = """
        # Sample exports

        A synthetic support history for **Nimbus Drive**, a fictional file sync and sharing app (web, desktop sync
        client, iOS and Android apps, team plans, billing). Casebook's tests and demos run on it. Everything is
        invented: names, addresses at `example.com`-style domains, phone numbers in ranges reserved for fiction, test
        card numbers, made-up IBANs and IP addresses from the documentation ranges.

        | File | What it is |
        |---|---|
        | `zendesk-export.json` | Zendesk API-style export: `tickets` (with `comments`, each with `body` and `html_body`) and `users` |
        | `tickets.csv` | Generic helpdesk CSV (RFC 4180, CRLF), one row per comment, ticket columns repeated on each row |
        | `personal-data.txt` | Every personal value in the two exports, `kind<TAB>value`, sorted: none may reach the published site |
        | `Generator/generate.swift` | The generator of all four files (this README included) |

        Regenerate from the repository root (deterministic, byte-identical on every run; takes a few seconds):

            swift Samples/Generator/generate.swift

        Do not edit the generated files by hand: change the tables in the generator and run it again.

        ## Counts

        | | Zendesk | CSV | Total |
        |---|---:|---:|---:|

        """
    let rows: [(String, (GeneratedTicket) -> Bool)] = [
        ("Tickets", { _ in true }),
        ("Resolved (`solved`, `closed`)", { $0.isResolved }),
        ("Skipped by default (`open`, `pending`)", { !$0.isResolved }),
        ("English tickets", { $0.language == .en }),
        ("French tickets", { $0.language == .fr }),
        ("Resolved tickets of recurring problems", { $0.isResolved && !isOneOff($0) }),
        ("Resolved one-off tickets", { $0.isResolved && isOneOff($0) }),
    ]
    for (label, predicate) in rows {
        out += "| \(label) | \(count(zendesk, predicate)) | \(count(csv, predicate)) | \(count(all, predicate)) |\n"
    }
    out += "| Comments (CSV rows) | \(comments(zendesk)) | \(csvRows) | \(comments(all)) |\n"
    out += "| Internal notes (private agent comments) | \(notes(zendesk)) | \(notes(csv)) | \(notes(all)) |\n"
    let english = Catalog.problems.filter { $0.language == .en }.count
    out += """

        ## Recurring problems

        \(Catalog.problems.count) problems, \(english) in English and \(Catalog.problems.count - english) in French, each asked by different customers in different words.
        The counts are resolved tickets; the open and pending tickets belong to these problems too.

        | Key | Lang | Problem | Zendesk | CSV | Total |
        |---|---|---|---:|---:|---:|

        """
    for (index, problem) in Catalog.problems.enumerated() {
        func here(_ ticket: GeneratedTicket) -> Bool {
            if case .problem(let i) = ticket.topic { return i == index && ticket.isResolved }
            return false
        }
        out +=
            "| `\(problem.key)` | \(problem.language.rawValue) | \(problem.title) | \(count(zendesk, here)) | \(count(csv, here)) | \(count(all, here)) |\n"
    }
    let oneOffs = count(all, isOneOff)
    let oneOffsEN = count(all) { isOneOff($0) && $0.language == .en }
    out += """

        Plus \(oneOffs) one-off tickets (\(oneOffsEN) English, \(oneOffs - oneOffsEN) French), each a problem nobody else asked about:
        they should not become articles.

        ## Personal data manifest

        `personal-data.txt` lists \(log.sortedLines.count) values, one `kind<TAB>value` per line:

        | Kind | Values | What |
        |---|---:|---|
        | `name` | \(log.count(of: .name)) | customers' full names and first names, colleagues they mention, agents' full names |
        | `email` | \(log.count(of: .email)) | customers', colleagues' and agents' addresses |
        | `phone` | \(log.count(of: .phone)) | every number in every format it is written in |
        | `card` | \(log.count(of: .card)) | card numbers pasted by customers |
        | `iban` | \(log.count(of: .iban)) | IBANs pasted by customers |
        | `ip` | \(log.count(of: .ip)) | IP addresses pasted by customers |
        | `url-token` | \(log.count(of: .urlToken)) | reset, invitation and share links carrying a token |
        | `internal` | \(log.count(of: .internal)) | the first sentence of every internal note |

        Not listed: the generic `support@nimbusdrive.example` of quoted email headers, and agents' first names in
        sign-offs.

        ## What the importers and the drafter will meet

        - Customer messages open with greetings and end with signatures (often with a phone number), "Sent from my
          iPhone" lines and quoted history: Gmail style (`On … wrote:` / `Le … a écrit :` then `> ` lines, a
          `<blockquote class="gmail_quote">` in HTML) and Outlook style (a `____` rule and `From:/Sent:/To:/Subject:`
          or `De :/Envoyé :/À :/Objet :` fields, quoted text not prefixed, `<div id="divRplyFwdMsg">` in HTML).
        - Agent replies: `Hi {first name},` / `Bonjour {prénom},`, the solution as steps (`1.`, `1)`, `-`,
          `Step 1:`/`Étape 1 :`; in HTML `<ol>`, `<ul>` or a `<p>` with `<br>`), `<code>` and `<strong>` spans, links,
          and a sign-off (`Best regards,` / first name / `Nimbus Drive Support`, sometimes `Full Name | Nimbus Drive
          Support`). Some threads end with a short agent reply that holds no solution.
        - `html_body` is wrapped in `<div class="zd-comment">`, uses `<p>` or Gmail's `<div dir="ltr">` lines, HTML
          entities (`&gt;`, `&amp;`, `&nbsp;`), and now and then a `<script>`, an `onclick`, a `javascript:` link, a
          `<style>` block or a tracking pixel: none of it may reach a page.
        - A few customers write all in lowercase, with typos, angrily, or (in French) without accents.
        - Internal notes are `public: false` (Zendesk) or `public` `false` with role `agent` (CSV); they name customers
          and internal bug numbers. CSV also has `system` rows (auto-close, satisfaction survey, a public "marked as
          solved" notice).
        - Zendesk users without a phone have `"phone": null`; agents and the admin have no `phone` key. Some open
          tickets have `"assignee_id": null`.

        """
    return out
}

// MARK: Main

func run() throws {
    let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    let log = PersonalDataLog()
    var factory = TicketFactory(log: log)
    var tickets: [GeneratedTicket] = []

    // Recurring problems: about a third of each problem's tickets go to the CSV export.
    for (index, problem) in Catalog.problems.enumerated() {
        var split = SplitMix64("split:\(problem.key)")
        let toCSV = Set(split.shuffled(Array(0..<problem.count)).prefix((problem.count + 1) / 3))
        for ordinal in 0..<problem.count {
            tickets.append(
                factory.recurring(index, ordinal: ordinal, destination: toCSV.contains(ordinal) ? .csv : .zendesk))
        }
    }
    // Open, pending and reopened tickets of eleven problems: eight in Zendesk, three in the CSV.
    var choose = SplitMix64("unresolved")
    let kinds: [Unresolved] = [
        .open, .pending, .reopened, .pending, .open, .pending, .reopened, .open, .pending, .open, .reopened,
    ]
    for (n, index) in choose.shuffled(Array(Catalog.problems.indices)).prefix(kinds.count).enumerated() {
        let problem = Catalog.problems[index]
        tickets.append(
            factory.recurring(
                index, ordinal: problem.count + 1, destination: n < 8 ? .zendesk : .csv, unresolved: kinds[n]))
    }
    // One-offs: every third goes to the CSV export.
    for index in Catalog.oneOffs.indices {
        tickets.append(factory.oneOff(index, destination: index % 3 == 2 ? .csv : .zendesk))
    }

    func byDate(_ destination: Destination) -> [GeneratedTicket] {
        tickets.filter { $0.destination == destination }
            .sorted { ($0.createdAt, $0.order) < ($1.createdAt, $1.order) }
    }
    let zendesk = byDate(.zendesk)
    let csvTickets = byDate(.csv)
    let json = zendeskExport(zendesk, log: log)
    let csv = csvExport(csvTickets, log: log)
    let manifest = log.sortedLines.joined(separator: "\n") + "\n"
    let notes = readme(zendesk, csvTickets, csvRows: csv.rows, log: log)

    let outputs = [
        ("zendesk-export.json", json), ("tickets.csv", csv.text), ("personal-data.txt", manifest), ("README.md", notes),
    ]
    for (name, contents) in outputs {
        try Data(contents.utf8).write(to: samples.appendingPathComponent(name))
    }
    print(
        "Wrote \(zendesk.count) Zendesk tickets, \(csvTickets.count) CSV tickets (\(csv.rows) rows), \(log.sortedLines.count) manifest entries to \(samples.path)"
    )
}

// MARK: - 4. Data tables

// MARK: People and slot values

enum Tables {
    // First names are long and unusual enough not to occur inside ordinary words of the articles.
    static let firstNamesEN = [
        "Abigail", "Beatrice", "Caleb", "Dominic", "Eleanor", "Fiona", "Gareth", "Harriet", "Isaac", "Jasmine",
        "Kieran", "Lucinda", "Malcolm", "Natalie", "Oliver", "Penelope", "Quentin", "Rebecca", "Simone", "Theodore",
        "Ursula", "Vanessa", "Wesley", "Yasmin", "Zachary", "Brandon", "Chelsea", "Desmond", "Evelyn", "Gideon",
        "Imogen", "Jonah", "Leonard", "Miriam", "Nathaniel", "Rosalind", "Stefan", "Tabitha", "Vincent", "Winifred",
    ]
    static let lastNamesEN = [
        "Abernathy", "Blackwood", "Carrington", "Delaney", "Ellsworth", "Fairbanks", "Gallagher", "Holloway",
        "Ingram", "Jefferson", "Kowalski", "Lockhart", "Merriweather", "Nakamura", "Okonkwo", "Pemberton", "Quinlan",
        "Radcliffe", "Sandoval", "Thornton", "Underwood", "Valentine", "Whitfield", "Yamamoto", "Zimmerman",
        "Ashworth", "Brennan", "Castillo", "Donovan", "Fitzgerald", "Hargrove", "Kingsley", "Lindgren", "Montague",
        "Novak", "Osei", "Prescott", "Rutherford", "Sinclair", "Templeton",
    ]
    static let firstNamesFR = [
        "Amélie", "Benoît", "Cécile", "Delphine", "Émilie", "Fabrice", "Géraldine", "Hervé", "Inès", "Jérémie",
        "Laurène", "Mathilde", "Noémie", "Océane", "Pascale", "Rémi", "Sébastien", "Thérèse", "Valérie", "Yannick",
        "Aurélien", "Brigitte", "Clément", "Dorothée", "Étienne", "Florian", "Grégoire", "Héloïse", "Joël",
        "Lucienne",
    ]
    static let lastNamesFR = [
        "Lefèvre", "Bérard", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Mercier", "Lemaire", "Dufresne",
        "Bonnet", "Girard", "Fabre", "Morel", "Gauthier", "Perrin", "Marchand", "Duval", "Leroux", "Vasseur",
        "Renaud", "Barbier", "Brunet", "Lacroix", "Hubert", "Picard", "Roussel", "Guérin", "Boyer", "Caron",
        "Delacroix",
    ]
    static let domainsEN = [
        "example.com", "example.com", "example.org", "example.net", "mail.example", "inbox.example",
        "brightpath.example", "harbourlabs.example",
    ]
    static let domainsFR = [
        "example.com", "example.net", "example.org", "mail.example", "courriel.example", "messagerie.example",
        "atelier-lumiere.example",
    ]

    // Test card numbers, made-up IBANs, documentation IP ranges (RFC 5737).
    static let cards = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0566 5566 5556", "4242 4242 4242 4242"]
    static let ibans = [
        "FR76 3000 6000 0112 3456 7890 189", "FR76 1027 8060 3100 0205 4780 143", "FR14 2004 1010 0505 0001 3M02 606",
        "FR76 1820 6000 4512 3456 7890 123",
    ]
    static let ips = ["203.0.113.42", "198.51.100.23", "192.0.2.187", "203.0.113.219", "198.51.100.77"]

    static let computersEN = [
        ("MacBook Air", "macOS Sequoia 15.3"), ("MacBook Pro", "macOS 15.4"), ("iMac", "macOS Sonoma 14.7"),
        ("Dell XPS 15", "Windows 11"), ("ThinkPad X1 Carbon", "Windows 11 23H2"), ("Surface Laptop 5", "Windows 11"),
        ("HP EliteBook", "Windows 10"),
    ]
    static let computersFR = [
        ("MacBook Air", "macOS Sequoia 15.3"), ("MacBook Pro", "macOS 15.4"), ("iMac", "macOS Sonoma 14.7"),
        ("PC portable Lenovo", "Windows 11"), ("PC de bureau", "Windows 10"), ("Dell Latitude", "Windows 11"),
    ]
    static let macs = [
        ("MacBook Air", "macOS Sequoia 15.3"), ("MacBook Pro", "macOS 15.4.1"), ("iMac", "macOS Sonoma 14.7"),
        ("Mac mini", "macOS 15.3.2"),
    ]
    static let mobiles = [
        ("iPhone 15", "iOS 18.3"), ("iPhone 13 mini", "iOS 17.6"), ("iPhone 16 Pro", "iOS 18.4"),
        ("Pixel 8", "Android 15"), ("Galaxy S23", "Android 14"), ("Galaxy A54", "Android 14"),
        ("OnePlus 12", "Android 15"), ("Xiaomi 13T", "Android 14"),
    ]
    static let filesEN = [
        "Q3-forecast.xlsx", "thesis-final-v7.docx", "client-proposal.pptx", "budget-2026.xlsx", "contract-signed.pdf",
        "wedding-speech.docx", "invoice-template.docx", "team-roadmap.key",
    ]
    static let filesFR = [
        "devis-client-2026.xlsx", "mémoire-final.docx", "présentation-salon.pptx", "budget-2026.xlsx",
        "contrat-signé.pdf", "planning-équipe.xlsx",
    ]
    static let bigFiles = [
        "raw-footage-day2.mov", "vm-backup.vmdk", "photo-archive-2019.zip", "db-dump.sql.gz", "drone-4k-master.mp4",
    ]

    static func slots(for customer: Person, language: Language, at moment: Moment, rng: inout SplitMix64) -> Slots {
        let en = language == .en
        var slots = Slots()
        slots.set("first", customer.first, .name)
        slots.set("full", customer.full, .name, alsoRecords: [(.name, customer.first)])
        slots.set("email", customer.email, .email)
        slots.set("phone", customer.writtenPhone, .phone)
        slots.set("card", rng.pick(cards), .card)
        slots.set("iban", rng.pick(ibans), .iban)
        slots.set("ip", rng.pick(ips), .ip)
        slots.set("reset_link", "https://app.nimbusdrive.example/reset?token=\(rng.hex(32))", .urlToken)
        slots.set("share_link", "https://nimbusdrive.example/s/\(rng.base62(12))", .urlToken)
        slots.set("invite_link", "https://app.nimbusdrive.example/invite?token=\(rng.hex(24))", .urlToken)
        let altDomain = rng.pick(["courriel.example", "perso.example", "example.net"])
        slots.set("alt_email", "\(asciiLower(customer.first))\(rng.int(10...99))@\(altDomain)", .email)
        let colleagueFirst = rng.pick(en ? firstNamesEN : firstNamesFR)
        let colleagueLast = rng.pick(en ? lastNamesEN : lastNamesFR)
        slots.set("colleague", "\(colleagueFirst) \(colleagueLast)", .name, alsoRecords: [(.name, colleagueFirst)])
        let domain = customer.email.split(separator: "@").last!
        slots.set("colleague_email", "\(asciiLower(colleagueFirst)).\(asciiLower(colleagueLast))@\(domain)", .email)

        let computer = rng.pick(en ? computersEN : computersFR)
        slots.set("computer", computer.0)
        slots.set("desktop_os", computer.1)
        let mac = rng.pick(macs)
        slots.set("mac", mac.0)
        slots.set("macos", mac.1)
        let mobile = rng.pick(mobiles)
        slots.set("mobile", mobile.0)
        slots.set("mobile_os", mobile.1)
        let android = rng.pick(mobiles.filter { $0.1.hasPrefix("Android") })
        slots.set("android", android.0)
        slots.set("android_os", android.1)
        slots.set("browser", rng.pick(["Chrome", "Firefox", "Safari", "Edge"]))
        slots.set("version", rng.pick(["5.2.0", "5.2.1", "5.2.3", "5.3.0"]))
        let file = rng.pick(en ? filesEN : filesFR)
        slots.set("file", file)
        let dot = file.lastIndex(of: ".")!
        slots.set(
            "conflict_file",
            "\(file[..<dot]) (conflicted copy \(moment.adding(days: -rng.int(1...5)).isoDay))\(file[dot...])")
        slots.set("big_file", rng.pick(bigFiles))
        slots.set(
            "size",
            rng.pick(
                en ? ["2.3 GB", "3.4 GB", "4.8 GB", "6.1 GB", "11.7 GB"] : ["2,6 Go", "3,2 Go", "5,4 Go", "8,9 Go"]))
        slots.set(
            "count",
            rng.pick(en ? ["312", "1,284", "4,906", "15,230", "860"] : ["312", "1 284", "4 906", "15 230", "860"]))
        slots.set(
            "folder",
            rng.pick(
                en
                    ? ["Clients 2026", "Design assets", "Family photos", "Accounting", "Projects", "Marketing"]
                    : [
                        "Comptabilité 2026", "Photos de famille", "Projets clients", "Devis", "Administratif",
                        "Chantiers",
                    ]))
        slots.set("plan", rng.pick(en ? ["Plus", "Pro", "Team"] : ["Plus", "Pro", "Équipe"]))
        slots.set("seats", rng.pick(["8", "12", "25", "40", "60"]))
        slots.set(
            "amount",
            rng.pick(
                en
                    ? ["$11.99", "$9.99", "$119.88", "€9.99", "£8.99", "$24.00"]
                    : ["9,99 €", "11,99 €", "119,88 €", "23,98 €", "99,00 €"]))
        slots.set("date", moment.adding(days: -rng.int(1...12)).spoken(language))
        slots.set("invoice", "INV-2026-\(rng.int(10_000...99_999))")
        let quota = rng.pick(
            en
                ? [("200 GB", "199.6 GB"), ("2 TB", "1.99 TB"), ("1 TB", "998 GB")]
                : [("200 Go", "199,6 Go"), ("2 To", "1,99 To"), ("1 To", "998 Go")])
        slots.set("quota", quota.0)
        slots.set("used", quota.1)
        slots.set("idp", rng.pick(["Okta", "Microsoft Entra ID", "Google Workspace", "OneLogin"]))
        slots.set(
            "saml_error",
            rng.pick([
                "SAML response signature invalid", "Invalid SAML response: audience mismatch", "SAML assertion expired",
                "InResponseTo does not match",
            ]))
        return slots
    }

    static let accentFree: [Character: String] = [
        "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ä": "a", "ç": "c", "î": "i", "ï": "i", "ô": "o",
        "ö": "o", "û": "u", "ù": "u", "ü": "u", "É": "E", "È": "E", "Ê": "E", "À": "A", "Ç": "C", "Ô": "O", "Î": "I",
    ]

    static func foldAccents(_ text: String) -> String { text.map { accentFree[$0] ?? String($0) }.joined() }

    static func asciiLower(_ name: String) -> String { foldAccents(name).lowercased() }

    /// The text up to the first ". ", without its final period.
    static func firstSentence(_ text: String) -> String {
        var sentence = text.range(of: ". ").map { String(text[..<$0.lowerBound]) } ?? text
        if sentence.hasSuffix(".") { sentence.removeLast() }
        return sentence
    }

    /// HTML that email clients add to customer messages; the plain body shows none of it (or just the text).
    static let customerQuirks: [Block] = [
        .markup(
            text: "",
            html:
                "<img src=\"https://t.mail.example/o/3f9a2c7e.gif\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">"
        ),
        .markup(text: "", html: "<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style>"),
        .markup(text: "", html: "<p>&nbsp;</p>"),
        .markup(
            text: "(screenshot attached)",
            html: "<p><a href=\"javascript:alert(document.cookie)\">(screenshot attached)</a></p>"),
        .markup(text: "", html: "<script>document.write('<img src=\"https://t.mail.example/px.gif\">')</script>"),
        .markup(text: "", html: "<div onmouseover=\"fetch('https://t.mail.example/hover')\"></div>"),
    ]
}

// MARK: Phrases

/// The stock phrases of one language.
struct Phrases {
    var customerGreetings: [String]
    var signatures: [String]
    var replySignatures: [String]
    var mobileSignatures: [String]
    var angryOpeners: [String]
    var contexts: [String]
    var typos: [(String, String)]
    var stillBroken: [String]
    var thanks: [String]
    var agentGreetings: [String]
    var agentAcks: [String]
    var agentClosings: [String]
    var agentSignoffs: [String]
    var team: String
    var glad: [String]
    var agentQuirks: [Block]
    var genericNotes: [String]
    var noteTails: [String]

    static func of(_ language: Language) -> Phrases { language == .en ? english : french }

    static let english = Phrases(
        customerGreetings: ["Hi,", "Hi,", "Hello,", "Hi there,", "Hey,", "Dear Nimbus Drive team,", "Good morning,"],
        signatures: [
            "{full}", "{first}", "Thanks,\n{first}", "Thanks in advance,\n{full}", "Best,\n{first}",
            "Regards,\n{full}\n{phone}", "Cheers,\n{first}", "--\n{full}\nMobile: {phone}", "Thank you,\n{full}",
            "Kind regards,\n{full}\nTel: {phone}",
        ],
        replySignatures: ["{first}", "Thanks,\n{first}", "{full}", "Best,\n{first}"],
        mobileSignatures: ["Sent from my iPhone", "Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for iOS"],
        angryOpeners: [
            "This is the third time I'm writing about this.", "Honestly, this is unacceptable for a paid service.",
            "I'm getting really fed up here.", "WHY does this keep happening??", "Very disappointed right now.",
        ],
        contexts: [
            "I've already tried restarting.", "This is quite urgent for me.",
            "I've been a customer for years and never had this problem.", "Hope you can help!",
            "I couldn't find anything about this in the help center.",
        ],
        typos: [
            ("the ", "teh "), ("receive", "recieve"), ("definitely", "definately"), ("password", "pasword"),
            ("because", "becuase"), ("already", "allready"), ("really", "realy"), ("working", "workign"),
            ("account", "acount"), ("anything", "anythign"), ("files", "fiels"), ("upload", "uplaod"),
        ],
        stillBroken: [
            "Thanks, but it's still not working. I did every step and nothing changed.",
            "I tried that, no luck I'm afraid. Same thing as before.",
            "Still broken after step 2. Any other ideas?",
            "nope, still the same problem.",
        ],
        thanks: [
            "Thanks, that worked!", "That sorted it, thank you so much!",
            "Perfect, all sorted now. Thanks for the quick help.", "thanks that worked!",
            "Brilliant, thanks a lot. Cheers!", "Great, thank you 🙏",
        ],
        agentGreetings: ["Hi {first},", "Hi {first},", "Hello {first},", "Hi {first},", "Dear {full},", "Hi there,"],
        agentAcks: [
            "Thanks for reaching out, and sorry for the trouble.", "Thanks for getting in touch!",
            "Sorry to hear about this, let's get it sorted.", "Thanks for the details, that helps a lot.",
            "Thanks for your patience while we looked into this.",
        ],
        agentClosings: [
            "Let me know if that helps!", "If anything is still unclear, just reply to this email.",
            "Hope this helps, and let us know how it goes.", "Happy to help further if needed.",
        ],
        agentSignoffs: ["Best regards,", "Best regards,", "Kind regards,", "Thanks,", "All the best,", "Cheers,"],
        team: "Nimbus Drive Support",
        glad: [
            "Great to hear, thanks for letting us know! I'll mark this ticket as solved, but just reply if anything comes up again.",
            "Glad that sorted it! Have a great day.",
        ],
        agentQuirks: [
            .markup(
                text: "More tips are in our Help Center: https://help.nimbusdrive.example",
                html:
                    "<p>More tips are in our <a href=\"https://help.nimbusdrive.example\" onclick=\"trackEvent('macro','help_center')\">Help Center</a>.</p>"
            ),
            .markup(text: "", html: "<script>window.zEMacro={id:'steps-reply',track:true};</script>"),
            .markup(
                text: "Was this reply helpful? Yes / No",
                html:
                    "<p>Was this reply helpful? <a href=\"https://nimbusdrive.example/rate?r=yes\" onclick=\"rate(1)\">Yes</a> / <a href=\"https://nimbusdrive.example/rate?r=no\" onclick=\"rate(0)\">No</a></p>"
            ),
        ],
        genericNotes: [
            "Customer is on legacy plan, do not offer discount.",
            "Escalated to billing, customer is on the legacy 2019 plan.",
            "VIP account flagged by sales, keep response times short.",
            "Duplicate ticket from live chat merged into this one.",
            "Heads up, this customer also called the sales line about it.",
            "Checked the admin panel, no abuse or fraud flags on this account.",
            "Customer mentioned a chargeback in the chat transcript, be careful with wording.",
        ],
        noteTails: [
            "Requester is {full} ({email}).", "{first} asked for a call back on {phone}.",
            "Same requester as an earlier ticket, {email}.",
        ]
    )

    static let french = Phrases(
        customerGreetings: [
            "Bonjour,", "Bonjour,", "Bonjour,", "Bonjour à vous,", "Madame, Monsieur,", "Bonsoir,",
            "Bonjour l'équipe Nimbus Drive,",
        ],
        signatures: [
            "{full}", "Cordialement,\n{full}", "Bien à vous,\n{full}\nTél. : {phone}", "Merci d'avance,\n{first}",
            "Bonne journée,\n{first}", "--\n{full}\n{phone}", "Merci,\n{full}", "Cordialement,\n{first}",
        ],
        replySignatures: ["{first}", "Merci,\n{first}", "{full}", "Cordialement,\n{full}"],
        mobileSignatures: [
            "Envoyé de mon iPhone", "Envoyé de mon iPhone", "Envoyé depuis mon smartphone Samsung Galaxy",
            "Envoyé de mon iPad",
        ],
        angryOpeners: [
            "C'est la troisième fois que je vous écris à ce sujet.", "C'est inadmissible pour un service payant.",
            "Je commence sérieusement à perdre patience.", "Franchement, je suis très déçu.",
        ],
        contexts: [
            "J'ai déjà essayé de redémarrer.", "C'est assez urgent pour moi.",
            "Je suis client depuis des années et c'est la première fois que ça m'arrive.",
            "Je n'ai rien trouvé dans le centre d'aide.", "Merci de votre aide.",
        ],
        typos: [
            ("mot de passe", "mot de pass"), ("problème", "probleme"), ("déjà", "deja"), ("ça", "ca"),
            ("synchronisation", "synchronistion"), ("abonnement", "abonement"), ("depuis", "depui"),
            ("application", "aplication"),
        ],
        stillBroken: [
            "Merci, mais ça ne fonctionne toujours pas. J'ai suivi toutes les étapes.",
            "J'ai essayé, sans succès. Toujours le même problème.",
            "Toujours pareil après l'étape 2. Une autre idée ?",
            "ça ne marche toujours pas...",
        ],
        thanks: [
            "Merci, ça a fonctionné !", "C'est réglé, merci beaucoup !",
            "Parfait, tout est rentré dans l'ordre. Merci pour votre réactivité.", "merci ça marche !",
            "Super, merci beaucoup. Bonne journée !", "Tout est bon de mon côté, merci 🙏",
        ],
        agentGreetings: ["Bonjour {first},", "Bonjour {first},", "Bonjour {first},", "Bonjour {full},", "Bonjour,"],
        agentAcks: [
            "Merci pour votre message et désolé pour ce désagrément.", "Merci de nous avoir contactés.",
            "Je comprends tout à fait, voyons cela ensemble.", "Merci pour ces précisions.",
        ],
        agentClosings: [
            "N'hésitez pas à revenir vers nous si besoin.", "Tenez-moi au courant.", "Je reste à votre disposition.",
            "Dites-moi si cela règle le problème.",
        ],
        agentSignoffs: ["Cordialement,", "Cordialement,", "Bien cordialement,", "Belle journée,", "Bien à vous,"],
        team: "L'équipe Nimbus Drive",
        glad: [
            "Ravi que ce soit réglé ! Je clôture la demande, mais n'hésitez pas à répondre à ce message si besoin.",
            "Parfait, merci pour votre retour. Bonne journée !",
        ],
        agentQuirks: [
            .markup(
                text: "Retrouvez d'autres conseils dans notre centre d'aide : https://help.nimbusdrive.example/fr",
                html:
                    "<p>Retrouvez d'autres conseils dans notre <a href=\"https://help.nimbusdrive.example/fr\" onclick=\"trackEvent('macro','help_center')\">centre d'aide</a>.</p>"
            ),
            .markup(text: "", html: "<script>window.zEMacro={id:'etapes-reponse',track:true};</script>"),
            .markup(
                text: "Cette réponse vous a-t-elle aidé ? Oui / Non",
                html:
                    "<p>Cette réponse vous a-t-elle aidé&nbsp;? <a href=\"https://nimbusdrive.example/rate?r=oui\" onclick=\"rate(1)\">Oui</a> / <a href=\"https://nimbusdrive.example/rate?r=non\" onclick=\"rate(0)\">Non</a></p>"
            ),
        ],
        genericNotes: [
            "Client sur le forfait historique 2019, pas de remise possible.",
            "Compte signalé VIP par le service commercial, répondre en priorité.",
            "Doublon ouvert depuis le chat, fusionné dans ce ticket.",
            "Vérifié dans la console, aucun signalement de fraude sur ce compte.",
            "Le client menace de faire opposition au prélèvement, rester prudent.",
        ],
        noteTails: [
            "Demandeur : {full} ({email}).", "Rappel demandé par {first} au {phone}.",
            "Même demandeur qu'un ticket précédent, {email}.",
        ]
    )
}

// MARK: Problems

/// The canonical answer to a problem, in one agent's words: an introduction, 3 to 6 steps, a remark.
struct Solution {
    var intro: String
    var steps: [String]
    var outro: String = ""
}

/// A problem many customers write in about. Texts use `{slot}` placeholders (see `Tables.slots`).
struct Problem {
    var key: String
    var language: Language
    var title: String
    /// Resolved tickets to generate.
    var count: Int
    /// The first tag is always set; agents add the others most of the time.
    var tags: [String]
    var subjects: [String]
    var openings: [String]
    var context: [String] = []
    /// The clarifying question an agent may ask first, and the customer's answer.
    var question: String
    var answer: String
    /// Two or three agents' versions of the same steps.
    var solutions: [Solution]
    /// The agent's next move when the steps weren't enough.
    var followUp: String
    /// What the customer says when the steps weren't enough, when the stock phrases don't fit.
    var stillBroken: [String] = []
    /// Internal notes; the first sentence of each is distinctive and goes to the manifest.
    var notes: [String]
}

/// A question nobody else asks: one ticket, one answer.
struct OneOff {
    var language: Language
    var subject: String
    var tags: [String]
    var opening: String
    var reply: [String]
}

enum Catalog {
    static let problems: [Problem] = english + french

    // MARK: English problems

    static let english: [Problem] = [
        syncPreparing, loginAfterReset, twoFactorClock, duplicateCharge, billingDetails, sharedLinkExpired,
        quotaTrash, macAppWontStart, largeUploads, androidCameraUpload, cancelSubscription, transferOwnership,
        ssoSAML, restoreVersion, conflictedCopies, teamInvitations, slowSync,
    ]

    static let syncPreparing = Problem(
        key: "sync-preparing", language: .en, title: "Desktop sync stuck on \"Preparing files\"", count: 14,
        tags: ["sync", "desktop_client", "sync_stuck"],
        subjects: [
            "Sync stuck on \"Preparing files\"", "Desktop app stuck preparing files for hours",
            "Nimbus Drive not syncing - stuck at Preparing files", "sync never finishes",
            "Files not syncing on my {computer}", "\"Preparing files...\" forever", "Sync frozen since yesterday",
        ],
        openings: [
            "The desktop app on my {computer} ({desktop_os}) has been stuck on \"Preparing files...\" since {date}. Nothing new is uploading and the progress bar never moves.",
            "Since this morning Nimbus Drive just says Preparing files and never gets past it. I have about {count} files in my {folder} folder and none of the changes I made today are on the web.",
            "My sync is stuck. The icon in the menu bar keeps spinning and the status says \"Preparing files\". I already restarted the computer twice. Version {version} on {desktop_os}.",
            "Files I save on my laptop aren't showing up on my phone anymore. When I open the desktop client it says it's preparing {count} files, and it's been like that for two days.",
            "The sync client seems frozen. It shows \"Preparing files (0 of {count})\" and the fan goes crazy.\n\nI need the {folder} folder synced for a meeting tomorrow.",
            "Nothing has synced since I updated to {version}. Status: Preparing files. I tried pausing and resuming, no change.",
        ],
        context: [
            "I haven't changed anything in my setup.", "Some of the files were copied from an external drive.",
            "My colleague's sync works fine on the same network.",
        ],
        question:
            "Could you tell me which version of the desktop app you're running (**Help > About**) and roughly how many files are in the folder that is stuck?",
        answer: "It's version {version} on {desktop_os}, and the folder has about {count} files.",
        solutions: [
            Solution(
                intro:
                    "This usually happens when the sync index gets stuck on a file it can't read. Here's what fixes it in almost every case:",
                steps: [
                    "Click the Nimbus Drive icon, open **Preferences > Account** and click **Pause sync**.",
                    "Update the desktop app to version `5.3.1` or later from https://nimbusdrive.example/download.",
                    "Look for files with names ending in a space or a period, or paths longer than 260 characters, and rename them.",
                    "Go to **Preferences > Advanced** and click **Rebuild sync index**. This doesn't delete anything, it only rescans your files.",
                    "Click **Resume sync** and leave the app open until it finishes scanning.",
                ],
                outro:
                    "Rebuilding the index can take a while for large folders, so it's best to leave the computer on for an hour or so."
            ),
            Solution(
                intro:
                    "The \"Preparing files\" status means the client is building its list of changes and something is blocking it. Please try the following:",
                steps: [
                    "Pause sync from the Nimbus Drive menu.",
                    "Make sure you're on the latest version (`5.3.1`); older versions had a bug with very large folders.",
                    "Rename any files whose names end with a dot or a space, or whose full path is longer than 260 characters.",
                    "Open **Preferences > Advanced** and choose **Rebuild sync index**.",
                    "Resume sync and keep the app running until the scan completes.",
                ],
                outro: "Your files stay where they are during the rebuild; only the local index is recreated."),
            Solution(
                intro: "Sorry about that! The sync index has most likely gotten stuck. To get it moving again:",
                steps: [
                    "Pause syncing (click the cloud icon, then **Pause sync**).",
                    "Install the latest desktop client from https://nimbusdrive.example/download (the current version is `5.3.1`).",
                    "Check for files with a trailing space or period in their name, or with a very long path, and shorten them.",
                    "Go to **Preferences > Advanced > Rebuild sync index**.",
                    "Resume sync.",
                ],
                outro: "The rebuild only recreates the local index, your files are not touched."),
        ],
        followUp:
            "Thanks for trying those steps. One more thing that helps: quit the app, delete the `.nimbus-cache` folder inside your Nimbus Drive folder, then start the app again. It will rebuild the cache from scratch. If it still hangs after that, please send us the logs from **Help > Send logs** and we'll take a closer look.",
        notes: [
            "Known bug NIM-4412 with folders over 50k files, engineering says fix in 5.3.2.",
            "Checked the sync logs, the client is looping on a file with a trailing space in its name.",
        ])

    static let loginAfterReset = Problem(
        key: "login-after-reset", language: .en, title: "Can't log in after resetting the password", count: 13,
        tags: ["login", "account", "password_reset"],
        subjects: [
            "Can't log in after password reset", "New password not working", "Password reset didn't work",
            "Locked out after changing my password", "login keeps failing with the new password",
            "\"Incorrect email or password\" after reset", "Reset my password and now I can't sign in",
        ],
        openings: [
            "I reset my password this morning using the link in your email, but when I try to log in with the new password it says \"Incorrect email or password\". I'm using {browser}.",
            "I changed my password yesterday and now I can't get into my account at all. The web app just sends me back to the login page. My account email is {email}.",
            "After resetting my password the desktop app and the website both reject it. I've typed it very carefully, I even copied it from my password manager.",
            "I requested a password reset, clicked the link ({reset_link}) and set a new password. The page said it was updated, but logging in fails every time.",
            "I can't log in since I reset my password. I requested the reset email twice because the first one took a while to arrive, maybe that's the problem?",
            "New password isn't accepted on the website. It worked for about 5 minutes, then logged me out and now it says the password is wrong.",
            "The login page says my new password is wrong. I'm logging in from {ip}, in case you're blocking that address after too many attempts.",
        ],
        context: [
            "I really need to get to my files today.", "I also tried in a private window.",
            "My phone app is still logged in, oddly.", "In case it helps, my IP address is {ip}.",
        ],
        question: "Could you tell me whether you requested more than one reset email, and which browser you're using?",
        answer: "I think I requested two resets. I'm on {browser}.",
        solutions: [
            Solution(
                intro:
                    "When a password is reset, every older reset link and every existing session is invalidated, and browsers sometimes hold on to the old session. Please try this:",
                steps: [
                    "Use only the most recent reset email; earlier links stop working as soon as a newer one is sent.",
                    "Clear the cookies and cached data for nimbusdrive.example in your browser, or open a private window.",
                    "Sign in at https://app.nimbusdrive.example/login with your email and the new password.",
                    "On the desktop and mobile apps, sign out and sign back in with the new password.",
                ],
                outro:
                    "If your password manager saved the old password, update the entry so it doesn't fill in the wrong one."
            ),
            Solution(
                intro:
                    "A reset logs you out everywhere and cancels any previous reset links, which can make it look like the new password doesn't work. Here's how to get back in:",
                steps: [
                    "If you requested several reset emails, use the latest one only and set your password again.",
                    "Clear your browser's cookies for nimbusdrive.example (or try a private/incognito window).",
                    "Log in at https://app.nimbusdrive.example/login.",
                    "Then sign out of the desktop and mobile apps and sign in again with the new password.",
                ],
                outro: "Also check that your password manager isn't filling in the old password."),
        ],
        followUp:
            "I've checked your account and it's not locked. As an extra step I've cleared all your active sessions on our side, and I've sent a fresh reset link to {email}. Please use that link within the next hour and then sign in in a private window.",
        notes: [
            "Account shows 6 failed logins in 10 minutes, rate limiter kicked in for 15 min.",
            "Customer had two reset tokens in flight, the older one was used. Manually cleared sessions in admin.",
        ])

    static let twoFactorClock = Problem(
        key: "2fa-clock-drift", language: .en, title: "Two-factor codes rejected (phone clock out of sync)", count: 12,
        tags: ["2fa", "security", "login"],
        subjects: [
            "2FA code not accepted", "Two-factor authentication codes always invalid", "Authenticator codes rejected",
            "\"Invalid verification code\" every time", "can't get past 2 step verification",
            "2FA broken after changing time zone",
        ],
        openings: [
            "Every time I enter the 6-digit code from Google Authenticator it says \"Invalid verification code\". I've tried a dozen codes now.",
            "I can't log in because my two-factor codes are rejected. I'm typing them before they expire. Phone is a {mobile} on {mobile_os}.",
            "Since I came back from a trip abroad, the authenticator codes don't work anymore on the login page. Password is fine, it's the second step that fails.",
            "My 2FA codes from Authy are always wrong. Nothing changed on my side as far as I know.",
            "The verification codes are not accepted, both on the website and in the desktop app. I'm now locked out of my account, which has all my work files.",
            "Two-step verification keeps failing with \"code expired or invalid\". I set it up last month and it worked until this week.",
            "My authenticator codes get rejected on every attempt. I'm on my home connection, IP {ip}, and my phone is a {mobile}.",
        ],
        context: [
            "I still have the phone I set it up with.", "I don't know where I put my backup codes.",
            "I changed the time on my phone manually for a game, not sure if that matters.",
            "I'm connecting from {ip} if you need to check the logs.",
        ],
        question:
            "Are you using an authenticator app (which one?) or text message codes, and is the date and time on your phone set automatically?",
        answer: "It's an authenticator app on my {mobile}. I'm not sure about the time setting, I'll check.",
        solutions: [
            Solution(
                intro:
                    "Authenticator codes are based on the current time, so if your phone's clock is off by more than a minute or so, the codes are rejected. To fix it:",
                steps: [
                    "On your phone, turn on automatic date and time (iPhone: **Settings > General > Date & Time > Set Automatically**; Android: **Settings > System > Date & time > Set time automatically**).",
                    "If you use Google Authenticator on Android, open the app's menu and choose **Settings > Time correction for codes > Sync now**.",
                    "Wait for a fresh code to appear and enter it straight away.",
                    "If it still fails, sign in with one of the backup codes you saved when you turned on two-factor authentication, then set it up again under **Settings > Security**.",
                ]),
            Solution(
                intro:
                    "The codes are generated from your phone's clock, and even a small drift makes them invalid. Please try this:",
                steps: [
                    "Set your phone's date and time to automatic, and make sure the time zone is correct.",
                    "In Google Authenticator (Android) use **Time correction for codes > Sync now**; other apps resync automatically once the clock is right.",
                    "Enter the next code as soon as it appears.",
                    "If you're still locked out, use a backup code and then set up your authenticator again from **Settings > Security > Two-factor authentication**.",
                ],
                outro: "Once the clock is correct the codes should work immediately."),
            Solution(
                intro:
                    "Sorry you're locked out! This is almost always the phone's clock being slightly off. Here's the fix:",
                steps: [
                    "Turn on **Set time automatically** in your phone's date and time settings.",
                    "Google Authenticator users: **Settings > Time correction for codes > Sync now**.",
                    "Try a brand new code right after it refreshes.",
                    "No luck? Log in with a backup code and set up two-factor authentication again in **Settings > Security**.",
                ]),
        ],
        followUp:
            "Since you don't have your backup codes, I've started the account recovery process for you. You'll receive an email at {email} with a verification step; once it's done we'll turn off two-factor authentication so you can log in and set it up again.",
        notes: [
            "Identity verified via billing details before disabling 2FA, per security policy.",
            "Second 2FA lockout for this account this year, suggested a hardware key.",
        ])

    static let duplicateCharge = Problem(
        key: "refund-duplicate-charge", language: .en, title: "Charged twice: refund for a duplicate charge", count: 14,
        tags: ["billing", "refund", "duplicate_charge"],
        subjects: [
            "Charged twice this month", "Double charge on my card", "Duplicate payment - please refund",
            "Why was I billed two times?", "Refund for duplicate charge", "two charges of {amount}??",
            "I was charged twice for my subscription",
        ],
        openings: [
            "I was charged {amount} twice on {date} for my {plan} subscription. Please refund the duplicate.",
            "My bank statement shows two identical payments to Nimbus Drive of {amount} on the same day. I only have one account.",
            "You charged my card twice. The card number is {card} if you need to look it up. I want the second charge refunded immediately.",
            "I see two charges for {amount} this month. I think the first payment failed and then went through anyway when I retried it?",
            "Why was I billed two times for the same plan?? I only clicked upgrade once.",
            "There's a duplicate charge on my credit card from Nimbus Drive, {amount} on {date} and again a few minutes later. Could you check and refund one of them?",
        ],
        context: [
            "I can send a screenshot of the bank statement if needed.", "This put my account into overdraft.",
            "I'm on the annual plan.", "The card you charged is {card}.",
        ],
        question:
            "Could you tell me the date of the two charges and the last four digits of the card? Please don't send the full card number.",
        answer: "Both were on {date}, {amount} each, card ending in 4444.",
        solutions: [
            Solution(
                intro: "I've looked into your billing history. Here's what's going on and what happens next:",
                steps: [
                    "When a payment is retried, your bank can show a temporary authorization next to the real charge. You can check what we actually charged under **Settings > Billing > Invoices**: one invoice means one charge.",
                    "Temporary authorizations disappear from your statement on their own within 3 to 5 business days.",
                    "In your case both charges were captured, so I've refunded the duplicate to the original payment method.",
                    "Refunds take 5 to 10 business days to show up, depending on your bank.",
                ],
                outro:
                    "You'll get a refund receipt by email with the reference number, which your bank can use to trace it."
            ),
            Solution(
                intro: "Sorry about the double charge! Here's how we handle it:",
                steps: [
                    "Open **Settings > Billing > Invoices** to see the charges on our side; a pending authorization from a retried payment won't show up there.",
                    "Pending authorizations are released by your bank automatically within 3–5 business days.",
                    "If two invoices are listed, the duplicate is refunded to the card you paid with. I've just done that for you.",
                    "Allow 5–10 business days for the refund to appear on your statement.",
                ],
                outro: "The refund receipt with its reference number is on its way to {email}."),
            Solution(
                intro: "Thanks for flagging this. I've checked the payments on your account:",
                steps: [
                    "Only charges listed under **Settings > Billing > Invoices** are real charges; a retried payment can leave a temporary hold at your bank.",
                    "Holds drop off by themselves within 3–5 business days.",
                    "Since you were genuinely charged twice, I've issued a refund for the second payment.",
                    "It usually takes 5–10 business days to reach your account.",
                ],
                outro: "You'll receive a confirmation email with a refund reference."),
        ],
        followUp:
            "I checked again with our payments team: the refund left our side a few days ago. If it still hasn't appeared after 10 business days, please give your bank the refund reference from the confirmation email so they can trace it.",
        stillBroken: [
            "It's been a week and I still don't see the refund on my statement.",
            "The second charge is still on my bank account.",
        ],
        notes: [
            "Stripe shows two captured payments 40 seconds apart, refunded the second one.",
            "Payment processor retried after a timeout, both attempts captured. Refund issued manually.",
        ])

    static let billingDetails = Problem(
        key: "billing-currency-vat", language: .en,
        title: "Change the billing currency or add a VAT number to invoices", count: 12,
        tags: ["billing", "invoice", "vat"],
        subjects: [
            "Need VAT number on invoice", "Change billing currency to EUR", "Invoice missing company VAT ID",
            "How do I change the currency I'm billed in?", "Invoice needs our company details",
            "wrong currency on invoice",
            "Add VAT ID to past invoices",
        ],
        openings: [
            "Our accounting department needs our VAT number on the invoices. I can't find where to add it. Can you also fix the invoices from the last three months?",
            "We're a company based in Germany but we're being billed in USD. Can we switch to euros?",
            "The invoice for {amount} doesn't show our company name or VAT ID, so we can't claim the VAT back. Please reissue it.",
            "how do i change the currency on my account? I moved from the US to the UK and would like to pay in GBP.",
            "Please add our VAT identification number to invoice {invoice}. Our finance team rejected it without it.",
            "I need proper invoices with our company details and VAT number for our {plan} plan. Where can I enter them?",
        ],
        context: [
            "We pay yearly.", "Our auditor needs them by the end of the month.",
            "The invoices should go to our finance team.",
        ],
        question:
            "Could you tell me which invoices need to be reissued, and whether you'd also like the currency changed at your next renewal?",
        answer: "The invoices from the last three months please. Changing the currency at renewal is fine.",
        solutions: [
            Solution(
                intro: "You can update all of that from the billing settings. Here's how:",
                steps: [
                    "Go to **Settings > Billing > Billing details**.",
                    "Enter your company name, address and VAT ID, then click **Save**. Future invoices will include them automatically.",
                    "To update past invoices, open **Settings > Billing > Invoices**, click the invoice and choose **Regenerate with current details**.",
                    "The billing currency can only change at renewal: under **Settings > Billing > Plan** choose **Change currency**, and the new currency applies from your next billing date.",
                ],
                outro: "I've also sent the regenerated invoices to {email} for your records."),
            Solution(
                intro: "Good news, this is all self-service:",
                steps: [
                    "Open **Settings > Billing > Billing details** and fill in the company name, billing address and VAT number.",
                    "Save; every new invoice will show those details.",
                    "For earlier invoices, go to **Settings > Billing > Invoices**, open each one and click **Regenerate with current details**.",
                    "To switch currency, go to **Settings > Billing > Plan > Change currency**. It takes effect at your next renewal, since we can't change the currency mid-cycle.",
                ],
                outro: "EU business customers with a valid VAT ID are invoiced with reverse charge, so no VAT is added."
            ),
        ],
        followUp:
            "I've regenerated the three invoices on our side with your VAT ID and sent them to {email}. The currency change is scheduled for your next renewal date.",
        stillBroken: [
            "Thanks, but I don't see a \"Regenerate\" option on the old invoices.",
            "I saved our details but the invoices I download still show no VAT ID.",
        ],
        notes: [
            "VAT ID validated in VIES, reverse charge applies from next invoice.",
            "Customer asked for a currency change mid-cycle, told them renewal only per finance policy.",
        ])

    static let sharedLinkExpired = Problem(
        key: "shared-link-expired", language: .en, title: "Shared link has expired", count: 11,
        tags: ["sharing", "links"],
        subjects: [
            "Shared link expired", "My share link says \"This link has expired\"", "Client can't open the link I sent",
            "Link expired after a few weeks?", "how to make share links permanent",
            "Shared folder link not working anymore",
        ],
        openings: [
            "I shared a folder with a client using a link ({share_link}) and now they get \"This link has expired\". I never set an expiry date.",
            "People I sent download links to last month say the link doesn't work anymore. How do I stop links from expiring?",
            "My share link for {file} is dead. It worked on {date}. What happened?",
            "A customer of mine can't open the file I shared, the page says the link has expired. I need it to work, it's for a contract.",
            "Do shared links expire automatically? Several of my links stopped working and I had to resend them.",
            "The link to my {folder} folder shows as expired: {share_link}\n\nCan you reactivate it?",
        ],
        question: "Could you tell me which plan you're on and roughly when you created the link?",
        answer: "I'm on {plan}. I think I created the link around {date}.",
        solutions: [
            Solution(
                intro:
                    "Shared links on the Personal plan expire after 30 days by default, which is what happened here. Here's how to manage it:",
                steps: [
                    "Go to https://app.nimbusdrive.example and open **Shared > Links**.",
                    "Find the link, click **...** and choose **Edit link settings**.",
                    "Set a new expiry date, or choose **Never expires** (available on Plus, Pro and Team plans).",
                    "Click **Save**. The same link works again, so you don't need to resend it.",
                ],
                outro:
                    "If you prefer, you can also delete the old link and create a new one from the file's **Share** menu."
            ),
            Solution(
                intro:
                    "Links expire 30 days after they're created unless you change the expiry, so your recipients are seeing the default behavior. To fix it:",
                steps: [
                    "Open the web app and go to **Shared > Links**.",
                    "Click **...** next to the expired link and select **Edit link settings**.",
                    "Pick a later expiry date or **Never expires** (Plus, Pro and Team plans).",
                    "Save your changes; the original link starts working again straight away.",
                ]),
            Solution(
                intro: "Sorry for the confusion! Shared links have a default 30-day expiry. You can extend it:",
                steps: [
                    "Sign in on the web and open **Shared > Links**.",
                    "Use **... > Edit link settings** on the link in question.",
                    "Change the expiry date, or set it to **Never expires** if you're on Plus, Pro or Team.",
                    "Save, and the existing link is live again.",
                ],
                outro: "To change the default for new links, go to **Settings > Sharing > Default link expiry**."),
        ],
        followUp:
            "If the link was created before you upgraded your plan, it may still carry the old limit. In that case please delete it under **Shared > Links** and create a new one from the file's **Share** menu; new links pick up your current plan's options.",
        notes: [
            "Link was disabled by the abuse filter, not by expiry. Re-enabled after review.",
            "Customer is on Personal, suggesting Plus for non-expiring links is fine.",
        ])

    static let quotaTrash = Problem(
        key: "quota-full-trash", language: .en, title: "Storage still full after deleting files", count: 12,
        tags: ["storage", "quota", "trash"],
        subjects: [
            "Storage full even though I deleted files", "Quota not updating after deleting",
            "Says I'm out of space but I removed {size}", "Deleted files still counting against storage",
            "storage almost full??", "Why is my storage full",
        ],
        openings: [
            "My account says I've used {used} of {quota} but I deleted a lot of files yesterday, at least {size}. The number didn't go down at all.",
            "I'm getting \"Your storage is full\" emails but I cleaned up my drive last week. Uploads are blocked now.",
            "I deleted an old {folder} folder to free up space, but the storage bar still shows almost full. Is there a delay?",
            "why is my storage full? i deleted like half my files",
            "I can't upload anything because I'm over quota, but when I add up my files it's way less than {quota}.",
            "The storage meter is wrong. I deleted {count} files and it still says I'm at 99%.",
        ],
        question: "Could you tell me roughly how much you deleted, and from which device?",
        answer: "About {size}, deleted from my {computer}.",
        solutions: [
            Solution(
                intro:
                    "Deleted files go to the Trash and keep counting towards your storage until the Trash is emptied. Older versions of files count too. To free up the space:",
                steps: [
                    "Open https://app.nimbusdrive.example and click **Trash** in the sidebar.",
                    "Check there's nothing you still need, then click **Empty trash**.",
                    "To also remove old file versions, go to **Settings > Storage > Manage versions** and delete the versions you don't need.",
                    "Wait up to an hour for the storage meter to update.",
                ],
                outro: "Files in the Trash are otherwise deleted automatically after 30 days."),
            Solution(
                intro:
                    "Files you delete stay in the Trash for 30 days and still use storage during that time, which is why the meter hasn't moved. Here's how to reclaim the space now:",
                steps: [
                    "Sign in on the web and go to **Trash**.",
                    "Select **Empty trash** (or delete individual items permanently).",
                    "Version history also uses space: **Settings > Storage > Manage versions** lets you remove old versions.",
                    "Give it up to an hour, then refresh the page to see the updated usage.",
                ]),
        ],
        followUp:
            "I've recalculated your storage usage on our side, and it now matches what's in your drive. If the meter still looks wrong, check your shared folders: folders that others share with you don't count, but folders you own and share with others do.",
        notes: [
            "Quota cache was stale, forced a recount from the admin panel.",
            "Customer has 140 GB of old versions from a video project.",
        ])

    static let macAppWontStart = Problem(
        key: "macos-app-wont-start", language: .en, title: "Desktop app won't start on macOS after an update",
        count: 13,
        tags: ["desktop_client", "macos", "crash"],
        subjects: [
            "App won't open after update on Mac", "Nimbus Drive crashes on launch (macOS)",
            "Desktop client not starting since {version}", "Mac app bounces in the dock and quits",
            "can't open nimbus drive on my mac", "After updating macOS the app doesn't launch",
        ],
        openings: [
            "Since the update to {version} the Nimbus Drive app won't start on my {mac}. The icon bounces in the dock a couple of times and then nothing.",
            "I updated to {macos} yesterday and now Nimbus Drive doesn't open. No error, it just quits.",
            "The desktop app crashes right after launch. I get a macOS dialog saying \"Nimbus Drive quit unexpectedly\". Reinstalling didn't help.",
            "my mac app is not starting anymore after the latest update. nothing happens when i click it",
            "Nimbus Drive won't launch on my {mac} ({macos}). My files aren't syncing, which is a problem because I work from two machines.",
            "After the automatic update last night the app isn't in the menu bar anymore and it won't start when I open it from Applications.",
        ],
        question: "Which macOS version are you on, and do you see any error message when the app quits?",
        answer: "{macos} on a {mac}. No error, it just disappears.",
        solutions: [
            Solution(
                intro:
                    "This happens when the update leaves the old helper running or macOS blocks the new version's file provider. Please follow these steps:",
                steps: [
                    "Open **Activity Monitor**, search for \"Nimbus\" and quit every Nimbus Drive process.",
                    "Drag the Nimbus Drive app from **Applications** to the Trash.",
                    "Download the latest installer from https://nimbusdrive.example/download and install it.",
                    "Open **System Settings > Privacy & Security**, and if you see a message about Nimbus Drive being blocked, click **Allow**.",
                    "In **System Settings > General > Login Items & Extensions > File Providers**, make sure Nimbus Drive is turned on.",
                    "Restart your Mac and open Nimbus Drive.",
                ],
                outro: "Your files and settings are kept, so the app will pick up where it left off."),
            Solution(
                intro: "Sorry about that! After some updates macOS needs to approve the app again. Here's the fix:",
                steps: [
                    "Quit any Nimbus Drive processes in **Activity Monitor**.",
                    "Remove the app from your Applications folder.",
                    "Reinstall it from https://nimbusdrive.example/download.",
                    "Go to **System Settings > Privacy & Security** and click **Allow** next to the Nimbus Drive message, if there is one.",
                    "Check that Nimbus Drive is enabled under **Login Items & Extensions > File Providers**.",
                    "Restart the Mac.",
                ],
                outro: "Reinstalling doesn't touch your synced files."),
        ],
        followUp:
            "Thanks for checking. Could you try one more thing: open Terminal and run `defaults delete com.nimbusdrive.desktop`, then start the app again. This resets the app's preferences (you'll need to sign in again) and clears a damaged settings file that some 5.2 users have.",
        notes: [
            "Known bug NIM-4520, 5.2.3 crashes on launch on Intel Macs, hotfix 5.2.4 is rolling out.",
            "Crash report attached by the customer points at the FileProvider extension.",
        ])

    static let largeUploads = Problem(
        key: "upload-over-2gb", language: .en, title: "Uploads of files larger than 2 GB fail", count: 11,
        tags: ["upload", "web", "large_files"],
        subjects: [
            "Upload fails for large files", "Can't upload file bigger than 2GB", "Large upload stops at 99%",
            "{big_file} won't upload", "upload error on big video files", "\"Upload failed\" for files over 2 GB",
        ],
        openings: [
            "I'm trying to upload {big_file} ({size}) through the website and it fails every time with \"Upload failed\". Smaller files are fine.",
            "Uploads of anything over 2 GB stop at 99% in {browser} and then show an error. I'm on the {plan} plan, which should allow big files.",
            "Why can't I upload my video? It's {size}. I tried three times on a fast connection.",
            "large files don't upload. small ones work. is there a limit?",
            "I need to send {big_file} to a client but the upload always fails near the end. It's about {size}.",
            "Web upload keeps erroring out for files above 2GB. Is there a size limit I'm not aware of?",
        ],
        question: "Are you uploading through the website or the desktop app, and how big is the file?",
        answer: "Through the website in {browser}. The file is {size}.",
        solutions: [
            Solution(
                intro: "The web uploader has a 2 GB limit per file. For bigger files, use one of these options:",
                steps: [
                    "Install the desktop app from https://nimbusdrive.example/download and copy the file into your Nimbus Drive folder; the desktop app uploads files up to 50 GB.",
                    "Or use the iOS or Android app, which also supports files up to 50 GB.",
                    "If you need to use the browser, turn on **Settings > Labs > Large file uploads (beta)**, which lifts the web limit to 20 GB in Chrome and Edge.",
                    "Keep the device awake until the upload completes; uploads resume automatically if the connection drops.",
                ]),
            Solution(
                intro:
                    "Files over 2 GB can't be uploaded through the web page, which is why it fails near the end. Here's what works:",
                steps: [
                    "Use the desktop app: put the file in your Nimbus Drive folder and it will upload in the background (up to 50 GB per file).",
                    "The mobile apps handle up to 50 GB too.",
                    "To stay in the browser, enable **Settings > Labs > Large file uploads (beta)**; it supports up to 20 GB in Chrome and Edge.",
                    "Make sure your computer doesn't go to sleep during the upload.",
                ],
                outro: "Sorry the error message isn't clearer about this; we're working on it."),
        ],
        followUp:
            "If the desktop app also stops, please check **Preferences > Network** and set the upload rate to **Don't limit**, and make sure no VPN or proxy is cutting long connections. Large uploads are sent in chunks, so they will resume if interrupted.",
        notes: [
            "Product is aware the web error message is misleading, ticket NIM-3981.",
            "Customer uploads through a corporate proxy that kills connections after 10 minutes.",
        ])

    static let androidCameraUpload = Problem(
        key: "android-camera-upload", language: .en, title: "Android camera upload not working", count: 12,
        tags: ["mobile", "android", "camera_upload"],
        subjects: [
            "Camera upload not working on Android", "Photos not backing up from my phone", "Camera uploads stopped",
            "Android app doesn't upload new photos", "automatic photo backup stuck",
            "Camera upload only works when app is open",
        ],
        openings: [
            "Camera upload on my {android} stopped working. New photos only upload when I open the Nimbus Drive app.",
            "My photos haven't been backed up since {date}. Camera upload is turned on in the app. {android}, {android_os}.",
            "The automatic photo backup doesn't work. It says \"Waiting to upload\" for {count} photos.",
            "camera uploads not working on android, they just sit there",
            "I'm worried I'm going to lose pictures, camera upload stopped on my phone ({android}) a week ago and I didn't notice.",
            "Photos from my {android} only upload when I'm on the app screen. As soon as I close it nothing happens.",
        ],
        question: "Which phone model and Android version do you have?",
        answer: "It's a {android} with {android_os}.",
        solutions: [
            Solution(
                intro:
                    "On Android, battery optimization often stops background uploads. Here's how to let Nimbus Drive run in the background:",
                steps: [
                    "Open your phone's **Settings > Apps > Nimbus Drive > Battery** and choose **Unrestricted**.",
                    "In the same screen, under **Permissions > Photos and videos**, select **Allow all** (not \"Allow limited access\").",
                    "In the Nimbus Drive app, go to **Settings > Camera upload** and turn it off and on again.",
                    "If you only want uploads on Wi-Fi, make sure you're connected to Wi-Fi; otherwise turn off **Upload only on Wi-Fi**.",
                ],
                outro:
                    "Samsung phones also have a **Sleeping apps** list under **Battery > Background usage limits**; remove Nimbus Drive from it if it's there."
            ),
            Solution(
                intro: "This is almost always Android's battery saver putting the app to sleep. To fix it:",
                steps: [
                    "Go to **Settings > Apps > Nimbus Drive > Battery** and set it to **Unrestricted**.",
                    "Check that the app has full photo access: **Permissions > Photos and videos > Allow all**.",
                    "Open Nimbus Drive, then **Settings > Camera upload**, switch it off and back on.",
                    "Check that **Upload only on Wi-Fi** matches what you want.",
                ],
                outro:
                    "On Samsung, also remove Nimbus Drive from **Battery > Background usage limits > Sleeping apps**."),
            Solution(
                intro:
                    "Thanks for the details! Background uploads get stopped by battery optimization on many Android phones. Please:",
                steps: [
                    "Set **Settings > Apps > Nimbus Drive > Battery** to **Unrestricted**.",
                    "Give the app **Allow all** access under **Permissions > Photos and videos**.",
                    "Toggle **Settings > Camera upload** off and on in the Nimbus Drive app.",
                    "Turn off **Upload only on Wi-Fi** if you want photos to upload on mobile data as well.",
                ]),
        ],
        followUp:
            "Thanks for trying. Some phones (Xiaomi, OnePlus) have an extra **Autostart** setting: go to **Settings > Apps > Nimbus Drive** and turn on **Autostart**. Then open the app once and leave it in the background.",
        notes: [
            "Known issue with Android 15 photo permissions, NIM-4603, fix planned for 5.4.",
            "Customer has 4,000 photos queued, suggested a manual upload of the backlog from the app.",
        ])

    static let cancelSubscription = Problem(
        key: "cancel-subscription", language: .en, title: "Cancel a subscription", count: 12,
        tags: ["billing", "cancellation"],
        subjects: [
            "Cancel my subscription", "How do I cancel?", "Please cancel my account", "Stop auto renewal",
            "cancel plan",
            "I want to unsubscribe from the paid plan", "Cancellation request",
        ],
        openings: [
            "Please cancel my {plan} subscription. I don't need it anymore.",
            "How do I cancel my plan? I can't find the option anywhere in the settings.",
            "I'd like to stop the automatic renewal of my subscription before the next payment. Please don't charge my card {card} again.",
            "cancel my account please. i've moved to another service",
            "I want to downgrade to the free plan. I subscribed through the iPhone app if that matters.",
            "I'm retiring and no longer need the {plan} plan. Could you cancel it and tell me what happens to my files?",
        ],
        question: "Did you subscribe on our website or through the App Store or Google Play?",
        answer: "On the website I think. It's the {plan} plan.",
        solutions: [
            Solution(
                intro: "Sorry to see you go! You can cancel at any time:",
                steps: [
                    "Sign in at https://app.nimbusdrive.example and go to **Settings > Billing > Plan**.",
                    "Click **Cancel plan** and confirm.",
                    "If you subscribed through the App Store or Google Play, cancel from your phone instead: Apple (**Settings > your name > Subscriptions**) or Google Play (**Profile > Payments & subscriptions**).",
                    "Your plan stays active until the end of the period you've paid for, then your account switches to the free plan.",
                ],
                outro:
                    "Your files are kept. If you use more than the free 5 GB, they become read-only until you free up space, but nothing is deleted."
            ),
            Solution(
                intro: "No problem, here's how to cancel:",
                steps: [
                    "On the web, open **Settings > Billing > Plan** and choose **Cancel plan**.",
                    "Subscriptions bought in the iOS or Android app have to be cancelled in the App Store or Google Play subscriptions page.",
                    "You keep your paid features until the current billing period ends.",
                    "After that you're on the free plan; files above the 5 GB free limit stay available read-only.",
                ],
                outro: "You won't be charged again after cancelling."),
        ],
        followUp:
            "I can confirm the cancellation went through on our side: your plan ends at the end of the current period and there will be no further charges. A confirmation has been sent to {email}.",
        stillBroken: [
            "I don't see a Cancel plan button, only Change plan.",
            "I cancelled but I just got another renewal reminder.",
        ],
        notes: [
            "Offered 3 months at 50% as retention, customer declined.",
            "Subscription was bought through Apple, we cannot refund it from our side.",
        ])

    static let transferOwnership = Problem(
        key: "transfer-ownership", language: .en, title: "Transfer team account ownership", count: 10,
        tags: ["team", "admin", "ownership"],
        subjects: [
            "Transfer ownership of our team account", "Change the owner of our Team plan",
            "Previous admin left the company",
            "How to make someone else the account owner", "Ownership transfer", "need to change account owner",
        ],
        openings: [
            "I'm leaving the company at the end of the month and need to transfer ownership of our Team account to my colleague {colleague}. How do we do that?",
            "Our previous IT admin left and we can't change the billing or add users. How can we take over the account?",
            "We need to change the owner of our {plan} plan ({seats} seats) to our new office manager.",
            "How do I make another member the owner? I only see options to make people admins.",
            "The owner of our team account is on long-term leave and we need to change the payment card. Can ownership be moved?",
        ],
        question: "Is the current owner still able to sign in to the account?",
        answer: "I'm not sure, I'll ask. Our plan is {plan} with {seats} seats.",
        solutions: [
            Solution(
                intro: "Ownership can be transferred from the admin console by the current owner:",
                steps: [
                    "The current owner opens **Admin console > Members** and makes the new person an **Admin** if they aren't already.",
                    "Then go to **Admin console > Settings > Account ownership** and click **Transfer ownership**.",
                    "Select the new owner and confirm with your password.",
                    "The new owner receives an email and has to accept within 7 days.",
                ],
                outro:
                    "Billing moves to the new owner once they accept. If the current owner has left and can't do this, reply with a request from an admin on your company domain and we'll verify it and transfer ownership for you."
            ),
            Solution(
                intro: "Here's how to hand over ownership of a team account:",
                steps: [
                    "In **Admin console > Members**, give the new owner the Admin role.",
                    "Go to **Admin console > Settings > Account ownership > Transfer ownership**.",
                    "Choose the new owner and confirm.",
                    "They'll get an email to accept the transfer (valid for 7 days).",
                ],
                outro:
                    "If the current owner is no longer available, we can do the transfer after verifying the request with another admin from your company's email domain."
            ),
        ],
        followUp:
            "We've verified the request with your domain admin and transferred ownership on our side. The new owner can now manage billing and members from the admin console.",
        stillBroken: [
            "The previous owner has left and can't log in, so we can't do the first step.",
            "The new owner never got the email.",
        ],
        notes: [
            "Verified via DNS TXT record on the company domain before transferring.",
            "Old owner account disabled at the request of their HR team, ownership moved manually.",
        ])

    static let ssoSAML = Problem(
        key: "sso-saml-error", language: .en, title: "SSO/SAML login error", count: 11,
        tags: ["sso", "team", "login"],
        subjects: [
            "SSO login error", "SAML error when signing in", "\"SAML response invalid\" for all users",
            "Single sign-on stopped working", "Can't log in with {idp}", "SSO broken since this morning",
        ],
        openings: [
            "None of our users can sign in with SSO since this morning. They get \"{saml_error}\" after authenticating with our identity provider.",
            "We're setting up SAML single sign-on with {idp} and the login fails with \"{saml_error}\".",
            "SSO login is failing for our whole team ({seats} people). Error: {saml_error}. We didn't change anything on our side... I think.",
            "Since we rotated the certificate in {idp} yesterday, SSO to Nimbus Drive is broken.",
            "When I click \"Sign in with SSO\" I get redirected back with an error. Our admin says the config looks right. My IP is {ip} if that helps with the logs.",
            "Users get \"{saml_error}\" when logging in through {idp}. Only some users, others can log in fine.",
        ],
        question:
            "Which identity provider do you use, and did anything change on your side recently (certificate, app settings)?",
        answer: "We use {idp}. I think the certificate was renewed recently.",
        solutions: [
            Solution(
                intro:
                    "SAML errors like this usually come from a certificate or configuration mismatch between your identity provider and Nimbus Drive. Please check:",
                steps: [
                    "If your identity provider's signing certificate was rotated, download the new certificate and upload it in **Admin console > Security > Single sign-on**.",
                    "Check that the **Entity ID** is `https://sso.nimbusdrive.example/saml` and the **ACS URL** is `https://sso.nimbusdrive.example/saml/acs`.",
                    "Make sure the NameID format is **Email address** and matches the users' Nimbus Drive email.",
                    "If your identity provider is self-hosted, check its clock; assertions are rejected if the time is off by more than 3 minutes.",
                    "Test with **Admin console > Security > Single sign-on > Test connection** before turning it on for everyone.",
                ],
                outro:
                    "Admins can always sign in with their password at https://app.nimbusdrive.example/login?sso=off while you fix the configuration."
            ),
            Solution(
                intro:
                    "Thanks for the details. This error is almost always caused by one of these, so please go through them in order:",
                steps: [
                    "Upload the current signing certificate from your identity provider under **Admin console > Security > Single sign-on** (it must be updated after every rotation).",
                    "Verify the Entity ID (`https://sso.nimbusdrive.example/saml`) and ACS URL (`https://sso.nimbusdrive.example/saml/acs`) in your identity provider.",
                    "Set the NameID format to **Email address**.",
                    "If the identity provider is self-hosted, make sure its clock is accurate (we allow 3 minutes of skew).",
                    "Click **Test connection** in the SSO settings to confirm.",
                ],
                outro:
                    "While you're fixing it, admins can log in with a password at https://app.nimbusdrive.example/login?sso=off."
            ),
        ],
        followUp:
            "I looked at our SAML logs for your domain: the assertions are signed with a certificate that doesn't match the one uploaded in your admin console. Uploading the new certificate from your identity provider should fix it right away.",
        notes: [
            "SAML logs show a certificate fingerprint mismatch after their IdP rotation.",
            "Customer security team asked us not to share log excerpts by email.",
        ])

    static let restoreVersion = Problem(
        key: "restore-version-history", language: .en, title: "Restore a deleted or overwritten file", count: 12,
        tags: ["files", "version_history", "restore"],
        subjects: [
            "Restore a deleted file", "Overwrote a file by mistake, can I get the old version back?",
            "Recover previous version of {file}", "I accidentally deleted a folder", "how to undo changes to a file",
            "Need an older version of my spreadsheet", "File disappeared, can you restore it?",
        ],
        openings: [
            "I accidentally saved over {file} this morning. Is there any way to get yesterday's version back?",
            "I deleted the {folder} folder by mistake last week and need it back urgently.",
            "A file I was working on, {file}, is gone from my drive. I don't remember deleting it. Can you restore it?",
            "my colleague overwrote our shared doc with an old copy. can we go back to the version from {date}?",
            "Is it possible to recover an earlier version of {file}? The current one got corrupted when my laptop crashed.",
            "Help! I emptied a folder by accident and there was months of work in it.",
        ],
        question:
            "Do you know roughly when the file was last in the state you need, and was it deleted or overwritten?",
        answer: "It was fine on {date}. It was overwritten, not deleted.",
        solutions: [
            Solution(
                intro:
                    "Good news: Nimbus Drive keeps previous versions and deleted files, so this can be undone. Here's how:",
                steps: [
                    "Sign in at https://app.nimbusdrive.example.",
                    "For an overwritten file, right-click it and choose **Version history**.",
                    "Pick the version you want (by date and time) and click **Restore**. The current version is kept as a version too, so nothing is lost.",
                    "For a deleted file or folder, open **Trash**, select it and click **Restore**; it goes back to its original location.",
                ],
                outro:
                    "Deleted files can be restored for 30 days on Personal and Plus, and 180 days on Pro and Team plans."
            ),
            Solution(
                intro: "You can get it back from the web app:",
                steps: [
                    "Open https://app.nimbusdrive.example and find the file.",
                    "Right-click it and select **Version history**.",
                    "Choose the version from the date you need and click **Restore**.",
                    "If the file or folder was deleted, go to **Trash**, select it and click **Restore**.",
                ],
                outro: "Version history and Trash go back 30 days on Personal and Plus, 180 days on Pro and Team."),
            Solution(
                intro: "Don't worry, this is recoverable. Please follow these steps:",
                steps: [
                    "On the web, right-click the file and open **Version history**.",
                    "Select the version you want and click **Restore** (the current one stays in the history).",
                    "Deleted items are in **Trash**: select them and click **Restore**.",
                    "Restored files sync back to your devices automatically.",
                ],
                outro: "You can restore items up to 30 days back (180 days on Pro and Team)."),
        ],
        followUp:
            "I've checked on our side and the folder was deleted from a synced computer. I've restored it from our backups for you: it's back in its original location. It may take a few minutes to sync to your devices.",
        notes: [
            "Restored folder from a backup snapshot outside the 30-day window as a one-time courtesy.",
            "Deletion came from an old laptop still signed in to the account, suggested revoking that device.",
        ])

    static let conflictedCopies = Problem(
        key: "conflicted-copies", language: .en, title: "\"Conflicted copy\" duplicates appear in folders", count: 11,
        tags: ["sync", "conflicts"],
        subjects: [
            "Lots of \"conflicted copy\" files", "Duplicate files with (conflicted copy) in the name",
            "Why do I have conflicted copies?", "Sync creating duplicate files", "conflicted copy everywhere",
        ],
        openings: [
            "Our shared {folder} folder is full of files like \"{conflict_file}\". Which one is the real one?",
            "Every time my colleague and I edit the same spreadsheet, Nimbus Drive creates a conflicted copy. It's getting messy.",
            "I keep getting duplicates with \"conflicted copy\" in the name on my {computer}. How do I stop this?",
            "why does nimbus make copies of my files? there are 40 conflicted copy files in my documents",
            "Sync is creating duplicate files, for example {conflict_file}. I work on my laptop and my desktop and both have Nimbus Drive.",
        ],
        question: "How many computers do you have the desktop app on, and are they all on the same version?",
        answer: "Two computers, my {computer} and an old desktop PC. Not sure about the versions.",
        solutions: [
            Solution(
                intro:
                    "A conflicted copy is created when the same file is changed on two devices before they've synced, so neither change is lost. To clean up and prevent it:",
                steps: [
                    "Open both versions, keep the one with the changes you want, and delete the other (or merge them by hand).",
                    "Make sure every device runs the latest desktop app (`5.3.1` or later).",
                    "Let a device finish syncing before you edit the same file elsewhere; the menu bar icon shows a check mark when it's up to date.",
                    "On Team plans, turn on **Admin console > Settings > File locking** so Office files are locked while someone edits them.",
                ]),
            Solution(
                intro:
                    "Conflicted copies are Nimbus Drive's way of keeping both sets of changes when a file is edited in two places at once. Here's what to do:",
                steps: [
                    "Compare the original and the conflicted copy, keep the right one and delete the other.",
                    "Update the desktop app on all your computers to `5.3.1` or later, which reduces conflicts.",
                    "Wait for sync to finish (green check mark) before switching devices.",
                    "Team admins can turn on **File locking** under **Admin console > Settings** to avoid simultaneous edits on Office files.",
                ],
                outro:
                    "If a device was offline for a while, it's normal to see a few conflicted copies when it reconnects."
            ),
        ],
        followUp:
            "Looking at your account, one of your computers last synced three weeks ago and keeps sending old versions when it wakes up. Signing out of Nimbus Drive on that computer (or removing it under **Settings > Devices**) will stop the new conflicted copies.",
        notes: [
            "Customer has an old Windows PC still linked that syncs once a week, causing the conflicts.",
            "File locking is a Team-only feature and this customer is on Plus.",
        ])

    static let teamInvitations = Problem(
        key: "team-invitations", language: .en, title: "Team invitation email not received", count: 12,
        tags: ["team", "invitations"],
        subjects: [
            "Invitation email not received", "New team member didn't get the invite", "Can't invite users to our team",
            "Invite link not working", "team invites not arriving", "Colleague never got the invitation",
        ],
        openings: [
            "I invited a new colleague, {colleague}, to our team yesterday but the invitation email never arrived. We checked spam.",
            "When I try to invite new users it says \"No seats available\". We're on the {plan} plan with {seats} seats.",
            "Our new hires didn't get their invitations to the team. I've resent them twice.",
            "The invite link says it's invalid when my colleague clicks it: {invite_link}",
            "team invites aren't arriving for anyone at our company",
            "I added three people to our team from the admin console, {colleague_email} among them, but they don't show up as members and say they got nothing.",
        ],
        question: "How many seats do you have free, and which email domain are the invitations going to?",
        answer: "We're on {plan} with {seats} seats. The invitations go to our company domain.",
        solutions: [
            Solution(
                intro: "Invitations can get stuck for a few reasons. Please check the following:",
                steps: [
                    "Make sure you have free seats under **Admin console > Billing**; if not, click **Add seats** first, otherwise the invitation isn't sent.",
                    "In **Admin console > Members > Pending invitations**, click **Resend** next to the person's address.",
                    "Ask them to check spam and quarantine folders, and to add nimbusdrive.example to their safe senders list.",
                    "If you've restricted sign-ups under **Admin console > Security > Allowed domains**, make sure their email domain is on the list.",
                ],
                outro: "Invitation links are valid for 14 days; a resent invitation invalidates the previous link."),
            Solution(
                intro: "Here's how to get the invitations through:",
                steps: [
                    "Check **Admin console > Billing** for available seats and add seats if needed.",
                    "Go to **Admin console > Members > Pending invitations** and click **Resend**.",
                    "Have the invitee check their spam or quarantine folder and allow emails from nimbusdrive.example.",
                    "Check that **Admin console > Security > Allowed domains** includes the invitee's domain.",
                ],
                outro: "Only the newest invitation link works; older ones become invalid when you resend."),
        ],
        followUp:
            "I can see on our side that the invitation emails were rejected by the recipients' mail server. Your IT team will need to allow mail from nimbusdrive.example. In the meantime you can copy the invitation link from **Pending invitations > Copy link** and send it directly.",
        notes: [
            "Mail logs show hard bounces from their Exchange server, a spam filter rule.",
            "All seats were taken by suspended accounts, explained how to remove them.",
        ])

    static let slowSync = Problem(
        key: "slow-sync", language: .en, title: "Sync is very slow", count: 11,
        tags: ["sync", "performance"],
        subjects: [
            "Sync is extremely slow", "Upload speed very slow", "Syncing takes forever",
            "Desktop app uploading at 50 KB/s", "slow sync", "Why is Nimbus Drive so slow?",
        ],
        openings: [
            "Syncing is extremely slow. It's uploading at about 50 KB/s even though my connection does 100 Mbps.",
            "It's taking days to sync my {folder} folder ({size}). Is there a speed limit?",
            "Nimbus Drive is much slower than it used to be. Uploading {count} small files took all night.",
            "my uploads are super slow, like 1 file a minute",
            "The desktop client on my {computer} uploads really slowly, but uploads in the browser are fast.",
            "Sync speed is terrible since I started working from the office. At home it's fine.",
        ],
        context: ["Our office IP is {ip}, in case you throttle by IP.", "It's been like this for a week."],
        question:
            "Could you run a speed test from the same network and tell me whether you're on a VPN or a company network?",
        answer: "The speed test says 100 Mbps down, 40 up. I'm at the office, so on the company network.",
        solutions: [
            Solution(
                intro:
                    "Slow syncing usually comes from a bandwidth limit in the app settings or from the network. Please check:",
                steps: [
                    "In the desktop app, open **Preferences > Network** and set both **Upload rate** and **Download rate** to **Don't limit**.",
                    "Turn on **LAN sync** in the same screen so computers on the same network copy files to each other directly.",
                    "If you're on a VPN or company proxy, try syncing without it, or ask IT to allow `*.nimbusdrive.example`.",
                    "For folders with thousands of small files, consider zipping archives you don't edit anymore; each file has some overhead.",
                ]),
            Solution(
                intro: "Here's what usually speeds things up:",
                steps: [
                    "Open **Preferences > Network** and set the upload and download rates to **Don't limit** (by default uploads use at most 75% of your bandwidth).",
                    "Turn on **LAN sync** so devices on the same network share files locally.",
                    "Check whether a VPN, proxy or firewall is inspecting traffic, and exclude `*.nimbusdrive.example` if possible.",
                    "Pause other large uploads (backups, cloud photo apps) while Nimbus Drive catches up.",
                ],
                outro:
                    "Many small files always sync more slowly than a few big ones, so a big first sync of a folder like yours can take a while."
            ),
        ],
        followUp:
            "Thanks for the test results. Since it's only slow in the office, your company firewall is most likely throttling or inspecting the traffic. Please ask your IT team to allow `*.nimbusdrive.example` on port 443 without SSL inspection.",
        notes: [
            "Customer is behind a corporate firewall doing SSL inspection.",
            "Throughput graphs on our side look normal, nothing wrong on our end.",
        ])
}

// MARK: French problems

extension Catalog {
    static let french: [Problem] = [
        factureTVA, synchroBloquee, doublePrelevement, connexionMotDePasse, partageDossier, resiliation,
        applicationPlante, changementEmail,
    ]

    static let factureTVA = Problem(
        key: "facture-tva", language: .fr, title: "Facture avec numéro de TVA intracommunautaire", count: 13,
        tags: ["facturation", "tva", "facture"],
        subjects: [
            "Facture avec TVA intracommunautaire", "Numéro de TVA sur la facture",
            "Besoin d'une facture au nom de la société",
            "Facture sans numéro de TVA", "TVA facturée à tort", "demande de facture conforme",
        ],
        openings: [
            "Notre service comptable a besoin de factures mentionnant notre numéro de TVA intracommunautaire. Où peut-on l'indiquer ?",
            "La facture de {amount} du {date} ne comporte ni le nom de notre entreprise ni notre numéro de TVA. Pourriez-vous la refaire ?",
            "Nous sommes une entreprise belge et vous nous facturez la TVA française. Il faudrait appliquer l'autoliquidation.",
            "je ne trouve pas comment ajouter le numéro de TVA de ma société sur les factures",
            "Notre expert-comptable refuse les factures sans numéro de TVA. Est-il possible de régénérer les factures des trois derniers mois ?",
            "Pouvez-vous m'envoyer une facture avec la raison sociale et la TVA intracommunautaire pour notre abonnement {plan} ?",
        ],
        context: [
            "Le prélèvement se fait sur le compte {iban}.", "Nous payons à l'année.",
            "Notre clôture comptable est à la fin du mois.",
        ],
        question: "Pourriez-vous me préciser les factures concernées et le pays où votre société est établie ?",
        answer: "Les factures des trois derniers mois. Nous sommes établis en Belgique.",
        solutions: [
            Solution(
                intro: "Vous pouvez ajouter ces informations vous-même dans les paramètres de facturation :",
                steps: [
                    "Connectez-vous sur https://app.nimbusdrive.example et ouvrez **Paramètres > Facturation > Informations de facturation**.",
                    "Renseignez la raison sociale, l'adresse et le numéro de TVA intracommunautaire, puis cliquez sur **Enregistrer**.",
                    "Pour les factures déjà émises, ouvrez **Paramètres > Facturation > Factures**, sélectionnez la facture et cliquez sur **Régénérer avec les informations actuelles**.",
                    "Si votre société est établie dans un autre pays de l'UE que la France, la TVA n'est plus facturée (autoliquidation) dès la prochaine échéance.",
                ],
                outro: "Les nouvelles factures comporteront automatiquement ces mentions."),
            Solution(
                intro: "C'est tout à fait possible, voici la marche à suivre :",
                steps: [
                    "Allez dans **Paramètres > Facturation > Informations de facturation**.",
                    "Indiquez le nom de la société, l'adresse de facturation et le numéro de TVA, puis enregistrez.",
                    "Pour les factures précédentes : **Paramètres > Facturation > Factures**, puis **Régénérer avec les informations actuelles** sur chaque facture.",
                    "Pour une société située ailleurs dans l'UE, le numéro de TVA validé déclenche l'autoliquidation à partir de la prochaine facture.",
                ],
                outro: "Je vous ai également envoyé les factures régénérées à l'adresse {email}."),
        ],
        followUp:
            "J'ai régénéré de notre côté les factures des trois derniers mois avec votre numéro de TVA et je vous les ai envoyées à {email}. L'autoliquidation s'appliquera dès votre prochaine échéance.",
        stillBroken: [
            "Je ne vois pas l'option « Régénérer » sur les anciennes factures.",
            "J'ai enregistré le numéro mais les factures téléchargées ne le mentionnent toujours pas.",
        ],
        notes: [
            "Numéro de TVA vérifié dans VIES, autoliquidation activée manuellement.",
            "Ancienne facture modifiée à la main par la compta, ne pas la régénérer.",
        ])

    static let synchroBloquee = Problem(
        key: "synchronisation-bloquee", language: .fr, title: "Synchronisation bloquée sur l'application de bureau",
        count: 12,
        tags: ["synchronisation", "application_bureau"],
        subjects: [
            "Synchronisation bloquée", "La synchro ne se fait plus", "Fichiers en attente de synchronisation",
            "Nimbus Drive ne synchronise plus rien", "synchro bloquée depuis hier",
            "Problème de synchronisation sur mon {computer}",
        ],
        openings: [
            "Depuis le {date}, la synchronisation est bloquée sur mon {computer}. L'application indique « {count} fichiers en attente » et rien ne bouge.",
            "Plus aucun fichier ne se synchronise entre mon ordinateur et le site. L'icône tourne en permanence.",
            "La synchro est bloquée depuis la mise à jour {version}. J'ai redémarré plusieurs fois sans succès.",
            "rien ne se synchronise depuis hier, c'est très gênant pour mon travail",
            "Mon dossier {folder} n'est plus à jour sur mon autre ordinateur. L'application reste sur « Synchronisation en cours… » depuis des heures.",
            "L'application Nimbus Drive affiche « Synchronisation suspendue : espace disque insuffisant » alors qu'il me reste de la place.",
        ],
        question:
            "Pourriez-vous me préciser sur quel ordinateur et avec quelle version de l'application le problème se produit, et depuis quand ?",
        answer: "C'est sur mon {computer} sous {desktop_os}, version {version}. Ça a commencé vers le {date}.",
        solutions: [
            Solution(
                intro:
                    "Une synchronisation bloquée vient généralement d'un index local endommagé ou d'un manque d'espace disque. Voici la marche à suivre :",
                steps: [
                    "Vérifiez qu'il reste au moins 5 Go d'espace libre sur votre disque.",
                    "Mettez à jour l'application vers la version `5.3.1` depuis https://nimbusdrive.example/download.",
                    "Ouvrez **Préférences > Avancé** et cliquez sur **Reconstruire l'index de synchronisation**.",
                    "Redémarrez l'application et laissez-la tourner jusqu'à la fin de l'analyse.",
                ],
                outro:
                    "La reconstruction de l'index ne supprime aucun fichier, elle se contente de les analyser à nouveau."
            ),
            Solution(
                intro: "Désolé pour ce blocage ! Pour relancer la synchronisation :",
                steps: [
                    "Libérez de l'espace si votre disque est presque plein (il faut au moins 5 Go de libre).",
                    "Installez la dernière version de l'application (`5.3.1`) depuis https://nimbusdrive.example/download.",
                    "Dans **Préférences > Avancé**, choisissez **Reconstruire l'index de synchronisation**.",
                    "Relancez Nimbus Drive et laissez l'analyse se terminer.",
                ],
                outro: "Vos fichiers ne sont pas modifiés pendant l'opération."),
        ],
        followUp:
            "Merci pour votre retour. Pouvez-vous quitter l'application, supprimer le dossier `.nimbus-cache` qui se trouve dans votre dossier Nimbus Drive, puis relancer l'application ? Si cela ne suffit pas, envoyez-nous les journaux via **Aide > Envoyer les journaux**.",
        notes: [
            "Bug connu NIM-4412 sur les gros dossiers, correctif prévu en 5.3.2.",
            "Les journaux montrent une erreur de droits sur un dossier réseau monté.",
        ])

    static let doublePrelevement = Problem(
        key: "double-prelevement", language: .fr, title: "Remboursement d'un double prélèvement", count: 11,
        tags: ["facturation", "remboursement"],
        subjects: [
            "Double prélèvement", "Prélevé deux fois ce mois-ci", "Remboursement d'un prélèvement en double",
            "deux prélèvements de {amount}", "Erreur de facturation : paiement en double", "J'ai été débité deux fois",
        ],
        openings: [
            "J'ai été prélevé deux fois de {amount} le {date} pour mon abonnement {plan}. Merci de me rembourser le second prélèvement.",
            "Je constate deux prélèvements identiques de Nimbus Drive sur mon compte bancaire ce mois-ci. Je n'ai qu'un seul abonnement.",
            "Vous m'avez débité deux fois sur le compte {iban}. Je souhaite être remboursé rapidement.",
            "deux prélèvements de {amount} ce mois ci, c'est une erreur ?",
            "Mon relevé bancaire affiche deux paiements de {amount} à quelques minutes d'intervalle. Pouvez-vous vérifier ?",
            "Suite à la mise à jour de ma carte bancaire, j'ai été débité deux fois. Le numéro de carte est {card}.",
        ],
        context: [
            "Mon IBAN est {iban}.", "Cela m'a mis à découvert.", "Je peux vous envoyer une capture de mon relevé.",
        ],
        question:
            "Pourriez-vous m'indiquer la date et le montant des deux prélèvements ? Merci de ne pas m'envoyer vos coordonnées bancaires complètes.",
        answer: "Les deux le {date}, {amount} chacun.",
        solutions: [
            Solution(
                intro: "J'ai vérifié votre historique de facturation. Voici la situation :",
                steps: [
                    "Les paiements réellement encaissés apparaissent dans **Paramètres > Facturation > Historique** ; une seule facture signifie un seul paiement.",
                    "Une autorisation temporaire liée à une nouvelle tentative de paiement disparaît d'elle-même sous 3 à 5 jours ouvrés.",
                    "Dans votre cas, les deux paiements ont bien été encaissés : j'ai donc remboursé le second sur le moyen de paiement d'origine.",
                    "Le remboursement apparaît sur votre compte sous 5 à 10 jours ouvrés, selon votre banque.",
                ],
                outro:
                    "Vous recevrez un reçu de remboursement par e-mail avec une référence que votre banque pourra utiliser."
            ),
            Solution(
                intro: "Toutes nos excuses pour ce double prélèvement. Voici ce qu'il faut savoir :",
                steps: [
                    "Consultez **Paramètres > Facturation > Historique** : seules les factures listées correspondent à des paiements encaissés.",
                    "Une autorisation en attente est libérée automatiquement par votre banque sous 3 à 5 jours ouvrés.",
                    "Les deux prélèvements ayant été encaissés, j'ai procédé au remboursement du doublon.",
                    "Comptez 5 à 10 jours ouvrés pour le voir sur votre relevé.",
                ],
                outro:
                    "Inutile de faire opposition auprès de votre banque, le remboursement est déjà en cours. Le reçu a été envoyé à {email}."
            ),
        ],
        followUp:
            "J'ai vérifié avec notre service paiements : le remboursement a bien été émis de notre côté. S'il n'apparaît pas après 10 jours ouvrés, transmettez à votre banque la référence figurant dans l'e-mail de confirmation.",
        stillBroken: [
            "Une semaine plus tard, toujours pas de remboursement sur mon compte.",
            "Le second prélèvement apparaît toujours sur mon relevé.",
        ],
        notes: [
            "Deux prélèvements SEPA capturés à 2 minutes d'intervalle, second remboursé.",
            "Transmis à la facturation, client sur le forfait historique 2019.",
        ])

    static let connexionMotDePasse = Problem(
        key: "connexion-apres-mot-de-passe", language: .fr,
        title: "Impossible de se connecter après un changement de mot de passe", count: 14,
        tags: ["connexion", "compte", "mot_de_passe"],
        subjects: [
            "Impossible de me connecter après changement de mot de passe", "Nouveau mot de passe refusé",
            "Connexion impossible", "mot de passe refusé après réinitialisation",
            "Je n'arrive plus à accéder à mon compte",
            "Problème de connexion depuis la réinitialisation",
        ],
        openings: [
            "J'ai changé mon mot de passe hier et depuis impossible de me connecter : le site m'indique « Adresse e-mail ou mot de passe incorrect ».",
            "J'ai réinitialisé mon mot de passe via le lien reçu par e-mail ({reset_link}) mais le nouveau mot de passe n'est pas accepté.",
            "Depuis que j'ai changé de mot de passe, l'application sur mon ordinateur et le site refusent la connexion. Mon adresse est {email}.",
            "je n'arrive plus a me connecter depuis que j'ai changé mon mot de passe",
            "J'ai demandé plusieurs e-mails de réinitialisation car le premier tardait à arriver. Maintenant aucun mot de passe ne fonctionne.",
            "Le nouveau mot de passe a fonctionné quelques minutes, puis j'ai été déconnectée et il est refusé depuis.",
        ],
        question: "Avez-vous demandé plusieurs e-mails de réinitialisation, et quel navigateur utilisez-vous ?",
        answer: "Oui, deux je crois. J'utilise {browser}.",
        solutions: [
            Solution(
                intro:
                    "Lors d'une réinitialisation, tous les anciens liens et toutes les sessions ouvertes sont invalidés, et le navigateur garde parfois l'ancienne session. Voici comment faire :",
                steps: [
                    "Utilisez uniquement le dernier e-mail de réinitialisation reçu : les liens précédents ne fonctionnent plus.",
                    "Effacez les cookies et le cache de nimbusdrive.example dans votre navigateur, ou ouvrez une fenêtre de navigation privée.",
                    "Connectez-vous sur https://app.nimbusdrive.example/login avec votre adresse e-mail et le nouveau mot de passe.",
                    "Sur l'application de bureau et l'application mobile, déconnectez-vous puis reconnectez-vous avec le nouveau mot de passe.",
                ],
                outro:
                    "Pensez aussi à mettre à jour votre gestionnaire de mots de passe pour qu'il ne remplisse pas l'ancien."
            ),
            Solution(
                intro: "Pas d'inquiétude, votre compte n'est pas perdu. Suivez ces étapes :",
                steps: [
                    "Si vous avez demandé plusieurs réinitialisations, refaites-en une avec le lien le plus récent uniquement.",
                    "Videz les cookies de nimbusdrive.example ou utilisez une fenêtre privée.",
                    "Connectez-vous sur https://app.nimbusdrive.example/login.",
                    "Déconnectez puis reconnectez les applications de bureau et mobile avec le nouveau mot de passe.",
                ],
                outro: "Vérifiez que votre gestionnaire de mots de passe n'utilise pas l'ancien mot de passe."),
        ],
        followUp:
            "J'ai vérifié votre compte : il n'est pas bloqué. J'ai fermé toutes vos sessions de notre côté et envoyé un nouveau lien de réinitialisation à {email}. Utilisez-le dans l'heure, puis connectez-vous dans une fenêtre privée.",
        notes: [
            "Six échecs de connexion en dix minutes, blocage temporaire de quinze minutes.",
            "Sessions purgées manuellement depuis la console interne.",
        ])

    static let partageDossier = Problem(
        key: "partage-dossier", language: .fr, title: "Partager un dossier avec un collègue", count: 12,
        tags: ["partage", "dossiers"],
        subjects: [
            "Partage de dossier avec un collègue", "Comment partager un dossier ?",
            "Mon collègue ne voit pas le dossier partagé",
            "Partager un dossier en modification", "partage dossier", "Donner accès à un dossier à une collègue",
        ],
        openings: [
            "Je voudrais partager mon dossier {folder} avec mon collègue {colleague} pour qu'il puisse modifier les fichiers. Comment faire ?",
            "J'ai partagé un dossier avec ma collègue ({colleague_email}) mais elle ne le voit pas dans son Nimbus Drive.",
            "Comment donner accès à un dossier à quelqu'un de mon équipe sans lui envoyer un lien public ?",
            "mon collègue ne voit pas le dossier que je lui ai partagé, ni sur le site ni sur son ordi",
            "Je souhaite partager le dossier {folder} avec {colleague}, mais seulement en lecture. Est-ce possible ?",
            "Le dossier partagé n'apparaît pas sur l'ordinateur de mon collègue, seulement sur le site.",
        ],
        question: "Votre collègue a-t-il déjà un compte Nimbus Drive, et avec quelle adresse ?",
        answer: "Oui, avec l'adresse {colleague_email}.",
        solutions: [
            Solution(
                intro: "Pour partager un dossier avec une personne précise :",
                steps: [
                    "Sur https://app.nimbusdrive.example, faites un clic droit sur le dossier et choisissez **Partager**.",
                    "Saisissez l'adresse e-mail de votre collègue.",
                    "Choisissez **Peut modifier** ou **Peut consulter**, puis cliquez sur **Envoyer**.",
                    "Votre collègue doit accepter l'invitation : le dossier apparaît alors dans **Partagés avec moi**.",
                    "Pour qu'il se synchronise sur son ordinateur, il doit cliquer sur **Ajouter à mon Drive**.",
                ],
                outro: "Vous pouvez modifier ou retirer l'accès à tout moment depuis le même menu **Partager**."),
            Solution(
                intro: "Voici comment partager un dossier sans lien public :",
                steps: [
                    "Clic droit sur le dossier dans l'application web, puis **Partager**.",
                    "Indiquez l'adresse e-mail de la personne et choisissez le droit d'accès (**Peut modifier** ou **Peut consulter**).",
                    "Cliquez sur **Envoyer** ; votre collègue reçoit une invitation par e-mail.",
                    "Une fois l'invitation acceptée, le dossier se trouve dans **Partagés avec moi**.",
                    "Il suffit ensuite de cliquer sur **Ajouter à mon Drive** pour le synchroniser sur l'ordinateur.",
                ]),
        ],
        followUp:
            "Je vois de notre côté que l'invitation a été envoyée à une autre adresse que celle du compte de votre collègue. Renvoyez l'invitation à l'adresse avec laquelle il se connecte à Nimbus Drive, et tout devrait rentrer dans l'ordre.",
        notes: [
            "Le collègue utilise un compte personnel et un compte pro, invitation envoyée au mauvais compte.",
            "Partage bloqué par la règle de domaines autorisés de leur administrateur.",
        ])

    static let resiliation = Problem(
        key: "resiliation-abonnement", language: .fr, title: "Résiliation d'abonnement", count: 11,
        tags: ["facturation", "resiliation"],
        subjects: [
            "Résiliation de mon abonnement", "Comment résilier ?", "Demande de résiliation",
            "Arrêter le renouvellement automatique", "résilier mon compte", "Je souhaite mettre fin à mon abonnement",
        ],
        openings: [
            "Je souhaite résilier mon abonnement {plan}. Merci de me confirmer la résiliation.",
            "Je ne trouve pas comment résilier mon abonnement dans les paramètres. Pouvez-vous m'aider ?",
            "Merci de ne pas renouveler mon abonnement, qui arrive bientôt à échéance, et de ne plus prélever le compte {iban}.",
            "je veux resilier, je n'utilise plus le service",
            "J'ai souscrit par l'application iPhone et je voudrais arrêter l'abonnement. Que deviennent mes fichiers ?",
            "Suite à un changement de prestataire dans notre entreprise, nous souhaitons résilier notre abonnement {plan}.",
        ],
        question: "Avez-vous souscrit sur notre site ou via l'App Store ou Google Play ?",
        answer: "Sur le site, forfait {plan}.",
        solutions: [
            Solution(
                intro: "Vous pouvez résilier à tout moment :",
                steps: [
                    "Connectez-vous sur https://app.nimbusdrive.example et ouvrez **Paramètres > Facturation > Forfait**.",
                    "Cliquez sur **Résilier le forfait** et confirmez.",
                    "Si vous avez souscrit via l'App Store ou Google Play, la résiliation se fait depuis votre téléphone : **Réglages > votre nom > Abonnements** sur iPhone, ou **Profil > Paiements et abonnements** dans Google Play.",
                    "Votre forfait reste actif jusqu'à la fin de la période payée, puis votre compte repasse en offre gratuite.",
                ],
                outro:
                    "Vos fichiers sont conservés : au-delà des 5 Go gratuits, ils passent en lecture seule, mais rien n'est supprimé."
            ),
            Solution(
                intro: "C'est noté. Voici comment procéder :",
                steps: [
                    "Sur le site, allez dans **Paramètres > Facturation > Forfait** puis **Résilier le forfait**.",
                    "Pour un abonnement souscrit dans l'application iOS ou Android, résiliez depuis l'App Store ou Google Play.",
                    "Vous gardez l'accès aux fonctionnalités payantes jusqu'à la fin de la période en cours.",
                    "Ensuite, votre compte passe en offre gratuite et les fichiers au-delà de 5 Go restent accessibles en lecture seule.",
                ],
                outro:
                    "Pour un abonnement annuel résilié dans les 14 jours suivant le paiement, nous remboursons l'intégralité (droit de rétractation)."
            ),
        ],
        followUp:
            "Je vous confirme que la résiliation a bien été prise en compte de notre côté : aucun nouveau prélèvement ne sera effectué. Une confirmation vous a été envoyée à {email}.",
        stillBroken: [
            "Je ne vois pas de bouton « Résilier le forfait », seulement « Changer de forfait ».",
            "J'ai résilié mais j'ai reçu un e-mail de renouvellement.",
        ],
        notes: [
            "Proposé trois mois à moitié prix pour le retenir, refusé.",
            "Abonnement souscrit via Apple, impossible de rembourser de notre côté.",
        ])

    static let applicationPlante = Problem(
        key: "application-mobile-plante", language: .fr, title: "L'application mobile plante au démarrage", count: 13,
        tags: ["mobile", "plantage"],
        subjects: [
            "L'application plante au démarrage", "Appli mobile qui se ferme toute seule",
            "Nimbus Drive crashe sur mon téléphone",
            "l'appli ne s'ouvre plus", "Plantage de l'application sur {mobile}",
            "Application qui se ferme à l'ouverture",
        ],
        openings: [
            "Depuis la dernière mise à jour, l'application Nimbus Drive se ferme dès que je l'ouvre sur mon {mobile}.",
            "L'appli plante au démarrage : écran blanc puis retour à l'accueil du téléphone. Je suis sous {mobile_os}.",
            "Impossible d'ouvrir l'application mobile, elle plante immédiatement. J'ai besoin d'accéder à mes documents en déplacement.",
            "l'appli ne s'ouvre plus sur mon telephone depuis ce matin",
            "Sur mon {mobile}, l'application se lance puis se ferme au bout de deux secondes. J'ai déjà redémarré le téléphone.",
            "Depuis la mise à jour de mon téléphone en {mobile_os}, Nimbus Drive plante à chaque ouverture.",
        ],
        question: "Sur quel téléphone et quelle version du système le problème se produit-il ?",
        answer: "Sur un {mobile} sous {mobile_os}.",
        solutions: [
            Solution(
                intro:
                    "Ce problème vient le plus souvent d'un cache endommagé après une mise à jour. Voici comment le résoudre :",
                steps: [
                    "Mettez à jour l'application vers la version `5.3.2` depuis l'App Store ou Google Play.",
                    "Sur Android, allez dans **Paramètres > Applications > Nimbus Drive > Stockage** et appuyez sur **Vider le cache**.",
                    "Sur iPhone, supprimez l'application puis réinstallez-la depuis l'App Store (vos fichiers restent en ligne).",
                    "Redémarrez le téléphone puis ouvrez l'application.",
                ],
                outro:
                    "Si elle plante encore, envoyez-nous les journaux depuis le site via **Aide > Signaler un problème mobile**."
            ),
            Solution(
                intro: "Désolé pour ce désagrément ! Pour remettre l'application d'aplomb :",
                steps: [
                    "Installez la dernière version (`5.3.2`) depuis votre magasin d'applications.",
                    "Android : **Paramètres > Applications > Nimbus Drive > Stockage > Vider le cache**.",
                    "iPhone : désinstallez puis réinstallez l'application ; vos fichiers sont conservés sur nos serveurs.",
                    "Redémarrez votre téléphone et relancez Nimbus Drive.",
                ],
                outro: "Les fichiers disponibles hors connexion devront être téléchargés à nouveau."),
        ],
        followUp:
            "Merci pour ces essais. Pourriez-vous également effacer les données de l'application (**Stockage > Effacer les données**) puis vous reconnecter ? Si l'application plante toujours, nos développeurs ont besoin du rapport de plantage : sur iPhone, **Réglages > Confidentialité et sécurité > Analyse et améliorations > Données d'analyse**.",
        notes: [
            "Bug connu NIM-4587, plantage au démarrage sur Android 15 avec la version 5.3.0.",
            "Rapport de plantage transmis à l'équipe mobile, pas encore de retour.",
        ])

    static let changementEmail = Problem(
        key: "changement-adresse-email", language: .fr, title: "Changer l'adresse e-mail du compte", count: 10,
        tags: ["compte", "email"],
        subjects: [
            "Changement d'adresse e-mail", "Modifier l'e-mail de mon compte", "Impossible de changer mon adresse mail",
            "Mail de confirmation jamais reçu", "changer d'adresse email", "Nouvelle adresse e-mail refusée",
        ],
        openings: [
            "Je voudrais changer l'adresse e-mail de mon compte pour {alt_email}. Je ne trouve pas l'option.",
            "J'ai changé mon adresse e-mail dans les paramètres mais je n'ai jamais reçu l'e-mail de confirmation.",
            "Quand j'essaie de mettre ma nouvelle adresse ({alt_email}), on me dit qu'elle est déjà utilisée.",
            "comment changer mon adresse mail ? je n'utilise plus l'ancienne",
            "Je quitte mon employeur et souhaite basculer mon compte sur mon adresse personnelle {alt_email}.",
            "L'option pour modifier mon adresse e-mail est grisée dans les paramètres.",
        ],
        question: "Votre compte est-il un compte personnel ou un compte géré par votre entreprise ?",
        answer: "C'est un compte personnel.",
        solutions: [
            Solution(
                intro: "Voici comment changer l'adresse e-mail de votre compte :",
                steps: [
                    "Allez dans **Paramètres > Compte > Adresse e-mail** et cliquez sur **Modifier**.",
                    "Saisissez la nouvelle adresse et votre mot de passe actuel.",
                    "Cliquez sur le lien de confirmation envoyé à la nouvelle adresse (il est valable 24 heures) ; pensez à regarder dans les indésirables.",
                    "Si la nouvelle adresse est déjà utilisée par un autre compte Nimbus Drive, supprimez ou modifiez d'abord cet autre compte.",
                ],
                outro:
                    "Si l'option est grisée, votre compte est géré par l'administrateur de votre entreprise (SSO) : c'est lui qui doit faire la modification."
            ),
            Solution(
                intro: "Pas de souci, la modification se fait en quelques étapes :",
                steps: [
                    "Ouvrez **Paramètres > Compte > Adresse e-mail > Modifier**.",
                    "Indiquez la nouvelle adresse puis confirmez avec votre mot de passe.",
                    "Validez le changement grâce au lien reçu sur la nouvelle adresse (valable 24 h, vérifiez le dossier spam).",
                    "Si l'adresse est déjà liée à un autre compte, il faut d'abord la libérer en modifiant ou supprimant ce compte.",
                ],
                outro:
                    "Une option grisée signifie que le compte est géré par votre entreprise : contactez votre administrateur."
            ),
        ],
        followUp:
            "J'ai renvoyé le lien de confirmation de notre côté. Il est valable 24 heures ; une fois le changement validé, vous vous connecterez avec la nouvelle adresse.",
        stillBroken: [
            "Je n'ai toujours pas reçu le lien de confirmation, même dans les spams."
        ],
        notes: [
            "Ancienne adresse sur un domaine expiré, identité vérifiée par les 4 derniers chiffres de la carte.",
            "Deux comptes existent pour ce client, fusion refusée conformément à la politique interne.",
        ])
}

// MARK: One-off tickets

extension Catalog {
    static let oneOffs: [OneOff] = [
        OneOff(
            language: .en, subject: "Dark mode for the web app?", tags: ["feature_request"],
            opening: "Is there a dark mode for the web app? The white background is hard on my eyes at night.",
            reply: [
                "There isn't a dark mode in the web app yet, but the desktop and mobile apps follow your system's dark mode setting. I've passed your request on to our product team."
            ]),
        OneOff(
            language: .en, subject: "Student discount", tags: ["pricing"],
            opening: "Do you offer a student discount? I'm at university and the Plus plan is a bit expensive for me.",
            reply: [
                "We don't have a student discount at the moment, but paying yearly for Plus works out about 20% cheaper than paying monthly. You can switch under **Settings > Billing > Plan**."
            ]),
        OneOff(
            language: .en, subject: "Typo in the German settings page", tags: ["localization"],
            opening:
                "Not urgent, but in the German version of the settings page, \"Speicher\" is misspelled as \"Speicehr\" in the storage section.",
            reply: [
                "Thanks for spotting that! I've reported it to our localization team and it should be fixed in the next web release."
            ]),
        OneOff(
            language: .en, subject: "Linux client on ARM?", tags: ["desktop_client", "linux"],
            opening: "Does the desktop client run on Linux on ARM (a Raspberry Pi 5)? I only see x86 downloads.",
            reply: [
                "The Linux client is only built for x86-64 at the moment. ARM builds are on our roadmap, but I don't have a date yet.",
                "In the meantime you can connect over WebDAV: the address and an app password are under **Settings > Apps > WebDAV**.",
            ]),
        OneOff(
            language: .en, subject: "SOC 2 report request", tags: ["security", "compliance"],
            opening:
                "Our security team needs your SOC 2 Type II report before we can sign the Team contract for {seats} seats.",
            reply: [
                "We share our SOC 2 Type II report under NDA. I've asked our compliance team to send the NDA to {email}; once it's signed they'll send you the report."
            ]),
        OneOff(
            language: .en, subject: "Copy of my personal data (GDPR)", tags: ["privacy", "gdpr"],
            opening: "Under GDPR I'd like a copy of all the personal data you hold about me.",
            reply: [
                "You can download a full export of your account data from **Settings > Privacy > Download my data**. It includes your profile, billing history and activity log, and the download link arrives by email within 48 hours."
            ]),
        OneOff(
            language: .en, subject: "HEIC photos show no thumbnail", tags: ["web", "previews"],
            opening: "Thumbnails for the HEIC photos from my {mobile} just show a generic icon on the website.",
            reply: [
                "HEIC previews work in Safari and in our mobile apps, but Chrome and Firefox can't display HEIC images yet. We're adding server-side conversion in a future update; until then the files themselves are perfectly fine."
            ]),
        OneOff(
            language: .en, subject: "Feature request: colored folders", tags: ["feature_request"],
            opening:
                "Would be great to be able to color-code folders like in Finder. I have dozens of client folders and they all look the same.",
            reply: [
                "That's a nice idea! I've added your vote to the feature request for folder colors, and I'll let you know if it makes it onto the roadmap."
            ]),
        OneOff(
            language: .en, subject: "API rate limits", tags: ["api", "developers"],
            opening: "We're building an integration with your REST API. What are the rate limits per token?",
            reply: [
                "The public API allows 600 requests per minute per token, with bursts of up to 100 requests per second. Every response carries an `X-RateLimit-Remaining` header, and the details are in our developer docs at https://developers.nimbusdrive.example."
            ]),
        OneOff(
            language: .en, subject: "Hebrew file names shown as question marks", tags: ["desktop_client", "windows"],
            opening: "File names in Hebrew show up as ???? on the website after syncing from my Windows PC.",
            reply: [
                "This was caused by an encoding bug in version 5.2.0 of the Windows client. Please update to `5.3.1` and use **Preferences > Advanced > Rebuild sync index**; the names will be corrected on the next sync."
            ]),
        OneOff(
            language: .en, subject: "Non-profit pricing", tags: ["pricing", "team"],
            opening: "We're a small charity with 9 volunteers. Do you offer non-profit pricing for the Team plan?",
            reply: [
                "Yes: registered non-profits get 50% off Team plans. Please reply with proof of your non-profit status and we'll apply the discount from your next invoice."
            ]),
        OneOff(
            language: .en, subject: "Nimbus Drive on a Chromebook", tags: ["chromeos"],
            opening: "Can I use Nimbus Drive on my Chromebook? There's no download for ChromeOS on your site.",
            reply: [
                "Yes: on most Chromebooks you can install our Android app from the Google Play Store, or simply use the web app at https://app.nimbusdrive.example."
            ]),
        OneOff(
            language: .en, subject: "Can't rename a folder with an emoji", tags: ["files"],
            opening: "When I try to rename a folder to \"📁 Projects\" I get \"Invalid name\".",
            reply: [
                "Emoji are fine in names on the web and on Mac, but some of them break sync on Windows, so we block them on accounts that have a Windows computer linked. Removing the emoji (or unlinking the Windows computer) will let you rename the folder."
            ]),
        OneOff(
            language: .en, subject: "Apple Watch app?", tags: ["feature_request", "ios"],
            opening: "Is there an Apple Watch app? I'd love to get a notification when a shared file changes.",
            reply: [
                "Not at the moment, sorry! Notifications from the iPhone app are mirrored to the Watch, though, so if you turn on **Settings > Notifications > Shared file changes** in the iPhone app you'll see them on your wrist."
            ]),
        OneOff(
            language: .en, subject: "1Password no longer fills in the login page", tags: ["login", "web"],
            opening: "1Password doesn't fill in your login page anymore since the redesign. It used to work fine.",
            reply: [
                "Thanks for letting us know. The new login page asks for the email and the password in two steps, which confused some password managers. We released a fix this morning; please reload the page and it should work again."
            ]),
        OneOff(
            language: .en, subject: "Change the name collaborators see", tags: ["account"],
            opening: "When I share files, people see my maiden name. How do I change the name that is shown?",
            reply: [
                "You can change it under **Settings > Profile > Display name**. Collaborators will see the new name within a few minutes; the email address on the account stays the same."
            ]),
        OneOff(
            language: .en, subject: "Outlook add-in refuses attachments over 25 MB", tags: ["integrations", "outlook"],
            opening: "The Outlook add-in says attachments over 25 MB can't be converted to Nimbus Drive links.",
            reply: [
                "The add-in converts attachments of up to 2 GB, but only from version 2.4; older versions stop at 25 MB. Your IT admin can update it from the Microsoft 365 admin center."
            ]),
        OneOff(
            language: .en, subject: "Where is our data stored?", tags: ["compliance", "team"],
            opening: "Where are your data centers? Our policy requires our data to stay in the EU.",
            reply: [
                "Accounts created in the EU are stored in our Frankfurt and Amsterdam data centers. On Team plans, admins can also check and choose the data region under **Admin console > Settings > Data residency**."
            ]),
        OneOff(
            language: .en, subject: "VoiceOver reads the file list as \"group\"", tags: ["accessibility", "web"],
            opening:
                "VoiceOver doesn't read the file list in the web app properly, it just says \"group\" for every row.",
            reply: [
                "Thank you for reporting this, and sorry for the trouble. I've filed it with our accessibility team. As a workaround, the file list in the desktop app works with VoiceOver."
            ]),
        OneOff(
            language: .en, subject: "Phone stolen, sign it out remotely", tags: ["security", "mobile"],
            opening:
                "My phone was stolen yesterday. Can I sign it out of Nimbus Drive from my computer? I also got a login alert from an IP I don't know, {ip}.",
            reply: [
                "Yes: go to **Settings > Devices**, find the phone and click **Sign out and wipe**. Offline files on the phone are deleted the next time it connects. We'd also recommend changing your password."
            ]),
        OneOff(
            language: .fr, subject: "Demande de devis pour 40 postes", tags: ["commercial", "equipe"],
            opening: "Nous aimerions un devis pour 40 utilisateurs en forfait Équipe, avec une facturation annuelle.",
            reply: [
                "Je transmets votre demande à notre équipe commerciale, qui vous enverra un devis sous 48 heures à l'adresse {email}."
            ]),
        OneOff(
            language: .fr, subject: "Hébergement des données en France ?", tags: ["conformite"],
            opening: "Vos serveurs sont-ils situés en France ? C'est une exigence de notre DSI.",
            reply: [
                "Les données de nos clients européens sont hébergées à Francfort et à Amsterdam. Nous n'avons pas encore de centre de données en France, mais toutes les données restent dans l'Union européenne."
            ]),
        OneOff(
            language: .fr, subject: "Exporter la liste des membres", tags: ["equipe", "administration"],
            opening: "Comment exporter la liste des membres de notre équipe au format CSV ?",
            reply: [
                "Dans **Console d'administration > Membres**, cliquez sur **Exporter** en haut à droite : vous recevez un fichier CSV avec le nom, l'adresse e-mail, le rôle et la date de dernière connexion de chaque membre."
            ]),
        OneOff(
            language: .fr, subject: "Mode sombre", tags: ["suggestion"],
            opening: "Est-il prévu d'ajouter un mode sombre à l'application web ?",
            reply: [
                "Pas encore, mais c'est une demande fréquente et je l'ai transmise à l'équipe produit. Les applications de bureau et mobiles suivent déjà le mode sombre de votre système."
            ]),
        OneOff(
            language: .fr, subject: "Accord de traitement des données (DPA)", tags: ["conformite", "rgpd"],
            opening: "Pouvez-vous nous fournir votre accord de traitement des données (DPA) signé ?",
            reply: [
                "Notre DPA est disponible dans **Console d'administration > Paramètres > Conformité** ; vous pouvez le signer électroniquement et le télécharger au format PDF."
            ]),
        OneOff(
            language: .fr, subject: "Accents mal affichés dans les noms de fichiers", tags: ["synchronisation"],
            opening:
                "Les noms de fichiers avec des accents s'affichent mal (Ã© au lieu de é) après la synchronisation depuis notre vieux NAS.",
            reply: [
                "Votre NAS enregistre probablement les noms dans un ancien encodage. Activez l'option **UTF-8** dans les réglages de partage du NAS, puis renommez les fichiers concernés : la synchronisation reprendra les bons noms."
            ]),
        OneOff(
            language: .fr, subject: "Tarif pour une association", tags: ["commercial"],
            opening: "Nous sommes une association loi 1901. Pouvons-nous bénéficier d'un tarif réduit ?",
            reply: [
                "Oui, les associations bénéficient de 50 % de réduction sur le forfait Équipe. Répondez-moi avec un justificatif (récépissé de déclaration ou extrait du Journal officiel) et j'applique la remise."
            ]),
        OneOff(
            language: .fr, subject: "Lien de parrainage", tags: ["parrainage"],
            opening:
                "Mon lien de parrainage ne fonctionne pas : mon ami s'est inscrit mais nous n'avons pas reçu les 5 Go de bonus.",
            reply: [
                "Le bonus est crédité une fois que votre filleul a installé l'application de bureau et s'y est connecté. Dès qu'il l'aura fait, les 5 Go apparaîtront sur vos deux comptes."
            ]),
        OneOff(
            language: .fr, subject: "Windows 7 encore compatible ?", tags: ["application_bureau"],
            opening: "L'application de bureau fonctionne-t-elle encore sous Windows 7 ?",
            reply: [
                "Non : la dernière version compatible avec Windows 7 est la 4.8, qui ne reçoit plus de mises à jour de sécurité. Nous vous conseillons d'utiliser l'application web sur ce poste."
            ]),
        OneOff(
            language: .fr, subject: "Suppression définitive de mon compte", tags: ["compte", "rgpd"],
            opening: "Je souhaite supprimer définitivement mon compte et toutes mes données.",
            reply: [
                "Vous pouvez supprimer votre compte depuis **Paramètres > Compte > Supprimer le compte**. Vos fichiers et vos données personnelles sont effacés sous 30 jours ; pensez à télécharger ce que vous souhaitez garder avant."
            ]),
    ]
}

// MARK: - Entry point

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("generate.swift: \(error)\n".utf8))
    exit(1)
}
