"""Retention applied (core.privacy.retention.apply): people nothing holds erased, the other
inquiries past retention anonymised on their own, in one transaction with one audit entry,
the bytes gone from the file; admins only on the office server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from msek_desktop.core import audit, backups, contacts, inquiries, roles
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Erasure, Inquiry, TimelineEntry
from msek_desktop.core.privacy import retention
from tests.core.test_retention import TODAY, inquiry, person
from tests.core.test_roles import Office, add, office_with_logins

if TYPE_CHECKING:
    from tests.conftest import ServerDatabases

OLD = date(2020, 1, 1)
GONE = ("Wąchocka-Retencyjna", "zdzislawa.retencja@example.pl", "Bożydar")


def make_office(db: Database) -> dict[str, Any]:
    """Zdzisława: one inquiry closed in 2020 (erased with it). Bożydar: one closed in 2020,
    one open (held: only the old one is anonymised). Each inquiry's message names them."""
    alone = person(db, "Wąchocka-Retencyjna", first_name="Zdzisława",
                   email="zdzislawa.retencja@example.pl", phone="+48 600 700 801")  # fmt: skip
    held = person(db, "Trzymany", first_name="Bożydar", email="bozydar@example.pl")
    made = {"alone": alone, "held": held}
    made["alone_old"] = inquiry(db, alone, closed_on=OLD)
    made["held_old"] = inquiry(db, held, closed_on=OLD)
    made["held_open"] = inquiry(db, held, stage="running")
    with db.write() as session:
        for key, text in (("alone_old", "Pisze Zdzisława Wąchocka-Retencyjna, "
                                        "zdzislawa.retencja@example.pl, tel. 600 700 801"),
                          ("held_old", "Pisze Bożydar Trzymany (bozydar@example.pl)"),
                          ("held_open", "Bożydar Trzymany znowu")):  # fmt: skip
            found = session.get(Inquiry, made[key])
            assert found is not None
            found.message = text
    return made


def texts(db: Database) -> str:
    with db.read() as session:
        parts = [
            *session.scalars(select(Inquiry.message)),
            *session.scalars(select(Inquiry.subject)),
        ]
        parts += [
            e.note + e.old_value + e.new_value for e in session.scalars(select(TimelineEntry))
        ]
    return "\n".join(parts)


@pytest.mark.both_databases
def test_people_erased_inquiries_anonymised_and_one_audit_entry(db: Database, anna) -> None:
    made = make_office(db)
    preview = retention.due(db, TODAY)
    assert (len(preview.inquiries), preview.people) == (2, (made["alone"],))
    applied = retention.apply(db, TODAY, actor="anna")
    assert applied == retention.Applied(inquiries=2, people=1)
    with db.read() as session:
        assert session.get(Contact, made["alone"]) is None  # erased for real
        assert session.get(Contact, made["held"]) is not None  # an open inquiry holds him
        by_id = {i.id: i for i in session.scalars(select(Inquiry))}
    for key in ("alone_old", "held_old"):
        assert by_id[made[key]].anonymised_at is not None and by_id[made[key]].contact_id is None
    kept = by_id[made["held_open"]]
    assert (kept.anonymised_at, kept.contact_id, kept.message) == (
        None, made["held"], "Bożydar Trzymany znowu")  # fmt: skip
    assert "Zdzisława" not in texts(db) and "600 700 801" not in texts(db)
    assert "[erased]" in by_id[made["held_old"]].message
    assert "Bożydar" not in by_id[made["held_old"]].message
    entries = audit.list_audit(db)
    assert [(e.action, e.login, e.contact_id) for e in entries] == [("retention", "anna", None)]
    assert retention.read_detail(entries[0].detail) == {"inquiries": 2, "people": 1, "years": 5}
    assert "Zdzisława" not in entries[0].subject + entries[0].detail
    assert retention.due(db, TODAY).empty
    assert retention.apply(db, TODAY, actor="anna") == retention.Applied(0, 0)
    assert len(audit.list_audit(db)) == 1  # nothing done, nothing recorded


def test_the_bytes_are_gone_from_the_file(db: Database, anna) -> None:
    make_office(db)
    retention.apply(db, TODAY, actor="anna")
    path = db.file_path
    assert path is not None
    raw = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    for text in ("Wąchocka-Retencyjna", "zdzislawa.retencja@example.pl"):
        assert text.encode() not in raw


def test_stopped_midway_nothing_is_written(db: Database, anna) -> None:
    made = make_office(db)

    def stop(done: int, _total: int) -> None:
        if done == 1:
            raise KeyboardInterrupt  # what tasks.Cancelled does: out of the transaction

    with pytest.raises(KeyboardInterrupt):
        retention.apply(db, TODAY, actor="anna", progress=stop)
    with db.read() as session:
        assert session.get(Contact, made["alone"]) is not None
        assert (
            session.scalar(select(Inquiry.anonymised_at).where(Inquiry.id == made["held_old"]))
            is None
        )
    assert audit.list_audit(db) == []
    assert len(retention.due(db, TODAY).inquiries) == 2


@pytest.fixture
def office(server_databases: ServerDatabases) -> Iterator[Office]:
    with office_with_logins(server_databases) as made:
        yield made


def test_on_the_server_a_staff_login_may_not_an_admin_may(office: Office) -> None:
    owner = office.as_login(office.owner)
    anna = office.login("anna")
    add(owner, anna, roles.STAFF)
    ewa = contacts.create_contact(owner, {"last_name": "Nowak", "side": "katowice"}, actor=anna)
    row = inquiries.create_inquiry(owner, {"subject": "Stare", "contact_id": ewa.id,
                                           "received_on": OLD}, actor=anna)  # fmt: skip
    with owner.write() as session:
        found = session.get(Inquiry, row.id)
        assert found is not None
        found.stage, found.closed_on = "completed", OLD
    as_anna = office.as_login(anna)
    assert [i.id for i in retention.due(as_anna, TODAY).inquiries] == [row.id]  # she may look
    with pytest.raises(roles.NotAllowedError) as caught:
        retention.apply(as_anna, TODAY, actor=anna)
    assert "Anonymising what is past retention is for admins" in str(caught.value)
    with pytest.raises(roles.NotAllowedError):
        audit.list_audit(as_anna)
    assert [i.id for i in retention.due(owner, TODAY).inquiries] == [row.id]  # nothing done
    assert audit.list_audit(owner) == []
    boss = office.login("boss")
    add(owner, boss, roles.ADMIN)
    applied = retention.apply(office.as_login(boss), TODAY, actor="someone else")
    # an admin anonymises; VACUUM FULL is the owner's: the wipe is said to be left undone
    assert applied == retention.Applied(inquiries=1, people=1, wiped=False)
    assert [(e.action, e.login) for e in audit.list_audit(owner)] == [("retention", boss)]


@pytest.mark.both_databases
def test_a_backup_taken_before_restores_without_them(db: Database, anna) -> None:
    made = make_office(db)
    before = backups.backup_now(db)
    retention.apply(db, TODAY, actor="anna")
    with db.read() as session:
        assert list(session.scalars(select(Erasure.contact_id))) == [made["alone"]]
    if db.on_server:
        backups.restore_server(db, before)
    else:
        marks = json.loads((backups.folder_of(db.location) / "erasures.json").read_text())
        assert [m["contact_id"] for m in marks] == [made["alone"]]
        backups.restore(db.path, before)
    with db.read() as session:
        assert session.get(Contact, made["alone"]) is None  # erased again
        assert session.get(Contact, made["held"]) is not None
    assert "Zdzisława" not in texts(db)
