"""What surrounds the problem in a message: greetings, context, sign-offs, thanks, internal notes.

Slots in braces are filled per ticket by generate.py: {first} {name} {company} {phone} {email}
{colleague} {colleague_email} {invoice} {order} {acct} {address} {size} {biz} {plan} {month} {bug}.
"""

GREET = {
    "en": ["Hi,", "Hello,", "Hi there,", "Hello Ledgerbird team,", "Good morning,", "Hey,", "Dear Support,",
           "Hi support,", "To whom it may concern,", "Afternoon all,"],
    "fr": ["Bonjour,", "Bonjour à tous,", "Madame, Monsieur,", "Bonjour l'équipe Ledgerbird,", "Salut,",
           "Bonsoir,", "Bonjour le support,"],
}

CONTEXT = {
    "en": [
        "We're a {size}-person {biz} and have used Ledgerbird for invoicing for a couple of years.",
        "I look after the accounts at {company}.",
        "Sorry if this has been asked before, I couldn't find anything in the help centre.",
        "I'm not very technical so please bear with me.",
        "We moved to Ledgerbird from spreadsheets at the start of the year.",
        "Quick one, hopefully.",
        "I've been going round in circles with this all morning.",
        "I'm the office manager at {company} ({biz}).",
        "Our bookkeeper is off this week so I'm stepping in.",
        "We're on the {plan} plan, if that matters.",
    ],
    "fr": [
        "Nous sommes une {biz} de {size} personnes et utilisons Ledgerbird depuis 2023.",
        "Je m'occupe de la comptabilité chez {company}.",
        "Désolée si la question a déjà été posée, je n'ai rien trouvé dans l'aide en ligne.",
        "Je ne suis pas très à l'aise avec l'informatique, merci de votre patience.",
        "Nous sommes passés sur Ledgerbird au début de l'année.",
        "Je gère l'administratif de {company}.",
        "Notre comptable est en congés, c'est donc moi qui m'en occupe.",
        "Nous avons la formule {plan}.",
    ],
}
BIZ = {"en": ["design studio", "dental practice", "plumbing company", "architecture firm", "charity",
              "consultancy", "bakery", "marketing agency", "vet clinic", "software shop"],
       "fr": ["agence de communication", "menuiserie", "pharmacie", "librairie", "association",
              "société de transport", "boulangerie", "cabinet d'architectes", "entreprise de BTP"]}
PLANS = ["Starter", "Growth", "Scale"]

ASK = {
    "en": ["Can you help?", "What am I doing wrong?", "Any ideas?", "Please advise.", "This is quite urgent.",
           "Thanks in advance.", "How do I fix this?", "Is this a known issue?", "Help!", ""],
    "fr": ["Pouvez-vous m'aider ?", "Merci d'avance pour votre aide.", "Que faut-il faire ?",
           "C'est assez urgent.", "Merci de votre retour.", "Comment faire ?", "Est-ce un problème connu ?", ""],
}

# Personal details customers volunteer. Each one plants values in the manifest.
PERSONAL = {
    "en": [
        "My direct line is {phone}.",
        "You can call me on {phone} if that's easier.",
        "Our account number is {acct}, in case you need it.",
        "It concerns invoice {invoice} among others.",
        "Our registered address is {address}.",
        "I'm copying my colleague {colleague} ({colleague_email}) who handles this with me.",
        "My login is {email}.",
        "(This is for order {order}.)",
        "If you need to log in to check, my password is {password}",
        "Invoices go out from our office at {address}.",
    ],
    "fr": [
        "Vous pouvez me joindre au {phone}.",
        "Notre numéro client est le {acct}.",
        "Cela concerne notamment la facture n° {invoice}.",
        "Notre adresse : {address}.",
        "Je mets en copie ma collègue {colleague} ({colleague_email}).",
        "Mon identifiant est {email}.",
        "(Commande n° {order}.)",
        "Si besoin pour vérifier, mon mot de passe est : {password}",
        "Notre siège : {address}.",
    ],
}

SIGN = {
    "en": ["Thanks,\n{first}", "Best,\n{name}", "Cheers\n{first}", "Regards,\n{name}\n{company}",
           "Thanks in advance,\n{name}\nFinance Manager | {company}\nT: {phone}", "{first}",
           "Many thanks\n{name}", "--\n{name}\n{company}\n{phone}", "Thanks!\n{first}\n\nSent from my iPhone",
           "Kind regards,\n{initial}. {last}"],
    "fr": ["Cordialement,\n{name}", "Bien à vous,\n{first}", "Merci d'avance\n--\n{name} | {company} | {phone}",
           "Bonne journée,\n{first}", "Cordialement\n\n{name}\nResponsable administrative\n{company}\nTél. {phone}",
           "{first}", "Merci !\n{first}\n\nEnvoyé de mon iPhone", "Salutations,\n{initial}. {last}"],
}

THANKS = {
    "en": ["That did it, thanks!", "Perfect, working now.", "ok that worked", "Brilliant, sorted. Thank you!",
           "Yes that fixed it. Appreciate the quick reply.", "All good now, cheers.", "Thank you, problem solved.",
           "Done and it works. Thanks {agent}!", "great, thx", "Confirmed fixed on our side."],
    "fr": ["Merci, c'est réglé !", "Super, ça fonctionne.", "Parfait, merci beaucoup.", "ok ça marche merci",
           "C'est bon, merci pour votre réactivité.", "Tout fonctionne, merci {agent} !", "Problème résolu, merci."],
}
STILL_BROKEN = {
    "en": ["Still the same, I'm afraid. Anything else I can try?", "didn't work, same thing",
           "Tried that, no change."],
    "fr": ["Toujours pareil malheureusement.", "ça ne marche toujours pas", "J'ai essayé, aucun changement."],
}

CLOSING_AGENT = {
    "en": ["Glad that worked! I'll mark this as solved, but just reply if anything comes back.",
           "Great to hear. Closing this one now.", "Happy to help, have a good day!"],
    "fr": ["Ravie que ce soit réglé ! Je clôture la demande.", "Parfait, je passe le ticket en résolu.",
           "Avec plaisir, bonne journée !"],
}

# Internal notes: one line each, always a canary and the customer's name.
NOTES = {
    "en": [
        "{canary}: {name} ({email}) is on the {plan} plan and renewed in {month}; they were unhappy last time, be gentle.",
        "{canary}: Called {first} back on {phone}, confirmed the details. Customer is {name} at {company}.",
        "{canary}: Looks like internal bug LB-{bug}. {name} has chased twice already.",
        "{canary}: Sales says {name} is negotiating an upgrade, loop in their account manager.",
        "{canary}: Checked the logs for {name}'s workspace, nothing odd on our side.",
        "{canary}: {name} asked for a callback; do not share the workaround with other tenants yet.",
    ],
    "fr": [
        "{canary} : {name} ({email}) est client depuis 2021, compte important, répondre vite.",
        "{canary} : rappelé {first} au {phone}, tout est confirmé. Client : {name}, {company}.",
        "{canary} : probablement le bug interne LB-{bug}, {name} a déjà relancé deux fois.",
        "{canary} : {name} menace de résilier, prévenir le commercial.",
        "{canary} : vérifié les journaux de l'espace de {name}, rien d'anormal chez nous.",
    ],
}

ASK_GENERIC = {
    "en": ["Thanks for reaching out. Could you send me a screenshot of what you see, and tell me roughly when it started? That'll help me pin it down.",
           "Happy to look into this. Which browser or device are you using, and does it happen for everyone on your team or only you?"],
    "fr": ["Merci pour votre message. Pourriez-vous m'envoyer une capture d'écran et me dire depuis quand cela se produit ?",
           "Je regarde cela. Sur quel navigateur ou appareil êtes-vous, et est-ce que cela touche toute l'équipe ?"],
}
REPLY_GENERIC = {
    "en": ["It started last week. Chrome on Windows, and it's everyone.", "Screenshot attached. It's since Monday, I think.",
           "Only me as far as I know, on my laptop."],
    "fr": ["Depuis lundi, sur Chrome. Toute l'équipe est concernée.", "Capture jointe. Depuis la semaine dernière.",
           "Seulement moi, sur mon ordinateur portable."],
}

OPENER = {
    "en": ["Thanks for getting in touch.", "Thanks for the detailed message, that helps.",
           "Sorry for the hassle, let's get this sorted.", "Thanks for reaching out, and sorry about the trouble.",
           "Thanks for your patience.", ""],
    "fr": ["Merci pour votre message.", "Merci pour ces précisions.", "Désolé pour ce désagrément.",
           "Je comprends l'urgence.", "Merci de votre patience.", ""],
}
LEADIN = {
    "en": ["Here's how to fix it:", "Please try the following:", "Could you go through these steps?",
           "This should sort it:"],
    "fr": ["Voici la marche à suivre :", "Pouvez-vous essayer ceci :", "Voici comment faire :",
           "Procédez comme suit :"],
}
AFTER = {
    "en": ["Let me know if that does the trick.", "If anything's still off, just reply here.", "Hope that helps!",
           "Shout if you get stuck on any step."],
    "fr": ["N'hésitez pas à revenir vers moi si besoin.", "Tenez-moi au courant.",
           "Dites-moi si cela fonctionne.", "Je reste disponible si besoin."],
}
CAUSE_AFTER = {"en": "For context: ", "fr": "Pour information : "}
MACRO = {
    "en": ("Hello,\n\nThank you for contacting Ledgerbird Support.",
           "If this doesn't solve it, just reply to this email and we'll dig deeper.\n\nKind regards,\nLedgerbird Support"),
    "fr": ("Bonjour,\n\nMerci d'avoir contacté le support Ledgerbird.",
           "Si le problème persiste, répondez simplement à ce message.\n\nCordialement,\nLe support Ledgerbird"),
}
HI = {"en": ["Hi {first},", "Hello {first},", "Hi {first}!", "Hi there,"],
      "fr": ["Bonjour {first},", "Bonjour,", "Bonjour {name},"]}
ASK_REQUEST = {"en": ["Thanks in advance.", "Thanks!", "", "Cheers."], "fr": ["Merci d'avance.", "Merci !", ""]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Light rewording so that two customers given the same opening still write it differently.
# (pattern, alternatives); each match is replaced by a random alternative with probability 1/2.
CUSTOMER_SWAPS = {
    "en": [
        (r"\bcan't\b", ["cannot", "cant", "can not"]), (r"\bdoesn't\b", ["does not", "doesnt"]),
        (r"\bdon't\b", ["do not", "dont"]), (r"\bwon't\b", ["will not", "wont"]), (r"\bisn't\b", ["is not"]),
        (r"\bI'm\b", ["I am", "Im"]), (r"\bany more\b", ["anymore"]), (r"\bsince this morning\b", ["since earlier today"]),
        (r"\bHow do I\b", ["How can I", "What's the way to"]), (r"\bIs there a way to\b", ["Can I", "Is it possible to"]),
        (r"\bstopped\b", ["quit", "ceased"]), (r"\bLedgerbird\b", ["ledgerbird", "LedgerBird", "your software"]),
        (r"\bplease\b", ["pls", "plz"]), (r"\bemail\b", ["e-mail", "mail"]), (r"\bthe app\b", ["the mobile app", "your app"]),
        (r"\bnothing\b", ["zero", "nada"]), (r"\bEvery\b", ["Each"]), (r"\bfails\b", ["errors out", "breaks"]),
    ],
    "fr": [
        (r"\bne (\w+) pas\b", [r"\1 pas"]), (r"\bl'application\b", ["l'appli", "l'app"]),
        (r"\bmail\b", ["e-mail", "courriel"]), (r"\bComment\b", ["De quelle façon"]), (r"\bnos factures\b", ["les factures"]),
        (r"\bimpossible de\b", ["je n'arrive pas à"]), (r"\bPouvez-vous\b", ["Pourriez-vous", "Vous pouvez"]),
        (r"\bEst-ce que\b", ["Est ce que"]), (r"\bbeaucoup\b", ["bcp"]), (r"\bparce que\b", ["car"]),
    ],
}
AGENT_SWAPS = {
    "en": [
        (r"\bGo to\b", ["Open", "Head to", "Navigate to"]), (r"\bclick\b", ["press", "hit", "select"]),
        (r"\bClick\b", ["Press", "Select"]), (r"\bstraight away\b", ["right away", "immediately"]),
        (r"\bmake sure\b", ["check", "ensure"]), (r"\bPlease\b", ["Kindly", "Could you"]),
        (r"\bthen\b", ["and then", "next"]), (r"\bautomatically\b", ["on its own", "by itself"]),
    ],
    "fr": [
        (r"\bAllez dans\b", ["Ouvrez", "Rendez-vous dans"]), (r"\bcliquez sur\b", ["appuyez sur", "sélectionnez"]),
        (r"\bOuvrez\b", ["Allez dans"]), (r"\bpuis\b", ["ensuite"]), (r"\bautomatiquement\b", ["d'office"]),
    ],
}
FILLER_PRE = {"en": ["Not sure if this is the right place to ask.", "Hope you can help.", "Hi again.", "Long time user here."],
              "fr": ["Je ne sais pas si c'est le bon endroit pour demander.", "J'espère que vous pourrez m'aider.", "Re-bonjour."]}
FILLER_POST = {"en": ["It was fine until recently.", "Not sure what changed.", "This worked last month.", "Really need this sorted."],
               "fr": ["Tout marchait bien jusqu'ici.", "Je ne sais pas ce qui a changé.", "Ça fonctionnait le mois dernier."]}
GENERIC_SUBJECTS = {"en": ["Help", "Question", "Problem", "(no subject)", "Ledgerbird issue", "Support request", "Issue", "hi"],
                    "fr": ["Question", "Problème", "Demande d'aide", "(sans objet)", "Souci", "Aide svp"]}
