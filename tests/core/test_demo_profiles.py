"""The demo's organisation profiles, its partner proposals, and the partner evaluation set."""

from __future__ import annotations

from msek_desktop.core import demo
from msek_desktop.core.demo.data import _CITY, _KNOWN_ORGS
from tests.core import partner_cases

SIDE_OF = {name: str(_CITY[city].side) for name, _kind, city, *_ in _KNOWN_ORGS}


def test_the_evaluation_set_names_known_organisations_of_the_other_side() -> None:
    cases = partner_cases.CASES
    assert len(cases) >= 60
    assert {c.side for c in cases} == {"saint_etienne", "katowice"}
    assert {c.language for c in cases} == {"fr", "pl", "en"}
    for case in cases:
        assert 1 <= len(case.partners) <= 4, case.subject
        if case.requester is not None:
            assert SIDE_OF[case.requester] == case.side, case.requester
        else:
            assert case.requester_kind and case.audiences, case.subject
        for name in case.partners:
            assert name in demo.KNOWN_NAMES, name
            assert SIDE_OF[name] == case.other_side, (case.subject, name)
