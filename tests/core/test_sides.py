"""The rules that follow from a side, decided without a database or a window."""

from __future__ import annotations

import pytest

from msek_desktop.core import sides
from msek_desktop.core.vocab import Language, Side


@pytest.mark.parametrize(
    ("side", "other"),
    [
        ("saint_etienne", Side.KATOWICE),
        ("katowice", Side.SAINT_ETIENNE),
        ("saint-etienne", Side.KATOWICE),  # as typed on the command line
        ("other", None),
        ("", None),
        (None, None),
        ("lyon", None),
    ],
)
def test_the_other_side_is_the_other_city(side: str | None, other: Side | None) -> None:
    assert sides.other_side(side) == other


def test_partners_are_sought_in_the_other_city_or_in_either() -> None:
    assert sides.partner_sides("katowice") == ("saint_etienne",)
    assert sides.partner_sides(Side.SAINT_ETIENNE) == (Side.KATOWICE,)
    assert sides.partner_sides("other") == ("saint_etienne", "katowice")
    assert sides.partner_sides(None) == (Side.SAINT_ETIENNE, Side.KATOWICE)


@pytest.mark.parametrize(
    ("side", "language"),
    [
        ("saint_etienne", Language.FR),
        ("katowice", Language.PL),
        ("other", Language.EN),
        (None, Language.EN),
        ("", Language.EN),
        ("nowhere", Language.EN),
    ],
)
def test_default_language_of_a_side(side: str | None, language: Language) -> None:
    assert sides.default_language(side) == language
    assert sides.default_language(side) == language.value  # a code, as stored


@pytest.mark.parametrize(
    ("side", "country"),
    [("saint_etienne", "FR"), ("katowice", "PL"), ("saint-etienne", "FR"), ("other", ""),
     (None, ""), ("lyon", "")],
)  # fmt: skip
def test_the_country_of_a_side(side: str | None, country: str) -> None:
    assert sides.country(side) == country


@pytest.mark.parametrize(
    ("country", "language", "side"),
    [
        ("FR", None, Side.SAINT_ETIENNE),
        ("pl", "fr", Side.KATOWICE),  # the country first, whatever the language
        ("DE", "pl", Side.KATOWICE),  # a country elsewhere: the language decides
        (None, "fr", Side.SAINT_ETIENNE),
        ("", "en", Side.OTHER),
        ("BE", None, Side.OTHER),
        (None, None, Side.OTHER),
    ],
)
def test_the_side_of_a_record_without_one(
    country: str | None, language: str | None, side: Side
) -> None:
    assert sides.side_of(country=country, language=language) is side
