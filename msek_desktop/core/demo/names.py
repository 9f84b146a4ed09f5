"""Who the demo's people are: their names (a woman's Polish surname in its feminine form,
each part of a double one), their titles, fit for the organisation they work at, and what
that organisation is (its sort: a lycée, a library, a choir), which decides both the titles
and what its people write about."""

from __future__ import annotations

import random
import re

from msek_desktop.core import search
from msek_desktop.core.demo.common import _pick
from msek_desktop.core.demo.data import (
    _EN_NAMES,
    _FR_FIRST_F,
    _FR_FIRST_M,
    _FR_LAST,
    _PL_FIRST_F,
    _PL_FIRST_M,
    _PL_LAST,
    _POSITIONS,
    _SORTS,
)
from msek_desktop.core.vocab import Language

# Polish surnames that are adjectives take a woman's ending; nouns (Nowak) stay as they are.
_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("y", "a"))


def pl_feminine(last: str) -> str:
    """A woman's form of a Polish surname, each part of a double one: Ostrowska-Kozłowska."""
    return "-".join(_pl_feminine_part(part) for part in last.split("-"))


def _pl_feminine_part(last: str) -> str:
    for masc, fem in _FEMININE:
        if last.endswith(masc):
            return last[: -len(masc)] + fem
    return last


def person_name(rng: random.Random, country: str) -> tuple[str, str, bool]:
    """(first name, last name, female) fit for the country."""
    female = rng.random() < 0.58
    if country == "PL":
        first = _pick(rng, _PL_FIRST_F if female else _PL_FIRST_M)
        last = _pick(rng, _PL_LAST)
        if rng.random() < 0.06:
            second = _pick(rng, _PL_LAST)
            last = f"{last}-{second}" if second != last else last
        return first, pl_feminine(last) if female else last, female
    if country == "FR":
        first = _pick(rng, _FR_FIRST_F if female else _FR_FIRST_M)
        last = _pick(rng, _FR_LAST)
        if rng.random() < 0.05:
            second = _pick(rng, _FR_LAST)
            last = f"{last}-{second}" if second != last else last
        return first, last, female
    return _pick(rng, _EN_NAMES.get(country) or _EN_NAMES["BE"])


def sort_of(name: str, kind: str) -> str:
    """What an organisation is, from its kind and the words of its name (data._SORTS)."""
    default, words = _SORTS.get(kind, ("association", ()))
    return next((sort for word, sort in words if word in name), default)


_FITS: dict[tuple[Language, str], list[tuple[str, str]]] = {}


def position(rng: random.Random, lang: Language, sort: str | None, female: bool) -> str:
    """A title someone of this sort of organisation has; "" for someone on their own."""
    if sort is None:
        return ""
    fits = _FITS.get((lang, sort))
    if fits is None:
        fits = [(m, f) for m, f, sorts in _POSITIONS[lang] if not sorts or sort in sorts.split()]
        _FITS[(lang, sort)] = fits
    masc, fem = _pick(rng, fits)
    return fem if female else masc


_NOT_EMAIL = re.compile(r"[^a-z0-9.-]+")


def email_part(text: str) -> str:
    """ASCII e-mail local part or label from a name: "Małgorzata Ślęzak" -> "malgorzata.slezak"."""
    folded = search.fold(text).replace(" ", ".").replace("'", "").replace("’", "")
    return _NOT_EMAIL.sub("", folded).strip(".-")


def slug(text: str) -> str:
    return email_part(text).replace(".", "-")
