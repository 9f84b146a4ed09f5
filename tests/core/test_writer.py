"""core.writer: the one writer of new inquiries with their people and organisations."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, text

from msek_desktop.core import demo, importing, inquiries, search, writer
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    Base,
    Contact,
    Field,
    Inquiry,
    Organisation,
    RefCounter,
    TimelineEntry,
    inquiry_fields,
    organisation_fields,
)
from msek_desktop.core.reading import Table
from msek_desktop.core.store import open_database
from msek_desktop.core.writer import Writer

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

NOW = datetime(2025, 6, 1, 9, 30)


def _count(db: Database, model: type[Base]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _found(db: Database, kind: search.Kind, words: str) -> set[int]:
    with db.read() as session:
        return {m.id for m in search.search(session, words) if m.kind == kind}


def test_one_write_makes_new_and_links_existing_records(db: Database, katowice) -> None:
    first = inquiries.create_inquiry(
        db,
        {"subject": "Koncert", "contact_id": katowice.contact.id, "received_on": date(2025, 2, 1)},
        actor="anna",
    )
    assert first.ref == "2025-0001"
    with db.write() as session:
        out = Writer(session, now=NOW)
        music = session.scalar(select(Field.id).where(Field.code == "music"))
        org = out.organisation(
            [music], name="Théâtre du Parc", side="saint_etienne", city="Andrézieux"
        )
        person = out.contact(first_name="Élodie", last_name="Gaillard", side="saint_etienne",
                             organisation_id=org)  # fmt: skip
        made = [
            out.inquiry([music, music], received_on=date(2025, 3, 1), subject="Résidence",
                        contact_id=person, organisation_id=org, side="saint_etienne"),
            out.inquiry(received_on=date(2025, 4, 1), subject="Chór",
                        organisation_id=katowice.organisation.id, side="katowice"),
            out.inquiry(received_on=date(2024, 5, 1), subject="Stare", side="katowice",
                        organisation_id=katowice.organisation.id),
        ]  # fmt: skip
        for inquiry_id, _ref in made:
            out.entry("import", None, inquiry_id=inquiry_id, note="test")
        out.entry("import", None, contact_id=person, note="test")
        out.finish()
    # refs continue the year's counter; a year without one starts at 1; ids follow the last
    assert [ref for _id, ref in made] == ["2025-0002", "2025-0003", "2024-0001"]
    assert [inquiry_id for inquiry_id, _ref in made] == [first.id + 1, first.id + 2, first.id + 3]
    assert org == katowice.organisation.id + 1
    with db.read() as session:
        counters = {c.year: c.last_number for c in session.scalars(select(RefCounter))}
        links = session.execute(select(inquiry_fields)).all()
        org_links = session.execute(select(organisation_fields.c.organisation_id)).all()
        stored = session.get_one(Inquiry, made[0][0])
        assert (stored.contact_id, stored.organisation_id) == (person, org)
        assert session.get_one(Contact, person).organisation_id == org
        entries = session.scalars(select(TimelineEntry).where(TimelineEntry.note == "test")).all()
    assert counters == {2024: 1, 2025: 3}
    assert links == [(made[0][0], music)]  # a field named twice is linked once
    assert (org,) in org_links
    assert sorted((e.inquiry_id, e.contact_id, e.at) for e in entries if e.contact_id) == [
        (None, person, NOW)
    ]
    assert {e.inquiry_id for e in entries if e.inquiry_id} == {i for i, _ in made}
    # the search index knows the new records, and the inquiry by its new person's name
    assert _found(db, search.Kind.INQUIRY, "gaillard") == {made[0][0]}
    assert _found(db, search.Kind.ORGANISATION, "theatre parc") == {org}
    assert _found(db, search.Kind.CONTACT, "elodie") == {person}
    # the next inquiry of the form continues after the writer's
    again = {"subject": "Dalej", "contact_id": katowice.contact.id, "received_on": date(2025, 5, 1)}
    assert inquiries.create_inquiry(db, again).ref == "2025-0004"


def test_what_a_row_leaves_out_comes_from_the_models(db: Database) -> None:
    with db.write() as session:
        out = Writer(session, now=NOW)
        org = out.organisation(name="Rondo", side="katowice")
        person = out.contact(last_name="Nowak", side="katowice")
        inquiry_id, _ref = out.inquiry(received_on=date(2025, 1, 2), subject="S", side="katowice",
                                       contact_id=person)  # fmt: skip
        out.finish()
    table = Inquiry.__table__
    with db.read() as session:
        inq = session.get_one(Inquiry, inquiry_id)
        contact = session.get_one(Contact, person)
        organisation = session.get_one(Organisation, org)
        for name in ("channel", "kind", "priority", "stage", "letter_language", "message"):
            assert getattr(inq, name) == table.c[name].default.arg  # type: ignore[union-attr]
        assert (inq.lost_reason, inq.assignee_id, inq.closed_on, inq.deleted_at) == (None,) * 4
        assert (inq.version, inq.created_at, inq.updated_at) == (1, NOW, NOW)
        assert (contact.honorific, contact.language, contact.first_name) == ("none", "en", "")
        assert (organisation.kind, organisation.country, organisation.version) == ("other", "", 1)
    # the form's defaults of a new inquiry are the same as the model's
    for name, code in inquiries.DEFAULTS.items():
        assert table.c[name].default.arg == code.value  # type: ignore[union-attr]


def test_every_column_has_a_default_or_is_required() -> None:
    defaults, required = writer.column_defaults(Inquiry.__table__)  # type: ignore[arg-type]
    assert required == {"ref", "received_on", "side", "subject"}
    assert defaults["created_at"] is writer.NOW
    assert set(defaults) | required == {c.name for c in Inquiry.__table__.columns} - {"id"}


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        (
            {"last_name": "Nowak", "side": "katowice", "nickname": "N"},
            "unknown columns ['nickname']",
        ),
        ({"first_name": "Jan"}, "missing columns ['last_name', 'side']"),
        ({"id": 7, "last_name": "Nowak", "side": "katowice"}, "unknown columns ['id']"),
        (
            {"last_name": "Nowak", "mood": "good"},
            "unknown columns ['mood'], missing columns ['side']",
        ),
    ],
)
def test_a_row_with_unknown_or_missing_columns_is_refused(
    db: Database, values: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem.replace("[", r"\[")), db.write() as session:
        out = Writer(session)
        out.contact(last_name="Kept", side="katowice")
        out.contact(**values)
        out.finish()
    assert _count(db, Contact) == 0  # the transaction was rolled back whole


@pytest.fixture
def written_through_writer(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The tables each Writer wrote rows into (the real writer, watched)."""
    seen: list[str] = []
    real, real_many = Writer._add, Writer.many

    def watched(self: Writer, rows: Any, values: dict[str, Any]) -> int:
        seen.append(rows.table.name)
        return real(self, rows, values)

    def watched_many(self: Writer, model: Any, names: Any, rows: Any) -> None:
        on_sqlite = self._plain  # on the server, many adds each row through _add (seen there)
        real_many(self, model, names, rows)
        if on_sqlite:
            seen.extend([model.__table__.name] * len(rows))

    monkeypatch.setattr(Writer, "_add", watched)
    monkeypatch.setattr(Writer, "many", watched_many)
    yield seen


def test_the_form_the_import_and_the_demo_write_through_the_writer(
    db: Database, katowice, written_through_writer: list[str], tmp_path
) -> None:
    inquiries.create_inquiry(db, {"subject": "Form", "contact_id": katowice.contact.id})
    assert written_through_writer.count("inquiries") == 1
    table = Table(["last_name", "subject"], [(2, ["Nowak", "Import"])])
    importing.import_table(db, table, today=date(2025, 1, 1))
    assert written_through_writer.count("inquiries") == 2
    assert "contacts" in written_through_writer
    empty = open_database(tmp_path / "demo.db", create=True)
    demo.generate(empty, inquiries=40, seed=2, today=date(2025, 1, 1))
    assert written_through_writer.count("inquiries") == 42


def test_a_bulk_write_on_the_server_refreshes_its_statistics(
    new_server_database: Callable[..., Database],
) -> None:
    """PostgreSQL plans the next list page with statistics taken after the rows arrived."""
    database = new_server_database()
    analysed = text(
        "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL ORDER BY 1"
    )
    with database.engine.connect() as conn:  # the worker's database: earlier tests' analyses
        conn.execute(text("SELECT pg_stat_reset()"))
        conn.commit()
    with database.read() as session:
        assert list(session.scalars(analysed)) == []
    demo.generate(database, inquiries=600, seed=3)
    with database.read() as session:
        names = set(session.scalars(analysed))
    assert {"inquiries", "contacts", "follow_ups", "search_index"} <= names
