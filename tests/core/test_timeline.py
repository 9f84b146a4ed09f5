"""Reading a timeline (core.changes.timeline): a partner entry of an inquiry names its
organisation, read in the one query, whatever the number of entries."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from msek_desktop.core import changes, inquiries, organisations
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.core.rows import InquiryRow, OrganisationRow, StaffRow
from tests.core.conftest import Party

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


@pytest.fixture
def inquiry(db: Database, katowice: Party, anna: StaffRow) -> InquiryRow:
    return inquiries.create_inquiry(
        db, {"subject": "Wymiana uczniów", "contact_id": katowice.contact.id}, actor="anna"
    )


@pytest.fixture
def cite(db: Database, anna: StaffRow) -> OrganisationRow:
    values = {"name": "Cité du design", "side": "saint_etienne", "city": "Saint-Étienne"}
    return organisations.create_organisation(db, values, actor="anna")


def test_partner_entries_of_an_inquiry_name_their_organisation(
    db: Database, inquiry: InquiryRow, saint_etienne: Party, cite: OrganisationRow
) -> None:
    massenet = saint_etienne.organisation
    made = pp.propose(db, inquiry.id, [massenet.id, cite.id], actor="anna")
    pp.set_state(db, made[1].id, "declined", reason="timing", note="in 2027", actor="anna")
    pp.withdraw(db, made[0].id, actor="anna")
    timeline = inquiries.get_inquiry(db, inquiry.id).timeline
    assert [(t.kind, t.old_value, t.new_value, t.note, t.organisation_name) for t in timeline] == [
        ("created", "", inquiry.ref, "", ""),
        ("partner", "", "proposed", "", "Conservatoire Massenet"),
        ("partner", "", "proposed", "", "Cité du design"),
        ("partner", "proposed", "declined", "timing — in 2027", "Cité du design"),
        ("partner", "proposed", "", "withdrawn", "Conservatoire Massenet"),
    ]


def test_an_organisations_own_entries_name_no_organisation(
    db: Database, inquiry: InquiryRow, cite: OrganisationRow
) -> None:
    """Only an entry on an inquiry names the organisation: the organisation's own entries
    (created, changed) are about it already."""
    organisations.update_organisation(db, cite.id, {"city": "Saint-Etienne"}, actor="anna")
    pp.propose(db, inquiry.id, [cite.id], actor="anna")
    with db.read() as session:
        entries = changes.timeline(session, organisation_id=cite.id)
    assert [(t.kind, t.organisation_name) for t in entries] == [
        ("created", ""),
        ("changed", ""),
        ("partner", "Cité du design"),
    ]


def test_the_names_are_read_in_the_one_query(
    db: Database, inquiry: InquiryRow, saint_etienne: Party, cite: OrganisationRow
) -> None:
    others = [
        organisations.create_organisation(
            db, {"name": f"École {n}", "side": "saint_etienne", "city": "Saint-Étienne"}
        ).id
        for n in range(6)
    ]
    pp.propose(db, inquiry.id, [saint_etienne.organisation.id, cite.id, *others], actor="anna")
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    with db.read() as session:
        session.connection()  # the transaction's own statements before counting
        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            entries = changes.timeline(session, inquiry_id=inquiry.id)
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
    assert len([t for t in entries if t.organisation_name]) == 8
    assert len(statements) == 1, statements
