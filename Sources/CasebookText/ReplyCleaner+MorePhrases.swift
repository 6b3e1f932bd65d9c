// German, Spanish, Italian, Portuguese and Dutch; English and French are beside the type.
extension ReplyCleaner.Phrases {
    /// German.
    public static let german = Self(
        greetings: [
            "hallo", "guten tag", "guten morgen", "liebe", "lieber", "sehr geehrte", "sehr geehrter", "moin",
        ],
        openers: ["vielen dank fur ihre nachricht", "danke fur ihre nachricht", "vielen dank fur ihre geduld"],
        signOffs: [
            "mit freundlichen grußen", "mit freundlichen grussen", "freundliche grusse", "viele grusse",
            "beste grusse", "liebe grusse", "schone grusse",
        ],
        shortSignOffs: ["danke", "vielen dank", "gruß", "gruss", "lg", "vg", "mfg"],
        signatureStarts: ["von meinem iphone gesendet", "gesendet von meinem"],
        quoteHeaders: [
            #"^am\b.{0,300}\bschrieb\b.{0,100}:\s*$"#,
            #"^-{2,}\s*(ursprungliche nachricht|weitergeleitete nachricht)\s*-{2,}\s*$"#,
        ],
        headerFields: ["von", "gesendet", "an", "betreff", "datum"]
    )

    /// Spanish.
    public static let spanish = Self(
        greetings: ["hola", "buenos dias", "buenas tardes", "buenas noches", "estimado", "estimada", "estimados"],
        openers: ["gracias por contactarnos", "gracias por su mensaje", "gracias por tu mensaje"],
        signOffs: [
            "saludos", "un saludo", "atentamente", "cordialmente", "saludos cordiales", "que tenga un buen dia",
        ],
        shortSignOffs: ["gracias", "muchas gracias", "mil gracias"],
        signatureStarts: ["enviado desde mi"],
        quoteHeaders: [
            #"^el\b.{0,300}\bescribio\s*:\s*$"#,
            #"^-{2,}\s*(mensaje original|mensaje reenviado)\s*-{2,}\s*$"#,
        ],
        headerFields: ["de", "enviado", "para", "asunto", "fecha"]
    )
    /// Italian.
    public static let italian = Self(
        greetings: [
            "ciao", "salve", "buongiorno", "buon giorno", "buonasera", "gentile", "gentili", "gentilissimo",
            "gentilissima", "egregio", "egregia", "caro", "cara", "cari",
        ],
        openers: [
            "grazie per averci contattato", "grazie per averci contattati", "grazie per il tuo messaggio",
            "grazie per il suo messaggio", "grazie per la tua pazienza", "grazie per la sua pazienza",
            "grazie per la segnalazione", "ci scusiamo per il ritardo", "spero che tu stia bene",
            "spero che stia bene",
        ],
        closers: [
            "non esitare a", "non esiti a", "fammi sapere", "mi faccia sapere", "facci sapere", "fateci sapere",
            "spero di esserti stato d'aiuto", "spero di esserle stato d'aiuto", "resto a disposizione",
            "restiamo a disposizione", "rimango a disposizione", "rimaniamo a disposizione",
            "per qualsiasi domanda",
        ],
        signOffs: [
            "cordiali saluti", "distinti saluti", "un cordiale saluto", "un saluto", "saluti", "buona giornata",
            "buona serata", "a presto", "grazie in anticipo", "in attesa di un vostro riscontro",
        ],
        shortSignOffs: ["grazie", "grazie mille", "molte grazie", "grazie ancora", "ciao"],
        signatureStarts: ["inviato da", "scarica outlook per"],
        quoteHeaders: [
            #"^il\b.{0,300}\bha scritto\s*:\s*$"#,
            #"^-{2,}\s*(messaggio originale|messaggio inoltrato)\s*-{2,}\s*$"#,
            #"^inizio messaggio inoltrato\s*:?"#,
        ],
        headerFields: ["da", "inviato", "a", "oggetto", "data", "cc"]
    )

    /// Portuguese.
    public static let portuguese = Self(
        greetings: [
            "ola", "oi", "bom dia", "boa tarde", "boa noite", "prezado", "prezada", "prezados", "caro", "cara",
            "estimado", "estimada",
        ],
        openers: [
            "obrigado pelo contato", "obrigada pelo contato", "obrigado pelo contacto", "obrigada pelo contacto",
            "obrigado por entrar em contato", "obrigada por entrar em contato", "obrigado pela sua mensagem",
            "obrigada pela sua mensagem", "obrigado pela sua paciencia", "obrigada pela sua paciencia",
            "agradecemos o seu contato", "agradecemos o seu contacto", "espero que esteja bem",
            "lamentamos a demora",
        ],
        closers: [
            "qualquer duvida", "nao hesite em", "fico a disposicao", "ficamos a disposicao",
            "estamos a disposicao", "espero ter ajudado", "se precisar de mais alguma coisa",
        ],
        signOffs: [
            "atenciosamente", "cumprimentos", "melhores cumprimentos", "com os melhores cumprimentos",
            "saudacoes", "um abraco", "abracos", "tenha um bom dia", "tenha um otimo dia", "desde ja obrigado",
            "desde ja obrigada",
        ],
        shortSignOffs: ["obrigado", "obrigada", "muito obrigado", "muito obrigada"],
        signatureStarts: ["enviado do meu", "enviado de meu", "enviado do iphone", "obter o outlook para"],
        quoteHeaders: [
            #"^em\b.{0,300}\bescreveu\s*:\s*$"#,
            #"^-{2,}\s*(mensagem original|mensagem encaminhada)\s*-{2,}\s*$"#,
            #"^inicio da mensagem encaminhada\s*:?"#,
        ],
        headerFields: ["de", "enviado", "para", "assunto", "data", "cc"]
    )

    /// Dutch.
    public static let dutch = Self(
        greetings: [
            "hallo", "hoi", "beste", "goedemorgen", "goedemiddag", "goedenavond", "goedendag", "geachte", "dag",
            "lieve",
        ],
        openers: [
            "bedankt voor je bericht", "bedankt voor uw bericht", "dank voor je bericht", "dank voor uw bericht",
            "dank je voor je bericht", "dank u voor uw bericht", "bedankt voor je geduld",
            "bedankt voor uw geduld", "bedankt voor het contact", "bedankt dat je contact",
            "bedankt dat u contact", "excuses voor de vertraging", "sorry voor de vertraging",
        ],
        closers: [
            "laat het me weten", "laat het ons weten", "laat maar weten", "ik hoop dat dit helpt",
            "hopelijk helpt dit", "aarzel niet om", "neem gerust contact", "mocht je nog vragen hebben",
            "mocht u nog vragen hebben",
        ],
        signOffs: [
            "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "vriendelijke groeten",
            "met hartelijke groet", "hartelijke groet", "hartelijke groeten", "met groet", "groeten", "mvg",
            "fijne dag", "nog een fijne dag", "alvast bedankt", "bij voorbaat dank",
        ],
        shortSignOffs: [
            "bedankt", "dank je", "dank je wel", "dank u", "dank u wel", "hartelijk dank", "groetjes", "groet",
            "gr",
        ],
        signatureStarts: ["verzonden vanaf mijn", "verstuurd vanaf mijn", "verzonden met", "download outlook voor"],
        quoteHeaders: [
            #"^op\b.{0,300}\bschreef\b.{0,200}:\s*$"#,
            #"^-{2,}\s*(oorspronkelijk bericht|origineel bericht|doorgestuurd bericht)\s*-{2,}\s*$"#,
            #"^begin doorgestuurd bericht\s*:?"#,
        ],
        headerFields: ["van", "verzonden", "aan", "onderwerp", "datum", "cc"]
    )
}
