"""Live changes on the office server: a committed write is announced to a listener on
another connection (table, id, version, who); a rolled-back one is not; bulk writes say
which tables changed; an SQLite file announces nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from msek_desktop.core import backups, contacts, copying, errors, importing, inquiries, live, staff
from msek_desktop.core.db import Database
from msek_desktop.core.live import Change, Listener
from msek_desktop.core.models import Contact

TODAY = date(2026, 11, 25)


@pytest.fixture
def office(new_server_database: Callable[..., Database]) -> Database:
    database = new_server_database()
    staff.create_staff(database, {"login": "marta", "full_name": "Marta Rivière"})
    return database


@pytest.fixture
def listener(office: Database) -> Any:
    heard = Listener(office)
    heard.connect()
    heard.read(0.05)  # nothing before the test's own writes
    yield heard
    heard.close()


def person(first_name: str) -> dict[str, str]:
    return {"first_name": first_name, "last_name": "Nowak", "side": "katowice"}


def hear(listener: Listener, wanted: Callable[[list[Change]], bool]) -> list[Change]:
    """Everything heard until `wanted(everything)` holds (at most 5 s)."""
    heard: list[Change] = []
    for _ in range(50):
        heard += listener.read(0.1)
        if wanted(heard):
            return heard
    raise AssertionError(f"not heard; heard only {heard}")


def test_a_save_is_heard_on_another_connection_with_who_made_it(
    office: Database, listener: Listener
) -> None:
    person = contacts.create_contact(
        office, {"first_name": "Ewa", "last_name": "Nowak", "side": "katowice"}, actor="marta"
    )
    row = inquiries.create_inquiry(
        office, {"subject": "Wymiana", "contact_id": person.id}, actor="marta"
    )
    heard = hear(listener, lambda h: any(c.table == "inquiries" for c in h))
    assert Change("contacts", person.id, 1, "marta", "Marta Rivière") in heard
    assert any(c.table == "inquiries" and c.id == row.id and c.actor == "marta" for c in heard)
    assert not any(c.table == "timeline_entries" for c in heard)

    changed = inquiries.update_inquiry(
        office, row.id, {"subject": "Wymiana 2"}, actor="marta", expected_version=row.version
    )
    heard = hear(listener, bool)
    assert heard == [Change("inquiries", row.id, changed.version, "marta", "Marta Rivière")]
    assert changed.version == row.version + 1


def test_a_rolled_back_write_is_not_heard(office: Database, listener: Listener) -> None:
    with pytest.raises(RuntimeError), office.write() as session:
        session.add(Contact(first_name="Ghost", last_name="Writer", side="katowice"))
        session.flush()
        raise RuntimeError("changed my mind")
    assert listener.read(0.5) == []
    with office.read() as session:
        assert session.scalars(select(Contact.id)).all() == []
    contacts.create_contact(office, person("Real"))
    assert [c.table for c in hear(listener, bool)] == ["contacts"]


def test_an_import_announces_its_tables_once(
    office: Database, listener: Listener, tmp_path: Path
) -> None:
    many = "\n".join(f"Jan{n};Kowalski{n};Wymiana {n};Łódź" for n in range(300))
    path = tmp_path / "in.csv"
    path.write_text(f"first_name;last_name;subject;city\n{many}\n", encoding="utf-8")
    importing.import_file(office, path, today=TODAY)
    heard = hear(listener, lambda h: any(c.table == "inquiries" for c in h))
    tables = {c.table for c in heard}
    assert {"inquiries", "contacts"} <= tables
    # 600 rows: one coarse change a table, so the payload stays under PostgreSQL's limit
    assert all(c.id is None for c in heard)


def test_a_restore_into_the_server_announces_every_table(
    office: Database, listener: Listener
) -> None:
    saved = backups.backup_now(office)
    contacts.create_contact(office, person("Later"))
    hear(listener, bool)  # the save itself
    backups.restore_server(office, saved)
    wanted = {t.name for t in copying.tables()} - live.QUIET
    heard = hear(listener, lambda h: wanted <= {c.table for c in h})
    assert all(c.id is None for c in heard), "one coarse change a table"
    assert {c.table for c in heard} == wanted
    with office.read() as session:
        assert session.scalars(select(Contact.first_name)).all() == []


def test_a_big_payload_becomes_one_change_a_table() -> None:
    changes = [Change("inquiries", n, 2, "marta", "Marta Rivière") for n in range(2000)]
    payload = live.encode(changes)
    assert len(payload.encode()) <= live.PAYLOAD_LIMIT
    assert live.decode(payload) == [Change("inquiries", None, None, "marta", "Marta Rivière")]
    assert live.decode("not json") == []


def test_a_dead_connection_is_unreachable(office: Database, listener: Listener) -> None:
    with office.engine.connect() as conn:
        pid = listener._conn.info.backend_pid
        conn.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
    with pytest.raises(errors.ServerUnreachableError):
        listener.check()
    listener.connect()  # the server is there: listening again
    contacts.create_contact(office, person("Back"))
    assert [c.table for c in hear(listener, bool)] == ["contacts"]


def test_nothing_is_sent_on_a_file(tmp_path: Path, new_database: Callable[..., Database]) -> None:
    database = new_database(tmp_path / "t.db")
    row = contacts.create_contact(database, person("Ewa"))
    assert row.id == 1  # the hooks let an SQLite write through untouched
