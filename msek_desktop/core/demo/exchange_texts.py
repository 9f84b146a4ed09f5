"""The words of the demo's exchanges: kinds fitting each field (with how long each lasts),
titles, programme items, outcomes and cancellation notes, in French and Polish."""

from __future__ import annotations

from msek_desktop.core.vocab import CancelReason, ExchangeKind, FundingSource, Language, Side

K = ExchangeKind
_FR, _PL = Language.FR, Language.PL

# field -> (kind, shortest, longest days, weight): what an exchange in that field usually is
KINDS: dict[str, tuple[tuple[ExchangeKind, int, int, int], ...]] = {
    "music": ((K.CONCERT, 2, 5, 6), (K.WORKSHOP, 3, 7, 2), (K.RESIDENCY, 14, 60, 1),
              (K.JOINT_PROJECT, 60, 300, 1)),
    "design": ((K.EXHIBITION, 21, 90, 5), (K.WORKSHOP, 2, 5, 2), (K.RESIDENCY, 30, 90, 1)),
    "crafts": ((K.EXHIBITION, 14, 60, 4), (K.WORKSHOP, 2, 5, 3)),
    "film": ((K.VISIT, 3, 6, 3), (K.WORKSHOP, 3, 7, 2), (K.JOINT_PROJECT, 60, 300, 1)),
    "gastronomy": ((K.WORKSHOP, 2, 5, 4), (K.VISIT, 3, 6, 2)),
    "literature": ((K.RESIDENCY, 14, 60, 4), (K.VISIT, 3, 6, 2)),
    "media_arts": ((K.EXHIBITION, 14, 60, 3), (K.WORKSHOP, 2, 7, 2), (K.RESIDENCY, 21, 60, 1)),
    "education": ((K.VISIT, 5, 10, 5), (K.HOSTING, 5, 14, 2), (K.JOINT_PROJECT, 90, 300, 1)),
    "higher_education": ((K.INTERNSHIP, 30, 150, 4), (K.VISIT, 3, 6, 2),
                         (K.JOINT_PROJECT, 90, 365, 1)),
    "youth": ((K.VISIT, 5, 10, 4), (K.WORKSHOP, 3, 7, 2)),
    "sport": ((K.VISIT, 3, 7, 4), (K.HOSTING, 4, 10, 1)),
}  # fmt: skip
OTHER_KINDS: tuple[tuple[ExchangeKind, int, int, int], ...] = (
    (K.VISIT, 3, 7, 4), (K.JOINT_PROJECT, 60, 300, 2),
)  # fmt: skip
LONG = (K.JOINT_PROJECT, 120, 420)  # a programme running for many months

# how many travel (the guests) and how many receive them (the hosts), by kind
PEOPLE: dict[ExchangeKind, tuple[tuple[int, int], tuple[int, int]]] = {
    K.CONCERT: ((15, 45), (2, 6)),
    K.EXHIBITION: ((2, 6), (2, 8)),
    K.WORKSHOP: ((6, 20), (2, 6)),
    K.VISIT: ((8, 30), (3, 12)),
    K.HOSTING: ((1, 4), (2, 5)),
    K.INTERNSHIP: ((1, 3), (1, 2)),
    K.RESIDENCY: ((1, 3), (1, 3)),
    K.JOINT_PROJECT: ((4, 20), (4, 20)),
    K.OTHER: ((2, 10), (2, 10)),
}

# where the exchange happens, as a title says it: host side -> language -> words
AT: dict[str, dict[Language, str]] = {
    "saint_etienne": {_FR: "à Saint-Étienne", _PL: "w Saint-Étienne"},
    "katowice": {_FR: "à Katowice", _PL: "w Katowicach"},
}

TITLES: dict[Language, dict[ExchangeKind, tuple[str, ...]]] = {
    _FR: {
        K.CONCERT: ("Concert de {guest} {at}", "Tournée de {guest} {at}"),
        K.EXHIBITION: ("Exposition de {guest} {at}", "Exposition croisée avec {guest} {at}"),
        K.WORKSHOP: ("Ateliers avec {guest} {at}", "Semaine d’ateliers de {guest} {at}"),
        K.VISIT: ("Visite de {guest} {at}", "Échange : {guest} {at}"),
        K.HOSTING: ("Accueil d’enseignants de {guest} {at}",),
        K.INTERNSHIP: ("Stage d’étudiants de {guest} {at}",),
        K.RESIDENCY: ("Résidence de {guest} {at}", "Résidence d’artistes de {guest} {at}"),
        K.JOINT_PROJECT: ("Projet commun {host} – {guest}",),
        K.OTHER: ("Rencontre avec {guest} {at}",),
    },
    _PL: {
        K.CONCERT: ("Koncert: {guest} {at}", "Trasa koncertowa: {guest} {at}"),
        K.EXHIBITION: ("Wystawa: {guest} {at}", "Wspólna wystawa z {guest} {at}"),
        K.WORKSHOP: ("Warsztaty: {guest} {at}", "Tydzień warsztatów: {guest} {at}"),
        K.VISIT: ("Wizyta: {guest} {at}", "Wymiana: {guest} {at}"),
        K.HOSTING: ("Przyjęcie nauczycieli: {guest} {at}",),
        K.INTERNSHIP: ("Staż studentów: {guest} {at}",),
        K.RESIDENCY: ("Rezydencja: {guest} {at}", "Rezydencja artystyczna: {guest} {at}"),
        K.JOINT_PROJECT: ("Wspólny projekt {host} – {guest}",),
        K.OTHER: ("Spotkanie: {guest} {at}",),
    },
}

# the programme of a short exchange: arrival, what it is about, departure
ARRIVAL = {_FR: "Arrivée, accueil et visite de la ville", _PL: "Przyjazd, powitanie, zwiedzanie"}
DEPARTURE = {_FR: "Bilan et départ", _PL: "Podsumowanie i wyjazd"}
HIGHLIGHT: dict[Language, dict[ExchangeKind, str]] = {
    _FR: {
        K.CONCERT: "Concert public", K.EXHIBITION: "Vernissage", K.WORKSHOP: "Ateliers",
        K.VISIT: "Rencontres et visites", K.HOSTING: "Cours partagés",
        K.OTHER: "Rencontre",
    },
    _PL: {
        K.CONCERT: "Koncert otwarty", K.EXHIBITION: "Wernisaż", K.WORKSHOP: "Warsztaty",
        K.VISIT: "Spotkania i zwiedzanie", K.HOSTING: "Wspólne lekcje",
        K.OTHER: "Spotkanie",
    },
}  # fmt: skip
PLACES = {
    "saint_etienne": ("Cité du design", "Opéra de Saint-Étienne", "Maison de l’Europe",
                      "Musée d’Art Moderne et Contemporain", "Le Fil", "Puits Couriot"),
    "katowice": ("NOSPR", "Muzeum Śląskie", "Międzynarodowe Centrum Kongresowe", "Rondo Sztuki",
                 "Akademia Muzyczna", "Nikiszowiec"),
}  # fmt: skip

OUTCOMES = {
    _FR: (
        "Deux concerts complets, environ 600 spectateurs.",
        "Les élèves ont présenté leur travail aux familles ; une suite est envisagée.",
        "Très bon accueil ; article dans Le Progrès.",
        "Partenariat renouvelé pour la saison prochaine.",
        "Objectifs atteints, rapport final envoyé au financeur.",
    ),
    _PL: (
        "Dwa koncerty przy pełnej sali, ok. 600 widzów.",
        "Uczniowie pokazali efekty pracy rodzicom; planujemy kontynuację.",
        "Bardzo dobre przyjęcie; artykuł w Dzienniku Zachodnim.",
        "Partnerstwo przedłużone na kolejny sezon.",
        "Cele osiągnięte, raport końcowy wysłany do grantodawcy.",
    ),
}
CANCEL_NOTES: dict[Language, dict[CancelReason, str]] = {
    _FR: {
        CancelReason.FUNDING: "La subvention demandée n’a pas été accordée.",
        CancelReason.SCHEDULE: "Pas de dates communes avant la fin de l’année scolaire.",
        CancelReason.PARTNER_WITHDREW: "Changement de direction chez le partenaire.",
        CancelReason.HEALTH_SAFETY: "Épidémie de grippe dans l’établissement.",
        CancelReason.OTHER: "Grève des transports, déplacement impossible.",
    },
    _PL: {
        CancelReason.FUNDING: "Wniosek o dotację nie został przyjęty.",
        CancelReason.SCHEDULE: "Brak wspólnego terminu przed końcem roku szkolnego.",
        CancelReason.PARTNER_WITHDREW: "Zmiana dyrekcji u partnera.",
        CancelReason.HEALTH_SAFETY: "Epidemia grypy w szkole.",
        CancelReason.OTHER: "Strajk przewoźnika, wyjazd niemożliwy.",
    },
}
# a funding line's note when the amount is not known yet
AMOUNT_PENDING = {_FR: "montant à confirmer", _PL: "kwota do potwierdzenia"}

# source -> (lowest, highest amount, rounded to) in the source's usual currency
AMOUNTS: dict[FundingSource, tuple[int, int, int]] = {
    FundingSource.ERASMUS_PLUS: (3000, 40000, 500),
    FundingSource.CREATIVE_EUROPE: (10000, 150000, 1000),
    FundingSource.SAINT_ETIENNE_CITY: (500, 8000, 100),
    FundingSource.KATOWICE_CITY: (2000, 30000, 500),
    FundingSource.OWN_FUNDS: (300, 5000, 50),
    FundingSource.OTHER: (1000, 15000, 500),
}
OTHER_FUNDERS = {
    _FR: ("Institut français", "Région Auvergne-Rhône-Alpes", "mécénat d’entreprise"),
    _PL: ("Instytut Polski", "Urząd Marszałkowski", "sponsor prywatny"),
}


def language(letter_language: str, side: str) -> Language:
    """Who writes the exchange's texts: the inquiry's language when French or Polish,
    otherwise the staff of the inquiry's side."""
    if letter_language in (Language.FR.value, Language.PL.value):
        return Language(letter_language)
    return Language.FR if side == Side.SAINT_ETIENNE.value else Language.PL
