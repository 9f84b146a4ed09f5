"""Who is the same person: names folded for identity, invisible characters, look-alike letters.

One implementation serves the import (which links a row to a recorded person or organisation)
and the window's "a similar person already exists" warning.

Cleaning (clean_text) is what is stored, in NFC: no NUL, C0 or C1 control characters (tabs and line
breaks only in multi-line fields, elsewhere they become spaces), no BOM, zero-width space or
word joiner, no bidi embedding or override (U+202A–E reorders all that follows), and no bidi
mark, isolate or zero-width joiner at either end (between letters some scripts need them).

Folding (identity_key) is only compared, never stored: invisible and control characters
removed, NFKC, letters of other scripts that look like Latin ones replaced by them (the Unicode
confusables data of UTS #39, shipped by the confusable-homoglyphs package; Latin letters are
left to the accent folding, so "ß" still reads "ss" and ASCII "rn" is not taken for "m"),
then search.fold (case, accents, ł) and punctuation as spaces. "\u202eNowak", "Nowak" and
"Nowak" with a Cyrillic "а" all fold to "nowak".

The rules (compare_people):
- an email on both sides decides: the same email is the same person, two different emails
  are two people;
- otherwise the same person needs the same first name and the same last name once folded, or
  last names differing only by the Polish feminine/masculine ending (Kowalska/Kowalski) for a
  woman's first name: abroad a woman's name is often written in its masculine (dictionary)
  form, while a man's name is never written in the feminine one ("Jan Kowalska" is not "Jan
  Kowalski"); plus the same organisation when the new record names one;
- a close likeness short of that (a first name or a last name a few letters apart, one first
  name missing, another organisation) is only *possible*: shown to the user, never linked
  without their word.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources

import confusable_homoglyphs  # imported, not named: the bundle's analysis then takes it

from msek_desktop.core.folding import fold  # the search's (core.search.fold)

__all__ = [
    "Likeness",
    "Person",
    "Verdict",
    "clean_text",
    "compare_organisations",
    "compare_people",
    "feminine_first_name",
    "identity_key",
    "last_name_stem",
    "name_key",
    "skeleton",
]

# -- cleaning what is stored -------------------------------------------------------------

_BIDI_MARKS = "\u200e\u200f\u061c"  # LRM, RLM, Arabic letter mark
_BIDI_ISOLATES = "\u2066\u2067\u2068\u2069"
_BIDI_EMBEDDINGS = "\u202a\u202b\u202c\u202d\u202e"
_ZERO_WIDTH_ANYWHERE = "\u200b\u2060\ufeff\u180e"  # ZWSP, word joiner, BOM, Mongolian VS
_JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ: meaningful between letters of some scripts
_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"

_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)))
# removed wherever they are (tab and line feed are handled before, by the field's kind)
_DROP_ANYWHERE = str.maketrans(
    "", "", "".join(c for c in _CONTROLS if c not in "\t\n") + _ZERO_WIDTH_ANYWHERE
    + _BIDI_EMBEDDINGS
)  # fmt: skip
_EDGES = _BIDI_MARKS + _BIDI_ISOLATES + _JOINERS
_SINGLE_LINE_SPACES = re.compile(f"[\t{_LINE_BREAKS}]+")


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """`value` as it is stored: without control and invisible characters (see the module)."""
    text = value or ""
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    else:
        text = _SINGLE_LINE_SPACES.sub(" ", text)
    text = unicodedata.normalize("NFC", text.translate(_DROP_ANYWHERE))
    # whitespace and edge-only invisibles, in any order, at both ends
    while True:
        stripped = text.strip().strip(_EDGES)
        if stripped == text:
            return text
        text = stripped


# -- folding for identity ----------------------------------------------------------------

_INVISIBLE = re.compile(
    "[" + re.escape(_CONTROLS + _ZERO_WIDTH_ANYWHERE + _BIDI_EMBEDDINGS + _EDGES) + "\u00ad]"
)
_NOT_WORD = re.compile(r"[\W_]+")


@cache
def _confusables() -> dict[str, list[str]]:
    """character -> the characters and strings confusable with it (both directions)."""
    data = resources.files(confusable_homoglyphs).joinpath("confusables.json")
    raw: dict[str, list[dict[str, str]]] = json.loads(data.read_text("utf-8"))
    return {key: [entry["c"] for entry in entries] for key, entries in raw.items()}


@lru_cache(maxsize=4096)
def _prototype(char: str) -> str:
    """The Latin look-alike of a letter of another script (itself when there is none).

    The package lists confusables.txt in both directions. A source maps to exactly one
    prototype, and a prototype is never a source; so a character with one entry is a source
    unless that entry is a non-Latin character with only it listed (a prototype with one
    source): for such a pair both sides take the smaller, which keeps the comparison sound.
    """
    if char.isascii() or unicodedata.name(char, "").startswith("LATIN"):
        return char
    table = _confusables()
    entries = table.get(char)
    if not entries or len(entries) != 1:
        return char
    target = entries[0]
    if len(target) > 1 or target.isascii() or len(table.get(target, ())) > 1:
        return target
    return min(char, target)


def skeleton(text: str) -> str:
    """`text` with the letters of other scripts that look Latin replaced by Latin ones."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(_prototype(ch) for ch in decomposed)


@lru_cache(maxsize=65536)
def identity_key(text: str) -> str:
    """The form of a name compared for identity: case, accents, ł, invisible characters,
    look-alike letters and punctuation folded away ("Wiśniewska" -> "wisniewska")."""
    if text.isascii() and text.isprintable():
        return _NOT_WORD.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    return _NOT_WORD.sub(" ", fold(skeleton(text))).strip()


def name_key(text: str) -> str:
    """identity_key for grouping and looking up names; a name with no letter or digit (".",
    "—", ";") keeps its own characters (case folded), so two such names are the same only
    when written alike, never because both fold to nothing."""
    key = identity_key(text)
    return key if key else "\x00" + clean_text(text).strip().casefold()


# -- Polish first and last names ---------------------------------------------------------

# Men's names ending in -a, and women's names that do not (the -a rule covers the rest).
_MEN_IN_A = frozenset((
    "kuba", "barnaba", "bonawentura", "kosma", "jarema", "zawisza", "sasza", "misza",
    "kostia", "nikita", "luka", "andrea", "joshua", "elia", "ilja",
))  # fmt: skip
_WOMEN_NOT_IN_A = frozenset((
    "beatrycze", "noemi", "miriam", "nel", "rut", "abigail", "ingrid", "doris", "karmen",
    "nikol", "dagmar",
))  # fmt: skip
# masculine ending -> feminine ending of Polish adjectival surnames
_ENDINGS = (
    ("dzki", "dzka"), ("cki", "cka"), ("ski", "ska"),
    ("ny", "na"), ("ly", "la"), ("wy", "wa"), ("ty", "ta"), ("ry", "ra"), ("dy", "da"),
)  # fmt: skip
_MIN_STEM = 3


def feminine_first_name(first_name: str) -> bool:
    """Whether a (Polish) first name is a woman's: most end in -a, a few men's do too."""
    words = identity_key(first_name).split()
    if not words:
        return False
    name = words[0]
    if name in _WOMEN_NOT_IN_A:
        return True
    return name.endswith("a") and name not in _MEN_IN_A


def last_name_stem(key: str) -> str | None:
    """A folded last name without its feminine/masculine ending, or None without one
    ("kowalska" and "kowalski" -> "kowal|sk"); the stem keeps the ending's consonants."""
    for masculine, feminine in _ENDINGS:
        for ending in (masculine, feminine):
            if key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM:
                return key[: len(key) - len(ending)] + "|" + masculine[:-1]
    return None


def _ending_variants(a: str, b: str) -> bool:
    stem = last_name_stem(a)
    return a != b and stem is not None and stem == last_name_stem(b)


# -- the rules ---------------------------------------------------------------------------


class Verdict(StrEnum):
    SAME = "same"
    POSSIBLE = "possible"
    DIFFERENT = "different"


@dataclass(frozen=True)
class Likeness:
    """What compare_people found; `reason` is a code (see REASONS), `score` 0-100."""

    verdict: Verdict
    reason: str
    score: float = 0.0


# reason code -> plain English, for the command line and the dry-run report
REASONS: dict[str, str] = {
    "email": "same email",
    "other_email": "another email",
    "name": "same name",
    "name_ending": "same name, the last name in its feminine or masculine form",
    "organisation": "same name, another organisation",
    "first_name": "same last name, a similar first name",
    "no_first_name": "same last name, one first name missing",
    "last_name": "same first name, a similar last name",
    "ending_gender": "same first name, the last name in the form of the other gender",
    "close": "a similar name",
    "several": "several people of this name",
    "different": "different names",
}
FIRST_NAME_RATIO = 75  # rapidfuzz ratio of folded first names deemed "similar"
LAST_NAME_RATIO = 80
NAME_RATIO = 85  # whole folded names
ORGANISATION_WRATIO = 90


@dataclass(frozen=True)
class Person:
    """What is compared of a person. `organisation`: any value that is equal for the same
    organisation (an id, a folded name), None when not given."""

    first_name: str
    last_name: str
    email: str = ""
    organisation: object = None

    @property
    def keys(self) -> tuple[str, str]:
        return identity_key(self.first_name), identity_key(self.last_name)


def compare_people(new: Person, known: Person) -> Likeness:
    """Whether `new` (a row, a form) is the recorded person `known` (see the module)."""
    from rapidfuzz import fuzz  # loads on the first comparison, not with the core

    email_new, email_known = new.email.strip().casefold(), known.email.strip().casefold()
    if email_new and email_known:
        if email_new == email_known:
            return Likeness(Verdict.SAME, "email", 100.0)
        return Likeness(Verdict.DIFFERENT, "other_email")
    (first, last), (known_first, known_last) = new.keys, known.keys
    if not last or not known_last:
        return Likeness(Verdict.DIFFERENT, "different")
    if first == known_first:
        found = _same_first_name(new, known, last, known_last)
    else:
        found = _other_first_name(first, known_first, last, known_last)
    if found is not None:
        return found
    score = fuzz.ratio(f"{first} {last}", f"{known_first} {known_last}")
    if score >= NAME_RATIO:
        return Likeness(Verdict.POSSIBLE, "close", score)
    return Likeness(Verdict.DIFFERENT, "different", score)


def _same_first_name(new: Person, known: Person, last: str, known_last: str) -> Likeness | None:
    same_org = new.organisation is None or new.organisation == known.organisation
    if last == known_last:
        if same_org:
            return Likeness(Verdict.SAME, "name", 100.0)
        return Likeness(Verdict.POSSIBLE, "organisation", 100.0)
    if _ending_variants(last, known_last):
        if not feminine_first_name(new.first_name):
            return Likeness(Verdict.POSSIBLE, "ending_gender", 90.0)
        if same_org:
            return Likeness(Verdict.SAME, "name_ending", 95.0)
        return Likeness(Verdict.POSSIBLE, "organisation", 95.0)
    from rapidfuzz import fuzz

    score = fuzz.ratio(last, known_last)
    if new.keys[0] and score >= LAST_NAME_RATIO:
        return Likeness(Verdict.POSSIBLE, "last_name", score)
    return None


def _other_first_name(first: str, known_first: str, last: str, known_last: str) -> Likeness | None:
    if last != known_last and not _ending_variants(last, known_last):
        return None
    if not first or not known_first:
        return Likeness(Verdict.POSSIBLE, "no_first_name", 80.0)
    from rapidfuzz import fuzz

    score = fuzz.ratio(first, known_first)
    initial = min(len(first), len(known_first)) == 1 and first[0] == known_first[0]
    if score >= FIRST_NAME_RATIO or initial:
        return Likeness(Verdict.POSSIBLE, "first_name", score)
    return None


def compare_organisations(new: str, known: str) -> Likeness:
    """The same organisation when the names fold to the same key; a close name is possible."""
    a, b = identity_key(new), identity_key(known)
    if not a or not b:
        return Likeness(Verdict.DIFFERENT, "different")
    if a == b:
        return Likeness(Verdict.SAME, "name", 100.0)
    from rapidfuzz import fuzz

    score = fuzz.WRatio(a, b)
    if score >= ORGANISATION_WRATIO:
        return Likeness(Verdict.POSSIBLE, "close", score)
    return Likeness(Verdict.DIFFERENT, "different", score)
