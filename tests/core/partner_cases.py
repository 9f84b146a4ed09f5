"""A labelled evaluation set for the partner ranking: inquiries and the partners to propose.

Each case is an inquiry as it reaches the office (the requester's side, organisation or kind,
the language the contact writes in, the fields of exchange, the subject, the counterpart
wished for, the message) and `partners`: the demo organisations of the OTHER side that an
experienced MSEK office worker would propose for it.

How the labels were decided: for each case, the profiles of the demo's known organisations of
the other side (msek_desktop.core.demo: their kind, fields, what they offer and seek, their
audiences, languages and descriptions) were read as a member of the office would read them,
and the organisations named are those one would put in a proposal letter without hesitating:
the same kind of body or the natural counterpart (a conservatory for a music school, a
university's design school for a design school, a city council for a city council), working
with the same public, in the same field. Plausible-but-second-choice organisations are NOT
listed (a philharmonic for a pupils' exchange, a stadium for a youth club), so every listed
name is a genuinely good fit and an unlisted one a weaker one. The labels were written from
the profiles alone, never from the output of any ranking code.

Only the demo's known organisations (demo.KNOWN_NAMES: fixed names, the same in every demo)
are labelled; the generated ones (random schools, companies, associations) are not, so an
evaluation should rank among the known organisations (or leave generated names out of the
top 3 it scores). Organisations of the side "other" (Łódź, Paris, Lyon, Ostrava, Brussels)
are never labelled: the office looks on the other of its two sides; nor are the inactive ones
(Stadion Śląski, Ensemble vocal Les Voix du Forez), which an office worker would not ask.

The spread: both directions, every common kind (schools, music schools, universities,
design, film, gastronomy, literature, sport, municipalities, companies, associations, youth,
social and health, tourism, crafts), French, Polish and English, some requesters who are
people on their own (requester None, with a kind "person" and audiences), and a few hard
ones (a vague text, or only fields and a one-line subject).
"""

from __future__ import annotations

from dataclasses import dataclass

SE, KAT = "saint_etienne", "katowice"


@dataclass(frozen=True)
class PartnerCase:
    side: str  # the requester's side: saint_etienne or katowice
    requester: str | None  # a known demo organisation's name, or None (someone on their own)
    language: str  # the contact's language: fr, pl, en
    fields: tuple[str, ...]  # field of exchange codes
    subject: str
    desired_counterpart: str
    message: str
    partners: frozenset[str]  # known demo organisations of the other side to propose
    requester_kind: str = ""  # for requester None: "person" or an OrganisationKind code
    audiences: tuple[str, ...] = ()  # for requester None: vocab.Audience codes

    @property
    def other_side(self) -> str:
        return KAT if self.side == SE else SE


def _case(
    side: str,
    requester: str | None,
    language: str,
    fields: str,
    subject: str,
    counterpart: str,
    message: str,
    *partners: str,
    kind: str = "",
    audiences: str = "",
) -> PartnerCase:
    return PartnerCase(
        side, requester, language, tuple(fields.split()), subject, counterpart, message,
        frozenset(partners), kind, tuple(audiences.split()),
    )  # fmt: skip


# Saint-Étienne side
MASSENET = "Conservatoire Massenet"
OPERA_SE = "Opéra de Saint-Étienne"
CITE = "Cité du design"
UJM = "Université Jean Monnet"
ENSASE = "École nationale supérieure d’architecture de Saint-Étienne"
URFE = "Lycée Honoré d’Urfé"
FAURIEL = "Lycée Claude-Fauriel"
FIRMINY = "Mairie de Firminy"
COMETE = "La Comète"
SEM = "Saint-Étienne Métropole"
ESADSE = "École supérieure d’art et design de Saint-Étienne"
MINES = "Mines Saint-Étienne"
MAMC = "Musée d’Art moderne et contemporain de Saint-Étienne Métropole"
LE_FIL = "Le Fil"
COMEDIE = "Comédie de Saint-Étienne"
MINE_MUSEUM = "Musée de la Mine"
ASSE = "Association sportive de Saint-Étienne"
VILLE_SE = "Ville de Saint-Étienne"
BRIAND = "Collège Aristide-Briand"
PREVERT = "École élémentaire Jacques-Prévert"
HOTELIER = "Lycée hôtelier de Saint-Chamond"
MUSIC_FIRMINY = "École de musique de Firminy"
MAI = "Musée d’Art et d’Industrie"
TARENTAIZE = "Médiathèque de Tarentaize"
FETE_LIVRE = "Fête du livre de Saint-Étienne"
MELIES = "Cinéma Le Méliès"
CINE_COURT = "Ciné-Court Stéphanois"
GRENADINE = "Studio Grenadine Design"
THERMI = "Thermi-Loire Industrie"
CCI = "Chambre de commerce et d’industrie Lyon Métropole Saint-Étienne Roanne"
CMA = "Chambre de métiers et de l’artisanat de la Loire"
OT_SE = "Office de tourisme Saint-Étienne Hors Cadre"
CDOS = "Comité départemental olympique et sportif de la Loire"
MJC = "MJC de Beaulieu"
FRANCE_POLOGNE = "Association France-Pologne Loire"
CHU = "CHU de Saint-Étienne"
CCAS = "Centre communal d’action sociale de Saint-Étienne"
SENIORS = "Loire Seniors Solidaires"
ROSTAND = "Collège Jean-Rostand"
STEPHANOISE = "Brasserie artisanale La Stéphanoise"
ZENITH = "Zénith de Saint-Étienne Métropole"

# Katowice side
AM_KAT = "Akademia Muzyczna im. Karola Szymanowskiego w Katowicach"
NOSPR = "Narodowa Orkiestra Symfoniczna Polskiego Radia"
US = "Uniwersytet Śląski w Katowicach"
MUZEUM_SL = "Muzeum Śląskie w Katowicach"
SPODEK = "Spodek"
KATOWICE = "Miasto Katowice"
TEATR_SL = "Teatr Śląski im. Stanisława Wyspiańskiego"
ASP = "Akademia Sztuk Pięknych w Katowicach"
FILHARMONIA = "Filharmonia Śląska im. Henryka Mikołaja Góreckiego"
OPERA_SL = "Opera Śląska w Bytomiu"
POLSL = "Politechnika Śląska"
PSM = "Państwowa Szkoła Muzyczna I i II st. im. Mieczysława Karłowicza w Katowicach"
UE = "Uniwersytet Ekonomiczny w Katowicach"
GZM = "Górnośląsko-Zagłębiowska Metropolia"
STADION = "Stadion Śląski"
TEATR_RYB = "Teatr Ziemi Rybnickiej"
TYSKIE = "Tyskie Browarium"
SP12 = "Szkoła Podstawowa nr 12 im. Janusza Korczaka w Katowicach"
LO2 = "II Liceum Ogólnokształcące z Oddziałami Dwujęzycznymi im. Marii Konopnickiej w Katowicach"
LO8 = "VIII Liceum Ogólnokształcące im. Marii Skłodowskiej-Curie w Katowicach"
ZSGH = "Zespół Szkół Gastronomiczno-Hotelarskich w Katowicach"
ZSM_RYB = "Zespół Szkół Muzycznych w Rybniku"
MDK = "Młodzieżowy Dom Kultury w Katowicach"
RONDO = "Rondo Sztuki"
FABRYKA = "Studio Projektowe Fabryka Form"
SILESIA_FILM = "Instytucja Filmowa Silesia Film"
SZKOLA_FILMOWA = "Szkoła Filmowa im. Krzysztofa Kieślowskiego Uniwersytetu Śląskiego"
BIBLIOTEKA = "Biblioteka Śląska"
OGRODY = "Instytucja Kultury Katowice – Miasto Ogrodów"
ALLIANCE = "Alliance Française de Katowice"
GKS = "GKS Katowice"
AWF = "Akademia Wychowania Fizycznego im. Jerzego Kukuczki w Katowicach"
SUM = "Śląski Uniwersytet Medyczny w Katowicach"
MOPS = "Miejski Ośrodek Pomocy Społecznej w Katowicach"
CARITAS = "Caritas Archidiecezji Katowickiej"
SOT = "Śląska Organizacja Turystyczna"
GUIDO = "Zabytkowa Kopalnia Guido"
RIK = "Regionalny Instytut Kultury w Katowicach"
IZBA = "Izba Rzemieślnicza oraz Małej i Średniej Przedsiębiorczości w Katowicach"
KSSE = "Katowicka Specjalna Strefa Ekonomiczna"
PRECISION = "Silesia Precision Sp. z o.o."
GLIWICE = "Urząd Miejski w Gliwicach"
SP7 = "Szkoła Podstawowa nr 7 im. Mikołaja Kopernika w Chorzowie"
KONIOR = "Konior Studio"


CASES: tuple[PartnerCase, ...] = (
    # -- from Saint-Étienne, looking in Katowice ---------------------------------------
    _case(SE, MASSENET, "fr", "music education",
          "Échange de professeurs de piano entre conservatoires",
          "Un conservatoire ou une école de musique à Katowice",
          "Bonjour, notre classe de piano aimerait accueillir un professeur de Katowice pour "
          "une semaine de cours et de master classes au printemps, et envoyer l'un des nôtres "
          "en retour. Pourriez-vous nous aider à trouver un établissement partenaire ?",
          PSM, AM_KAT, ZSM_RYB),
    _case(SE, MASSENET, "fr", "music youth",
          "Échange d'élèves entre écoles de musique",
          "Une école de musique de premier cycle",
          "Nous cherchons une école de musique partenaire en Silésie pour un échange d'élèves "
          "de 12 à 16 ans (cordes et vents), avec un concert commun à la fin du séjour.",
          PSM, ZSM_RYB),
    _case(SE, MUSIC_FIRMINY, "fr", "music youth",
          "Concert de notre chœur d'enfants à Katowice",
          "Une salle ou une chorale d'accueil",
          "Notre chœur de 35 enfants (8 à 12 ans) part en tournée en Pologne en mai et "
          "souhaiterait chanter à Katowice avec un chœur d'enfants de là-bas.",
          PSM, MDK, ZSM_RYB),
    _case(SE, OPERA_SE, "fr", "music",
          "Coproduction lyrique et échange de chanteurs",
          "Une maison d'opéra",
          "L'Opéra prépare une nouvelle production de « Werther » pour la saison prochaine et "
          "cherche une maison d'opéra polonaise pour la coproduire et la reprendre.",
          OPERA_SL),
    _case(SE, LE_FIL, "fr", "music youth",
          "Participation au festival Tauron Nowa Muzyka",
          "Les programmateurs du festival",
          "Un collectif de musique électronique que nous accompagnons voudrait jouer au "
          "festival Tauron Nowa Muzyka cet été. Savez-vous qui contacter ?",
          OGRODY),
    _case(SE, UJM, "fr", "higher_education literature",
          "Accord Erasmus en études françaises et traduction",
          "Un département d'études romanes",
          "Notre faculté de lettres souhaite signer un accord Erasmus+ pour des échanges "
          "d'étudiants et d'enseignants en études françaises, linguistique et traduction.",
          US),
    _case(SE, MINES, "fr", "higher_education",
          "Cotutelle de thèse en science des matériaux",
          "Un laboratoire universitaire",
          "Un de nos doctorants travaille sur les alliages métalliques et souhaite une "
          "cotutelle avec un laboratoire de Katowice ou des environs à partir de l'automne.",
          POLSL, US),
    _case(SE, ENSASE, "fr", "higher_education design",
          "Stages d'étudiants en architecture à Katowice",
          "Une agence d'architecture",
          "Trois étudiants de master souhaitent faire un stage de deux mois dans une agence "
          "d'architecture à Katowice cet été ; l'architecture moderniste les intéresse.",
          KONIOR),
    _case(SE, CITE, "fr", "design",
          "Partenaire polonais pour l'exposition de la Biennale",
          "Une école d'art ou une galerie de design",
          "Pour la prochaine Biennale Internationale Design, nous cherchons un partenaire à "
          "Katowice qui présenterait le travail de jeunes designers polonais.",
          ASP, RONDO, FABRYKA),
    _case(SE, ESADSE, "fr", "design higher_education",
          "Échange d'étudiants en design graphique",
          "Une école d'art et de design",
          "Nous souhaitons ouvrir un échange Erasmus+ pour nos étudiants en design graphique "
          "et en design d'objet, d'un semestre, avec une école d'art polonaise.",
          ASP),
    _case(SE, GRENADINE, "fr", "design economy",
          "Conception de mobilier urbain avec un studio polonais",
          "Un studio ou une école de design",
          "Notre studio développe une gamme de mobilier urbain et cherche un studio de design "
          "de Silésie pour la concevoir à deux et la proposer aux villes des deux régions.",
          FABRYKA, ASP),
    _case(SE, URFE, "fr", "education youth",
          "Échange scolaire avec un lycée de Katowice",
          "Un lycée avec des élèves francophones",
          "Nos élèves de seconde de la section européenne aimeraient correspondre puis "
          "échanger avec des lycéens de Katowice qui apprennent le français.",
          LO2, LO8),
    _case(SE, BRIAND, "fr", "education youth",
          "Jumelage entre collèges : correspondance et voyage scolaire",
          "Un collège ou une école",
          "Nos élèves de 4e (13 ans) aimeraient correspondre en anglais avec une classe de "
          "Katowice, puis la rencontrer lors d'un voyage au printemps prochain.",
          SP12),
    _case(SE, PREVERT, "fr", "education",
          "Échange de dessins et de lettres entre écoliers",
          "Une école primaire",
          "Notre classe de CM1 voudrait échanger des dessins, des photos et de petites lettres "
          "avec des enfants polonais du même âge tout au long de l'année.",
          SP7, SP12),
    _case(SE, HOTELIER, "fr", "gastronomy education youth",
          "Stages en cuisine pour nos élèves de bac professionnel",
          "Un lycée hôtelier ou des restaurants",
          "Nos élèves de bac pro cuisine et service doivent faire un stage de quatre semaines "
          "à l'étranger. Connaissez-vous une école hôtelière à Katowice qui pourrait nous "
          "aider à les placer ?",
          ZSGH, IZBA),
    _case(SE, VILLE_SE, "fr", "institutions",
          "Visite d'étude d'une délégation municipale",
          "La ville partenaire",
          "Une délégation de six élus et agents souhaite découvrir la politique de "
          "rénovation urbaine et la reconversion des friches industrielles à Katowice.",
          KATOWICE, GZM, GLIWICE),
    _case(SE, SEM, "fr", "institutions economy",
          "Coopération entre métropoles sur les transports",
          "La métropole",
          "Saint-Étienne Métropole aimerait échanger avec la métropole de Silésie sur "
          "l'organisation des transports publics intercommunaux.",
          GZM, KATOWICE),
    _case(SE, FIRMINY, "fr", "tourism institutions",
          "Patrimoine moderniste et tourisme",
          "Une ville ou un office de tourisme",
          "Firminy, qui gère le site Le Corbusier, souhaite monter des circuits croisés sur "
          "le patrimoine moderniste et industriel avec la Silésie.",
          KATOWICE, SOT),
    _case(SE, MINE_MUSEUM, "fr", "tourism crafts",
          "Exposition sur les mineurs de Saint-Étienne et de Silésie",
          "Un musée de la mine",
          "Le Puits Couriot prépare une exposition sur la vie des mineurs et cherche un musée "
          "partenaire en Silésie pour des prêts d'objets et des témoignages.",
          MUZEUM_SL, GUIDO),
    _case(SE, MAI, "fr", "crafts",
          "Exposition croisée : rubans stéphanois et dentelle de Koniaków",
          "Un musée ou des artisans",
          "Nous préparons une exposition sur les savoir-faire textiles et cherchons des prêts "
          "de dentelle et des artisans de Silésie qui viendraient faire des démonstrations.",
          MUZEUM_SL, RIK),
    _case(SE, TARENTAIZE, "fr", "literature",
          "Coopération entre médiathèques : lectures bilingues",
          "Une bibliothèque",
          "Notre médiathèque voudrait organiser des lectures bilingues avec une bibliothèque "
          "de Katowice et échanger des livres jeunesse.",
          BIBLIOTEKA),
    _case(SE, FETE_LIVRE, "fr", "literature",
          "Inviter un auteur polonais et faire traduire des extraits",
          "Un festival littéraire, une université",
          "Pour la prochaine Fête du livre, nous voudrions inviter un auteur de Silésie et "
          "faire traduire quelques extraits par des étudiants en langues.",
          OGRODY, US, BIBLIOTEKA),
    _case(SE, COMEDIE, "fr", "literature",
          "Coproduction théâtrale franco-polonaise",
          "Un théâtre",
          "La Comédie cherche un théâtre polonais pour une coproduction bilingue et un "
          "échange entre nos élèves comédiens et leur troupe.",
          TEATR_SL, TEATR_RYB),
    _case(SE, MELIES, "fr", "film",
          "Une semaine du cinéma polonais au Méliès",
          "Un cinéma ou une institution du film",
          "Notre cinéma aimerait programmer une semaine de films polonais récents, avec la "
          "venue d'un réalisateur ou d'un programmateur de Katowice.",
          SILESIA_FILM, SZKOLA_FILMOWA),
    _case(SE, CINE_COURT, "fr", "film",
          "Festival de courts métrages : échange de programmation",
          "Un festival ou une école de cinéma",
          "Notre festival aimerait présenter une sélection de courts métrages venus de "
          "Katowice et envoyer la nôtre en retour.",
          SZKOLA_FILMOWA, SILESIA_FILM),
    _case(SE, ASSE, "fr", "sport youth",
          "Tournoi de football des jeunes Saint-Étienne – Katowice",
          "Un club de football",
          "Nos équipes U13 aimeraient rencontrer un club de Katowice lors d'un tournoi en "
          "juin ; nous pouvons accueillir l'équipe adverse au centre de formation.",
          GKS),
    _case(SE, CDOS, "fr", "sport higher_education",
          "Échange d'entraîneurs et de préparateurs physiques",
          "Une université du sport ou un club",
          "Nous souhaitons organiser un séminaire d'échange pour des entraîneurs de clubs "
          "ligériens avec des spécialistes polonais de la préparation physique.",
          AWF, GKS),
    _case(SE, MJC, "fr", "youth",
          "Échange de jeunes Erasmus+ autour de la musique",
          "Une maison des jeunes",
          "Nous voudrions monter un échange de jeunes de 15 à 18 ans sur le thème des "
          "musiques urbaines, une semaine dans chaque ville.",
          MDK),
    _case(SE, CHU, "fr", "social_health higher_education",
          "Stages d'externes en médecine",
          "Une faculté de médecine",
          "Le CHU aimerait accueillir des étudiants en médecine polonais et envoyer les "
          "nôtres pour des stages d'un mois en service hospitalier.",
          SUM),
    _case(SE, CCAS, "fr", "social_health",
          "Échange de pratiques entre centres d'accueil de jour",
          "Un centre social",
          "Notre équipe accompagne des personnes âgées isolées et aimerait échanger avec un "
          "service social similaire à Katowice.",
          MOPS, CARITAS),
    _case(SE, SENIORS, "fr", "social_health",
          "Visite d'un club de seniors polonais",
          "Une association de seniors ou un service social",
          "Notre association de bénévoles auprès des personnes âgées voudrait rencontrer une "
          "structure polonaise qui organise des visites à domicile.",
          CARITAS, MOPS),
    _case(SE, THERMI, "fr", "economy",
          "Recherche de sous-traitants en usinage en Silésie",
          "Des entreprises du secteur",
          "Notre entreprise cherche des sous-traitants en usinage de précision en Silésie ; "
          "pourriez-vous nous présenter quelques sociétés ?",
          PRECISION, KSSE),
    _case(SE, CCI, "fr", "economy",
          "Mission d'entreprises ligériennes en Silésie",
          "Les organismes économiques",
          "La CCI organise une mission de dix chefs d'entreprise en Silésie à l'automne et "
          "cherche des interlocuteurs pour préparer les rendez-vous.",
          KSSE, IZBA),
    _case(SE, CMA, "fr", "crafts economy",
          "Échange d'artisans et d'apprentis",
          "Une chambre des métiers",
          "Nous souhaitons envoyer des apprentis boulangers et menuisiers en Pologne pour "
          "trois semaines et accueillir des apprentis polonais.",
          IZBA),
    _case(SE, OT_SE, "fr", "tourism",
          "Voyage de groupe à Katowice : programme et contacts",
          "Un office de tourisme",
          "Nous organisons un voyage de quatre jours à Katowice pour 25 personnes et "
          "cherchons des idées de visites et un guide francophone.",
          SOT, KATOWICE),
    _case(SE, FRANCE_POLOGNE, "fr", "education literature",
          "Cours d'été de polonais pour nos adhérents",
          "Une université",
          "Une dizaine de nos adhérents voudraient suivre un cours d'été de langue et de "
          "culture polonaises à Katowice. Existe-t-il une école d'été ?",
          US),
    _case(SE, MINES, "en", "economy higher_education",
          "Engineering internships in Silesia",
          "An engineering company",
          "Dear MSEK team, several of our engineering students are looking for three-month "
          "internships in mechanical or industrial companies around Katowice next summer.",
          PRECISION, KSSE),
    _case(SE, MAMC, "fr", "media_arts design",
          "Résidence d'artistes en arts numériques",
          "Un lieu de création numérique",
          "Nous proposons une résidence croisée de six semaines à deux artistes numériques, "
          "l'un de chaque ville, avec une exposition à la fin.",
          RONDO, ASP),
    _case(SE, None, "fr", "design",
          "Stage dans une agence de design",
          "Une agence de design",
          "Bonjour, je suis étudiante en design produit et je cherche un stage de trois mois "
          "dans une agence de design à Katowice ou à Gliwice.",
          FABRYKA, kind="person", audiences="students"),
    _case(SE, SEM, "fr", "music",
          "Coopération musicale",
          "",
          "Nous souhaitons développer nos liens avec Katowice autour de la musique.",
          NOSPR, OGRODY, AM_KAT, FILHARMONIA),
    _case(SE, COMETE, "fr", "literature music",
          "Accueil d'une compagnie polonaise",
          "Un théâtre",
          "La Comète voudrait accueillir un spectacle de théâtre polonais surtitré la saison "
          "prochaine et faire tourner une de nos créations en Silésie.",
          TEATR_SL, TEATR_RYB),
    _case(SE, CITE, "en", "media_arts",
          "Media arts residency",
          "",
          "We are looking for a venue in Katowice for an exchange residency in media arts.",
          RONDO, ASP),
    _case(SE, ZENITH, "fr", "music economy",
          "Échange entre grandes salles de concert",
          "Une grande salle de spectacles",
          "Le Zénith souhaite échanger avec une grande salle polonaise sur l'accueil des "
          "tournées et l'organisation de grands événements.",
          SPODEK),
    _case(SE, STEPHANOISE, "fr", "gastronomy economy",
          "Brasseurs stéphanois cherchent confrères silésiens",
          "Une brasserie",
          "Notre brasserie artisanale voudrait rencontrer des brasseurs de Silésie pour une "
          "bière brassée en commun et une fête de la bière franco-polonaise.",
          TYSKIE),
    _case(SE, None, "fr", "youth",
          "Jeunesse",
          "",
          "Nous cherchons un partenaire pour un projet de jeunes.",
          MDK, CARITAS, kind="association", audiences="teenagers"),
    _case(SE, ROSTAND, "fr", "sport education youth",
          "Échange sportif entre établissements",
          "Un collège ou un lycée sportif",
          "Notre section sportive handball aimerait rencontrer des élèves sportifs d'un "
          "établissement de Katowice, avec matchs amicaux et cours partagés.",
          LO8, SP12),
    # -- from Katowice, looking in Saint-Étienne ---------------------------------------
    _case(KAT, PSM, "pl", "music education",
          "Wymiana nauczycieli gry na skrzypcach",
          "Konserwatorium lub szkoła muzyczna",
          "Dzień dobry, nasza klasa skrzypiec chciałaby gościć nauczyciela z Saint-Étienne "
          "na tydzień zajęć i kursów mistrzowskich jesienią.",
          MASSENET, MUSIC_FIRMINY),
    _case(KAT, ZSM_RYB, "pl", "music youth",
          "Wymiana uczniów szkół muzycznych",
          "Szkoła muzyczna",
          "Szukamy szkoły muzycznej lub konserwatorium w regionie Saint-Étienne do wymiany "
          "uczniów w wieku 12–16 lat, zakończonej wspólnym koncertem.",
          MASSENET, MUSIC_FIRMINY),
    _case(KAT, AM_KAT, "pl", "music higher_education",
          "Kursy mistrzowskie i koncert studentów kompozycji",
          "Uczelnia muzyczna lub konserwatorium",
          "Nasi studenci kompozycji chcieliby poprowadzić warsztaty i zaprezentować swoje "
          "utwory podczas koncertu w Saint-Étienne; szukamy partnera akademickiego.",
          MASSENET, UJM),
    _case(KAT, NOSPR, "pl", "music",
          "Koncert orkiestry w Saint-Étienne",
          "Sala koncertowa lub opera",
          "NOSPR planuje tournée po Francji i chciałby dać koncert w Saint-Étienne; "
          "szukamy instytucji, która przyjmie orkiestrę.",
          OPERA_SE),
    _case(KAT, FILHARMONIA, "pl", "music education",
          "Koncerty edukacyjne dla dzieci",
          "Instytucja muzyczna z programem dla dzieci",
          "Prowadzimy cykl koncertów dla dzieci i chcielibyśmy wymienić się doświadczeniami "
          "z instytucją muzyczną, która robi to samo we Francji.",
          OPERA_SE, MASSENET),
    _case(KAT, OPERA_SL, "pl", "music",
          "Wymiana zespołów baletowych",
          "Opera",
          "Opera Śląska chciałaby pokazać swój spektakl baletowy na scenie partnerskiej "
          "we Francji i przyjąć u siebie francuską produkcję.",
          OPERA_SE),
    _case(KAT, ASP, "pl", "design higher_education",
          "Wymiana studentów wzornictwa",
          "Uczelnia artystyczna",
          "Nasz Wydział Projektowy szuka uczelni w Saint-Étienne do wymiany Erasmus+ "
          "studentów wzornictwa przemysłowego i projektowania graficznego.",
          ESADSE),
    _case(KAT, RONDO, "pl", "design media_arts",
          "Wystawa młodych projektantów na Biennale",
          "Cité du design lub muzeum",
          "Chcielibyśmy pokazać prace młodych projektantów ze Śląska na Biennale "
          "Internationale Design i szukamy partnera wystawy.",
          CITE, ESADSE, MAMC),
    _case(KAT, FABRYKA, "pl", "design economy",
          "Partner do wspólnego projektu mebli",
          "Studio projektowe",
          "Nasze studio szuka francuskiego studia projektowego do wspólnej kolekcji mebli "
          "i lamp, z premierą na targach w obu krajach.",
          GRENADINE, CITE),
    _case(KAT, KONIOR, "pl", "design",
          "Wykład i wystawa o architekturze sal koncertowych",
          "Szkoła architektury",
          "Nasza pracownia chciałaby przedstawić projekt sali NOSPR studentom architektury "
          "i odwiedzić miejsca związane z Le Corbusierem.",
          ENSASE, FIRMINY),
    _case(KAT, POLSL, "pl", "higher_education economy",
          "Współpraca naukowa w inżynierii materiałowej",
          "Uczelnia techniczna",
          "Nasz wydział inżynierii materiałowej szuka partnera do wspólnego projektu "
          "badawczego i wymiany doktorantów.",
          MINES, UJM),
    _case(KAT, US, "pl", "higher_education literature",
          "Wymiana wykładowców romanistyki",
          "Uniwersytet",
          "Instytut Językoznawstwa chciałby wymieniać wykładowców literatury francuskiej "
          "i organizować wspólne warsztaty przekładowe.",
          UJM),
    _case(KAT, UE, "pl", "economy higher_education",
          "Umowa Erasmus+ w zakresie zarządzania",
          "Uczelnia z kierunkami ekonomicznymi",
          "Szukamy uczelni w Saint-Étienne, która prowadzi studia z zarządzania i finansów, "
          "do podpisania umowy Erasmus+.",
          UJM),
    _case(KAT, SP12, "pl", "education youth",
          "Partnerstwo szkół: korespondencja i wymiana uczniów",
          "Szkoła",
          "Nasi uczniowie klas siódmych chcieliby korespondować z klasą z Saint-Étienne, "
          "a potem spotkać się z nią na wiosnę.",
          BRIAND, ROSTAND),
    _case(KAT, SP7, "pl", "education",
          "Wymiana rysunków między dziećmi",
          "Szkoła podstawowa",
          "Nasza klasa czwarta chciałaby wymieniać się rysunkami i listami z francuską klasą "
          "w tym samym wieku.",
          PREVERT),
    _case(KAT, LO2, "pl", "education youth",
          "Wymiana licealistów z klas dwujęzycznych",
          "Liceum",
          "Uczniowie naszej klasy dwujęzycznej z językiem francuskim chcieliby spędzić "
          "tydzień we francuskim liceum i przyjąć francuskich uczniów u siebie.",
          URFE, FAURIEL),
    _case(KAT, LO8, "pl", "education youth sport",
          "Wymiana uczniów z klas sportowych",
          "Szkoła z profilem sportowym",
          "Nasza klasa sportowa szuka szkoły we Francji do wymiany połączonej z zawodami "
          "i wspólnymi treningami.",
          ROSTAND, FAURIEL),
    _case(KAT, ZSGH, "pl", "gastronomy education",
          "Praktyki dla uczniów technikum gastronomicznego",
          "Szkoła hotelarska",
          "Nasi uczniowie technikum żywienia chcieliby odbyć miesięczne praktyki we "
          "Francji; szukamy szkoły hotelarskiej, która pomoże w organizacji.",
          HOTELIER, CMA),
    _case(KAT, TYSKIE, "pl", "gastronomy tourism",
          "Tydzień kuchni polsko-francuskiej",
          "Restauratorzy lub browar",
          "Organizujemy tydzień kuchni i piwa polsko-francuskiego i szukamy browaru oraz "
          "kucharzy z Saint-Étienne, którzy chcieliby z nami gotować.",
          STEPHANOISE, HOTELIER, CMA),
    _case(KAT, KATOWICE, "pl", "institutions design",
          "Wizyta studyjna: miasto kreatywne UNESCO",
          "Urząd miasta",
          "Delegacja Wydziału Promocji chciałaby poznać, jak Saint-Étienne prowadzi politykę "
          "miasta kreatywnego UNESCO w dziedzinie designu.",
          VILLE_SE, CITE, SEM),
    _case(KAT, GZM, "pl", "institutions",
          "Wymiana doświadczeń między metropoliami",
          "Metropolia",
          "Metropolia chciałaby wymienić doświadczenia w zakresie transportu publicznego "
          "i planowania przestrzennego z francuską metropolią.",
          SEM),
    _case(KAT, GLIWICE, "pl", "institutions economy",
          "Współpraca gospodarcza miast",
          "Miasto lub metropolia",
          "Miasto Gliwice szuka partnera do wymiany doświadczeń w zakresie przyciągania "
          "inwestorów i rozwoju parków technologicznych.",
          SEM, CCI),
    _case(KAT, MOPS, "pl", "social_health",
          "Wymiana doświadczeń pracowników socjalnych",
          "Ośrodek pomocy społecznej",
          "Nasi pracownicy socjalni chcieliby poznać francuskie metody pracy z seniorami "
          "i osobami samotnymi podczas wizyty studyjnej.",
          CCAS, SENIORS),
    _case(KAT, CARITAS, "pl", "youth social_health",
          "Wolontariat w ramach Europejskiego Korpusu Solidarności",
          "Organizacja goszcząca",
          "Chcemy przyjąć wolontariusza z Francji i wysłać jednego z naszych młodych "
          "wolontariuszy do Saint-Étienne.",
          MJC, SENIORS),
    _case(KAT, SUM, "pl", "social_health higher_education",
          "Praktyki kliniczne dla studentów medycyny",
          "Szpital uniwersytecki",
          "Nasi studenci piątego roku chcieliby odbyć miesięczne praktyki kliniczne "
          "w szpitalu uniwersyteckim we Francji.",
          CHU, UJM),
    _case(KAT, AWF, "pl", "sport higher_education",
          "Współpraca w naukach o sporcie",
          "Uczelnia lub organizacja sportowa",
          "Szukamy partnera do wspólnych badań nad treningiem młodzieży i wymiany "
          "studentów wychowania fizycznego.",
          UJM, CDOS),
    _case(KAT, GKS, "pl", "sport youth",
          "Turniej piłkarski młodzieży Katowice – Saint-Étienne",
          "Klub piłkarski",
          "Nasze drużyny U13 chciałyby zagrać z klubem z Saint-Étienne podczas turnieju "
          "w czerwcu.",
          ASSE),
    _case(KAT, SOT, "pl", "tourism",
          "Promocja turystyki industrialnej",
          "Biuro turystyczne",
          "Chcemy promować Szlak Zabytków Techniki we Francji i szukamy partnera, który "
          "zajmuje się turystyką dziedzictwa przemysłowego.",
          OT_SE, MINE_MUSEUM),
    _case(KAT, GUIDO, "pl", "tourism crafts",
          "Współpraca muzeów górnictwa",
          "Muzeum kopalni",
          "Zabytkowa Kopalnia Guido szuka francuskiego muzeum górnictwa do wymiany "
          "wystaw i doświadczeń z oprowadzania grup szkolnych.",
          MINE_MUSEUM),
    _case(KAT, MUZEUM_SL, "pl", "crafts design",
          "Wystawa o historii przemysłu i wzornictwa",
          "Muzeum",
          "Muzeum Śląskie przygotowuje wystawę o wzornictwie przemysłowym regionu i szuka "
          "muzeum we Francji, które wypożyczy obiekty.",
          MAI, MAMC, CITE),
    _case(KAT, RIK, "pl", "crafts",
          "Wymiana twórców ludowych",
          "Muzeum lub organizacja rzemieślników",
          "Szukamy partnera we Francji do wymiany koronczarek i tkaczek oraz wspólnej "
          "wystawy rękodzieła.",
          MAI, CMA),
    _case(KAT, IZBA, "pl", "crafts economy",
          "Wymiana uczniów rzemiosła",
          "Izba rzemieślnicza",
          "Izba chciałaby wysłać uczniów piekarstwa i stolarstwa na praktyki do Francji "
          "i przyjąć francuskich uczniów.",
          CMA),
    _case(KAT, KSSE, "pl", "economy",
          "Francuscy inwestorzy w strefie ekonomicznej",
          "Izba handlowa",
          "Chcielibyśmy zaprezentować ofertę strefy francuskim firmom z regionu "
          "Saint-Étienne podczas misji gospodarczej.",
          CCI, SEM),
    _case(KAT, PRECISION, "pl", "economy",
          "Poszukiwanie partnerów przemysłowych we Francji",
          "Firma przemysłowa",
          "Nasza firma zajmuje się obróbką precyzyjną i szuka partnerów przemysłowych "
          "oraz klientów w regionie Saint-Étienne.",
          THERMI, CCI),
    _case(KAT, SILESIA_FILM, "pl", "film",
          "Przegląd kina polskiego w Saint-Étienne",
          "Kino",
          "Chcielibyśmy zorganizować przegląd filmów ze Śląska we francuskim kinie studyjnym "
          "i przyjąć francuskie filmy w Kinie Kosmos.",
          MELIES, CINE_COURT),
    _case(KAT, SZKOLA_FILMOWA, "pl", "film higher_education",
          "Pokaz etiud studenckich",
          "Festiwal filmów krótkometrażowych",
          "Nasi studenci chcieliby pokazać swoje etiudy na festiwalu krótkich metraży "
          "we Francji i zaprosić francuskich twórców do Katowic.",
          CINE_COURT, MELIES),
    _case(KAT, BIBLIOTEKA, "pl", "literature",
          "Współpraca bibliotek: czytania dwujęzyczne",
          "Biblioteka miejska",
          "Biblioteka Śląska chciałaby zorganizować dwujęzyczne czytania z francuską "
          "biblioteką i wymienić się książkami dla dzieci.",
          TARENTAIZE),
    _case(KAT, OGRODY, "pl", "literature",
          "Francuscy autorzy na festiwalu literackim",
          "Festiwal literacki",
          "Podczas naszego festiwalu literackiego chcielibyśmy gościć francuskich autorów "
          "i nawiązać współpracę z festiwalem książki.",
          FETE_LIVRE, TARENTAIZE),
    _case(KAT, OGRODY, "en", "music",
          "French electronic artists for our festival",
          "A music venue",
          "Hello, for our electronic music festival we are looking for a French venue that "
          "supports young electronic artists and could send us two of them.",
          LE_FIL),
    _case(KAT, TEATR_SL, "pl", "literature",
          "Koprodukcja teatralna",
          "Teatr",
          "Teatr Śląski szuka francuskiego teatru do wspólnej, dwujęzycznej koprodukcji "
          "i wymiany aktorów.",
          COMEDIE, COMETE),
    _case(KAT, TEATR_RYB, "pl", "literature music",
          "Gościnny występ we Francji",
          "Teatr lub sala widowiskowa",
          "Nasz teatr chciałby pokazać spektakl muzyczny we Francji i przyjąć francuski "
          "zespół w Rybniku.",
          COMETE, COMEDIE),
    _case(KAT, ALLIANCE, "pl", "education literature",
          "Wyjazd studyjny słuchaczy kursów francuskiego",
          "Stowarzyszenie lub uniwersytet",
          "Nasi słuchacze chcieliby pojechać na tydzień do Saint-Étienne, uczyć się "
          "francuskiego i spotkać się z Francuzami zainteresowanymi Polską.",
          FRANCE_POLOGNE, UJM),
    _case(KAT, MDK, "pl", "youth music",
          "Wymiana młodzieżowa: zespoły muzyczne",
          "Dom kultury",
          "Nasze młodzieżowe zespoły muzyczne chciałyby spotkać się z rówieśnikami "
          "z Saint-Étienne i zagrać wspólny koncert.",
          MJC, LE_FIL),
    _case(KAT, SPODEK, "pl", "music sport",
          "Wymiana doświadczeń między halami widowiskowymi",
          "Hala widowiskowa",
          "Spodek chciałby nawiązać współpracę z dużą halą koncertową we Francji "
          "w zakresie organizacji koncertów i wydarzeń sportowych.",
          ZENITH),
    _case(KAT, None, "pl", "economy",
          "Staż w firmie w Saint-Étienne dla studenta",
          "Firma przemysłowa",
          "Studiuję mechanikę na Politechnice i szukam trzymiesięcznego stażu w firmie "
          "przemysłowej w okolicach Saint-Étienne.",
          THERMI, kind="person", audiences="students"),
    _case(KAT, None, "en", "literature",
          "Translator looking for literary contacts",
          "",
          "I translate contemporary French fiction into Polish and would like to meet "
          "people who organise literary events in Saint-Étienne.",
          FETE_LIVRE, TARENTAIZE, kind="person", audiences="adults"),
    _case(KAT, KATOWICE, "pl", "design",
          "Design",
          "",
          "Współpraca w dziedzinie designu.",
          CITE, ESADSE),
    _case(KAT, None, "pl", "music education",
          "Nauczyciele muzyki",
          "",
          "Szukamy kontaktu z francuską szkołą muzyczną.",
          MASSENET, MUSIC_FIRMINY, kind="music_school", audiences="children teenagers"),
    _case(KAT, UE, "en", "economy",
          "Business study visit for our students",
          "Companies or a chamber of commerce",
          "Our master's students in international business would like to visit companies "
          "in the Saint-Étienne area during a study trip in April.",
          CCI, THERMI),
    _case(KAT, CARITAS, "pl", "social_health",
          "Wizyta studyjna: opieka nad seniorami",
          "Ośrodek pomocy",
          "Nasi opiekunowie seniorów chcieliby odwiedzić francuskie ośrodki dziennego pobytu "
          "i poznać ich metody pracy.",
          CCAS, SENIORS),
)  # fmt: skip
