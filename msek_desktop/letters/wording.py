"""The words around the template, in French, Polish and English.

Salutation and closing match the recipient: a named woman or man, or nobody in particular
(then the neutral forms "Madame, Monsieur," / "Szanowni Państwo," / "Dear Sir or Madam,").
Dates are Babel's long format ("25 novembre 2026", "25 listopada 2026", "25 November 2026",
British English), with the French "1er" for the first of the month.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

from msek_desktop.core import sides
from msek_desktop.core.proposals import Partner, Recipient, Requester
from msek_desktop.core.vocab import Side

NBSP = "\u00a0"
CITIES = "Saint-Étienne · Katowice"
BULLET = "–"


@dataclass(frozen=True)
class Wording:
    locale: str
    honorific: dict[str, str]  # ms | mr -> the word before a name
    subject_label: str
    our_ref: str
    your_request: str
    handled_by: str
    phone_abbr: str
    page: str  # format with page, pages
    fields_label: str
    website_label: str
    # where the closing and signature stand: the right half, or under the text
    signature_right: bool
    closing_in_signature: bool


WORDING: dict[str, Wording] = {
    "fr": Wording(
        locale="fr_FR",
        honorific={"ms": "Madame", "mr": "Monsieur"},
        subject_label=f"Objet{NBSP}: ",
        our_ref=f"Notre référence{NBSP}:",
        your_request=f"Votre demande du{NBSP}:",
        handled_by=f"Dossier suivi par{NBSP}:",
        phone_abbr="tél.",
        page="Page {page}/{pages}",
        fields_label=f"Domaines{NBSP}:",
        website_label=f"Site web{NBSP}:",
        signature_right=True,
        closing_in_signature=False,
    ),
    "pl": Wording(
        locale="pl_PL",
        honorific={"ms": "Pani", "mr": "Pan"},
        subject_label="",
        our_ref="Nasz znak:",
        your_request="Zapytanie z dnia:",
        handled_by="Sprawę prowadzi:",
        phone_abbr="tel.",
        page="Strona {page}/{pages}",
        fields_label="Dziedziny:",
        website_label="Strona internetowa:",
        signature_right=True,
        closing_in_signature=True,
    ),
    "en": Wording(
        locale="en_GB",
        honorific={"ms": "Ms", "mr": "Mr"},
        subject_label="",
        our_ref="Our ref.:",
        your_request="Your enquiry of:",
        handled_by="Contact:",
        phone_abbr="tel.",
        page="Page {page} of {pages}",
        fields_label="Fields:",
        website_label="Website:",
        signature_right=False,
        closing_in_signature=True,
    ),
}

# Polish forms of address by case: nominative, genitive, dative, accusative, instrumental,
# locative ("Pani zapytanie", "spotka się z Pana zainteresowaniem", "pomożemy Państwu").
CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
_POLISH_FORMS = {
    "ms": ("Pani", "Pani", "Pani", "Panią", "Panią", "Pani"),
    "mr": ("Pan", "Pana", "Panu", "Pana", "Panem", "Panu"),
    "none": ("Państwo", "Państwa", "Państwu", "Państwa", "Państwem", "Państwu"),
}
_YOU = {"fr": "vous", "en": "you"}


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(WORDING[language].locale)


def _known(recipient: Recipient) -> str:
    """ms, mr, or none when the honorific or the last name is missing."""
    if recipient.honorific in ("ms", "mr") and recipient.last_name:
        return recipient.honorific
    return "none"


def honorific(language: str, recipient: Recipient) -> str:
    return WORDING[language].honorific.get(_known(recipient), "")


def salutation(language: str, recipient: Recipient) -> str:
    who = _known(recipient)
    if language == "fr":
        return {"ms": "Madame,", "mr": "Monsieur,"}.get(who, "Madame, Monsieur,")
    if language == "pl":
        return {"ms": "Szanowna Pani,", "mr": "Szanowny Panie,"}.get(who, "Szanowni Państwo,")
    if who == "none":
        return "Dear Sir or Madam,"
    return f"Dear {WORDING['en'].honorific[who]} {recipient.last_name},"


def closing(language: str, recipient: Recipient) -> str:
    who = _known(recipient)
    if language == "fr":
        title = {"ms": "Madame", "mr": "Monsieur"}.get(who, "Madame, Monsieur")
        return f"Nous vous prions d’agréer, {title}, l’expression de nos salutations distinguées."
    if language == "pl":
        return "Z wyrazami szacunku"
    return "Yours faithfully," if who == "none" else "Yours sincerely,"


def address_forms(language: str, recipient: Recipient) -> dict[str, str]:
    """The address_* placeholders: Polish case forms; "vous" / "you" elsewhere."""
    if language != "pl":
        return {f"address_{case}": _YOU[language] for case in CASES}
    forms = _POLISH_FORMS[_known(recipient) if recipient.last_name else "none"]
    return {f"address_{case}": form for case, form in zip(CASES, forms, strict=True)}


def long_date(language: str, day: date) -> str:
    text = format_date(day, format="long", locale=_locale(language))
    if language == "fr" and day.day == 1:
        text = "1er" + text[1:]
    return text


def date_line(language: str, city: str, day: date) -> str:
    when = long_date(language, day)
    if not city:
        return when
    return f"{city}, le {when}" if language == "fr" else f"{city}, {when}"


def join(language: str, items: Sequence[str]) -> str:
    return format_list(list(items), locale=_locale(language)) if items else ""


def in_sentence(name: str) -> str:
    """A field's name inside a sentence: "Musique" -> "musique", but "UNESCO" stays."""
    if len(name) > 1 and name[0].isupper() and not name[1].isupper():
        return name[0].lower() + name[1:]
    return name


def fields_list(language: str, names: Sequence[str]) -> str:
    return join(language, [in_sentence(n) for n in names])


def country_name(language: str, code: str) -> str:
    """A destination country as the address's last line: in capitals, in the letter's language."""
    name = str(_locale(language).territories.get(code.upper(), code))
    return name.upper()


# Where the counterpart is sought (core.sides.other_side): one city, or either (None)
_CITY = {Side.SAINT_ETIENNE: "Saint-Étienne", Side.KATOWICE: "Katowice"}
_EITHER = {
    "fr": "Saint-Étienne ou Katowice",
    "pl": "Saint-Étienne lub Katowice",
    "en": "Saint-Étienne or Katowice",
}
_IN_CITY: dict[str, dict[Side | None, str]] = {
    "fr": {
        Side.SAINT_ETIENNE: "à Saint-Étienne", Side.KATOWICE: "à Katowice",
        None: "à Saint-Étienne ou à Katowice",
    },
    "pl": {
        Side.SAINT_ETIENNE: "w Saint-Étienne", Side.KATOWICE: "w Katowicach",
        None: "w Saint-Étienne lub w Katowicach",
    },
    "en": {
        Side.SAINT_ETIENNE: "in Saint-Étienne", Side.KATOWICE: "in Katowice",
        None: "in Saint-Étienne or Katowice",
    },
}  # fmt: skip


def other_side(language: str, side: str) -> str:
    """Where the counterpart is sought: the other city, or either for the third side."""
    other = sides.other_side(side)
    return _CITY[other] if other is not None else _EITHER.get(language, _EITHER["en"])


def in_other_city(language: str, side: str) -> str:
    """Where the counterpart is sought, as a place: "à Katowice", "w Katowicach"..."""
    return _in_other_city(language, side)


def _in_other_city(language: str, side: str) -> str:
    return _IN_CITY.get(language, _IN_CITY["en"])[sides.other_side(side)]


def squeeze(text: str) -> str:
    """Runs of spaces and line breaks as one space; no-break spaces stay."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def _sentence(text: str) -> str:
    text = squeeze(text)
    return text if not text or text[-1] in ".!?…" else text + "."


def _partner_line(language: str, partner: Partner) -> str:
    w = WORDING[language]
    colon = f"{NBSP}:" if language == "fr" else ":"
    head = f"{partner.name} ({partner.city})" if partner.city else partner.name
    parts = [f"{head}{colon} {_sentence(partner.description)}" if partner.description else head]
    if not partner.description:
        parts[0] += "."
    if partner.fields:
        names = ", ".join(in_sentence(n) for n in partner.fields)
        parts.append(_sentence(f"{w.fields_label} {names}"))
    if partner.website:
        parts.append(f"{w.website_label} {partner.website}")
    return f"{BULLET} " + " ".join(parts)


def partners_paragraph(language: str, partners: Sequence[Partner], side: str) -> str:
    """The proposed counterparts and what they offer; or that the office is still looking."""
    where = _in_other_city(language, side)
    if not partners:
        return {
            "fr": f"Nous recherchons actuellement {where} la structure la mieux à même de "
            "répondre à votre demande et ne manquerons pas de revenir vers vous dès que "
            "possible avec une proposition concrète.",
            "pl": f"Obecnie poszukujemy {where} partnera, który najlepiej odpowie na zgłoszone "
            "potrzeby, i niezwłocznie przekażemy konkretną propozycję.",
            "en": f"We are currently looking for the partner {where} best placed to meet your "
            "needs and will come back to you with a concrete proposal as soon as possible.",
        }[language]
    many = len(partners) > 1
    intro = {
        "fr": "Nous vous proposons d’entrer en relation avec "
        + (f"les structures suivantes{NBSP}:" if many else f"la structure suivante{NBSP}:"),
        "pl": "Proponujemy nawiązanie kontaktu z "
        + ("następującymi partnerami:" if many else "następującym partnerem:"),
        "en": "We suggest that you get in touch with the following "
        + ("organisations:" if many else "organisation:"),
    }[language]
    return "\n".join([intro, *(_partner_line(language, p) for p in partners)])


# -- whom to contact --------------------------------------------------------------------------

_CONTACT_SIGNER = {
    "fr": "Pour toute question, vous pouvez vous adresser à {who}.",
    "pl": "W razie pytań prosimy o kontakt z osobą prowadzącą sprawę: {who}.",
    "en": "Should you have any questions, please contact {who}.",
}
_CONTACT_OFFICE = {
    "fr": "Pour toute question, nous vous invitons à prendre contact avec notre bureau{reach}.",
    "pl": "W razie pytań prosimy o kontakt z naszym biurem{reach}.",
    "en": "Should you have any questions, please contact our office{reach}.",
}
# the office where a sentence names a person (the {signer_contact} of a letter nobody signs)
OFFICE_WORDS = {"fr": "notre bureau", "pl": "naszym biurem", "en": "our office"}


def contact_sentence(language: str, signer_contact: str | None, office_reach: str) -> str:
    """The closing sentence: whom to contact, the signer if there is one, else the office."""
    if signer_contact:
        return _CONTACT_SIGNER[language].format(who=signer_contact)
    reach = f" ({office_reach})" if office_reach else ""
    return _CONTACT_OFFICE[language].format(reach=reach)


# -- the person who asked, presented to a partner ------------------------------------------

_REQUESTER_LABELS = {
    # request, counterpart sought, fields, contact
    "fr": (f"Demande{NBSP}:", f"Partenaire recherché{NBSP}:", f"Domaines{NBSP}:",
           f"Coordonnées{NBSP}:"),
    "pl": ("Zapytanie:", "Poszukiwany partner:", "Dziedziny:", "Kontakt:"),
    "en": ("Request:", "Counterpart sought:", "Fields:", "Contact:"),
}  # fmt: skip
_QUOTES = {"fr": (f"«{NBSP}", f"{NBSP}»"), "pl": ("„", "”"), "en": ("‘", "’")}


def requester_paragraph(
    language: str, who: Requester, subject: str, counterpart: str, fields: Sequence[str]
) -> str:
    """Who asked, what they want, how to reach them: list items for an introduction letter."""
    request, sought, fields_label, reach_label = _REQUESTER_LABELS[language]
    phone = WORDING[language].phone_abbr
    place = f"({who.city})" if who.city else ""
    head = ", ".join(x for x in (who.name, who.position, who.organisation) if x)
    head = " ".join(x for x in (head, place) if x) or place.strip("()")
    first = _sentence(head) if head else ""
    if who.description:
        first = f"{first} {_sentence(who.description)}".strip()
    opening, closing_quote = _QUOTES[language]
    lines = [first, f"{request} {opening}{squeeze(subject)}{closing_quote}"]
    if counterpart.strip():
        lines.append(_sentence(f"{sought} {counterpart}"))
    if fields:
        lines.append(_sentence(f"{fields_label} {fields_list(language, fields)}"))
    reach = [x for x in (who.email, f"{phone} {who.phone}" if who.phone else "") if x]
    if reach:
        lines.append(f"{reach_label} {', '.join(reach)}")
    return "\n".join(f"{BULLET} {line}" for line in lines if line)


# -- no line ends with a one-letter word (Polish typesetting) ------------------------------

# a one-letter word (a, i, o, u, w, z, capitalised too) or "r." (rok), standing as a word
# (after a space, an opening bracket or quote, or at the start), and the spaces after it
_DANGLING = re.compile(r"(?<![^\s(\[„\"'«])([aiouwzAIOUWZ]|r\.) +(?=\S)")

# "tel. +48 32 253 71 13": the abbreviation and the number's groups
_PHONE = re.compile(r"(?:\b(?:tel|tél)\. )?\+?\d[\d ]*\d(?= *[),.;]| *$)", re.MULTILINE)
_DAY = re.compile(r"(?<![\w.,])(\d{1,2}(?:er)?) +(?=[^\W\d_])")
_YEAR = re.compile(r"(\d) +(?=r\.)")  # "2026 r.": the year stays with its "r."


def keep_together(language: str, text: str) -> str:
    """What must not be split at a line's end, joined by no-break spaces: in every language a
    phone number and the "tel." before it, and a day with its month ("23 września": a one-
    or two-digit number with the word after it); in Polish each one-letter word and "r."
    with the next word, so no line of the printed letter ends with one."""
    text = _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    text = _DAY.sub(lambda m: m.group(1) + NBSP, text)
    if language != "pl":
        return text
    text = _YEAR.sub(lambda m: m.group(1) + NBSP, text)
    return _DANGLING.sub(lambda m: m.group(1) + NBSP, text)
