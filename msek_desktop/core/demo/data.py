"""The demo's word lists and texts: places, names, organisations, what people write."""

from __future__ import annotations

from dataclasses import dataclass, replace

from msek_desktop.core.demo.common import _EN, _FR, _KAT, _OTHER, _PL, _SE, K
from msek_desktop.core.demo.french import french, in_french
from msek_desktop.core.vocab import (
    FollowUpAction,
    InquiryKind,
    Language,
    Side,
)


@dataclass(frozen=True)
class _City:
    name: str
    side: Side
    country: str  # ISO code: FR, PL, CZ, BE
    lang: Language
    of: str  # "de Firminy", "d’Unieux" / Polish genitive "Chorzowa"
    at: str  # "à Firminy", "au Chambon-Feugerolles" / "w Chorzowie", "we Wrocławiu"
    slug: str  # ascii, for web addresses
    postal: tuple[tuple[int, int], ...]  # ranges of postal codes as integers
    landline: tuple[str, ...]  # area prefixes, in international format
    weight: float = 1.0
    dept: str = ""  # French département, for school codes (UAI)
    academy: str = ""  # French school e-mail domain


_CITIES: tuple[_City, ...] = (
    # Saint-Étienne and the Loire around it
    _City("Saint-Étienne", _SE, "FR", _FR, "de Saint-Étienne", "à Saint-Étienne",
          "saint-etienne", ((42000, 42000), (42100, 42100)), ("4 77",), 8, "042", "ac-lyon.fr"),
    _City("Firminy", _SE, "FR", _FR, "de Firminy", "à Firminy", "firminy",
          ((42700, 42700),), ("4 77",), 1.2, "042", "ac-lyon.fr"),
    _City("Roche-la-Molière", _SE, "FR", _FR, "de Roche-la-Molière", "à Roche-la-Molière",
          "roche-la-moliere", ((42230, 42230),), ("4 77",), 0.8, "042", "ac-lyon.fr"),
    _City("Saint-Chamond", _SE, "FR", _FR, "de Saint-Chamond", "à Saint-Chamond",
          "saint-chamond", ((42400, 42400),), ("4 77",), 1.2, "042", "ac-lyon.fr"),
    _City("Rive-de-Gier", _SE, "FR", _FR, "de Rive-de-Gier", "à Rive-de-Gier", "rive-de-gier",
          ((42800, 42800),), ("4 77",), 0.8, "042", "ac-lyon.fr"),
    _City("Montbrison", _SE, "FR", _FR, "de Montbrison", "à Montbrison", "montbrison",
          ((42600, 42600),), ("4 77",), 0.8, "042", "ac-lyon.fr"),
    _City("Saint-Priest-en-Jarez", _SE, "FR", _FR, "de Saint-Priest-en-Jarez",
          "à Saint-Priest-en-Jarez", "saint-priest-en-jarez", ((42270, 42270),), ("4 77",), 0.6,
          "042", "ac-lyon.fr"),
    _City("Le Chambon-Feugerolles", _SE, "FR", _FR, "du Chambon-Feugerolles",
          "au Chambon-Feugerolles", "le-chambon-feugerolles", ((42500, 42500),), ("4 77",), 0.6,
          "042", "ac-lyon.fr"),
    _City("Andrézieux-Bouthéon", _SE, "FR", _FR, "d’Andrézieux-Bouthéon",
          "à Andrézieux-Bouthéon", "andrezieux-boutheon", ((42160, 42160),), ("4 77",), 0.7,
          "042", "ac-lyon.fr"),
    _City("La Talaudière", _SE, "FR", _FR, "de La Talaudière", "à La Talaudière",
          "la-talaudiere", ((42350, 42350),), ("4 77",), 0.5, "042", "ac-lyon.fr"),
    _City("Unieux", _SE, "FR", _FR, "d’Unieux", "à Unieux", "unieux", ((42240, 42240),),
          ("4 77",), 0.4, "042", "ac-lyon.fr"),
    _City("La Ricamarie", _SE, "FR", _FR, "de La Ricamarie", "à La Ricamarie", "la-ricamarie",
          ((42150, 42150),), ("4 77",), 0.4, "042", "ac-lyon.fr"),
    # Katowice and the Silesian metropolis
    _City("Katowice", _KAT, "PL", _PL, "Katowic", "w Katowicach", "katowice",
          ((40001, 40880),), ("32",), 8),
    _City("Chorzów", _KAT, "PL", _PL, "Chorzowa", "w Chorzowie", "chorzow",
          ((41500, 41506),), ("32",), 1.2),
    _City("Bytom", _KAT, "PL", _PL, "Bytomia", "w Bytomiu", "bytom", ((41900, 41946),),
          ("32",), 1.1),
    _City("Gliwice", _KAT, "PL", _PL, "Gliwic", "w Gliwicach", "gliwice", ((44100, 44164),),
          ("32",), 1.4),
    _City("Tychy", _KAT, "PL", _PL, "Tychów", "w Tychach", "tychy", ((43100, 43143),),
          ("32",), 1.0),
    _City("Sosnowiec", _KAT, "PL", _PL, "Sosnowca", "w Sosnowcu", "sosnowiec",
          ((41200, 41219),), ("32",), 1.1),
    _City("Rybnik", _KAT, "PL", _PL, "Rybnika", "w Rybniku", "rybnik", ((44200, 44274),),
          ("32",), 0.9),
    _City("Zabrze", _KAT, "PL", _PL, "Zabrza", "w Zabrzu", "zabrze", ((41800, 41819),),
          ("32",), 0.9),
    _City("Ruda Śląska", _KAT, "PL", _PL, "Rudy Śląskiej", "w Rudzie Śląskiej", "rudaslaska",
          ((41700, 41711),), ("32",), 0.6),
    _City("Siemianowice Śląskie", _KAT, "PL", _PL, "Siemianowic Śląskich",
          "w Siemianowicach Śląskich", "siemianowice", ((41100, 41106),), ("32",), 0.5),
    _City("Mikołów", _KAT, "PL", _PL, "Mikołowa", "w Mikołowie", "mikolow", ((43190, 43190),),
          ("32",), 0.4),
    # Elsewhere: the rest of Poland and France, and a few European partners
    _City("Łódź", _OTHER, "PL", _PL, "Łodzi", "w Łodzi", "lodz", ((90001, 94413),),
          ("42",), 1.0),
    _City("Kraków", _OTHER, "PL", _PL, "Krakowa", "w Krakowie", "krakow", ((30001, 31999),),
          ("12",), 0.8),
    _City("Warszawa", _OTHER, "PL", _PL, "Warszawy", "w Warszawie", "warszawa",
          ((1, 4999),), ("22",), 0.8),
    _City("Wrocław", _OTHER, "PL", _PL, "Wrocławia", "we Wrocławiu", "wroclaw",
          ((50001, 54999),), ("71",), 0.5),
    _City("Lyon", _OTHER, "FR", _FR, "de Lyon", "à Lyon", "lyon", ((69001, 69009),),
          ("4 78", "4 72"), 0.8, "069", "ac-lyon.fr"),
    _City("Paris", _OTHER, "FR", _FR, "de Paris", "à Paris", "paris", ((75001, 75020),),
          ("1 42", "1 44", "1 53"), 0.6, "075", "ac-paris.fr"),
    _City("Clermont-Ferrand", _OTHER, "FR", _FR, "de Clermont-Ferrand", "à Clermont-Ferrand",
          "clermont-ferrand", ((63000, 63000), (63100, 63100)), ("4 73",), 0.4, "063",
          "ac-clermont.fr"),
    _City("Grenoble", _OTHER, "FR", _FR, "de Grenoble", "à Grenoble", "grenoble",
          ((38000, 38000), (38100, 38100)), ("4 76",), 0.4, "038", "ac-grenoble.fr"),
    _City("Ostrava", _OTHER, "CZ", _EN, "Ostrava", "in Ostrava", "ostrava",
          ((70200, 70900),), ("596", "597"), 0.0),
    _City("Bruxelles", _OTHER, "BE", _EN, "Bruxelles", "in Brussels", "bruxelles",
          ((1000, 1000), (1040, 1040)), ("2",), 0.0),
)  # fmt: skip


_CITY = {c.name: c for c in _CITIES}


_PL_MOBILE = ("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88")


_PL_STREETS = (
    "ul. Mariacka", "ul. Stawowa", "ul. 3 Maja", "ul. Kościuszki", "ul. Mickiewicza",
    "ul. Sienkiewicza", "ul. Wojewódzka", "ul. Francuska", "ul. Warszawska", "ul. Gliwicka",
    "ul. Chorzowska", "ul. Jagiellońska", "ul. Powstańców", "ul. Mikołowska",
    "al. Korfantego", "ul. Słowackiego", "ul. Piastowska", "ul. Żeromskiego",
    "pl. Wolności", "ul. Dworcowa", "ul. Zielona", "ul. Ogrodowa", "ul. Szkolna",
    "ul. Kościelna", "ul. Józefa Piłsudskiego", "ul. Bolesława Chrobrego", "ul. Łąkowa",
    "ul. Źródlana", "ul. Wrzosowa", "ul. Bażantów", "ul. Ks. Józefa Szafranka",
)  # fmt: skip


_FR_STREETS = (
    "rue de la République", "rue Victor-Hugo", "rue des Martyrs-de-Vingré",
    "avenue Jean-Jaurès", "rue de la Paix", "rue Michelet", "rue Gambetta",
    "boulevard du Onze-Novembre", "rue Émile-Zola", "rue Paul-Bert", "rue Marengo",
    "rue Pierre-Bérard", "rue Antoine-Durafour", "cours Fauriel", "rue Jacquard",
    "rue de la Montat", "place Jean-Jaurès", "allée des Tilleuls", "rue du Général-Foy",
    "rue Élisée-Reclus", "chemin des Crêts", "rue de l'Éternité", "rue Benoît-Malon",
    "place de l'Hôtel-de-Ville", "rue Désiré-Claude", "avenue de la Libération",
)  # fmt: skip


_PL_FIRST_F = (
    "Agnieszka", "Małgorzata", "Żaneta", "Katarzyna", "Joanna", "Magdalena", "Urszula",
    "Jadwiga", "Bożena", "Grażyna", "Elżbieta", "Dorota", "Marta", "Anna", "Zofia", "Łucja",
    "Wiesława", "Halina", "Beata", "Ewa", "Aleksandra", "Monika", "Iwona", "Jolanta",
    "Kinga", "Paulina", "Weronika", "Barbara", "Karolina", "Justyna", "Sylwia", "Renata",
    "Ewelina", "Natalia", "Agata", "Teresa", "Krystyna", "Danuta", "Izabela", "Alicja",
)  # fmt: skip


_PL_FIRST_M = (
    "Łukasz", "Grzegorz", "Paweł", "Michał", "Piotr", "Krzysztof", "Tomasz", "Jędrzej",
    "Bartłomiej", "Wojciech", "Zbigniew", "Przemysław", "Maciej", "Mirosław", "Kazimierz",
    "Jarosław", "Stanisław", "Andrzej", "Adam", "Marek", "Rafał", "Dariusz", "Sławomir",
    "Jacek", "Mateusz", "Szymon", "Kamil", "Bogusław", "Jan", "Marcin", "Jakub", "Tadeusz",
    "Ryszard", "Sebastian", "Artur", "Henryk", "Robert", "Janusz", "Dawid", "Leszek",
)  # fmt: skip


# Surnames as men bear them; a woman's form is made by _pl_feminine (-ski -> -ska, -ny ->
# -na); nouns (Nowak, Mazur, Pyka) are the same for both. Common across Poland, with a few
# Silesian ones (Kubica, Pielorz, Świerc, Bednorz, Wyleżoł).
_PL_LAST = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski",
    "Zając", "Pawłowski", "Michalski", "Król", "Nowakowski", "Wieczorek", "Jabłoński",
    "Wróbel", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk",
    "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sikora", "Baran",
    "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak", "Zalewski",
    "Wróblewski", "Marciniak", "Jasiński", "Zawadzki", "Bąk", "Jakubowski", "Sadowski",
    "Duda", "Włodarczyk", "Wilk", "Chmielewski", "Borkowski", "Sokołowski", "Szczepański",
    "Sawicki", "Lis", "Kucharski", "Kalinowski", "Wysocki", "Mazurek", "Kubiak",
    "Maciejewski", "Czarnecki", "Kołodziej", "Kaźmierczak", "Konieczny", "Urbański",
    "Głowacki", "Zakrzewski", "Krajewski", "Krupa", "Adamski", "Sobczak", "Czerwiński",
    "Gołębiowski", "Ślęzak", "Żak", "Łuczak", "Szczęsny", "Gałązka", "Cieślak", "Laskowski",
    "Pielorz", "Kołek", "Gawlik", "Mrozek", "Pyka", "Świerc", "Kubica", "Grzesik", "Ryś",
    "Ochman", "Ćwik", "Hałas", "Bednorz", "Kocur", "Cieślik", "Skrzypiec", "Kuczera", "Kania",
    "Piecha", "Wyleżoł", "Szołtysek", "Kempa", "Respondek", "Banaś", "Pietrzyk", "Wilczek",
    "Zientek", "Kowol", "Pawlas", "Gwóźdź", "Mikołajczyk", "Bednarek", "Kasprzak", "Zięba",
)  # fmt: skip


_FR_FIRST_F = (
    "Hélène", "Zoé", "Chloé", "Amélie", "Élodie", "Cécile", "Mélanie", "Agnès", "Béatrice",
    "Noémie", "Léa", "Inès", "Françoise", "Anaïs", "Maëlle", "Clémence", "Sophie", "Camille",
    "Claire", "Juliette", "Geneviève", "Marie-Thérèse", "Solène", "Océane", "Aurélie",
    "Céleste", "Nathalie", "Isabelle", "Sandrine", "Valérie", "Laure", "Émilie", "Pauline",
    "Marion", "Delphine", "Anne-Sophie", "Séverine", "Margaux",
)  # fmt: skip


_FR_FIRST_M = (
    "François", "Benoît", "Jérôme", "Stéphane", "Frédéric", "Sébastien", "Rémi", "Théo",
    "Gaël", "Noël", "Hervé", "André", "Loïc", "Joël", "Raphaël", "Julien", "Thomas",
    "Olivier", "Jean-Marc", "Étienne", "Grégoire", "Mathieu", "Jean-François", "Nicolas",
    "Laurent", "Philippe", "Christophe", "Guillaume", "Vincent", "Pierre-Yves", "Cédric",
    "Bruno", "Xavier", "Damien", "Yannick",
)  # fmt: skip


_FR_LAST = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont",
    "Lambert", "Bonnet", "François", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc",
    "Guérin", "Henry", "Roussel", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier",
    "Fontaine", "Chevalier", "Châtelain", "Gérard", "Benoît", "Ménétrier", "Barbier",
    "Thévenon", "Béal", "Crozet", "Brémond", "Noël", "Pézerat", "Labbé", "Dugué", "Séguin",
    "Dupré", "Lebœuf", "Courbière", "Jacquemond", "Arnaud", "Bonnefoy", "Chambon", "Chapuis",
    "Chazelle", "Colombet", "Coste", "Daval", "Dumas", "Escoffier", "Fayolle", "Gay",
    "Granjon", "Grange", "Javelle", "Joubert", "Journoud", "Lacroix", "Marcoux", "Massardier",
    "Montagne", "Mounier", "Peyron", "Pichon", "Poyet", "Reynaud", "Rivollier", "Roche",
    "Sabatier", "Soulier", "Tardy", "Thiollière", "Vial", "Vernay", "Vidal", "Brunel",
)  # fmt: skip


# Foreign partners by country: (first, last, female); Brussels' networks employ Europeans
_EN_NAMES: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "CZ": (("Petra", "Nováková", True), ("Jiří", "Dvořák", False), ("Tomáš", "Černý", False),
           ("Lucie", "Svobodová", True), ("Zdeněk", "Procházka", False),
           ("Kateřina", "Veselá", True), ("Martin", "Horák", False), ("Jana", "Kučerová", True),
           ("Pavel", "Němec", False), ("Eva", "Marková", True)),
    "BE": (("Sophie", "Peeters", True), ("Jan", "Janssens", False), ("Lotte", "Maes", True),
           ("Pieter", "De Smet", False), ("Anke", "Müller", True), ("Jonas", "Schäfer", False),
           ("Emma", "O'Brien", True), ("Sean", "Murphy", False), ("Chiara", "Rossi", True),
           ("Marc", "Dubois", False)),
}  # fmt: skip


# What an organisation is, finer than its kind (a lycée, a library, a choir): it decides the
# titles of the people working there and what they write about. Per kind: the sort when
# none of the words is in the name, then (word in the name, sort), the first found wins.
_SORTS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    K.SCHOOL: ("primary", (
        ("hôtelier", "catering_school"), ("Gastronomiczno", "catering_school"),
        ("Collège", "college"), ("Lycée", "lycee"), ("Liceum", "lycee"),
        ("Zespół Szkół", "lycee"))),
    K.MUSIC_SCHOOL: ("music_school", ()),
    K.UNIVERSITY: ("university", (
        ("Muzyczna", "music_academy"), ("Sztuk Pięknych", "art_school"),
        ("art et design", "art_school"), ("architecture", "art_school"),
        ("Filmowa", "film"), ("soins infirmiers", "nursing_school"),
        ("Politechnika", "tech_university"), ("Mines", "tech_university"),
        ("Technická", "tech_university"), ("Techniczna", "tech_university"))),
    K.CULTURAL: ("culture_centre", (
        ("Médiathèque", "library"), ("Bibliot", "library"), ("Musée", "museum"),
        ("Muzeum", "museum"), ("Kopalnia", "museum"), ("Cité du design", "museum"),
        ("Théâtre", "theatre"), ("Teatr", "theatre"), ("Comédie", "theatre"),
        ("La Comète", "theatre"), ("Opéra", "concert"), ("Opera", "concert"),
        ("Orkiestra", "concert"), ("Filharmonia", "concert"), ("Zénith", "venue"),
        ("Spodek", "venue"), ("Le Fil", "venue"), ("Ciné", "film"), ("Film", "film"),
        ("Galeria", "gallery"), ("Rondo Sztuki", "gallery"), ("Fête du livre", "festival"),
        ("Instytut Polski", "culture_institute"), ("Instytucja Kultury", "culture_institute"),
        ("Instytut Kultury", "culture_institute"))),
    K.COMPANY: ("industry", (
        ("Design", "design_firm"), ("Studio", "design_firm"), ("Pracownia", "design_firm"),
        ("Atelier", "design_firm"), ("Architectes", "design_firm"), ("Browar", "food"),
        ("Brasserie", "food"), ("Piekarnia", "food"), ("Voyages", "travel"),
        ("Podróży", "travel"))),
    K.ASSOCIATION: ("association", (
        ("Chorale", "choir"), ("Chór", "choir"), ("Ensemble vocal", "choir"),
        ("Harmonie", "choir"), ("Association sportive", "sport"), ("Union sportive", "sport"),
        ("Klub Sportowy", "sport"), ("GKS", "sport"), ("jumelage", "friendship"),
        ("franco-polonaise", "friendship"), ("France-Pologne", "friendship"),
        ("Przyjaciół Francji", "friendship"), ("Polsko-Francuskie", "friendship"),
        ("Alliance Française", "friendship"), ("Seniors", "social"), ("Caritas", "social"),
        ("Turystyczna", "tourism"), ("Eurocities", "network"), ("Ciné", "film"),
        ("MJC", "culture_centre"), ("Maison des jeunes", "culture_centre"))),
    K.MUNICIPALITY: ("town", (
        ("action sociale", "social"), ("Pomocy Społecznej", "social"),
        ("Métropole", "metropolis"), ("Metropolia", "metropolis"), ("Région", "metropolis"))),
    K.OTHER: ("chamber", (
        ("tourisme", "tourism"), ("CHU", "hospital"), ("Stadion", "venue"))),
}  # fmt: skip


# (masculine, feminine, the sorts of organisation it fits, "" = any) per language
_POSITIONS: dict[Language, tuple[tuple[str, str, str], ...]] = {
    _FR: (
        ("Responsable des partenariats", "Responsable des partenariats", ""),
        ("Directeur de l'école", "Directrice de l'école", "primary"),
        ("Professeur des écoles", "Professeure des écoles", "primary"),
        ("Principal", "Principale", "college"),
        ("Principal adjoint", "Principale adjointe", "college"),
        ("Professeur d'allemand", "Professeure d'allemand", "college lycee"),
        ("Professeur d'histoire-géographie", "Professeure d'histoire-géographie",
         "college lycee"),
        ("Proviseur", "Proviseure", "lycee catering_school"),
        ("Proviseur adjoint", "Proviseure adjointe", "lycee catering_school"),
        ("Directeur délégué aux formations", "Directrice déléguée aux formations",
         "catering_school"),
        ("Directeur", "Directrice", "music_school culture_centre gallery tourism social"),
        ("Professeur de piano", "Professeure de piano", "music_school music_academy"),
        ("Professeur de violon", "Professeure de violon", "music_school music_academy"),
        ("Chargé des relations internationales", "Chargée des relations internationales",
         "music_academy art_school university tech_university hospital"),
        ("Maître de conférences", "Maîtresse de conférences", "university tech_university"),
        ("Professeur des universités", "Professeure des universités",
         "university tech_university"),
        ("Directeur de la médiathèque", "Directrice de la médiathèque", "library"),
        ("Bibliothécaire", "Bibliothécaire", "library"),
        ("Conservateur", "Conservatrice", "museum"),
        ("Responsable des publics", "Responsable des publics", "museum theatre concert"),
        ("Chargé des expositions", "Chargée des expositions", "museum gallery"),
        ("Secrétaire général", "Secrétaire générale", "theatre concert venue"),
        ("Administrateur", "Administratrice", "theatre concert festival"),
        ("Programmateur", "Programmatrice", "venue film festival culture_centre"),
        ("Délégué artistique", "Déléguée artistique", "concert"),
        ("Médiateur culturel", "Médiatrice culturelle", "museum culture_centre library"),
        ("Chargé de projets", "Chargée de projets", "culture_institute festival film"),
        ("Attaché culturel", "Attachée culturelle", "culture_institute"),
        ("Gérant", "Gérante", "design_firm food travel industry"),
        ("Chef de projet", "Cheffe de projet", "design_firm industry"),
        ("Responsable export", "Responsable export", "food industry"),
        ("Président", "Présidente", "association choir friendship"),
        ("Secrétaire de l'association", "Secrétaire de l'association",
         "association friendship"),
        ("Chef de chœur", "Cheffe de chœur", "choir"),
        ("Président du club", "Présidente du club", "sport"),
        ("Responsable de la formation des jeunes", "Responsable de la formation des jeunes",
         "sport"),
        ("Coordinateur", "Coordinatrice", "social association"),
        ("Adjoint au maire chargé de la culture", "Adjointe au maire chargée de la culture",
         "town"),
        ("Chargé de mission relations internationales",
         "Chargée de mission relations internationales", "town metropolis"),
        ("Vice-président chargé des relations internationales",
         "Vice-présidente chargée des relations internationales", "metropolis"),
        ("Conseiller international", "Conseillère internationale", "chamber"),
        ("Chargé de développement économique", "Chargée de développement économique",
         "chamber metropolis"),
        ("Conseiller en séjour", "Conseillère en séjour", "tourism"),
        ("Cadre de santé", "Cadre de santé", "hospital nursing_school"),
        ("Directeur de l'institut", "Directrice de l'institut", "nursing_school"),
        ("Formateur", "Formatrice", "nursing_school"),
    ),
    _PL: (
        ("Koordynator projektów", "Koordynatorka projektów", ""),
        ("Dyrektor szkoły", "Dyrektorka szkoły", "primary lycee catering_school music_school"),
        ("Wicedyrektor", "Wicedyrektorka", "primary lycee catering_school music_school"),
        ("Nauczyciel języka francuskiego", "Nauczycielka języka francuskiego",
         "primary lycee"),
        ("Nauczyciel języka angielskiego", "Nauczycielka języka angielskiego",
         "primary lycee catering_school"),
        ("Nauczyciel przedmiotów zawodowych", "Nauczycielka przedmiotów zawodowych",
         "catering_school"),
        ("Nauczyciel gry na fortepianie", "Nauczycielka gry na fortepianie", "music_school"),
        ("Nauczyciel gry na skrzypcach", "Nauczycielka gry na skrzypcach", "music_school"),
        ("Kierownik Działu Współpracy Międzynarodowej",
         "Kierowniczka Działu Współpracy Międzynarodowej",
         "university tech_university music_academy art_school"),
        ("Prorektor ds. współpracy z zagranicą", "Prorektorka ds. współpracy z zagranicą",
         "university tech_university music_academy art_school"),
        ("Koordynator programu Erasmus+", "Koordynatorka programu Erasmus+",
         "university tech_university music_academy art_school"),
        ("Adiunkt", "Adiunkt", "university tech_university"),
        ("Dyrektor biblioteki", "Dyrektorka biblioteki", "library"),
        ("Bibliotekarz", "Bibliotekarka", "library"),
        ("Kierownik Działu Edukacji", "Kierowniczka Działu Edukacji", "museum concert"),
        ("Kurator wystaw", "Kuratorka wystaw", "museum gallery"),
        ("Dyrektor galerii", "Dyrektorka galerii", "gallery"),
        ("Kierownik literacki", "Kierowniczka literacka", "theatre"),
        ("Dyrektor artystyczny", "Dyrektorka artystyczna", "theatre concert festival"),
        ("Specjalista ds. promocji", "Specjalistka ds. promocji",
         "theatre concert venue film tourism culture_institute"),
        ("Kierownik ds. wydarzeń", "Kierowniczka ds. wydarzeń", "venue"),
        ("Dyrektor", "Dyrektorka", "culture_centre culture_institute social tourism chamber"),
        ("Instruktor", "Instruktorka", "culture_centre"),
        ("Prezes zarządu", "Prezeska zarządu",
         "design_firm food travel industry association friendship choir"),
        ("Właściciel", "Właścicielka", "design_firm food travel"),
        ("Kierownik ds. eksportu", "Kierowniczka ds. eksportu", "industry food"),
        ("Dyrygent", "Dyrygentka", "choir"),
        ("Prezes klubu", "Prezeska klubu", "sport"),
        ("Trener grup młodzieżowych", "Trenerka grup młodzieżowych", "sport"),
        ("Naczelnik Wydziału Promocji", "Naczelniczka Wydziału Promocji", "town"),
        ("Sekretarz miasta", "Sekretarz miasta", "town"),
        ("Główny specjalista ds. współpracy zagranicznej",
         "Główna specjalistka ds. współpracy zagranicznej", "town metropolis"),
        ("Kierownik Biura Współpracy Międzynarodowej",
         "Kierowniczka Biura Współpracy Międzynarodowej", "metropolis"),
        ("Specjalista ds. współpracy z zagranicą", "Specjalistka ds. współpracy z zagranicą",
         "chamber"),
        ("Pracownik socjalny", "Pracownica socjalna", "social"),
    ),
    _EN: (
        ("Director", "Director", ""),
        ("International relations officer", "International relations officer", ""),
        ("Project manager", "Project manager", ""),
        ("Head of international relations", "Head of international relations",
         "university tech_university"),
        ("Policy officer", "Policy officer", "association metropolis network"),
    ),
}  # fmt: skip


# login, full name, fr / pl / en title, e-mail, phone
_STAFF: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("anowak", "Agnieszka Nowak-Wiśniewska", "Directrice de la Maison",
     "Dyrektorka Domu Saint-Étienne", "Director of the office", "a.nowak@msek.eu",
     "+48 32 253 71 10"),
    ("jlefevre", "Julien Lefèvre", "Chargé de projets", "Koordynator projektów",
     "Project coordinator", "j.lefevre@msek.eu", "+48 32 253 71 12"),
    ("mszczesna", "Marta Szczęsna", "Chargée de projets", "Koordynatorka projektów",
     "Project coordinator", "m.szczesna@msek.eu", "+48 32 253 71 13"),
    ("cdubois", "Claire Dubois-Ménétrier", "Chargée de communication et des partenariats",
     "Specjalistka ds. komunikacji i partnerstw", "Communications and partnerships officer",
     "c.dubois@msek.eu", "+48 32 253 71 14"),
)  # fmt: skip


# name, kind, city, address, postal code, domain (web site and mail), fields, a short note
# (their matching profiles and descriptions in three languages: demo/profiles.py)
_KNOWN_ORGS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    ("Conservatoire Massenet", K.MUSIC_SCHOOL, "Saint-Étienne", "32 rue des Francs-Maçons",
     "42000", "conservatoire.saint-etienne.fr", "music education youth",
     "Conservatoire à rayonnement régional : musique, danse et théâtre."),
    ("Akademia Muzyczna im. Karola Szymanowskiego w Katowicach", K.UNIVERSITY, "Katowice",
     "ul. Zacisze 3", "40-025", "am.katowice.pl", "music higher_education",
     "Uczelnia muzyczna: kompozycja, jazz, wykonawstwo, edukacja artystyczna."),
    ("Opéra de Saint-Étienne", K.CULTURAL, "Saint-Étienne", "Jardin des Plantes",
     "42000", "opera.saint-etienne.fr", "music",
     "Maison d'opéra, de concerts et de danse de la Ville de Saint-Étienne."),
    ("Narodowa Orkiestra Symfoniczna Polskiego Radia", K.CULTURAL, "Katowice",
     "pl. Wojciecha Kilara 1", "40-202", "nospr.org.pl", "music",
     "Orkiestra i sala koncertowa w Strefie Kultury."),
    ("Cité du design", K.CULTURAL, "Saint-Étienne", "3 rue Javelin-Pagnon", "42000",
     "citedudesign.com", "design economy higher_education",
     "Plateforme de recherche, d'enseignement et de diffusion du design ; Biennale."),
    ("Uniwersytet Śląski w Katowicach", K.UNIVERSITY, "Katowice", "ul. Bankowa 12",
     "40-007", "us.edu.pl", "higher_education literature",
     "Największa uczelnia regionu; romanistyka i współpraca z Francją."),
    ("Université Jean Monnet", K.UNIVERSITY, "Saint-Étienne", "10 rue Tréfilerie", "42100",
     "univ-st-etienne.fr", "higher_education",
     "Université pluridisciplinaire de Saint-Étienne."),
    ("Muzeum Śląskie w Katowicach", K.CULTURAL, "Katowice", "ul. T. Dobrowolskiego 1",
     "40-205", "muzeumslaskie.pl", "crafts tourism",
     "Muzeum na terenie dawnej kopalni Katowice."),
    ("École nationale supérieure d’architecture de Saint-Étienne", K.UNIVERSITY,
     "Saint-Étienne", "1 rue Buisson", "42000", "st-etienne.archi.fr",
     "higher_education design", "Formation d'architectes, de la licence au doctorat."),
    ("Spodek", K.CULTURAL, "Katowice", "al. Korfantego 35", "40-005", "spodekkatowice.pl",
     "music sport economy", "Hala widowiskowo-sportowa, koncerty i wydarzenia."),
    ("Lycée Honoré d’Urfé", K.SCHOOL, "Saint-Étienne", "1 impasse le Châtelier", "42100",
     "honore-durfe.ent.auvergnerhonealpes.fr", "education youth",
     "Lycée général et technologique ; section européenne."),
    ("Miasto Katowice", K.MUNICIPALITY, "Katowice", "ul. Młyńska 4", "40-098",
     "katowice.eu", "institutions tourism", "Urząd Miasta Katowice, Wydział Promocji."),
    ("Mairie de Firminy", K.MUNICIPALITY, "Firminy", "Place du Breuil", "42700",
     "ville-firminy.fr", "institutions tourism design",
     "Ville de Firminy : site Le Corbusier."),
    ("Teatr Śląski im. Stanisława Wyspiańskiego", K.CULTURAL, "Katowice", "Rynek 10",
     "40-003", "teatrslaski.art.pl", "literature", "Teatr dramatyczny w centrum Katowic."),
    ("La Comète", K.CULTURAL, "Saint-Étienne", "Place Jean-Dasté", "42000",
     "lacomete.saint-etienne.fr", "music literature", "Salle de spectacles de la Ville."),
    ("Akademia Sztuk Pięknych w Katowicach", K.UNIVERSITY, "Katowice", "ul. Raciborska 37",
     "40-074", "asp.katowice.pl", "design media_arts higher_education",
     "Uczelnia artystyczna: projektowanie graficzne i przemysłowe."),
    ("Saint-Étienne Métropole", K.MUNICIPALITY, "Saint-Étienne", "2 avenue Grüner",
     "42000", "saint-etienne-metropole.fr", "institutions economy",
     "Métropole de 53 communes."),
    ("Szkoła Muzyczna I st. w Łodzi", K.MUSIC_SCHOOL, "Łódź", "ul. Piotrkowska 113",
     "90-425", "sm1.lodz.pl", "music education youth",
     "Szkoła muzyczna pierwszego stopnia."),
    ("École supérieure d’art et design de Saint-Étienne", K.UNIVERSITY, "Saint-Étienne",
     "3 rue Javelin-Pagnon", "42000", "esadse.fr", "design media_arts higher_education",
     "École d'art et de design."),
    ("Filharmonia Śląska im. Henryka Mikołaja Góreckiego", K.CULTURAL, "Katowice",
     "ul. Sokolska 2", "40-084", "filharmonia-slaska.eu", "music", "Filharmonia regionu."),
    ("Mines Saint-Étienne", K.UNIVERSITY, "Saint-Étienne", "158 cours Fauriel", "42100",
     "mines-stetienne.fr", "higher_education economy", "École d'ingénieurs."),
    ("Opera Śląska w Bytomiu", K.CULTURAL, "Bytom", "ul. Moniuszki 21/23", "41-902",
     "opera-slaska.pl", "music", "Scena operowa i baletowa."),
    ("Musée d’Art moderne et contemporain de Saint-Étienne Métropole", K.CULTURAL,
     "Saint-Priest-en-Jarez", "Rue Fernand-Léger", "42270", "mamc.saint-etienne.fr",
     "design crafts", "Collections d'art moderne et contemporain et de design."),
    ("Politechnika Śląska", K.UNIVERSITY, "Gliwice", "ul. Akademicka 2A", "44-100",
     "polsl.pl", "higher_education economy", "Uczelnia techniczna."),
    ("Le Fil", K.CULTURAL, "Saint-Étienne", "20 boulevard Thiers", "42000",
     "le-fil.com", "music youth", "Scène de musiques actuelles."),
    ("Państwowa Szkoła Muzyczna I i II st. im. Mieczysława Karłowicza w Katowicach",
     K.MUSIC_SCHOOL, "Katowice", "ul. Wojewódzka 33", "40-026", "psm.katowice.pl",
     "music education youth", "Szkoła muzyczna I i II stopnia."),
    ("Comédie de Saint-Étienne", K.CULTURAL, "Saint-Étienne",
     "7 avenue du Président-Émile-Loubet", "42000", "lacomedie.fr", "literature",
     "Centre dramatique national et école supérieure d'art dramatique."),
    ("Uniwersytet Ekonomiczny w Katowicach", K.UNIVERSITY, "Katowice", "ul. 1 Maja 50",
     "40-287", "ue.katowice.pl", "economy higher_education", "Uczelnia ekonomiczna."),
    ("Lycée Claude-Fauriel", K.SCHOOL, "Saint-Étienne", "28 avenue de la Libération",
     "42000", "claude-fauriel.ent.auvergnerhonealpes.fr", "education youth",
     "Lycée général ; classes préparatoires."),
    ("Górnośląsko-Zagłębiowska Metropolia", K.MUNICIPALITY, "Katowice",
     "ul. Barbary 21A", "40-053", "metropoliagzm.pl", "institutions",
     "Związek metropolitalny 41 gmin."),
    ("Musée de la Mine", K.CULTURAL, "Saint-Étienne",
     "3 boulevard Maréchal-Franchet-d'Espèrey", "42000", "musee-mine.saint-etienne.fr",
     "tourism crafts", "Puits Couriot, parc-musée de la mine."),
    ("Stadion Śląski", K.OTHER, "Chorzów", "ul. Katowicka 10", "41-500",
     "stadionslaski.pl", "sport tourism", "Stadion lekkoatletyczny i piłkarski."),
    ("Association sportive de Saint-Étienne", K.ASSOCIATION, "Saint-Étienne",
     "Stade Geoffroy-Guichard, 14 rue Paul-et-Pierre-Guichard", "42000", "asse.fr",
     "sport youth", "Club de football ; centre de formation."),
    ("Akademia Muzyczna im. Grażyny i Kiejstuta Bacewiczów w Łodzi", K.UNIVERSITY, "Łódź",
     "ul. Gdańska 32", "90-716", "amuz.lodz.pl", "music higher_education",
     "Uczelnia muzyczna w Łodzi."),
    ("Instytut Polski w Paryżu", K.CULTURAL, "Paris", "31 rue Jean-Goujon", "75008",
     "institutpolonais.fr", "literature film", "Institut culturel de la Pologne."),
    ("Teatr Ziemi Rybnickiej", K.CULTURAL, "Rybnik", "ul. Józefa Piłsudskiego 28",
     "44-200", "teatr.rybnik.pl", "music literature", "Teatr miejski w Rybniku."),
    ("Tyskie Browarium", K.COMPANY, "Tychy", "ul. Mikołowska 5", "43-100",
     "tyskiebrowarium.pl", "gastronomy tourism", "Browar i muzeum piwowarstwa."),
    ("Région Auvergne-Rhône-Alpes", K.MUNICIPALITY, "Lyon",
     "1 esplanade François-Mitterrand", "69002", "auvergnerhonealpes.fr",
     "institutions economy", "Conseil régional."),
    ("Vysoká škola báňská – Technická univerzita Ostrava", K.UNIVERSITY, "Ostrava",
     "17. listopadu 2172/15", "708 00", "vsb.cz", "higher_education",
     "Technical university in Ostrava."),
    ("Eurocities", K.ASSOCIATION, "Bruxelles", "Square de Meeûs 1", "1000",
     "eurocities.eu", "institutions", "Network of European cities."),
    # More known organisations, so that each common kind of request has a few plausible
    # partners on the other side.
    ("Ville de Saint-Étienne", K.MUNICIPALITY, "Saint-Étienne", "Place de l'Hôtel-de-Ville",
     "42000", "saint-etienne.fr", "institutions tourism youth", ""),
    ("Collège Aristide-Briand", K.SCHOOL, "Saint-Étienne", "25 rue Balay", "42000",
     "aristide-briand-saint-etienne.ent.auvergnerhonealpes.fr", "education youth", ""),
    ("École élémentaire Jacques-Prévert", K.SCHOOL, "Firminy", "12 rue Jean-Jaurès",
     "42700", "ecole-prevert-firminy.fr", "education", ""),
    ("Lycée hôtelier de Saint-Chamond", K.SCHOOL, "Saint-Chamond", "8 rue Pierre-Bérard",
     "42400", "lycee-hotelier-saint-chamond.ent.auvergnerhonealpes.fr",
     "education gastronomy youth", ""),
    ("École de musique de Firminy", K.MUSIC_SCHOOL, "Firminy", "2 rue Benoît-Malon",
     "42700", "musique.ville-firminy.fr", "music education youth", ""),
    ("Musée d’Art et d’Industrie", K.CULTURAL, "Saint-Étienne", "2 place Louis-Comte",
     "42000", "mai.saint-etienne.fr", "crafts design tourism", ""),
    ("Médiathèque de Tarentaize", K.CULTURAL, "Saint-Étienne", "20-24 rue Jo-Gouttebarge",
     "42000", "bm.saint-etienne.fr", "literature education", ""),
    ("Fête du livre de Saint-Étienne", K.CULTURAL, "Saint-Étienne",
     "Place de l'Hôtel-de-Ville", "42000", "fetedulivre.saint-etienne.fr", "literature", ""),
    ("Cinéma Le Méliès", K.CULTURAL, "Saint-Étienne", "10 place Jean-Jaurès", "42000",
     "lemelies.com", "film youth", ""),
    ("Ciné-Court Stéphanois", K.ASSOCIATION, "Saint-Étienne", "5 rue Michelet", "42000",
     "cinecourt-stephanois.fr", "film media_arts youth", ""),
    ("Studio Grenadine Design", K.COMPANY, "Saint-Étienne", "14 rue Jacquard", "42100",
     "grenadine-design.fr", "design economy", ""),
    ("Thermi-Loire Industrie", K.COMPANY, "Andrézieux-Bouthéon", "ZI des Murons",
     "42160", "thermi-loire.fr", "economy higher_education", ""),
    ("Chambre de commerce et d’industrie Lyon Métropole Saint-Étienne Roanne", K.OTHER,
     "Saint-Étienne", "57 cours Fauriel", "42100", "lyon-metropole.cci.fr",
     "economy institutions", ""),
    ("Chambre de métiers et de l’artisanat de la Loire", K.OTHER, "Saint-Étienne",
     "6 rue Michel-Rondet", "42000", "cma-loire.fr", "crafts gastronomy economy", ""),
    ("Office de tourisme Saint-Étienne Hors Cadre", K.OTHER, "Saint-Étienne",
     "16 avenue de la Libération", "42000", "saint-etiennehorscadre.fr", "tourism", ""),
    ("Comité départemental olympique et sportif de la Loire", K.ASSOCIATION,
     "Saint-Étienne", "4 rue des Trois-Meules", "42100", "loire.franceolympique.com",
     "sport youth", ""),
    ("MJC de Beaulieu", K.ASSOCIATION, "Saint-Étienne", "35 rue Henri-Déchaud", "42100",
     "mjc-beaulieu.fr", "youth music social_health", ""),
    ("Association France-Pologne Loire", K.ASSOCIATION, "Saint-Étienne",
     "12 rue Paul-Bert", "42000", "france-pologne-loire.fr",
     "institutions literature education", ""),
    ("CHU de Saint-Étienne", K.OTHER, "Saint-Priest-en-Jarez", "Avenue Albert-Raimond",
     "42270", "chu-st-etienne.fr", "social_health higher_education", ""),
    ("Centre communal d’action sociale de Saint-Étienne", K.MUNICIPALITY, "Saint-Étienne",
     "Place de l'Hôtel-de-Ville", "42000", "ccas.saint-etienne.fr", "social_health", ""),
    ("Loire Seniors Solidaires", K.ASSOCIATION, "Saint-Chamond", "3 rue Gambetta", "42400",
     "loire-seniors-solidaires.fr", "social_health", ""),
    ("Szkoła Podstawowa nr 12 im. Janusza Korczaka w Katowicach", K.SCHOOL, "Katowice",
     "ul. Ogrodowa 14", "40-160", "sp12.katowice.pl", "education youth", ""),
    ("II Liceum Ogólnokształcące z Oddziałami Dwujęzycznymi im. Marii Konopnickiej "
     "w Katowicach", K.SCHOOL, "Katowice", "ul. Mikołowska 26", "40-066",
     "lo2.katowice.pl", "education youth literature", ""),
    ("VIII Liceum Ogólnokształcące im. Marii Skłodowskiej-Curie w Katowicach", K.SCHOOL,
     "Katowice", "ul. 3 Maja 42", "40-097", "lo8.katowice.pl", "education youth sport", ""),
    ("Zespół Szkół Gastronomiczno-Hotelarskich w Katowicach", K.SCHOOL, "Katowice",
     "ul. Stawowa 11", "40-095", "zsgh.katowice.pl", "education gastronomy youth", ""),
    ("Zespół Szkół Muzycznych w Rybniku", K.MUSIC_SCHOOL, "Rybnik",
     "ul. Józefa Piłsudskiego 15", "44-200", "zsm.rybnik.pl", "music education youth", ""),
    ("Młodzieżowy Dom Kultury w Katowicach", K.CULTURAL, "Katowice", "ul. Mikołowska 26",
     "40-066", "mdk.katowice.pl", "youth music crafts", ""),
    ("Rondo Sztuki", K.CULTURAL, "Katowice", "Rondo gen. Jerzego Ziętka 1", "40-121",
     "rondosztuki.pl", "design media_arts", ""),
    ("Studio Projektowe Fabryka Form", K.COMPANY, "Gliwice", "ul. Zwycięstwa 36",
     "44-100", "fabrykaform.pl", "design economy", ""),
    ("Instytucja Filmowa Silesia Film", K.CULTURAL, "Katowice", "ul. Górnicza 5",
     "40-008", "silesiafilm.com", "film media_arts", ""),
    ("Szkoła Filmowa im. Krzysztofa Kieślowskiego Uniwersytetu Śląskiego", K.UNIVERSITY,
     "Katowice", "ul. Bytkowska 1B", "40-955", "sf.us.edu.pl",
     "film media_arts higher_education", ""),
    ("Biblioteka Śląska", K.CULTURAL, "Katowice", "pl. Rady Europy 1", "40-021", "bs.katowice.pl",
     "literature", ""),
    ("Instytucja Kultury Katowice – Miasto Ogrodów", K.CULTURAL, "Katowice",
     "pl. Sejmu Śląskiego 2", "40-032", "miastoogrodow.eu", "literature music", ""),
    ("Alliance Française de Katowice", K.ASSOCIATION, "Katowice", "ul. Francuska 12",
     "40-015", "alliancefrancaise.katowice.pl", "education literature", ""),
    ("GKS Katowice", K.ASSOCIATION, "Katowice", "ul. Bukowa 1", "40-108", "gkskatowice.eu",
     "sport youth", ""),
    ("Akademia Wychowania Fizycznego im. Jerzego Kukuczki w Katowicach", K.UNIVERSITY,
     "Katowice", "ul. Mikołowska 72A", "40-065", "awf.katowice.pl",
     "sport higher_education social_health", ""),
    ("Śląski Uniwersytet Medyczny w Katowicach", K.UNIVERSITY, "Katowice",
     "ul. Poniatowskiego 15", "40-055", "sum.edu.pl", "social_health higher_education", ""),
    ("Miejski Ośrodek Pomocy Społecznej w Katowicach", K.MUNICIPALITY, "Katowice",
     "ul. Jagiellońska 17", "40-032", "mops.katowice.pl", "social_health", ""),
    ("Caritas Archidiecezji Katowickiej", K.ASSOCIATION, "Katowice", "ul. Wita Stwosza 7",
     "40-042", "caritas.katowice.pl", "social_health youth", ""),
    ("Śląska Organizacja Turystyczna", K.ASSOCIATION, "Katowice", "ul. Mickiewicza 29",
     "40-085", "silesia-sot.pl", "tourism", ""),
    ("Zabytkowa Kopalnia Guido", K.CULTURAL, "Zabrze", "ul. 3 Maja 93", "41-800",
     "kopalniaguido.pl", "tourism crafts", ""),
    ("Regionalny Instytut Kultury w Katowicach", K.CULTURAL, "Katowice",
     "ul. Szafranka 9", "40-025", "rik.katowice.pl", "crafts music", ""),
    ("Izba Rzemieślnicza oraz Małej i Średniej Przedsiębiorczości w Katowicach", K.OTHER,
     "Katowice", "ul. Floriana 7", "40-043", "izbarzem.pl", "crafts economy gastronomy", ""),
    ("Katowicka Specjalna Strefa Ekonomiczna", K.OTHER, "Katowice", "ul. Wojewódzka 42",
     "40-026", "ksse.com.pl", "economy institutions", ""),
    ("Silesia Precision Sp. z o.o.", K.COMPANY, "Gliwice", "ul. Bojkowska 37", "44-100",
     "silesia-precision.pl", "economy higher_education", ""),
    ("Urząd Miejski w Gliwicach", K.MUNICIPALITY, "Gliwice", "ul. Zwycięstwa 21",
     "44-100", "gliwice.eu", "institutions economy", ""),
    ("Szkoła Podstawowa nr 7 im. Mikołaja Kopernika w Chorzowie", K.SCHOOL, "Chorzów",
     "ul. Kościuszki 20", "41-500", "sp7.chorzow.pl", "education youth", ""),
    ("Collège Jean-Rostand", K.SCHOOL, "Saint-Chamond", "Rue Jean-Rostand", "42400",
     "jean-rostand-saint-chamond.ent.auvergnerhonealpes.fr", "education youth sport", ""),
    ("Konior Studio", K.COMPANY, "Katowice", "ul. Mariacka 19", "40-014",
     "koniorstudio.pl", "design economy", ""),
    ("Brasserie artisanale La Stéphanoise", K.COMPANY, "Saint-Étienne",
     "18 rue de la Montat", "42100", "la-stephanoise.fr", "gastronomy tourism economy", ""),
    ("Zénith de Saint-Étienne Métropole", K.CULTURAL, "Saint-Étienne",
     "Rue Scheurer-Kestner", "42000", "zenith-saint-etienne.fr", "music sport economy", ""),
    ("Ensemble vocal Les Voix du Forez", K.ASSOCIATION, "Montbrison", "4 rue Tupinerie",
     "42600", "voixduforez.fr", "music", ""),
)  # fmt: skip


_PL_PATRONS = (
    "Adama Mickiewicza", "Marii Skłodowskiej-Curie", "Jana Pawła II", "Wojciecha Korfantego",
    "Fryderyka Chopina", "Stanisława Moniuszki", "Henryka Sienkiewicza",
    "Juliusza Słowackiego", "Kornela Makuszyńskiego", "Gustawa Morcinka",
    "Mikołaja Kopernika", "Janusza Korczaka", "Tadeusza Kościuszki", "Wisławy Szymborskiej",
    "Józefa Wieniawskiego", "Ignacego Jana Paderewskiego", "Karola Miarki", "Żwirki i Wigury",
)  # fmt: skip


_FR_PATRONS = (
    "Jules-Vallès", "Victor-Hugo", "Jean-Moulin", "Marc-Seguin", "Louise-Michel",
    "Aristide-Briand", "Jean-Jaurès", "Marie-Curie", "Albert-Camus", "Émile-Zola",
    "Jacques-Prévert", "Simone-Veil", "Honoré-de-Balzac", "Gustave-Eiffel",
    "Étienne-Mimard", "Claude-Debussy", "Frédéric-Chopin", "Jules-Ferry",
)  # fmt: skip


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


_PL_GALLERIES = ("Szyb", "Kronika", "Pod Arkadami", "Na Piętrze", "Stara Kotłownia",
                 "Elektrownia", "Łaźnia", "Wozownia")  # fmt: skip


_PL_ASSOCIATIONS = (
    "Stowarzyszenie Przyjaciół Francji", "Fundacja Młodzi Muzycy",
    "Stowarzyszenie Kulturalne „Szyb”", "Fundacja Rozwoju Designu",
    "Stowarzyszenie Miłośników Jazzu", "Fundacja Wspierania Przedsiębiorczości",
    "Towarzystwo Polsko-Francuskie", "Klub Sportowy „Górnik”",
    "Stowarzyszenie Inicjatyw Młodzieżowych", "Fundacja Śląskiego Dziedzictwa",
    "Chór Mieszany „Echo”", "Uczniowski Klub Sportowy „Iskra”",
)  # fmt: skip


# {last}: a man's surname, as firms carry their founder's name
_PL_COMPANIES = (
    "{last} Design Sp. z o.o.", "Pracownia Architektoniczna {last}",
    "Zakład Mechaniki Precyzyjnej {last} Sp. j.", "Browar Rzemieślniczy {last}",
    "Studio Graficzne {last}", "Piekarnia Rzemieślnicza {last}", "Biuro Podróży {last}",
)  # fmt: skip


_FR_ASSOCIATIONS = (
    "Comité de jumelage {of}", "Association des amis de l’orgue {of}",
    "Union sportive {of}", "Harmonie municipale {of}", "Association franco-polonaise {of}",
    "Chorale À Cœur Joie {of}", "Maison des jeunes et de la culture {of}",
)  # fmt: skip


_FR_COMPANIES = (
    "Atelier {last} Design", "{last} Design SAS", "Manufacture {last}",
    "Brasserie {last} & Fils", "Agence {last} Architectes", "{last} Voyages",
    "Imprimerie {last}",
)  # fmt: skip


_KIND_FIELDS: dict[str, tuple[str, ...]] = {
    K.SCHOOL: ("education", "youth", "sport", "literature"),
    K.MUSIC_SCHOOL: ("music", "education", "youth"),
    K.UNIVERSITY: ("higher_education", "design", "economy", "music"),
    K.CULTURAL: ("music", "design", "film", "literature", "media_arts", "crafts"),
    K.COMPANY: ("economy", "design", "gastronomy", "tourism"),
    K.ASSOCIATION: ("youth", "sport", "social_health", "crafts", "music"),
    K.MUNICIPALITY: ("institutions", "tourism", "economy"),
    K.OTHER: ("tourism", "social_health"),
}


_GENERATED_KINDS = (K.SCHOOL, K.MUSIC_SCHOOL, K.UNIVERSITY, K.CULTURAL, K.COMPANY,
                    K.ASSOCIATION, K.MUNICIPALITY)  # fmt: skip


# Known organisations that a generated name would duplicate under another wording.
_ALSO_KNOWN_AS = ("Urząd Miasta Katowice", "Mairie de Saint-Étienne")


# (French, Polish locative after "gry na", English)
_INSTRUMENTS = (
    ("piano", "fortepianie", "piano"), ("violon", "skrzypcach", "violin"),
    ("violoncelle", "wiolonczeli", "cello"), ("flûte traversière", "flecie", "flute"),
    ("saxophone", "saksofonie", "saxophone"), ("accordéon", "akordeonie", "accordion"),
    ("guitare", "gitarze", "guitar"), ("percussions", "perkusji", "percussion"),
    ("trompette", "trąbce", "trumpet"), ("harpe", "harfie", "harp"),
    ("orgue", "organach", "organ"),
)  # fmt: skip


@dataclass(frozen=True)
class _Topic:
    """What an inquiry is about, and how its sender words it in French, Polish and English.

    Placeholders: {other_at} / {other_to} / {other_from}: in, to, from the other city
    ("w Saint-Étienne", "do Saint-Étienne", "z Saint-Étienne"; "à Katowice", "de Katowice");
    {period}: a season and year ("au printemps 2026"); {since}: from then ("à partir du
    printemps 2026", "od wiosny 2026"); {lang_en}: the other city's language in English; {e},
    {chcial}: the writer's gender in French and Polish; {i_fr} {i_pl} {i_en}: an instrument.
    """

    fields: tuple[str, ...]
    kinds: tuple[str, ...]  # organisation kinds it is about (partners proposed of those kinds)
    senders: str  # who writes about it: sorts of organisation (data._SORTS), "person"
    subject: tuple[str, str, str]  # fr, pl, en
    body: tuple[str, str, str]  # as an organisation writes it: "we", "our"
    counterpart: tuple[str, str, str]
    kind: InquiryKind = InquiryKind.ACCOMPANIMENT
    person: tuple[str, str, str] | None = None  # as someone on their own writes it: "I"
    variants: tuple[tuple[str, tuple[str, str, str]], ...] = ()  # (sorts, body) in their words
    to: str = ""  # asked only by those looking to this city ("Katowice", "Saint-Étienne")

    def words(self, sort: str) -> tuple[str, str, str]:
        """The body as an organisation of this sort (or "person") writes it."""
        if sort == "person" and self.person is not None:
            return self.person
        for sorts, body in self.variants:
            if sort in sorts.split():
                return body
        return self.body


_TOPICS: tuple[_Topic, ...] = (
    _Topic(("music", "education"), (K.MUSIC_SCHOOL, K.UNIVERSITY),
           "music_school music_academy",
           ("Échange de professeurs de {i_fr} entre conservatoires",
            "Wymiana nauczycieli gry na {i_pl} między szkołami muzycznymi",
            "Exchange of {i_en} teachers between music schools"),
           ("Notre classe de {i_fr} aimerait accueillir un professeur {other_from} pour une "
            "semaine de cours et de master classes {period}.",
            "Nasza klasa gry na {i_pl} chciałaby gościć nauczyciela {other_from} na tydzień "
            "zajęć i kursów mistrzowskich {period}.",
            "Our {i_en} class would like to host a teacher {other_from} for a week of lessons "
            "and master classes {period}."),
           ("Un conservatoire ou une école de musique {other_at}",
            "Konserwatorium lub szkoła muzyczna {other_at}",
            "A conservatoire or music school {other_at}")),
    _Topic(("music", "youth"), (K.MUSIC_SCHOOL,), "music_school",
           ("Échange d'élèves entre écoles de musique", "Wymiana uczniów szkół muzycznych",
            "Pupil exchange between music schools"),
           ("Nous cherchons une école de musique partenaire {other_at} pour un échange "
            "d'élèves de 12 à 16 ans, avec un concert commun {period}.",
            "Szukamy szkoły muzycznej lub konserwatorium {other_at} do wymiany uczniów "
            "w wieku 12–16 lat, zakończonej wspólnym koncertem {period}.",
            "We are looking for a partner music school {other_at} for an exchange of pupils "
            "aged 12 to 16, with a joint concert {period}."),
           ("Une école de musique de premier cycle {other_at}",
            "Szkoła muzyczna I stopnia {other_at}", "A music school {other_at}"),
           InquiryKind.PROJECT),
    _Topic(("music", "youth"), (K.MUSIC_SCHOOL, K.SCHOOL, K.ASSOCIATION, K.CULTURAL),
           "music_school primary college choir culture_centre",
           ("Concert de notre chœur {other_at}", "Koncert naszego chóru {other_at}",
            "A concert of our choir {other_at}"),
           ("Notre chœur d'enfants (35 choristes) part en tournée {period} et souhaiterait "
            "donner un concert {other_at}.",
            "Nasz chór dziecięcy (35 osób) wyjeżdża na tournée {period} i chciałby dać "
            "koncert {other_at}.",
            "Our children's choir (35 singers) is touring {period} and would like to give a "
            "concert {other_at}."),
           ("Une salle ou une chorale d'accueil {other_at}", "Sala koncertowa lub chór "
            "{other_at}", "A venue or host choir {other_at}"),
           variants=(("choir",
                      ("Notre chœur (35 choristes amateurs) part en tournée {period} et "
                       "souhaiterait donner un concert {other_at}.",
                       "Nasz chór (35 osób) wyjeżdża na tournée {period} i chciałby dać "
                       "koncert {other_at}.",
                       "Our choir (35 amateur singers) is touring {period} and would like to "
                       "give a concert {other_at}.")),)),
    _Topic(("design", "economy"), (K.COMPANY, K.UNIVERSITY, K.CULTURAL, K.ASSOCIATION),
           "design_firm art_school",
           ("Recherche d'un partenaire {other_at} pour un projet de design",
            "Poszukujemy partnera {other_at} do projektu z zakresu designu",
            "Looking for a partner {other_at} for a design project"),
           ("Nous développons une gamme de mobilier urbain et cherchons un studio ou une "
            "école de design {other_at} pour la concevoir ensemble.",
            "Pracujemy nad serią mebli miejskich i szukamy studia lub uczelni "
            "projektowej {other_at}, z którą moglibyśmy ją wspólnie zaprojektować.",
            "We are developing a range of street furniture and are looking for a studio or "
            "design school {other_at} to create it with us."),
           ("Un studio ou une école de design {other_at}", "Studio projektowe lub uczelnia "
            "{other_at}", "A design studio or school {other_at}"),
           InquiryKind.PROJECT),
    _Topic(("higher_education", "design"), (K.UNIVERSITY,), "art_school",
           ("Stages d'étudiants en architecture {other_at}",
            "Praktyki dla studentów architektury {other_at}",
            "Internships for architecture students {other_at}"),
           ("Trois de nos étudiants de master souhaitent faire un stage de deux mois dans "
            "une agence d'architecture {other_at} {period}.",
            "Troje naszych studentów studiów magisterskich chciałoby odbyć dwumiesięczne "
            "praktyki w pracowni architektonicznej {other_at} {period}.",
            "Three of our master's students would like a two-month internship in an "
            "architecture practice {other_at} {period}."),
           ("Une agence d'architecture {other_at}", "Pracownia architektoniczna {other_at}",
            "An architecture practice {other_at}")),
    _Topic(("education", "youth"), (K.SCHOOL,), "primary college lycee",
           ("Partenariat scolaire : correspondance et voyage de classe",
            "Partnerstwo szkół: korespondencja i wymiana uczniów",
            "School partnership: pen pals and a class trip"),
           ("Une de nos classes aimerait correspondre avec une classe {other_at}, puis la "
            "rencontrer {period}.",
            "Jedna z naszych klas chciałaby korespondować z klasą {other_from}, a potem "
            "spotkać się z nią {period}.",
            "One of our classes would like to write to a class {other_at} and then meet it "
            "{period}."),
           ("Un établissement scolaire {other_at}", "Szkoła {other_at}", "A school {other_at}"),
           InquiryKind.PROJECT),
    _Topic(("education", "higher_education"), (K.SCHOOL, K.MUSIC_SCHOOL),
           "primary college lycee catering_school music_school nursing_school",
           ("Projet Erasmus+ : mobilité des enseignants",
            "Projekt Erasmus+: mobilność kadry nauczycielskiej",
            "Erasmus+ project: staff mobility"),
           ("Nous préparons une candidature Erasmus+ et cherchons un établissement "
            "{other_at} pour accueillir nos enseignants en observation {period}.",
            "Przygotowujemy wniosek Erasmus+ i szukamy placówki {other_at}, która "
            "przyjmie naszych nauczycieli na job shadowing {period}.",
            "We are preparing an Erasmus+ application and need a school {other_at} to host "
            "our teachers for job shadowing {period}."),
           ("Un établissement scolaire {other_at}", "Placówka oświatowa {other_at}",
            "A school {other_at}")),
    _Topic(("media_arts",), (K.CULTURAL, K.ASSOCIATION, K.UNIVERSITY),
           "gallery culture_centre culture_institute art_school museum film",
           ("Résidence d'artistes en arts numériques",
            "Rezydencja artystyczna w dziedzinie sztuki mediów",
            "Artist residency in media arts"),
           ("Nous proposons une résidence croisée de six semaines à deux artistes "
            "numériques, l'un de chaque ville, {period}.",
            "Proponujemy sześciotygodniową rezydencję dla dwojga artystów sztuki mediów, "
            "po jednym z każdego miasta, {period}.",
            "We offer a six-week exchange residency to two media artists, one from each "
            "city, {period}."),
           ("Un lieu de création numérique {other_at}", "Instytucja kultury {other_at}",
            "A media arts venue {other_at}"), InquiryKind.PROJECT),
    _Topic(("gastronomy", "tourism"), (K.COMPANY, K.ASSOCIATION, K.MUNICIPALITY),
           "food friendship town catering_school tourism",
           ("Semaine gastronomique franco-polonaise", "Tydzień kuchni polsko-francuskiej",
            "Franco-Polish food week"),
           ("Nous organisons une semaine de cuisine franco-polonaise {period} et cherchons "
            "des chefs {other_from} prêts à venir cuisiner avec nous.",
            "Organizujemy tydzień kuchni polsko-francuskiej {period} i szukamy kucharzy "
            "{other_from}, którzy chcieliby z nami gotować.",
            "We are organising a Franco-Polish food week {period} and are looking for chefs "
            "{other_from} to cook with us."),
           ("Des restaurateurs {other_at}", "Restauratorzy {other_at}",
            "Restaurants {other_at}")),
    _Topic(("literature",), (K.CULTURAL, K.MUNICIPALITY), "library",
           ("Coopération entre médiathèques : lectures bilingues",
            "Współpraca bibliotek: czytania dwujęzyczne",
            "Library cooperation: bilingual readings"),
           ("Notre médiathèque voudrait organiser des lectures bilingues avec une "
            "bibliothèque {other_at} et échanger des livres pour la jeunesse.",
            "Nasza biblioteka chciałaby zorganizować dwujęzyczne czytania z biblioteką "
            "{other_from} i wymienić się książkami dla dzieci.",
            "Our library would like to hold bilingual readings with a library {other_at} "
            "and exchange children's books."),
           ("Une bibliothèque municipale {other_at}", "Biblioteka miejska {other_at}",
            "A public library {other_at}")),
    _Topic(("sport", "youth"), (K.ASSOCIATION, K.SCHOOL, K.MUNICIPALITY, K.OTHER), "sport",
           ("Tournoi de football des jeunes Saint-Étienne – Katowice",
            "Turniej piłkarski młodzieży Katowice – Saint-Étienne",
            "Youth football tournament Saint-Étienne – Katowice"),
           ("Nos équipes U13 aimeraient rencontrer un club {other_from} lors d'un tournoi "
            "{period}.",
            "Nasze drużyny U13 chciałyby zagrać z klubem {other_from} podczas turnieju "
            "{period}.",
            "Our under-13 teams would like to play a club {other_from} at a tournament "
            "{period}."),
           ("Un club de football {other_at}", "Klub piłkarski {other_at}",
            "A football club {other_at}"), InquiryKind.PROJECT),
    _Topic(("institutions",), (K.MUNICIPALITY,), "town metropolis network",
           ("Visite d'étude d'une délégation municipale",
            "Wizyta studyjna delegacji samorządowej",
            "Study visit of a municipal delegation"),
           ("Une délégation de six élus et agents souhaite découvrir la politique de "
            "rénovation urbaine {other_at} {period}.",
            "Sześcioosobowa delegacja radnych i urzędników chciałaby poznać politykę "
            "rewitalizacji {other_at} {period}.",
            "A delegation of six councillors and officers would like to learn about urban "
            "renewal {other_at} {period}."),
           ("La ville partenaire {other_at}", "Urząd miasta {other_at}",
            "The city council {other_at}"), InquiryKind.INFORMATION),
    _Topic(("film",), (K.CULTURAL, K.ASSOCIATION), "film",
           ("Festival de cinéma : échange de programmation",
            "Festiwal filmowy: wymiana programów", "Film festival: programme exchange"),
           ("Notre festival aimerait présenter une sélection de courts métrages venus "
            "{other_from} et envoyer la nôtre en retour.",
            "Nasz festiwal chciałby pokazać wybór filmów krótkometrażowych {other_from} "
            "i wysłać tam nasz.",
            "Our festival would like to show a selection of short films {other_from} and "
            "send ours in return."),
           ("Un festival ou un cinéma {other_at}", "Festiwal lub kino {other_at}",
            "A festival or cinema {other_at}")),
    _Topic(("crafts",), (K.CULTURAL, K.ASSOCIATION), "museum gallery culture_institute",
           ("Exposition croisée : rubans stéphanois et dentelle de Koniaków",
            "Wystawa: wstążki z Saint-Étienne i koronka koniakowska",
            "Joint exhibition: Saint-Étienne ribbons and Koniaków lace"),
           ("Nous préparons une exposition sur les savoir-faire textiles et cherchons des "
            "prêts et des artisans {other_at}.",
            "Przygotowujemy wystawę o rzemiośle tekstylnym i szukamy wypożyczeń oraz "
            "twórców {other_at}.",
            "We are preparing an exhibition on textile crafts and are looking for loans and "
            "craftspeople {other_at}."),
           ("Un musée ou des artisans {other_at}", "Muzeum lub twórcy ludowi {other_at}",
            "A museum or craftspeople {other_at}"), InquiryKind.PROJECT),
    _Topic(("economy",), (K.COMPANY, K.OTHER, K.MUNICIPALITY),
           "industry design_firm food chamber metropolis",
           ("Mise en relation avec des entreprises {other_at}", "Kontakty z firmami {other_at}",
            "Introductions to companies {other_at}"),
           ("Notre entreprise souhaite trouver des sous-traitants et des distributeurs "
            "{other_at} ; pourriez-vous nous présenter quelques sociétés ?",
            "Nasza firma szuka podwykonawców i dystrybutorów {other_at}; czy mogliby "
            "Państwo przedstawić nam kilka przedsiębiorstw?",
            "Our company is looking for subcontractors and distributors {other_at}; could "
            "you introduce us to a few firms?"),
           ("Des entreprises du secteur {other_at}", "Firmy z branży {other_at}",
            "Companies in the sector {other_at}"), InquiryKind.INFORMATION,
           variants=(("chamber metropolis",
                      ("Plusieurs entreprises de notre territoire cherchent des sous-traitants "
                       "et des distributeurs {other_at} ; pourriez-vous nous présenter "
                       "quelques sociétés ?",
                       "Kilka firm z naszego regionu szuka podwykonawców i dystrybutorów "
                       "{other_at}; czy mogliby Państwo przedstawić nam kilka "
                       "przedsiębiorstw?",
                       "Several firms in our area are looking for subcontractors and "
                       "distributors {other_at}; could you introduce us to a few "
                       "companies?")),)),
    _Topic(("economy", "youth"), (K.COMPANY, K.UNIVERSITY), "person tech_university",
           ("Stage de trois mois en entreprise {other_at}",
            "Trzymiesięczny staż w firmie {other_at}",
            "A three-month company internship {other_at}"),
           ("Un de nos étudiants en génie mécanique cherche un stage de trois mois "
            "{other_at} {period}.",
            "Jeden z naszych studentów mechaniki szuka trzymiesięcznego stażu {other_at} "
            "{period}.",
            "One of our mechanical engineering students is looking for a three-month "
            "internship {other_at} {period}."),
           ("Une entreprise industrielle {other_at}", "Firma przemysłowa {other_at}",
            "An engineering company {other_at}"), InquiryKind.INFORMATION,
           person=("Je suis étudiant{e} en génie mécanique et je cherche un stage de trois "
                   "mois {other_at} {period}.",
                   "Studiuję mechanikę i szukam trzymiesięcznego stażu {other_at} {period}.",
                   "I study mechanical engineering and am looking for a three-month "
                   "internship {other_at} {period}.")),
    _Topic(("education",), (K.ASSOCIATION,), "person friendship",
           ("Où apprendre le polonais ?", "Gdzie uczyć się francuskiego?",
            "Where to learn {lang_en}?"),
           ("Plusieurs de nos adhérents voudraient apprendre la langue avant un séjour "
            "{other_at} {period}. Connaissez-vous des cours du soir ?",
            "Kilku naszych członków chciałoby nauczyć się języka przed wyjazdem "
            "{other_to} {period}. Czy znają Państwo jakieś kursy wieczorowe?",
            "Several of our members would like to learn the language before a stay "
            "{other_at} {period}. Do you know of any evening classes?"),
           ("", "", ""), InquiryKind.INFORMATION,
           person=("Je voudrais apprendre la langue avant un séjour {other_at} {period}. "
                   "Connaissez-vous des cours du soir ?",
                   "{chcial} nauczyć się języka przed wyjazdem {other_to} {period}. Czy "
                   "znają Państwo jakieś kursy wieczorowe?",
                   "I would like to learn the language before a stay {other_at} {period}. "
                   "Do you know of any evening classes?")),
    _Topic(("tourism",), (K.ASSOCIATION, K.SCHOOL, K.OTHER),
           "person friendship association travel college lycee tourism",
           ("Voyage de groupe {other_to} : programme et contacts",
            "Wyjazd grupowy {other_to}: program i kontakty",
            "Group trip {other_to}: programme and contacts"),
           ("Nous organisons un voyage de quatre jours {other_to} {period} pour 25 "
            "personnes et cherchons des idées de visites et un guide.",
            "Organizujemy czterodniowy wyjazd {other_to} {period} dla 25 osób i szukamy "
            "pomysłów na zwiedzanie oraz przewodnika.",
            "We are organising a four-day trip {other_to} {period} for 25 people and need "
            "ideas for visits and a guide."),
           ("Un office de tourisme {other_at}", "Biuro turystyczne {other_at}",
            "A tourist office {other_at}"), InquiryKind.INFORMATION,
           person=("J'organise un voyage de quatre jours {other_to} {period} pour un groupe "
                   "d'amis (douze personnes) et je cherche des idées de visites et un guide.",
                   "Organizuję czterodniowy wyjazd {other_to} {period} dla grupy przyjaciół "
                   "(dwanaście osób) i szukam pomysłów na zwiedzanie oraz przewodnika.",
                   "I am organising a four-day trip {other_to} {period} for a group of "
                   "twelve friends and need ideas for visits and a guide.")),
    _Topic(("social_health",), (K.ASSOCIATION, K.OTHER, K.MUNICIPALITY),
           "social hospital nursing_school",
           ("Échange de pratiques entre centres d'accueil de jour",
            "Wymiana doświadczeń między ośrodkami dziennego pobytu",
            "Sharing practice between day-care centres"),
           ("Notre équipe accompagne des personnes âgées et aimerait échanger avec un "
            "centre similaire {other_at}.",
            "Nasz zespół opiekuje się seniorami i chciałby wymienić doświadczenia "
            "z podobnym ośrodkiem {other_at}.",
            "Our team supports elderly people and would like to share experience with a "
            "similar centre {other_at}."),
           ("Un centre social {other_at}", "Ośrodek pomocy społecznej {other_at}",
            "A social centre {other_at}")),
    _Topic(("higher_education",), (K.UNIVERSITY,), "university tech_university",
           ("Cotutelle de thèse", "Wspólny doktorat (cotutelle)",
            "Joint PhD supervision"),
           ("Un de nos doctorants souhaite une cotutelle avec un laboratoire {other_at} "
            "{since}.",
            "Jeden z naszych doktorantów chciałby realizować doktorat we współpracy "
            "z laboratorium {other_from} {since}.",
            "One of our PhD students would like joint supervision with a laboratory "
            "{other_at} {since}."),
           ("Un laboratoire universitaire {other_at}", "Laboratorium uczelniane {other_at}",
            "A university laboratory {other_at}")),
    _Topic(("design",), (K.UNIVERSITY, K.COMPANY, K.CULTURAL), "design_firm art_school",
           ("Participation à la Biennale Internationale Design Saint-Étienne",
            "Udział w Biennale Internationale Design Saint-Étienne",
            "Taking part in the Biennale Internationale Design Saint-Étienne"),
           ("Nous aimerions présenter le travail de nos designers à la prochaine Biennale "
            "et cherchons un partenaire pour l'exposition.",
            "Chcielibyśmy pokazać prace naszych projektantów na najbliższym Biennale "
            "i szukamy partnera wystawy.",
            "We would like to show our designers' work at the next Biennale and are "
            "looking for an exhibition partner."),
           ("La Cité du design ou un exposant", "Cité du design lub wystawca",
            "The Cité du design or an exhibitor"), InquiryKind.INFORMATION,
           to="Saint-Étienne"),
    _Topic(("music",), (K.CULTURAL, K.ASSOCIATION, K.MUSIC_SCHOOL), "venue culture_centre",
           ("Participation au festival Tauron Nowa Muzyka à Katowice",
            "Udział w festiwalu Tauron Nowa Muzyka",
            "Taking part in the Tauron Nowa Muzyka festival"),
           ("Un collectif de musique électronique que nous accompagnons voudrait jouer "
            "au festival {period}.",
            "Kolektyw muzyki elektronicznej, z którym współpracujemy, chciałby wystąpić "
            "na festiwalu {period}.",
            "An electronic music collective we support would like to play at the festival "
            "{period}."),
           ("Les programmateurs du festival", "Organizatorzy festiwalu",
            "The festival programmers"), to="Katowice"),
    _Topic(("literature",), (K.CULTURAL, K.UNIVERSITY, K.ASSOCIATION),
           "library festival culture_institute friendship theatre",
           ("Rencontres littéraires et traduction croisée",
            "Spotkania literackie i przekłady", "Literary meetings and translation"),
           ("Nous voudrions inviter un auteur {other_from} et faire traduire quelques textes "
            "par des étudiants en langues.",
            "Chcielibyśmy zaprosić autora {other_from} i zlecić przekład kilku tekstów "
            "studentom filologii.",
            "We would like to invite an author {other_from} and have a few texts translated "
            "by language students."),
           ("Une maison d'édition ou un auteur {other_at}", "Wydawnictwo lub autor "
            "{other_at}", "A publisher or author {other_at}")),
    _Topic(("music",), (K.CULTURAL, K.UNIVERSITY), "concert music_academy",
           ("Échange d'orchestres : deux concerts dans chaque ville",
            "Wymiana orkiestr: po dwa koncerty w każdym mieście",
            "Orchestra exchange: two concerts in each city"),
           ("Notre orchestre aimerait inviter un ensemble {other_from} pour deux concerts "
            "{period} et se produire {other_at} la saison suivante.",
            "Nasza orkiestra chciałaby zaprosić zespół {other_from} na dwa koncerty "
            "{period}, a w kolejnym sezonie wystąpić {other_at}.",
            "Our orchestra would like to invite an ensemble {other_from} for two concerts "
            "{period} and to play {other_at} the following season."),
           ("Un orchestre ou une salle de concert {other_at}",
            "Orkiestra lub sala koncertowa {other_at}",
            "An orchestra or concert hall {other_at}"), InquiryKind.PROJECT),
    _Topic(("music",), (K.CULTURAL,), "venue",
           ("Échange de groupes entre salles de concert",
            "Wymiana zespołów między salami koncertowymi",
            "Band exchange between concert venues"),
           ("Notre salle aimerait programmer deux groupes {other_from} {period} et faire "
            "jouer en retour des groupes de notre région {other_at}.",
            "Nasz obiekt chciałby gościć dwa zespoły {other_from} {period}, a w zamian "
            "wysłać tam wykonawców z naszego regionu.",
            "Our venue would like to book two bands {other_from} {period} and send bands "
            "from our region {other_to} in return."),
           ("Une salle de concert {other_at}", "Sala koncertowa {other_at}",
            "A concert venue {other_at}"), InquiryKind.PROJECT),
    _Topic(("literature",), (K.CULTURAL,), "theatre",
           ("Coproduction théâtrale franco-polonaise",
            "Polsko-francuska koprodukcja teatralna",
            "A Franco-Polish theatre co-production"),
           ("Notre théâtre prépare une création avec des comédiens français et polonais "
            "et cherche une scène partenaire {other_at} pour la coproduire {period}.",
            "Nasz teatr przygotowuje spektakl z polskimi i francuskimi aktorami i szuka "
            "sceny partnerskiej {other_at}, która zechciałaby go współprodukować {period}.",
            "Our theatre is preparing a production with French and Polish actors and is "
            "looking for a partner stage {other_at} to co-produce it {period}."),
           ("Un théâtre {other_at}", "Teatr {other_at}", "A theatre {other_at}"),
           InquiryKind.PROJECT),
    _Topic(("higher_education",), (K.UNIVERSITY,),
           "university tech_university music_academy art_school",
           ("Accord Erasmus+ avec une université {other_at}",
            "Umowa Erasmus+ z uczelnią {other_from}",
            "An Erasmus+ agreement with a university {other_at}"),
           ("Nous souhaitons signer un accord Erasmus+ avec un établissement {other_at} "
            "pour échanger des étudiants et des enseignants {since}.",
            "Chcielibyśmy podpisać umowę Erasmus+ z uczelnią {other_from}, aby wymieniać "
            "studentów i wykładowców {since}.",
            "We would like to sign an Erasmus+ agreement with a university {other_at} to "
            "exchange students and staff {since}."),
           ("Une université ou une école {other_at}", "Uczelnia {other_at}",
            "A university {other_at}"), InquiryKind.PROJECT),
    _Topic(("youth",), (K.ASSOCIATION, K.MUNICIPALITY),
           "person association culture_centre social friendship",
           ("Volontariat européen (Corps européen de solidarité)",
            "Wolontariat w ramach Europejskiego Korpusu Solidarności",
            "Volunteering with the European Solidarity Corps"),
           ("Nous souhaitons accueillir un ou une volontaire {period} et en envoyer un "
            "{other_to}.",
            "Chcemy przyjąć wolontariusza {period} i wysłać jednego z naszych "
            "wolontariuszy {other_to}.",
            "We would like to host a volunteer {period} and send one {other_to}."),
           ("Une structure d'accueil agréée {other_at}", "Organizacja goszcząca {other_at}",
            "An accredited host organisation {other_at}"),
           person=("Je voudrais partir comme volontaire {other_to} {period} avec le Corps "
                   "européen de solidarité. Quelles structures accueillent des volontaires ?",
                   "{chcial} wyjechać jako wolontariusz{ka} {other_to} {period} w ramach "
                   "Europejskiego Korpusu Solidarności. Które organizacje przyjmują "
                   "wolontariuszy?",
                   "I would like to volunteer {other_at} {period} with the European "
                   "Solidarity Corps. Which organisations host volunteers?")),
)  # fmt: skip


_SEASONS = {
    _FR: ("en hiver", "au printemps", "en été", "à l'automne"),
    _PL: ("zimą", "wiosną", "latem", "jesienią"),
    _EN: ("in winter", "in spring", "in summer", "in autumn"),
}


# from a season on: "à partir du printemps 2026", "od wiosny 2026", "from spring 2026"
_SEASONS_FROM = {
    _FR: ("à partir de l'hiver", "à partir du printemps", "à partir de l'été",
          "à partir de l'automne"),
    _PL: ("od zimy", "od wiosny", "od lata", "od jesieni"),
    _EN: ("from winter", "from spring", "from summer", "from autumn"),
}  # fmt: skip


# Where the other city is, in each language: in, to, from (Polish declines Katowice; French
# says "à" and "de" before both names; the article never meets "de" as "de le").
_OTHER_CITY: dict[str, dict[Language, tuple[str, str, str]]] = {
    "Katowice": {
        _FR: ("à Katowice", "à Katowice", "de Katowice"),
        _PL: ("w Katowicach", "do Katowic", "z Katowic"),
        _EN: ("in Katowice", "to Katowice", "from Katowice"),
    },
    "Saint-Étienne": {
        _FR: ("à Saint-Étienne", "à Saint-Étienne", "de Saint-Étienne"),
        _PL: ("w Saint-Étienne", "do Saint-Étienne", "z Saint-Étienne"),
        _EN: ("in Saint-Étienne", "to Saint-Étienne", "from Saint-Étienne"),
    },
}


# Each greeting with the closings that go with it (an English e-mail to "Dear MSEK team"
# ends "Kind regards", "Yours faithfully" only follows "Dear Sir or Madam"; Polish closings
# take no comma).
_GREETINGS: dict[Language, tuple[tuple[str, tuple[str, ...]], ...]] = {
    _FR: (
        ("Bonjour,", ("Cordialement,", "Bien cordialement,", "Bien à vous,")),
        ("Madame, Monsieur,", ("Avec mes remerciements,", "Bien cordialement,",
                               "Je vous prie d'agréer mes salutations distinguées.")),
        ("Bonjour à toute l'équipe,", ("Bien cordialement,", "Avec mes remerciements,",
                                       "Belle journée,")),
    ),
    _PL: (
        ("Dzień dobry,", ("Pozdrawiam serdecznie", "Z pozdrowieniami", "Z poważaniem")),
        ("Szanowni Państwo,", ("Z poważaniem", "Łączę wyrazy szacunku",
                               "Z wyrazami szacunku")),
    ),
    _EN: (
        ("Dear MSEK team,", ("Kind regards,", "Best regards,", "Best wishes,")),
        ("Hello,", ("Best regards,", "Kind regards,")),
        ("Dear Sir or Madam,", ("Yours faithfully,",)),
    ),
}  # fmt: skip


# What the writer asks at the end: (for a partner, for anything) as an organisation and as
# someone on their own. {wdzieczny}: "wdzięczny" or "wdzięczna".
_ASKS: dict[Language, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    _FR: {
        "org": (("Pourriez-vous nous aider à trouver un partenaire {other_at} ?",),
                ("Auriez-vous des contacts à nous recommander ?",
                 "Je serais ravi{e} d'en parler avec vous par téléphone.",
                 "Merci d'avance pour votre aide.")),
        "person": (("Pourriez-vous m'aider à trouver les bons interlocuteurs {other_at} ?",),
                   ("Auriez-vous des contacts à me recommander ?",
                    "Je serais ravi{e} d'en parler avec vous par téléphone.",
                    "Merci d'avance pour votre aide.")),
    },
    _PL: {
        "org": (("Czy mogliby Państwo pomóc nam znaleźć partnera {other_at}?",),
                ("Będziemy wdzięczni za wskazanie odpowiednich kontaktów.",
                 "Chętnie porozmawiam o szczegółach telefonicznie.",
                 "Z góry dziękuję za pomoc.")),
        "person": (("Czy mogliby Państwo mi pomóc?",),
                   ("Będę {wdzieczny} za wskazanie odpowiednich kontaktów.",
                    "Chętnie porozmawiam o szczegółach telefonicznie.",
                    "Z góry dziękuję za pomoc.")),
    },
    _EN: {
        "org": (("Could you help us find a partner {other_at}?",),
                ("We would be grateful for any contacts you could suggest.",
                 "I would be happy to discuss this by phone.")),
        "person": (("Could you help me find the right people {other_at}?",),
                   ("I would be grateful for any contacts you could suggest.",
                    "I would be happy to discuss this by phone.")),
    },
}  # fmt: skip


_LOST_NOTES = {
    _FR: ("Projet reporté faute de financement.", "L'établissement a fusionné avec un autre.",
          "La personne à l'origine du projet a changé de poste."),
    _PL: ("Projekt przesunięty z powodu braku finansowania.",
          "Szkoła została połączona z inną placówką.",
          "Osoba prowadząca projekt zmieniła pracę."),
    _EN: ("Project postponed for lack of funding.", "The school merged with another one.",
          "The person behind the project changed jobs."),
}  # fmt: skip


_FOLLOW_UP_TEXT: dict[str, dict[Language, tuple[str, ...]]] = {
    FollowUpAction.CALL: {
        _FR: ("Rappeler pour faire le point", "Appeler pour confirmer les dates",
              "Appel de suivi après la visite"),
        _PL: ("Zadzwonić, aby omówić postępy", "Zadzwonić w sprawie terminów",
              "Rozmowa telefoniczna po wizycie"),
        _EN: ("Call to review progress", "Call to confirm the dates", "Call after the visit"),
    },
    FollowUpAction.EMAIL: {
        _FR: ("Envoyer la liste des partenaires possibles", "Relancer par courriel",
              "Transmettre le programme de la visite"),
        _PL: ("Wysłać listę możliwych partnerów", "Przypomnieć się mailowo",
              "Przesłać program wizyty"),
        _EN: ("Send the list of possible partners", "Send a reminder by email",
              "Send the visit programme"),
    },
    FollowUpAction.MEETING: {
        _FR: ("Rendez-vous au bureau de la Maison", "Visio avec les deux partenaires"),
        _PL: ("Spotkanie w biurze MSEK", "Wideokonferencja z obydwoma partnerami"),
        _EN: ("Meeting at the office", "Video call with both partners"),
    },
    FollowUpAction.LETTER: {
        _FR: ("Envoyer la proposition de partenariat", "Courrier de confirmation"),
        _PL: ("Wysłać propozycję partnerstwa", "List potwierdzający"),
        _EN: ("Send the partnership proposal", "Confirmation letter"),
    },
    FollowUpAction.OTHER: {
        _FR: ("Vérifier les possibilités de financement", "Préparer le dossier Erasmus+"),
        _PL: ("Sprawdzić możliwości finansowania", "Przygotować wniosek Erasmus+"),
        _EN: ("Check funding options", "Prepare the Erasmus+ application"),
    },
}  # fmt: skip


_OUTCOMES = {
    _FR: ("Intéressés ; attendent l'accord de leur direction.", "Dates confirmées.",
          "Pas de réponse, nouvelle relance prévue.",
          "Partenaire trouvé, mise en relation faite."),
    _PL: ("Zainteresowani, czekają na decyzję dyrekcji.", "Terminy potwierdzone.",
          "Brak odpowiedzi, kolejne przypomnienie zaplanowane.",
          "Znaleziono partnera, kontakt przekazany."),
    _EN: ("Interested; waiting for their director's approval.", "Dates confirmed.",
          "No answer; another reminder planned.", "Partner found and introduced."),
}  # fmt: skip


# (said of a man, said of a woman)
_NOTES: dict[Language, tuple[tuple[str, str], ...]] = {
    _FR: (("Parle un peu polonais.", "Parle un peu polonais."),
          ("Préfère être contacté par téléphone.", "Préfère être contactée par téléphone."),
          ("Rencontré au forum des associations.", "Rencontrée au forum des associations."),
          ("Ancien boursier Erasmus à Katowice.", "Ancienne boursière Erasmus à Katowice."),
          ("Joignable plutôt le matin.", "Joignable plutôt le matin.")),
    _PL: (("Mówi po francusku.", "Mówi po francusku."),
          ("Woli kontakt telefoniczny.", "Woli kontakt telefoniczny."),
          ("Poznany na targach edukacyjnych.", "Poznana na targach edukacyjnych."),
          ("Był na stypendium w Saint-Étienne.", "Była na stypendium w Saint-Étienne."),
          ("Najlepiej dzwonić przed południem.", "Najlepiej dzwonić przed południem.")),
    _EN: (("Speaks some French.", "Speaks some French."),
          ("Prefers phone calls.", "Prefers phone calls."),
          ("Met at a Eurocities forum.", "Met at a Eurocities forum.")),
}  # fmt: skip


_PRIVATE_MAIL = {
    "PL": ("gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"),
    "FR": ("gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr"),
    "CZ": ("seznam.cz", "gmail.com"),
    "BE": ("skynet.be", "gmail.com"),
}


# Polish town halls as each city names its own (the known ones are the organisations list's)
_PL_TOWN_HALLS = {
    "Katowice": "Urząd Miasta Katowice", "Gliwice": "Urząd Miejski w Gliwicach",
    "Chorzów": "Urząd Miasta Chorzów", "Bytom": "Urząd Miejski w Bytomiu",
    "Tychy": "Urząd Miasta Tychy", "Sosnowiec": "Urząd Miejski w Sosnowcu",
    "Rybnik": "Urząd Miasta Rybnika", "Zabrze": "Urząd Miejski w Zabrzu",
    "Ruda Śląska": "Urząd Miasta Ruda Śląska",
    "Siemianowice Śląskie": "Urząd Miasta Siemianowice Śląskie",
    "Mikołów": "Urząd Miejski w Mikołowie", "Łódź": "Urząd Miasta Łodzi",
    "Kraków": "Urząd Miasta Krakowa", "Warszawa": "Urząd m.st. Warszawy",
    "Wrocław": "Urząd Miejski Wrocławia",
}  # fmt: skip


# -- the French entries in French typography, set once here --------------------------------


def _french_topic(topic: _Topic) -> _Topic:
    def fr(texts: tuple[str, str, str]) -> tuple[str, str, str]:
        return french(texts[0]), texts[1], texts[2]

    return replace(
        topic,
        subject=fr(topic.subject),
        body=fr(topic.body),
        counterpart=fr(topic.counterpart),
        person=fr(topic.person) if topic.person else None,
        variants=tuple((sorts, fr(body)) for sorts, body in topic.variants),
    )


_TOPICS = tuple(_french_topic(t) for t in _TOPICS)
_FR_STREETS = in_french(_FR_STREETS)
_POSITIONS[_FR] = in_french(_POSITIONS[_FR])
_SEASONS[_FR] = in_french(_SEASONS[_FR])
_SEASONS_FROM[_FR] = in_french(_SEASONS_FROM[_FR])
_GREETINGS[_FR] = in_french(_GREETINGS[_FR])
_ASKS[_FR] = in_french(_ASKS[_FR])
_LOST_NOTES[_FR] = in_french(_LOST_NOTES[_FR])
_OUTCOMES[_FR] = in_french(_OUTCOMES[_FR])
_NOTES[_FR] = in_french(_NOTES[_FR])
for _texts in _FOLLOW_UP_TEXT.values():
    _texts[_FR] = in_french(_texts[_FR])
