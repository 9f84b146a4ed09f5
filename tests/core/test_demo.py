"""The demo data generator: reproducible, complete, consistent, and never mixed with real data."""

from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import select

from msek_desktop.core import demo, schema, search
from msek_desktop.core.db import Database, integrity_report
from msek_desktop.core.errors import UserError
from msek_desktop.core.models import Contact, Organisation, StaffMember
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import (
    CLOSED_STAGES,
    Channel,
    FollowUpAction,
    Honorific,
    InquiryKind,
    Language,
    LostReason,
    OrganisationKind,
    Priority,
    Side,
    Stage,
    TimelineKind,
)

TODAY = date(2026, 11, 25)
N = 500
DATA_TABLES = (
    "staff_members",
    "organisations",
    "organisation_fields",
    "contacts",
    "inquiries",
    "inquiry_fields",
    "follow_ups",
    "timeline_entries",
    "ref_counters",
)


def _open(path: Path) -> Database:
    return open_database(path, create=True)


def _rows(db: Database, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, params)]


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    return {t: _rows(db, f"SELECT * FROM {t} ORDER BY 1, 2") for t in DATA_TABLES}


def _count(db: Database, table: str) -> int:
    return int(_rows(db, f"SELECT count(*) FROM {table}")[0][0])


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, demo.DemoSummary]]:
    db = _open(tmp_path_factory.mktemp("demo") / "msek.db")
    summary = demo.generate(db, inquiries=N, seed=1, today=TODAY)
    yield db, summary
    db.dispose()


# -- reproducible ----------------------------------------------------------------------


def test_same_seed_gives_the_same_rows_and_another_seed_differs(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db = _open(tmp_path / f"{name}.db")
        demo.generate(db, inquiries=120, seed=seed, today=TODAY)
        dumps.append(_dump(db))
        db.dispose()
    assert dumps[0] == dumps[1]
    assert dumps[0]["inquiries"] != dumps[2]["inquiries"]
    assert dumps[0]["contacts"] != dumps[2]["contacts"]


def test_the_schema_is_the_program_s_with_every_index(
    demo_db: tuple[Database, demo.DemoSummary], tmp_path: Path
) -> None:
    """The indexes the demo drops while it inserts (on SQLite) are all made again, the same."""
    db, _summary = demo_db
    _open(tmp_path / "fresh.db").dispose()
    with sqlite3.connect(tmp_path / "fresh.db") as fresh:
        expected = schema.describe(fresh)
    with db.engine.connect() as conn:
        made = schema.describe(conn.connection.driver_connection)  # type: ignore[arg-type]
        indexes = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).scalar()
    assert made == expected
    assert indexes and indexes > 40


def test_dates_follow_today_not_the_clock(tmp_path: Path) -> None:
    db = _open(tmp_path / "old.db")
    demo.generate(db, inquiries=60, seed=1, today=date(2019, 6, 3))
    ((first, last),) = _rows(db, "SELECT min(received_on), max(received_on) FROM inquiries")
    assert first >= "2017-06-03" and last <= "2019-06-03"
    (latest,) = _rows(db, "SELECT max(updated_at) FROM inquiries")[0]
    assert latest < "2019-06-04"
    db.dispose()


# -- what was made ---------------------------------------------------------------------


def test_counts_match_the_summary(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = demo_db
    assert summary.staff == 4 == _count(db, "staff_members")
    assert summary.organisations == _count(db, "organisations") == len(demo.KNOWN_NAMES) + 20
    assert summary.contacts == _count(db, "contacts") == 250
    assert summary.inquiries == _count(db, "inquiries") == N
    assert summary.follow_ups == _count(db, "follow_ups") > 0


def test_larger_demo_has_proportionally_more_organisations(tmp_path: Path) -> None:
    db = _open(tmp_path / "big.db")
    summary = demo.generate(db, inquiries=2000, seed=3, today=TODAY)
    assert summary.organisations == _count(db, "organisations") == len(demo.KNOWN_NAMES) + 80
    assert summary.contacts == 1000
    names = [r[0] for r in _rows(db, "SELECT name FROM organisations")]
    assert len(names) == len(set(names))
    assert any(n.startswith(("Szkoła Podstawowa nr", "Collège ", "Lycée ")) for n in names)
    assert integrity_report(db.engine) == []
    db.dispose()


def test_every_stage_is_present(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = demo_db
    stages = {r[0] for r in _rows(db, "SELECT DISTINCT stage FROM inquiries")}
    assert stages == {str(s) for s in Stage}


def test_older_inquiries_are_more_often_closed(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = demo_db
    closed = ", ".join(f"'{s}'" for s in CLOSED_STAGES)
    year_ago = (TODAY - timedelta(days=365)).isoformat()
    ((old_share, new_share),) = _rows(
        db,
        f"SELECT avg(CASE WHEN received_on < ? THEN stage IN ({closed}) END),"
        f" avg(CASE WHEN received_on >= ? THEN stage IN ({closed}) END) FROM inquiries",
        year_ago,
        year_ago,
    )
    assert old_share > new_share + 0.2


def test_refs_are_unique_by_year_and_counters_agree(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = demo_db
    rows = _rows(db, "SELECT ref, received_on FROM inquiries ORDER BY received_on, id")
    refs = [r[0] for r in rows]
    assert len(refs) == len(set(refs))
    last: dict[int, int] = {}
    for ref, received in rows:
        assert re.fullmatch(r"\d{4}-\d{4,5}", ref)
        year, number = (int(p) for p in ref.split("-"))
        assert year == int(received[:4])
        assert number == last.get(year, 0) + 1  # increasing with the date of receipt
        last[year] = number
    counters = dict(_rows(db, "SELECT year, last_number FROM ref_counters"))
    assert counters == last


def test_received_dates_span_the_two_years_before_today(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = demo_db
    ((first, last),) = _rows(db, "SELECT min(received_on), max(received_on) FROM inquiries")
    assert (TODAY - timedelta(days=730)).isoformat() <= first < "2025-01-31"
    assert "2026-10-01" < last <= TODAY.isoformat()


def test_codes_come_from_the_vocabularies(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = demo_db
    checks = {
        "SELECT DISTINCT kind FROM organisations": OrganisationKind,
        "SELECT DISTINCT side FROM organisations": Side,
        "SELECT DISTINCT side FROM contacts": Side,
        "SELECT DISTINCT honorific FROM contacts": Honorific,
        "SELECT DISTINCT language FROM contacts": Language,
        "SELECT DISTINCT channel FROM inquiries": Channel,
        "SELECT DISTINCT kind FROM inquiries": InquiryKind,
        "SELECT DISTINCT priority FROM inquiries": Priority,
        "SELECT DISTINCT lost_reason FROM inquiries WHERE lost_reason IS NOT NULL": LostReason,
        "SELECT DISTINCT action FROM follow_ups": FollowUpAction,
        "SELECT DISTINCT kind FROM timeline_entries": TimelineKind,
    }
    for sql, vocab in checks.items():
        found = {r[0] for r in _rows(db, sql)}
        assert found and found <= {str(v) for v in vocab}, sql
    sides = {r[0] for r in _rows(db, "SELECT DISTINCT side FROM organisations")}
    assert sides == {str(s) for s in Side}


def test_organisations_look_real(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = demo_db
    rows = _rows(
        db,
        "SELECT name, side, country, postal_code, city, phone, email, website FROM organisations",
    )
    names = {r[0] for r in rows}
    for expected in (
        "Conservatoire Massenet",
        "Opéra de Saint-Étienne",
        "Cité du design",
        "Akademia Muzyczna im. Karola Szymanowskiego w Katowicach",
        "Uniwersytet Śląski w Katowicach",
        "Narodowa Orkiestra Symfoniczna Polskiego Radia",
    ):
        assert expected in names
    postal = {"FR": r"\d{5}", "PL": r"\d{2}-\d{3}", "CZ": r"\d{3} \d{2}", "BE": r"\d{4}"}
    for name, side, country, code, city, phone, email, website in rows:
        assert re.fullmatch(postal[country], code), (name, code)
        if city == "Saint-Étienne":
            assert code in ("42000", "42100")
        if city == "Katowice":
            assert code.startswith("40-")
        if side == Side.SAINT_ETIENNE:
            assert country == "FR" and phone.startswith("+33 4 77 ")
        if side == Side.KATOWICE:
            assert country == "PL" and phone.startswith("+48 32 ")
        assert email.isascii() and "@" in email
        assert website == "" or website.startswith("https://www.")
    fields = _rows(
        db,
        "SELECT count(DISTINCT organisation_id) FROM organisation_fields"
        " JOIN fields ON fields.id = field_id",
    )
    assert fields[0][0] == len(rows)


def test_phone_numbers_are_valid_international_numbers(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = demo_db
    phones = [
        r[0]
        for sql in (
            "SELECT phone FROM organisations",
            "SELECT phone FROM contacts",
            "SELECT phone FROM staff_members",
        )
        for r in _rows(db, sql)
        if r[0]
    ]
    assert len(phones) > 150
    for phone in phones:
        number = phonenumbers.parse(phone, None)
        assert phonenumbers.is_valid_number(number), phone
        intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        assert intl == phone


def test_people_have_diacritics_and_a_language_fit_for_their_side(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = demo_db
    rows = _rows(
        db,
        "SELECT first_name, last_name, email, language, side, honorific, city,"
        " organisation_id FROM contacts",
    )
    names = " ".join(f"{r[0]} {r[1]}" for r in rows)
    assert set("ąćęłńóśźżŁŚŻ") & set(names) >= set("łśż")
    assert set("éèêëàçôîïœü") & set(names) >= set("éè")
    for first, last, email, language, side, honorific, city, _org in rows:
        assert honorific in ("ms", "mr")
        if side == Side.SAINT_ETIENNE:
            assert language == "fr"
        elif side == Side.KATOWICE:
            assert language == "pl"
        local = email.split("@")[0]
        assert email.isascii() and re.fullmatch(r"[a-z0-9.-]+", local), email
        folded = search.fold(f"{first}.{last}").replace(" ", ".").replace("'", "")
        assert local.rstrip("0123456789") == re.sub(r"[^a-z0-9.-]", "", folded), email
        assert city
    emails = [r[2] for r in rows]
    assert len(emails) == len(set(emails))
    # Names are stored composed (NFC), as typed on a keyboard.
    assert all(unicodedata.is_normalized("NFC", f"{r[0]}{r[1]}") for r in rows)


def test_inquiries_are_consistent_with_their_contact(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = demo_db
    rows = _rows(
        db,
        "SELECT i.side, c.side, i.letter_language, c.language, i.organisation_id,"
        " c.organisation_id, i.subject, i.message FROM inquiries i"
        " JOIN contacts c ON c.id = i.contact_id",
    )
    assert len(rows) == N
    same_org = 0
    for side, c_side, letter, c_lang, org, c_org, subject, message in rows:
        assert side == c_side and letter == c_lang
        same_org += org == c_org
        assert subject and len(message) > 80
        if c_lang == "pl":
            assert re.search(r"Dzień dobry|Szanowni Państwo|Witam", message)
        if c_lang == "fr":
            assert re.search(r"Bonjour|Madame, Monsieur", message)
    assert same_org > 0.9 * N
    subjects = {r[6] for r in rows}
    assert "Wymiana uczniów szkół muzycznych" in subjects
    assert any(s.startswith("Échange de professeurs de ") for s in subjects)
    fields = _rows(db, "SELECT count(DISTINCT inquiry_id) FROM inquiry_fields")
    assert fields[0][0] == N


def test_closing_and_losing_are_recorded(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = demo_db
    rows = _rows(
        db,
        "SELECT stage, lost_reason, lost_note, closed_on, received_on, assignee_id, version,"
        " created_at, updated_at FROM inquiries",
    )
    for stage, reason, note, closed_on, received, _assignee, version, created, updated in rows:
        assert version == 1 and created <= updated
        if stage == Stage.LOST:
            assert reason in {str(r) for r in LostReason}
            assert bool(note) == (reason == LostReason.OTHER)
        else:
            assert reason is None and note == ""
        if stage in CLOSED_STAGES:
            assert closed_on is not None and received <= closed_on <= TODAY.isoformat()
        else:
            assert closed_on is None
    unassigned = sum(1 for r in rows if r[5] is None)
    assert 0 < unassigned < 0.1 * N


def test_timeline_has_creation_and_stage_changes(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = demo_db
    created = _rows(
        db, "SELECT count(DISTINCT inquiry_id), count(*) FROM timeline_entries WHERE kind = ?",
        "created",
    )  # fmt: skip
    assert created[0] == (N, N)
    entries: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for inquiry_id, field, old, new in _rows(
        db,
        "SELECT inquiry_id, field, old_value, new_value FROM timeline_entries"
        " WHERE kind = 'stage' ORDER BY inquiry_id, at, id",
    ):
        entries[inquiry_id].append((field, old, new))
    for inquiry_id, stage in _rows(db, "SELECT id, stage FROM inquiries"):
        steps = entries.get(inquiry_id, [])
        if stage == Stage.NEW:
            assert steps == []
            continue
        assert steps, inquiry_id
        assert all(f == "stage" for f, _, _ in steps)
        assert steps[0][1] == Stage.NEW and steps[-1][2] == stage
        assert all(a[2] == b[1] for a, b in itertools.pairwise(steps))


def test_activities_are_logged_before_the_steps_in_the_inquirys_language(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = demo_db
    rows = _rows(
        db,
        "SELECT t.kind, t.new_value, t.at, c.at, i.letter_language FROM timeline_entries t"
        " JOIN timeline_entries c ON c.inquiry_id = t.inquiry_id AND c.kind = 'created'"
        " JOIN inquiries i ON i.id = t.inquiry_id"
        " WHERE t.kind IN ('call', 'note', 'email', 'meeting')",
    )
    assert {kind for kind, *_ in rows} == {"call", "note", "email", "meeting"}
    assert all(text.strip() and at > created for _, text, at, created, _ in rows)
    # logged in office hours (07:00-16:00 UTC), not in the night
    assert all(7 <= int(str(at)[11:13]) < 16 for _, _, at, _, _ in rows)
    polish = [text for _, text, _, _, lang in rows if lang == "pl"]
    assert any(letter in text for text in polish for letter in "ąęłóśż")


def test_each_staff_member_has_overdue_today_and_upcoming_follow_ups(
    demo_db: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = demo_db
    today = TODAY.isoformat()
    kinds: dict[str, set[str]] = defaultdict(set)
    for login, due in _rows(
        db,
        "SELECT s.login, f.due_on FROM follow_ups f JOIN staff_members s"
        " ON s.id = f.assignee_id WHERE f.done_at IS NULL",
    ):
        kinds[login].add("overdue" if due < today else "today" if due == today else "upcoming")
    assert set(kinds) == {"anowak", "jlefevre", "mszczesna", "cdubois"}
    for login, found in kinds.items():
        assert found == {"overdue", "today", "upcoming"}, login
    done = _rows(
        db, "SELECT count(*), sum(outcome != '') FROM follow_ups WHERE done_at IS NOT NULL"
    )
    assert done[0][0] > 0 and done[0][0] == done[0][1]
    # Pending follow-ups belong to open inquiries.
    closed = ", ".join(f"'{s}'" for s in CLOSED_STAGES)
    stray = _rows(
        db,
        "SELECT count(*) FROM follow_ups f JOIN inquiries i ON i.id = f.inquiry_id"
        f" WHERE f.done_at IS NULL AND i.stage IN ({closed})",
    )
    assert stray[0][0] == 0


def test_staff_are_the_office_team(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = demo_db
    rows = _rows(
        db, "SELECT login, full_name, title_fr, title_pl, title_en, email FROM staff_members"
    )
    assert {r[1] for r in rows} >= {"Agnieszka Nowak-Wiśniewska", "Julien Lefèvre"}
    for login, _name, fr, pl, en, email in rows:
        assert re.fullmatch(r"[a-z]+", login)
        assert fr and pl and en
        assert email.endswith("@msek.eu")


def test_search_index_covers_the_demo(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = demo_db
    with db.read() as session:
        matches = search.search(session, "lodz", limit=200)
        org_ids = [m.id for m in matches if m.kind is search.Kind.ORGANISATION]
        cities = set(session.scalars(select(Organisation.city).where(Organisation.id.in_(org_ids))))
        assert "Łódź" in cities
        # a Polish name typed without its letters' marks: "wisn" finds Wiśniewska
        names = session.scalars(select(Contact.last_name).order_by(Contact.id))
        accented = [
            n for n in names if search.fold(n[:4]) != n[:4].lower() and search.fold(n[:4]).isalpha()
        ]
        assert accented
        typed = search.fold(accented[0][:4])
        people = [m.id for m in search.search(session, typed, limit=500)
                  if m.kind is search.Kind.CONTACT]  # fmt: skip
        last_names = set(session.scalars(select(Contact.last_name).where(Contact.id.in_(people))))
        assert accented[0] in last_names
        inquiries = [m for m in search.search(session, "2025-00") if m.kind is search.Kind.INQUIRY]
        assert inquiries
    assert _rows(db, f"SELECT count(*) FROM {search.TABLE}") == [
        (N + 250 + len(demo.KNOWN_NAMES) + 20,)
    ]


def test_database_is_sound_afterwards(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = demo_db
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(db, "PRAGMA foreign_key_check") == []
    assert integrity_report(db.engine) == []


# -- refusing and keeping --------------------------------------------------------------


@pytest.mark.parametrize("table", ["organisations", "contacts", "inquiries"])
def test_refuses_a_database_holding_records_and_writes_nothing(tmp_path: Path, table: str) -> None:
    db = _open(tmp_path / "office.db")
    now = datetime(2026, 1, 5, 9, 0)
    with db.write() as session:
        org = Organisation(name="Teatr Śląski", side="katowice", version=1)
        session.add(org)
        session.flush()
        if table != "organisations":
            contact = Contact(last_name="Ślęzak", side="katowice", version=1)
            session.add(contact)
            session.flush()
            session.delete(org)  # only the contact (or the inquiry) stays
        if table == "inquiries":
            session.connection().exec_driver_sql(
                "INSERT INTO inquiries (ref, received_on, channel, kind, side, subject, message,"
                " desired_counterpart, letter_language, stage, lost_note, priority, version,"
                " created_at, updated_at) VALUES ('2026-0001', '2026-01-05', 'email',"
                " 'information', 'katowice', 'x', '', '', 'pl', 'new', '', 'normal', 1, ?, ?)",
                (now.isoformat(" "), now.isoformat(" ")),
            )
            session.delete(contact)
    before = _dump(db)
    with pytest.raises(UserError) as raised:
        demo.generate(db, inquiries=50, seed=1, today=TODAY)
    assert str(raised.value) == (
        "The database already holds data; demo data goes only into an empty database."
    )
    assert _dump(db) == before
    db.dispose()


def test_keeps_existing_staff_and_adds_only_missing_logins(tmp_path: Path) -> None:
    db = _open(tmp_path / "office.db")
    with db.write() as session:
        session.add(StaffMember(login="jlefevre", full_name="Julien Lefèvre", version=1))
        session.add(StaffMember(login="kowalska", full_name="Ewa Kowalska", version=1))
    summary = demo.generate(db, inquiries=250, seed=1, today=TODAY)
    assert summary.staff == 3
    logins = [r[0] for r in _rows(db, "SELECT login FROM staff_members ORDER BY id")]
    assert logins == ["jlefevre", "kowalska", "anowak", "mszczesna", "cdubois"]
    assigned = {r[0] for r in _rows(db, "SELECT DISTINCT assignee_id FROM inquiries")}
    assert {1, 2, 3, 4, 5} <= assigned
    db.dispose()


def test_progress_is_reported_up_to_the_total(tmp_path: Path) -> None:
    db = _open(tmp_path / "p.db")
    calls: list[tuple[int, int]] = []
    demo.generate(
        db, inquiries=300, seed=2, today=TODAY, progress=lambda d, t: calls.append((d, t))
    )
    assert len(calls) >= 3
    totals = {t for _, t in calls}
    assert len(totals) == 1
    done = [d for d, _ in calls]
    assert done == sorted(done) and done[-1] == totals.pop()
    db.dispose()


def test_small_and_empty_demos(tmp_path: Path) -> None:
    db = _open(tmp_path / "zero.db")
    summary = demo.generate(db, inquiries=0, seed=1, today=TODAY)
    assert (summary.inquiries, summary.follow_ups) == (0, 0)
    assert summary.organisations == len(demo.KNOWN_NAMES) + 10 and summary.contacts == 30
    assert integrity_report(db.engine) == []
    db.dispose()
    with pytest.raises(UserError):
        demo.generate(_open(tmp_path / "neg.db"), inquiries=-1)


def test_a_stage_mix_is_plausible(demo_db: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = demo_db
    counts = Counter(r[0] for r in _rows(db, "SELECT stage FROM inquiries"))
    assert counts[Stage.COMPLETED] > 0.1 * N and counts[Stage.LOST] > 0.1 * N
    assert counts[Stage.NEW] < 0.15 * N
