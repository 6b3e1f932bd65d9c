extension ReplyCleaner {
    /// The phrases that frame a message in one language, written lower-case without accents (they
    /// are compared with folded text). Adding a language is adding one of these.
    public struct Phrases: Sendable, Equatable {
        /// Words that open a greeting (`hi`, `dear`, `bonjour`, `madame`); the names after them go too.
        public var greetings: [String]
        /// Polite first sentences that say nothing (`thanks for reaching out`), removed from the start.
        public var openers: [String]
        /// Closing lines that say nothing (`let me know if that helps`), removed from the end.
        public var closers: [String]
        /// Lines that end the message whatever follows on them (`best regards`, `cordialement`).
        public var signOffs: [String]
        /// Words that end the message only when alone on their line or followed by a name (`thanks`).
        public var shortSignOffs: [String]
        /// Lines that start a signature or a client's footer (`sent from my`, `envoye de mon`).
        public var signatureStarts: [String]
        /// Regular expressions (on folded lines) that start quoted history (`^on .* wrote:$`).
        public var quoteHeaders: [String]
        /// The field names of a quoted mail header block: the first opens it (`from`, `de`), the
        /// others confirm it (`sent`, `envoye`, `objet`).
        public var headerFields: [String]

        /// Phrases for one language.
        public init(
            greetings: [String], openers: [String], closers: [String] = [], signOffs: [String],
            shortSignOffs: [String], signatureStarts: [String], quoteHeaders: [String], headerFields: [String]
        ) {
            self.greetings = greetings
            self.openers = openers
            self.closers = closers
            self.signOffs = signOffs
            self.shortSignOffs = shortSignOffs
            self.signatureStarts = signatureStarts
            self.quoteHeaders = quoteHeaders
            self.headerFields = headerFields
        }

        /// Every built-in language.
        public static let all: [Phrases] = [.english, .french, .german, .spanish, .italian, .portuguese, .dutch]

        /// English.
        public static let english = Phrases(
            greetings: [
                "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "greetings", "hiya",
                "howdy",
            ],
            openers: [
                "thanks for reaching out", "thank you for reaching out", "thanks for contacting",
                "thank you for contacting",
                "thanks for getting in touch", "thank you for getting in touch", "thanks for your message",
                "thank you for your message", "thanks for your email", "thank you for your email",
                "thanks for your patience", "thank you for your patience", "i hope you are well", "i hope you're well",
                "i hope this email finds you well", "hope you are well", "hope you're well", "sorry for the delay",
                "thanks for writing in", "thank you for writing in", "thanks for the details",
                "thank you for the details", "thanks for reporting", "thank you for reporting", "sorry to hear",
                "i'm sorry to hear", "i am sorry to hear", "sorry about that", "sorry for the trouble",
                "sorry for the inconvenience", "sorry for the confusion", "sorry to see you go", "good news",
                "great question", "happy to help", "glad to help",
            ],
            closers: [
                "let me know if", "let us know if", "let us know how", "hope this helps", "i hope this helps",
                "hope that helps", "happy to help further", "if anything is still unclear", "if you have any",
                "don't hesitate to", "do not hesitate to", "feel free to", "just reply to this email",
                "is there anything else",
            ],
            signOffs: [
                "best regards", "kind regards", "warm regards", "warmest regards", "regards", "best wishes",
                "sincerely", "yours sincerely", "yours truly", "all the best", "have a great day", "have a nice day",
                "have a good day", "have a great weekend", "have a nice weekend", "talk soon", "thanks in advance",
                "thank you in advance", "many thanks in advance", "looking forward to hearing",
            ],
            shortSignOffs: [
                "thanks", "thank you", "thx", "ty", "cheers", "best", "many thanks", "thanks again",
                "thank you again", "thanks so much", "thank you so much", "thanks a lot", "take care",
            ],
            signatureStarts: ["sent from my", "get outlook for", "sent from mail for", "sent via", "sent from yahoo"],
            quoteHeaders: [
                #"^on\b.{0,300}\bwrote\s*:\s*$"#,
                #"^-{2,}\s*(original message|forwarded message)\s*-{2,}\s*$"#,
                #"^begin forwarded message\s*:?"#,
            ],
            headerFields: ["from", "sent", "to", "subject", "date", "cc"]
        )

        /// French.
        public static let french = Phrases(
            greetings: [
                "bonjour", "bonsoir", "salut", "coucou", "cher", "chere", "chers", "cheres", "madame", "monsieur",
                "mesdames", "messieurs",
            ],
            openers: [
                "merci pour votre message", "merci de votre message", "merci pour votre retour",
                "merci de votre retour",
                "merci de nous avoir contacte", "merci de nous avoir contactes", "merci de nous avoir contactee",
                "merci pour votre patience", "merci de votre patience", "merci d'avoir contacte",
                "j'espere que vous allez bien", "nous avons bien recu votre message", "desole pour le delai",
                "merci pour votre mail", "merci pour votre e-mail", "merci pour votre email",
                "merci pour ces precisions", "merci pour les details", "desole pour", "desolee pour",
                "desole d'apprendre", "navre pour", "navree pour", "bonne nouvelle",
            ],
            closers: [
                "n'hesitez pas a", "je reste a votre disposition", "nous restons a votre disposition",
                "dites-moi si", "tenez-moi au courant", "j'espere que cela", "en esperant que",
                "si vous avez d'autres questions",
            ],
            signOffs: [
                "cordialement", "bien cordialement", "tres cordialement", "bien a vous", "bien a toi", "salutations",
                "sinceres salutations", "meilleures salutations", "bonne journee", "bonne soiree",
                "bonne fin de journee", "belle journee", "bonne semaine", "bon week-end", "bon weekend",
                "a bientot", "veuillez agreer", "je vous prie d'agreer", "merci d'avance",
                "merci par avance", "dans l'attente de", "au plaisir",
            ],
            shortSignOffs: [
                "merci", "merci beaucoup", "merci encore", "merci bien", "mille mercis", "amicalement", "bises",
            ],
            signatureStarts: ["envoye de mon", "envoye depuis mon", "telechargez outlook", "obtenir outlook pour"],
            quoteHeaders: [
                #"^le\b.{0,300}\ba ecrit\s*:\s*$"#,
                #"^-{2,}\s*(message d'origine|message original|message transfere)\s*-{2,}\s*$"#,
                #"^debut du message (reexpedie|transfere)\s*:?"#,
            ],
            headerFields: ["de", "envoye", "a", "objet", "date", "cc"]
        )
    }
}
