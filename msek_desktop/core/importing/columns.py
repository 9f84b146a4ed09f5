"""Understanding the columns of an import file and coded values, in English, French or Polish."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from msek_desktop.core.search import fold
from msek_desktop.core.vocab import (
    Audience,
    Channel,
    ConsentHow,
    ConsentPurpose,
    Language,
    LegalBasis,
    OrganisationKind,
    Side,
)

# column code -> header names accepted (besides the code itself), folded when used
COLUMNS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "prénom", "imię"),
    "last_name": ("last name", "lastname", "name", "surname", "nom", "nom de famille", "nazwisko"),
    "email": ("e-mail", "e mail", "mail", "courriel", "adres e-mail"),
    "phone": ("telephone", "téléphone", "tél", "tel", "telefon"),
    "organisation": ("organization", "organisme", "organizacja", "institution", "instytucja"),
    "organisation_kind": ("organization_kind", "type d'organisme", "typ organizacji"),
    "city": ("ville", "miasto"),
    "country": ("pays", "kraj"),
    "side": ("territoire", "strona"),
    "field": ("fields", "domaine", "domaines", "dziedzina", "dziedziny"),
    "language": ("langue", "język"),
    "channel": ("canal", "kanał"),
    "received_on": ("date", "reçu le", "data wpływu", "received"),
    "subject": ("objet", "temat", "sujet"),
    "message": ("wiadomość", "texte", "treść"),
    # the profile of the row's organisation (core.organisations): a new organisation gets
    # these, one already recorded only those it lacks (see importing.writing)
    "description_fr": (
        "description (French)",
        "French description",
        "description (français)",
        "description française",
        "description en français",
        "opis (po francusku)",
        "opis po francusku",
        "opis francuski",
    ),
    "description_pl": (
        "description (Polish)",
        "Polish description",
        "description (polonais)",
        "description polonaise",
        "description en polonais",
        "opis (po polsku)",
        "opis po polsku",
        "opis polski",
    ),
    "description_en": (
        "description (English)",
        "English description",
        "description (anglais)",
        "description anglaise",
        "description en anglais",
        "opis (po angielsku)",
        "opis po angielsku",
        "opis angielski",
    ),
    "offers": ("offer", "what they offer", "offre", "offres", "propose", "oferta", "oferuje"),
    "seeks": (
        "seek",
        "what they seek",
        "looks for",
        "recherche",
        "cherche",
        "szuka",
        "poszukuje",
    ),
    "tags": ("tag", "keywords", "mots clés", "étiquettes", "tagi", "słowa kluczowe"),
    "audiences": (
        "audience",
        "public",
        "publics",
        "public visé",
        "odbiorcy",
        "grupy docelowe",
    ),
    "languages": (
        "working languages",
        "langues",
        "langues de travail",
        "języki",
        "języki pracy",
    ),
    "capacity": (
        "visitors",
        "capacité",
        "capacité d'accueil",
        "pojemność",
        "liczba miejsc",
        "liczba gości",
    ),
    "active": ("actif", "active?", "aktywna", "aktywny", "czynna"),
    # the person's legal basis and contact preferences (core.privacy.consent): yes or no
    "legal_basis": ("legal basis", "base légale", "base juridique", "podstawa prawna"),
    "no_letters": ("no letters", "pas de courrier", "pas de courriers", "bez listów"),
    "no_email": ("no emails", "pas de courriel", "pas de courriels", "pas d'e-mail", "bez e-maili"),
    "no_phone": ("no calls", "pas d'appel", "pas d'appels", "bez telefonów", "nie dzwonić"),
    # the person's consents (core.privacy.consent): what they agreed to, when and how
    "consents": ("consent", "consentement", "consentements", "zgoda", "zgody"),
    "consent_given_on": (
        "consent date",
        "consent given",
        "consentement donné le",
        "date du consentement",
        "data zgody",
        "zgoda z dnia",
        "zgoda wyrażona",
    ),
    "consent_how": (
        "consent given by",
        "consent given how",
        "consentement donné par",
        "forme du consentement",
        "sposób wyrażenia zgody",
        "forma zgody",
        "zgoda wyrażona przez",
    ),
}


_WORDS: dict[str, dict[str, str]] = {
    "side": {
        "saint etienne": "saint_etienne", "st etienne": "saint_etienne",
        "saint etienne metropole": "saint_etienne", "france": "saint_etienne",
        "francja": "saint_etienne", "katowice": "katowice", "katowicach": "katowice",
        "polska": "katowice", "poland": "katowice", "pologne": "katowice",
        "other": "other", "autre": "other", "inne": "other", "inna": "other",
    },
    "language": {
        "french": "fr", "francais": "fr", "francuski": "fr", "polish": "pl", "polonais": "pl",
        "polski": "pl", "english": "en", "anglais": "en", "angielski": "en",
    },
    "channel": {
        "e mail": "email", "mail": "email", "courriel": "email", "telephone": "phone",
        "tel": "phone", "telefon": "phone", "visite": "visit", "wizyta": "visit",
        "lettre": "letter", "courrier": "letter", "list": "letter", "evenement": "event",
        "wydarzenie": "event", "site": "website", "site web": "website", "site internet": "website",
        "strona": "website", "strona internetowa": "website", "www": "website",
        "recommandation": "referral", "polecenie": "referral",
    },
    "organisation_kind": {
        "ecole": "school", "szkola": "school", "music school": "music_school",
        "conservatoire": "music_school", "ecole de musique": "music_school",
        "szkola muzyczna": "music_school", "universite": "university",
        "uniwersytet": "university", "uczelnia": "university", "culture": "cultural",
        "culturel": "cultural", "kultura": "cultural", "entreprise": "company",
        "firma": "company", "przedsiebiorstwo": "company", "stowarzyszenie": "association",
        "fundacja": "association", "mairie": "municipality", "commune": "municipality",
        "gmina": "municipality", "urzad": "municipality", "autre": "other", "inne": "other",
    },
    "audiences": {
        "child": "children", "kids": "children", "enfant": "children", "enfants": "children",
        "dzieci": "children", "dziecko": "children", "teenager": "teenagers",
        "teens": "teenagers", "young people": "teenagers", "adolescent": "teenagers",
        "adolescents": "teenagers", "ados": "teenagers", "jeunes": "teenagers",
        "mlodziez": "teenagers", "nastolatki": "teenagers", "student": "students",
        "etudiant": "students", "etudiants": "students", "studenci": "students",
        "adult": "adults", "adulte": "adults", "adultes": "adults",
        "dorosli": "adults", "dorosly": "adults", "professional": "professionals",
        "professionnel": "professionals", "professionnels": "professionals",
        "profesjonalisci": "professionals", "profesjonalista": "professionals",
        "specjalisci": "professionals",
    },
    "active": {
        "yes": "yes", "y": "yes", "true": "yes", "1": "yes", "oui": "yes", "o": "yes",
        "vrai": "yes", "tak": "yes", "t": "yes", "active": "yes", "actif": "yes",
        "aktywna": "yes", "aktywny": "yes", "no": "no", "n": "no", "false": "no", "0": "no",
        "non": "no", "faux": "no", "nie": "no", "inactive": "no", "inactif": "no",
        "nieaktywna": "no", "nieaktywny": "no",
    },
    "legal_basis": {
        "own request": "own_request", "request": "own_request", "demande": "own_request",
        "sa demande": "own_request", "a sa demande": "own_request", "prosba": "own_request",
        "na prosbe": "own_request", "wlasna prosba": "own_request",
        "na wlasna prosbe": "own_request", "consentement": "consent", "zgoda": "consent",
        "legitimate interest": "legitimate_interest", "interet legitime": "legitimate_interest",
        "uzasadniony interes": "legitimate_interest", "contrat": "contract", "umowa": "contract",
    },
    "yes_no": {
        "yes": "yes", "y": "yes", "true": "yes", "1": "yes", "x": "yes", "oui": "yes",
        "o": "yes", "vrai": "yes", "tak": "yes", "t": "yes", "no": "no", "n": "no",
        "false": "no", "0": "no", "non": "no", "faux": "no", "nie": "no",
    },
    "consents": {
        "contact": "contact_exchanges", "exchanges": "contact_exchanges",
        "contact about exchanges": "contact_exchanges", "echanges": "contact_exchanges",
        "contact echanges": "contact_exchanges", "contact pour les echanges": "contact_exchanges",
        "wymiany": "contact_exchanges", "kontakt": "contact_exchanges",
        "kontakt w sprawie wymian": "contact_exchanges", "newsletters": "newsletter",
        "bulletin": "newsletter", "bulletins": "newsletter",
        "bulletin d information": "newsletter", "bulletins d information": "newsletter",
        "lettre d information": "newsletter", "infolettre": "newsletter",
        "biuletyn": "newsletter", "newsletter": "newsletter", "photo": "photos",
        "photographs": "photos", "photographies": "photos", "droit a l image": "photos",
        "zdjecia": "photos", "zdjecie": "photos", "fotografie": "photos", "wizerunek": "photos",
    },
    "consent_how": {
        "e mail": "email", "mail": "email", "courriel": "email", "par courriel": "email",
        "par e mail": "email", "mailowo": "email", "formulaire": "form", "web form": "form",
        "formularz": "form", "lettre": "letter", "courrier": "letter", "par courrier": "letter",
        "list": "letter", "listownie": "letter", "telephone": "phone", "par telephone": "phone",
        "tel": "phone", "telefon": "phone", "telefonicznie": "phone",
    },
    "country": {
        "france": "FR", "francja": "FR", "poland": "PL", "pologne": "PL", "polska": "PL",
        "germany": "DE", "allemagne": "DE", "niemcy": "DE",
    },
}  # fmt: skip


_ENUMS: dict[str, Any] = {
    "side": Side,
    "language": Language,
    "channel": Channel,
    "organisation_kind": OrganisationKind,
    "audiences": Audience,
    "legal_basis": LegalBasis,
    "consents": ConsentPurpose,
    "consent_how": ConsentHow,
}


_LOOSE = re.compile(r"[\s_\-'.’]+")


_FIELD_SPLIT = re.compile(r"[,;|/\n]+")


@lru_cache(maxsize=8192)  # a file writes the same words on many rows
def _loose(text: str) -> str:
    return _LOOSE.sub(" ", fold(text)).strip()


_BRACKETS = re.compile(r"[()\[\]:?]")


def _header_key(text: str) -> str:
    """A header as compared: folded, and without brackets: "Opis (po polsku)" is "opis po
    polsku"."""
    return _loose(_BRACKETS.sub(" ", text))


_HEADER_NAMES: dict[str, str] = {}


for _code, _names in COLUMNS.items():
    for _name in (_code, _code.replace("_", " "), *_names):
        _HEADER_NAMES.setdefault(_header_key(_name), _code)


def map_headers(
    headers: Sequence[str], names: Mapping[str, str] | None = None
) -> tuple[dict[str, int], list[str]]:
    """column code -> position, and the headers not understood (first one wins). `names`:
    header key -> column code, the inquiries' columns unless another import's are given."""
    known = _HEADER_NAMES if names is None else names
    found: dict[str, int] = {}
    ignored: list[str] = []
    for position, header in enumerate(headers):
        code = known.get(_header_key(header.lstrip("\ufeff")))
        if code is None or code in found:
            if header.strip():
                ignored.append(header)
            continue
        found[code] = position
    return found, ignored


@lru_cache(maxsize=8192)
def _word_code(column: str, text: str) -> str | None:
    loose = _loose(text)
    if not loose:
        return None
    enum = _ENUMS.get(column)
    if enum is not None:
        for member in enum:
            if _loose(member.value) == loose:
                return str(member.value)
    return _WORDS.get(column, {}).get(loose)
