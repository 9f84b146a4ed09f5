"""What follows from a side: the office works between Saint-Étienne and Katowice.

A counterpart for someone in one city is sought in the other one; for someone elsewhere, in
either. Someone in Saint-Étienne most likely reads French, in Katowice Polish, elsewhere
English: that is the language a new person (and so their inquiry's letters) starts with.
A record whose side is not written belongs to the city of its country (France, Poland), else
of its language (French, Polish), else elsewhere.
"""

from __future__ import annotations

from msek_desktop.core.vocab import Language, Side

CITIES = (Side.SAINT_ETIENNE, Side.KATOWICE)
_LANGUAGE = {Side.SAINT_ETIENNE: Language.FR, Side.KATOWICE: Language.PL}
_COUNTRY = {Side.SAINT_ETIENNE: "FR", Side.KATOWICE: "PL"}


def _side(code: str | None) -> Side | None:
    try:
        return Side((code or "").strip().replace("-", "_"))
    except ValueError:
        return None


def other_side(side: str | None) -> Side | None:
    """The other city of the exchange; None for a side elsewhere, unknown or not given."""
    own = _side(side)
    if own not in CITIES:
        return None
    return CITIES[1] if own is CITIES[0] else CITIES[0]


def partner_sides(side: str | None) -> tuple[Side, ...]:
    """Where counterparts are sought: the other city; either city for an inquiry elsewhere."""
    other = other_side(side)
    return (other,) if other is not None else CITIES


def default_language(side: str | None) -> Language:
    """The language a person on `side` is written to unless told otherwise."""
    own = _side(side)
    return _LANGUAGE.get(own, Language.EN) if own is not None else Language.EN


def country(side: str | None) -> str:
    """The country code of a city's side ("FR", "PL"); empty for a side elsewhere."""
    own = _side(side)
    return _COUNTRY.get(own, "") if own is not None else ""


def side_of(*, country: str | None = None, language: str | None = None) -> Side:
    """The side of a record whose side is not written: the city of its country, else of its
    language, else elsewhere."""
    wanted = (country or "").strip().upper(), (language or "").strip().lower()
    for city in CITIES:
        if wanted[0] == _COUNTRY[city]:
            return city
    for city in CITIES:
        if wanted[1] == _LANGUAGE[city]:
            return city
    return Side.OTHER
