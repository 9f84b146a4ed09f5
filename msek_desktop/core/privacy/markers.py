"""What names a person in free text, and taking it out.

markers(contact) lists the ways their name, email and phone may be written: "First Last",
"Last First", "Last, First", each with and without accents, the first and last names alone,
their Polish case forms ("Zdzisławy Wąchockiej", "z Janem Nowakiem": in the person's own
records only, as the first and last names alone),
the email, the phone as typed and as the office writes it (international, E.164, national,
bare digits). scrub(text, markers) replaces every occurrence by ERASED_MARK: names and emails
whatever their case, whole words only (a hyphenated word is one word); a phone whatever the
spaces, dots or dashes between its digits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Protocol

import phonenumbers

from msek_desktop.core.privacy.inflection import inflected_forms

ERASED_MARK = "[erased]"
_PHONE_LIKE = re.compile(r"\+?[\d\s().\-/]+")
_PHONE_GAP = r"[\s.\-/()]*"
_MIN_PHONE_DIGITS = 6
_EXTRA_FOLDS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "ø": "o", "Ø": "O", "ß": "ss"})


class Person(Protocol):
    """What markers() reads of a person (models.Contact, or a row with the same names)."""

    first_name: str
    last_name: str
    email: str
    phone: str
    side: str


def unaccented(text: str) -> str:
    """`text` without its accents, case kept ("Wiśniewska" -> "Wisniewska", "Łódź" -> "Lodz")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _with_unaccented(forms: Iterable[str]) -> list[str]:
    out: list[str] = []
    for form in forms:
        out.extend((form, unaccented(form)))
    return out


def phone_forms(phone: str, side: str) -> list[str]:
    """A phone number as typed, then as the office may have written it elsewhere."""
    typed = phone.strip()
    if not typed:
        return []
    forms = [typed]
    region = "FR" if side == "saint_etienne" else "PL"
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None:
        fmt = phonenumbers.PhoneNumberFormat
        for style in (fmt.E164, fmt.INTERNATIONAL, fmt.NATIONAL):
            forms.append(phonenumbers.format_number(number, style))
        national = phonenumbers.format_number(number, fmt.NATIONAL)
        forms.append(re.sub(r"\D", "", national))
        forms.append(f"{number.country_code}{number.national_number}")
    forms.append(re.sub(r"\D", "", typed))
    return [f for f in forms if len(re.sub(r"\D", "", f)) >= _MIN_PHONE_DIGITS]


def name_forms(first: str, last: str) -> list[str]:
    """The full name in its usual orders (most specific first)."""
    first, last = " ".join(first.split()), " ".join(last.split())
    if first and last:
        return _with_unaccented((f"{first} {last}", f"{last} {first}", f"{last}, {first}"))
    return []


def markers(contact: Person) -> list[str]:
    """Every form of the person's name, email and phone, longest first, each once."""
    forms = name_forms(contact.first_name or "", contact.last_name or "")
    forms += _with_unaccented(n.strip() for n in (contact.last_name, contact.first_name) if n)
    forms += _declined(contact)
    if contact.email:
        forms.append(contact.email.strip())
    forms += phone_forms(contact.phone or "", contact.side or "")
    unique = {f.casefold(): f for f in reversed(forms) if len(f.strip()) >= 2}
    return sorted(unique.values(), key=lambda f: (-len(f), f))


def wide_markers(contact: Person) -> list[str]:
    """The markers specific enough to look for in anyone's records: the full name, the email
    and the phone (not a first or last name alone, which others share)."""
    single = {n.strip().casefold() for n in (contact.first_name, contact.last_name) if n}
    single |= {unaccented(n) for n in single}
    single |= {f.casefold() for f in _declined(contact)}  # the person's own records only
    return [m for m in markers(contact) if m.casefold() not in single]


def _declined(contact: Person) -> list[str]:
    """The Polish case forms of the name (core.privacy.inflection), with and without
    accents: "Zdzisławy Wąchockiej", "Nowakiem"."""
    return _with_unaccented(inflected_forms(contact.first_name or "", contact.last_name or ""))


def is_phone(marker: str) -> bool:
    digits = re.sub(r"\D", "", marker)
    return bool(_PHONE_LIKE.fullmatch(marker)) and len(digits) >= _MIN_PHONE_DIGITS


def _pattern(marker: str) -> str:
    if is_phone(marker):
        digits = re.sub(r"\D", "", marker)
        return r"(?<!\d)\+?" + _PHONE_GAP.join(digits) + r"(?!\d)"
    body = r"\s+".join(re.escape(part) for part in marker.split())
    # a whole word, a hyphen counting as part of it: "Étienne" is not taken out of
    # "Saint-Étienne", nor "Nowak" out of "Wiśniewska-Nowak" (another name)
    start = r"(?<![\w-])" if marker[:1].isalnum() or marker[:1] == "_" else ""
    end = r"(?![\w-])" if marker[-1:].isalnum() or marker[-1:] == "_" else ""
    return start + body + end


def compile_markers(markers_: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern matching any of `markers_` (longest first); None when there are none."""
    usable = sorted({m.strip() for m in markers_ if m.strip()}, key=lambda m: (-len(m), m))
    if not usable:
        return None
    return re.compile("|".join(_pattern(m) for m in usable), re.IGNORECASE)


def scrub(text: str, pattern: re.Pattern[str] | None) -> str:
    """`text` with every match of `pattern` (compile_markers) replaced by ERASED_MARK."""
    if pattern is None or not text:
        return text
    return pattern.sub(ERASED_MARK, text)


def _escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def like_patterns(markers_: Sequence[str]) -> list[str]:
    """SQL LIKE patterns (escape character backslash) finding the rows that may hold one of
    `markers_`: a superset, each row checked again with compile_markers' pattern. A name or
    email anywhere, as written, in lower case and in upper case (SQLite's LIKE ignores the
    case of ASCII letters only: "É" and "é" need a pattern each); a phone by its last digits
    with anything between them (spaces, dots, dashes)."""
    patterns: dict[str, str] = {}
    for marker in markers_:
        m = marker.strip()
        if is_phone(m):
            digits = re.sub(r"\D", "", m)
            found = "%" + "%".join(digits[-_MIN_PHONE_DIGITS:]) + "%"
            patterns[found] = found
        elif m:
            for form in (m, m.lower(), m.upper()):
                found = f"%{_escaped(form)}%"
                patterns.setdefault(found.translate(_ASCII_LOWER), found)
    return sorted(patterns.values())
