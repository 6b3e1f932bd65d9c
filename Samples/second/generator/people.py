"""People, companies, agents and the personal values customers write.

Every first name here is checked not to be an ordinary English or French word (no "Will",
"Grace", "Rose", "Claire", "Ravi"...), so a leak test can look for it on a page without false alarms.
"""

FIRST_EN = [
    "Priya", "Aisha", "Marcus", "Olamide", "Siobhan", "Kenji", "Ingrid", "Tobias", "Rafaela", "Declan",
    "Anneke", "Bartosz", "Chiara", "Dmitri", "Eleni", "Farah", "Gwendolyn", "Hiroshi", "Imogen", "Leopold",
    "Niamh", "Oluwaseun", "Padraig", "Quentin", "Rohan", "Saoirse", "Thandiwe", "Ulrike", "Vikram",
    "Wilhelmina", "Xanthe", "Yara", "Zoltan", "Beatrix", "Cormac", "Esther", "Fergus", "Giulia", "Henrik",
    "Isadora", "Jovan", "Keziah", "Lachlan", "Nadia", "Orla", "Petra", "Sunita", "Tariq", "Ursula",
    "Valentina", "Wendell", "Yusra", "Zainab", "Anouk", "Bronwyn", "Callum", "Dagny", "Emeka", "Freya",
    "Gideon", "Hollis", "Ishaan", "Jolene", "Kasimir", "Linnea", "Mateo", "Nkechi", "Oisin", "Rasmus",
    "Sigrid", "Tamsin", "Aurelio", "Benedikt", "Cressida", "Desmond", "Evangeline", "Florentyna", "Ghislaine",
    "Horatio", "Ifeoma", "Jarrah", "Kristofer", "Lucinda", "Mirela", "Nikolai", "Ottilie", "Perrin",
    "Radhika", "Sebastiano", "Theodora", "Umberto", "Veronika", "Wojciech", "Yolanda", "Zbigniew",
]
LAST_EN = [
    "Okonkwo", "Lindgren", "Ferreira", "Nakamura", "Abernathy", "Castellanos", "Wojcik", "Haddad",
    "O'Sullivan", "Vasquez-Moreno", "Thorsen", "Mbeki", "Iyer", "Kowalczyk", "Galloway", "Henriksen",
    "Ibarra", "Jankowski", "Kaur", "Lombardi", "McAllister", "Nwosu", "Ostrowski", "Petrakis", "Quiroga",
    "Rautio", "Szabo", "Takahashi", "Umarov", "Varga", "Whitlock", "Yilmaz", "Zielinski", "Brennan",
    "Achterberg", "Bjornsson", "Chaudhry", "Dunmore", "Eriksen", "Gutierrez", "Holloway", "Ilunga",
    "Jaramillo", "Kerrigan", "Mwangi", "Nieminen", "Oyelaran", "Pemberton-Ames", "Ruiz-Tagle", "Sandoval",
    "Tremayne", "Uchenna", "Vukovic", "Wetherby", "Xiong", "Yeboah", "Zamfir", "Arkwright", "Blackwood",
    "Carraway", "Delacourt", "Elsworth", "Fitzgerald", "Gallagher", "Hargreaves", "Ingleby", "Jessop",
    "Kettering", "Lockhart", "Montague", "Northcott", "Ormerod", "Pickering", "Ravenscroft", "Sutcliffe",
]
FIRST_FR = [
    "Maëlle", "Gaëtan", "Solène", "Thibault", "Aurélien", "Ophélie", "Baptiste", "Enzo", "Héloïse", "Lucien",
    "Margaux", "Nathanaël", "Océane", "Sébastien", "Tiphaine", "Valentin", "Yannick", "Zoé", "Anaïs",
    "Benoît", "Cyrielle", "Damien", "Estelle", "Florian", "Gwenaëlle", "Inès", "Jérémie", "Ludivine",
    "Nolwenn", "Pénélope", "Rodolphe", "Ségolène", "Victorine", "Wassim", "Yasmine", "Karim",
    "Salomé", "Killian", "Manon", "Loïc", "Apolline", "Bérénice", "Corentin", "Delphine", "Eloïse",
    "Fabrice", "Gaspard", "Hortense", "Ismaël", "Jordane", "Laurine", "Mathis", "Noémie", "Perrine",
    "Quitterie", "Rémi", "Sacha", "Timothée", "Vianney", "Bastien", "Chloé", "Dorian",
]
LAST_FR = [
    "Lefèvre", "Moreau-Lantier", "Giraud", "Bouchard", "Lemaire", "Roussel", "Carpentier", "Barthélemy",
    "Delmas", "Perrin-Vasseur", "Marchetti", "Benhamou", "Le Goff", "Tessier", "Guérin", "Hoarau", "Ndiaye",
    "Kerbrat", "Lacombe", "Aubert", "Besnard", "Dufresne", "Garnier", "Jacquemin", "Langlois", "Masson",
    "Pelletier", "Renaud", "Séguin", "Thibaudeau", "Vidal", "Lemoine", "Abadie", "Bellamy", "Costa",
    "Daoudi", "Etcheverry", "Fauconnier", "Gourvennec", "Huguet", "Jolivet", "Keller", "Lavigne",
    "Mercadier", "Nguyen", "Ouellet", "Pasquier", "Rigaud", "Saadi", "Tardieu", "Vautrin", "Wagner",
]

COMPANIES_EN = [
    ("Harbourcraft Ltd", "harbourcraft.example"), ("Brightforge Studio", "brightforge.example"),
    ("Oakmere Dental", "oakmere-dental.example"), ("Kiln & Co", "kilnandco.example"),
    ("Pinecrest Analytics", "pinecrest.example"), ("Tidewater Plumbing", "tidewater-plumbing.example"),
    ("Lumen Architects", "lumen-arch.example"), ("Copperleaf Cafés", "copperleaf.example"),
    ("Marlow & Finch Solicitors", "marlowfinch.example"), ("Quarry Hill Brewing", "quarryhill.example"),
    ("Saltmarsh Media", "saltmarsh.example"), ("Vantage Physio", "vantagephysio.example"),
    ("Redwing Events", "redwing-events.example"), ("Fernbank Nursery", "fernbank.example"),
    ("Blue Heron Tutoring", "blueheron.example"), ("Castlegate Motors", "castlegate.example"),
    ("Ironbridge Software", "ironbridge.example"), ("Wildflower Yoga", "wildflower-yoga.example"),
    ("Greyfriars Print", "greyfriars.example"), ("Meadowlark Vets", "meadowlark.example"),
    ("Stonecroft Builders", "stonecroft.example"), ("Halcyon Travel", "halcyon-travel.example"),
    ("Tallgrass Farms", "tallgrass.example"), ("Beacon Street Legal", "beaconst.example"),
]
FREEMAIL_EN = ["inboxmail.example", "postbox.example", "mailnest.example"]
COMPANIES_FR = [
    ("Menuiserie du Lac", "menuiserie-dulac.example"), ("Azur Conseil", "azur-conseil.example"),
    ("Les Jardins de Provence", "jardins-provence.example"), ("Studio Mistral", "studio-mistral.example"),
    ("Transports Vallée", "transports-vallee.example"), ("Librairie des Quais", "librairie-quais.example"),
    ("Pharmacie du Marché", "pharmacie-marche.example"), ("Agence Horizon Bleu", "horizonbleu.example"),
    ("Brasserie des Halles", "brasserie-halles.example"), ("Cave Saint-Roch", "cave-saintroch.example"),
    ("Éditions Ardoise", "editions-ardoise.example"), ("Coop Bio Lorraine", "coopbio-lorraine.example"),
    ("SCI Les Tilleuls", "sci-tilleuls.example"), ("Cabinet Véga Architectes", "vega-archi.example"),
    ("Garage des Trois Ponts", "garage-troisponts.example"), ("Atelier Grain de Sel", "graindesel.example"),
]
FREEMAIL_FR = ["boitemail.example", "webmel.example", "envoi.example"]

# Support staff. Every agent's full name, first name and address is personal data too.
AGENTS = [
    dict(id=400, name="Oskar Brandt", first="Oskar", email="oskar.brandt@ledgerbird.example", role="admin",
         langs=["en"], variant="A", style="paren", cause_p=0.5, signoff="Best regards,\nOskar Brandt\nSupport Lead, Ledgerbird"),
    dict(id=401, name="Tomás Reyes", first="Tomás", email="tomas.reyes@ledgerbird.example", role="agent",
         langs=["en"], variant="C", style="steplabel", cause_p=0.85, signoff="Cheers,\nTomás | Ledgerbird Support"),
    dict(id=402, name="Hannah Kowalski", first="Hannah", email="hannah.k@ledgerbird.example", role="agent",
         langs=["en"], variant="B", style="prose", cause_p=0.45, signoff="Best,\nHannah\nLedgerbird Support"),
    dict(id=403, name="Devika Rao", first="Devika", email="devika.rao@ledgerbird.example", role="agent",
         langs=["en"], variant="A", style="html-ol", cause_p=0.3, signoff="Kind regards,\nDevika Rao\nCustomer Support, Ledgerbird"),
    dict(id=404, name="Yusuf Demir", first="Yusuf", email="yusuf.demir@ledgerbird.example", role="agent",
         langs=["en", "fr"], variant="A", style="macro", cause_p=0.0, signoff=""),
    dict(id=405, name="Élodie Marchand", first="Élodie", email="elodie.marchand@ledgerbird.example", role="agent",
         langs=["fr"], variant="A", style="numbered", cause_p=0.7, signoff="Bien cordialement,\nÉlodie\nSupport Ledgerbird"),
    dict(id=406, name="Julien Caron", first="Julien", email="julien.caron@ledgerbird.example", role="agent",
         langs=["fr"], variant="B", style="prose", cause_p=0.4, signoff="Bonne journée,\nJulien Caron | Ledgerbird"),
    dict(id=407, name="Amina Benali", first="Amina", email="amina.benali@ledgerbird.example", role="agent",
         langs=["fr", "en"], variant="C", style="html-ul", cause_p=0.5, signoff="À bientôt,\nAmina\nL'équipe Ledgerbird"),
]
AGENT_WEIGHTS = {"en": {400: 7, 401: 25, 402: 25, 403: 20, 404: 15, 407: 8},
                 "fr": {404: 15, 405: 35, 406: 30, 407: 20}}
AMINA_EN_SIGNOFF = "Thanks,\nAmina\nThe Ledgerbird team"

# Street tables for addresses customers write (fiction, but shaped like the real thing).
STREETS_UK = [("Bramble Lane", "Leeds", "LS6 2QT"), ("Cavendish Road", "Bristol", "BS6 7RT"),
              ("Mill Street", "Manchester", "M4 6FE"), ("Harrow Close", "Norwich", "NR3 1JB"),
              ("Queen's Parade", "Bath", "BA1 2NQ"), ("Thistle Walk", "Edinburgh", "EH7 4LP"),
              ("Orchard Row", "Cardiff", "CF24 3DX"), ("Wharf Road", "London", "N1 7GR")]
STREETS_US = [("Alder Street", "Portland, OR", "97205"), ("W Division St", "Chicago, IL", "60622"),
              ("Bayview Ave", "San Francisco, CA", "94124"), ("Elm Court", "Austin, TX", "78704")]
STREETS_FR = [("rue des Tanneurs", "69002 Lyon"), ("allée des Peupliers", "44300 Nantes"),
              ("boulevard Gambetta", "31000 Toulouse"), ("rue du Général Leclerc", "67000 Strasbourg"),
              ("impasse des Lilas", "34000 Montpellier"), ("avenue Jean Jaurès", "33800 Bordeaux"),
              ("place du Marché", "35000 Rennes"), ("chemin de la Source", "13090 Aix-en-Provence"),
              ("quai de la Loire", "75019 Paris"), ("rue Pasteur", "59000 Lille")]

PASSWORDS = ["Tulip!Garden88", "bluefinch77", "Marmalade!42", "Pa55word-Oct", "Kestrel#2291",
             "Lavande#1987", "Mistral2025!", "Chouquette75", "zebra-Piano-9", "Quokka2024$"]
# Public test card numbers (Luhn-valid, never issued to a person).
CARDS = ["4000 0566 5566 5556", "5555-5555-5555-4444", "4242424242424242", "3782 822463 10005"]
