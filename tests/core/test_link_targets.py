"""What an email, a website or a phone field opens (validation.link_target): nothing when the
field is empty or its value is not valid."""

from __future__ import annotations

import pytest

from msek_desktop.core.validation import link_target


@pytest.mark.parametrize(
    ("kind", "text", "region", "target"),
    [
        ("email", " ewa.wisniewska@example.pl ", "PL", "mailto:ewa.wisniewska@example.pl"),
        ("email", "jan@@example", "PL", None),
        ("email", "", "PL", None),
        ("website", "www.conservatoire-massenet.fr", "PL", "https://www.conservatoire-massenet.fr"),
        (
            "website",
            "http://zsm.katowice.pl/kontakt?x=1",
            "PL",
            "http://zsm.katowice.pl/kontakt?x=1",
        ),
        ("website", "HTTPS://muzeum.śląskie.pl", "PL", "https://muzeum.śląskie.pl"),
        ("website", "conservatoire", "PL", None),
        ("website", "ftp://files.example.fr", "PL", None),
        ("website", "www.example .fr", "PL", None),
        ("website", "   ", "PL", None),
        ("phone", "32 123 45 67", "PL", "tel:+48321234567"),
        ("phone", "04 77 12 34 56", "FR", "tel:+33477123456"),
        ("phone", "+33 4 77 12 34 56", "PL", "tel:+33477123456"),
        ("phone", "04 77 12 34 56", "PL", None),  # not a Polish number
        ("phone", "12", "PL", None),
        ("phone", "call me", "PL", None),
    ],
)
def test_link_targets(kind: str, text: str, region: str, target: str | None) -> None:
    assert link_target(kind, text, region=region) == target


def test_an_unknown_kind_is_a_program_error() -> None:
    with pytest.raises(ValueError, match="fax"):
        link_target("fax", "123")
