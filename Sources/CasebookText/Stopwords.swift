/// Function words per language, folded (lower case, accents removed), used to ignore noise when
/// clustering and to guess a text's language.
enum Stopwords {
    static let table: [String: Set<String>] = [
        "en": words(
            """
            a about above after again against all am an and any are aren't as at be because been before being below
            between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
            few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
            herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more
            most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same
            shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them
            themselves then there there's these they they'd they'll they're they've this those through to too under
            until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's
            which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
            yourself yourselves just also still get got getting im ive dont cant doesnt didnt isnt wont thats hi hello
            hey thanks thank please regards dear best cheers ok okay yes yeah will now even since via per etc much many
            really already again anyone someone something anything nothing every everything one two three
            didn doesn isn wasn weren couldn wouldn shouldn haven hasn aren won don ve ll re
            """),
        "fr": words(
            """
            a au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme mes moi mon
            ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous
            c d j l m n s t y ete etee etees etes etant suis es est sommes etes sont serai seras sera serons serez
            seront serais serait serions seriez seraient etais etait etions etiez etaient fus fut fumes futes furent
            sois soit soyons soyez soient fusse fusses fut fussions fussiez fussent ayant eu eue eues eus ai as avons
            avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions
            aviez avaient eut eumes eutes eurent aie aies ait ayons ayez aient eusse eusses eussions eussiez eussent
            ceci cela celà cet cette ici ils les leurs quel quels quelle quelles sans soi bonjour merci cordialement
            salut madame monsieur bien tres plus aussi encore deja tout tous toute toutes fait faire peut peux depuis
            alors comme donc car si non oui ca cela puis quand comment pourquoi apres avant chez entre sous vers
            votre vos leur nbsp ni
            """),
        "de": words(
            """
            aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus
            bei bin bis bist da damit dann das dass dein deine dem den der des dich die dir doch dort du durch ein eine
            einem einen einer eines er es etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier
            hin hinter ich ihm ihn ihnen ihr ihre im in ist jede jedem jeden jeder jedes jetzt kann kein keine können
            man manche mein meine mich mir mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich
            sie sind so soll sondern um und uns unser unter viel vom von vor war waren warum was weil welche wenn wer
            wie wir wird wo zu zum zur über hallo danke bitte grüße
            """),
        "es": words(
            """
            a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas
            ellos en entre era es esa esas ese eso esos esta estaba estado estar este esto estos fue ha hay la las le
            les lo los mas me mi mis mucho muy nada ni no nos nosotros o os otra otros para pero poco por porque que
            quien se sea ser si sin sobre su sus tambien te tengo tiene todo todos tu tus un una uno unos y ya yo hola
            gracias saludos
            """),
        "it": words(
            """
            a ad al alla alle anche che chi ci come con cosa da dal dalla dei del della delle di dove e ed gli ha hai
            ho i il in io la le lei lo loro lui ma mi mia mio ne negli nei nel nella noi non o per perche piu quale
            quando quella quello questa questo se si sia sono su sua suo tra tu un una uno vi voi ciao grazie saluti
            """),
        "pt": words(
            """
            a ao aos as com como da das de dela dele do dos e ela ele eles em entre era essa esse esta este eu foi ha
            isso isto ja lhe mais mas me meu minha muito na nao nas nem no nos o os ou para pela pelo por qual quando
            que quem se sem ser seu sua tambem te tem um uma voce ola obrigado obrigada
            """),
        "nl": words(
            """
            aan al als bij dan dat de die dit door een en er had heb hebben het hij hoe hun ik in is je kan maar me
            met mijn na naar niet nog nu of om onze ook op over te tot u uit van veel voor was wat we wel wij worden
            zal ze zich zij zijn zo hallo bedankt groeten
            """),
    ]

    private static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isWhitespace).map { TextFolding.fold(String($0)) })
    }
}
