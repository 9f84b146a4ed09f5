"""Crash safety: a writer killed with SIGKILL at random moments never damages the file, never
loses a transaction it saw committed, and never leaves one half written (issue 5, part 3).

tests/core/crash_writer.py writes through the core services (imports of several inquiries
with their people and organisations, new organisations, people and inquiries, inquiry and
person updates, follow-ups added and done), printing "begin KIND MARKER" before each
transaction and "commit MARKER" after it returned. This test kills it at a random moment, at
least 200 times on the same file, and after each kill opens the file the way the program does
(open_database: quick_check, migrations) and checks:

- integrity_check is ok and foreign_key_check finds nothing;
- per marker, the rows in the file are exactly what the transaction writes (FOOTPRINT) or
  nothing: never a part; every transaction reported committed is there in full; no rows carry
  a marker that was never begun;
- records and their history agree: every inquiry, person and organisation has its one
  "created"/"import" timeline entry, every inquiry its two fields, the current subject of an
  inquiry is the newest subject change in its timeline (same for a person's notes), a done
  follow-up has its outcome, and ref counters are never behind the refs given;
- the search index has one entry per record; after every FULL_EVERY-th kill and the last,
  exactly the entries the records make (rebuilt in a transaction that is rolled back).

Writers are forked from a server process that has already imported the program (a fresh
interpreter costs ~0.5 s here, a fork milliseconds); every FRESH_EVERY-th writer is a fresh
interpreter instead. The delays come from a seed that is printed: MSEK_CRASH_SEED=N replays
the same kill schedule (timing still varies a little), MSEK_CRASH_KILLS=N changes the count.
"""

from __future__ import annotations

import contextlib
import math
import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

from msek_desktop.core import contacts, db, followups, inquiries, organisations, search, staff
from msek_desktop.core.store import open_database

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX"
)

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = int(os.environ.get("MSEK_CRASH_KILLS") or 200)
FRESH_EVERY = 25  # every 25th writer is a fresh interpreter, the others are forked
FULL_EVERY = 10  # the search index is compared entry by entry after every 10th kill
DELAY = (0.0, 0.3)  # seconds of writing after "ready" before the kill
TIMEOUT = 60.0
MARK = re.compile(r"mk\d{9}")

# where each transaction's marker lands, and in how many rows
COUNTED = (
    ("inquiries", "message"),
    ("contacts", "email"),
    ("organisations", "city"),
    ("follow_ups", "description"),
    ("follow_ups", "outcome"),
    ("timeline_entries", "new_value"),
    ("timeline_entries", "note"),
)


def footprint(kind: str, n: int) -> Counter[str]:
    """The rows (table.column holding the marker) a whole transaction of `kind` leaves."""
    if kind == "import":  # n rows: n inquiries, n people, ceil(n/2) organisations
        orgs = math.ceil(n / 2)
        return Counter(
            {
                "inquiries.message": n,
                "contacts.email": n,
                "organisations.city": orgs,
                "timeline_entries.note": 2 * n + orgs,  # one "import" entry per record
            }
        )
    return Counter(
        {
            "org": {"organisations.city": 1},
            "contact": {"contacts.email": 1},
            "inquiry": {"inquiries.message": 1},
            "update": {"timeline_entries.new_value": 2},  # subject, desired counterpart
            "person": {"timeline_entries.new_value": 2},  # notes, position
            "followup": {"follow_ups.description": 1, "timeline_entries.note": 1},
            "done": {"follow_ups.outcome": 1, "timeline_entries.note": 1},
        }[kind]
    )


@dataclass
class Txn:
    kind: str
    n: int
    committed: bool = False


PHASES = {
    "ready": "between transactions",
    "commit": "between transactions",
    "begin": "before BEGIN (the service checking values)",
    "open": "in an open transaction (COMMIT included)",
    "closing": "after COMMIT returned (connection closing, WAL checkpoint)",
}


@dataclass
class Stats:
    kills: int = 0
    fresh: int = 0
    phases: Counter[str] = field(default_factory=Counter)  # the writer's last line at the kill
    open_found: int = 0  # killed in an open transaction, found committed (killed in COMMIT)
    committed: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)


# -- the writers ----------------------------------------------------------------------------


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it may have ended by itself (an error)
        os.kill(pid, signal.SIGKILL)


class Writers:
    """Starts writers (forked by the server, or fresh interpreters) and kills them."""

    def __init__(self, path: Path, logs: Path) -> None:
        self.path = path
        self.logs = logs
        self.server_err = (logs / "server.err").open("w")
        self.server = subprocess.Popen(
            [sys.executable, str(WRITER), "serve", str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.server_err, text=True,
        )  # fmt: skip
        self.server_lines: queue.Queue[str | None] = queue.Queue()
        assert self.server.stdout is not None
        threading.Thread(
            target=_pump, args=(self.server.stdout, self.server_lines), daemon=True
        ).start()

    def close(self) -> None:
        assert self.server.stdin is not None
        self.server.stdin.close()
        try:
            self.server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait()
        self.server_err.close()

    def kill_one(self, seed: int, run: int, delay: float, fresh: bool) -> list[str]:
        """Start writer `run`, let it write for `delay` s after "ready", SIGKILL it; its lines."""
        if fresh:
            err = self.logs / f"writer-{run}.err"
            with err.open("w") as errfile:
                proc = subprocess.Popen(
                    [sys.executable, str(WRITER), "run", str(self.path), str(seed), str(run)],
                    stdout=subprocess.PIPE, stderr=errfile, text=True,
                )  # fmt: skip
            lines: queue.Queue[str | None] = queue.Queue()
            assert proc.stdout is not None
            threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True).start()
        else:
            assert self.server.stdin is not None
            self.server.stdin.write(f"run {seed} {run}\n")
            self.server.stdin.flush()
            lines = self.server_lines
        seen: list[str] = []

        def until(done: Any) -> None:
            while not seen or not done(seen[-1]):
                line = lines.get(timeout=TIMEOUT)
                if line is None:
                    seen.append("eof")
                    return
                seen.append(line)

        pid = None
        try:
            until(lambda line: line in ("ready", "eof") or line.startswith(("error", "exit")))
            pids = [int(line.split()[1]) for line in seen if line.startswith("pid ")]
            pid = pids[0] if pids else None
            assert seen[-1] == "ready" and pid, f"writer {run} did not start: {seen}"
            time.sleep(delay)
            _kill(pid)
            if fresh:
                until(lambda line: line == "eof")
                status = proc.wait(timeout=TIMEOUT)
            else:
                until(lambda line: line.startswith("exit "))
                status = int(seen[-1].split()[2])
        except BaseException:
            if pid is not None:  # never leave a writer running behind a failed test
                _kill(pid)
            raise
        errors = [line for line in seen if line.startswith("error")]
        assert status == -signal.SIGKILL, f"writer {run} ended by itself ({status}): {errors}"
        return seen


# -- the checks -----------------------------------------------------------------------------


def _rows(conn: Any, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.exec_driver_sql(sql)]


def _check_markers(conn: Any, ledger: dict[str, Txn]) -> set[str]:
    """Every marker in the file: its whole transaction, never a part. Returns those found."""
    found: dict[str, Counter[str]] = {}
    for table, column in COUNTED:
        for (value,) in conn.exec_driver_sql(
            f"SELECT {column} FROM {table} WHERE {column} LIKE '%mk%'"
        ):
            for mark in set(MARK.findall(value)):
                found.setdefault(mark, Counter())[f"{table}.{column}"] += 1
    for mark, got in sorted(found.items()):
        txn = ledger.get(mark)
        assert txn is not None, f"rows of transaction {mark}, which was never begun: {got}"
        want = footprint(txn.kind, txn.n)
        assert got == want, f"{txn.kind} transaction {mark} is half there: {dict(got)} of {want}"
    lost = [m for m, t in ledger.items() if t.committed and m not in found]
    assert not lost, f"transactions reported committed are missing: {lost[:10]}"
    return set(found)


def _check_links(conn: Any) -> None:
    """Records and their history agree."""
    for table, column in (
        ("inquiries", "inquiry_id"),
        ("contacts", "contact_id"),
        ("organisations", "organisation_id"),
    ):
        bad = _rows(
            conn,
            f"SELECT r.id, count(t.id) FROM {table} r LEFT JOIN timeline_entries t "
            f"ON t.{column} = r.id AND t.kind IN ('created', 'import') "
            "GROUP BY r.id HAVING count(t.id) != 1",
        )
        assert not bad, f"{table} without exactly one creation entry (id, entries): {bad[:10]}"
    bad = _rows(
        conn,
        "SELECT i.id, count(f.field_id) FROM inquiries i LEFT JOIN inquiry_fields f "
        "ON f.inquiry_id = i.id GROUP BY i.id HAVING count(f.field_id) != 2",
    )
    assert not bad, f"inquiries without their two fields (id, fields): {bad[:10]}"
    for table, column, names in (
        ("inquiries", "inquiry_id", ("subject", "desired_counterpart")),
        ("contacts", "contact_id", ("notes", "position")),
    ):
        for name in names:
            bad = _rows(
                conn,
                f"SELECT r.id, r.{name}, t.new_value FROM {table} r JOIN timeline_entries t "
                f"ON t.id = (SELECT max(e.id) FROM timeline_entries e WHERE e.{column} = r.id "
                f"AND e.kind = 'changed' AND e.field = '{name}') WHERE t.new_value != r.{name}",
            )
            assert not bad, f"{table}.{name} differs from its last change: {bad[:5]}"
    bad = _rows(conn, "SELECT id FROM follow_ups WHERE (done_at IS NULL) != (outcome = '')")
    assert not bad, f"follow-ups done without an outcome or the reverse: {bad[:10]}"
    bad = _rows(
        conn,
        "SELECT y, top, c.last_number FROM (SELECT CAST(substr(ref, 1, 4) AS INTEGER) y, "
        "max(CAST(substr(ref, 6) AS INTEGER)) top FROM inquiries GROUP BY y) "
        "LEFT JOIN ref_counters c ON c.year = y WHERE c.last_number IS NULL OR c.last_number < top",
    )
    assert not bad, f"ref counters behind the refs given (year, top, counter): {bad}"


def _check_search(conn: Any, *, full: bool) -> None:
    """One index entry per record; with `full`, exactly the entries the records make (the
    index is rebuilt from them inside the transaction, which is then rolled back)."""
    stored = dict(_rows(conn, f"SELECT rowid, body FROM {search.TABLE}"))
    wanted = {
        search.rowid(kind, i)
        for kind, table in (
            (search.Kind.INQUIRY, "inquiries"),
            (search.Kind.CONTACT, "contacts"),
            (search.Kind.ORGANISATION, "organisations"),
        )
        for (i,) in conn.exec_driver_sql(f"SELECT id FROM {table}")
    }
    assert set(stored) == wanted, (
        f"search entries of missing records: {sorted(set(stored) - wanted)[:10]}; "
        f"records without one: {sorted(wanted - set(stored))[:10]}"
    )
    if full:
        search.rebuild(conn)
        built = dict(_rows(conn, f"SELECT rowid, body FROM {search.TABLE}"))
        conn.rollback()
        wrong = sorted(set(stored.items()) ^ set(built.items()))
        assert not wrong, f"search entries that differ from their records: {wrong[:6]}"


def check(path: Path, ledger: dict[str, Txn], *, full: bool = True) -> set[str]:
    database = open_database(path)  # what the program does after a crash
    try:
        problems = db.integrity_report(database.engine)
        assert not problems, f"the file is damaged: {problems[:10]}"
        with database.engine.connect() as conn:
            found = _check_markers(conn, ledger)
            _check_links(conn)
            _check_search(conn, full=full)
        return found
    finally:
        database.dispose()


# -- the test -------------------------------------------------------------------------------


def _fill(path: Path) -> None:
    database = open_database(path, create=True)
    try:
        for login, name in (("anna", "Anna Kowalska"), ("marc", "Marc Rivière"), ("ola", "Ola")):
            staff.create_staff(database, {"login": login, "full_name": name})
        for name, side in (("Conservatoire Massenet", "saint_etienne"), ("ZSM Łódź", "katowice")):
            org = organisations.create_organisation(
                database, {"name": name, "side": side, "kind": "music_school"}, actor="anna"
            )
            person = contacts.create_contact(
                database,
                {"last_name": "Wiśniewska", "side": side, "organisation_id": org.id,
                 "email": f"ewa@{side[:5]}.example.org"},
                actor="anna",
            )  # fmt: skip
            inq = inquiries.create_inquiry(
                database,
                {"contact_id": person.id, "subject": "Jumelage", "fields": ["music", "design"]},
                actor="anna",
            )
            followups.add_followup(
                database, inq.id, {"due_on": "2024-05-01", "description": "appeler"}
            )
    finally:
        database.dispose()


@pytest.mark.slow
def test_sigkill_never_damages_loses_or_halves_a_transaction(tmp_path: Path) -> None:
    seed = int(os.environ.get("MSEK_CRASH_SEED") or random.randrange(1 << 32))
    print(f"\ncrash test: {KILLS} kills, seed {seed} (replay with MSEK_CRASH_SEED={seed})")
    rng = random.Random(seed)
    path = tmp_path / "office.db"
    _fill(path)
    check(path, {})
    ledger: dict[str, Txn] = {}
    stats = Stats()
    started = time.monotonic()
    writers = Writers(path, tmp_path)
    try:
        for run in range(KILLS):
            fresh = run % FRESH_EVERY == FRESH_EVERY - 1
            delay = rng.uniform(*DELAY)
            lines = writers.kill_one(seed, run, delay, fresh)
            phase, mark = "ready", ""
            for line in lines:
                word, *rest = line.split()
                if word == "begin":
                    kind, mark, n = rest
                    ledger[mark] = Txn(kind, int(n))
                elif word == "closing":  # COMMIT returned: it must be there from now on
                    ledger[mark].committed = True
                elif word == "commit":
                    stats.committed += 1
                    stats.by_kind[ledger[rest[0]].kind] += 1
                if word in PHASES:
                    phase = word
            where = f"kill {run} (seed {seed}, delay {delay:.3f} s, last lines {lines[-4:]})"
            try:
                full = run % FULL_EVERY == 0 or run == KILLS - 1
                found = check(path, ledger, full=full)
                if phase == "begin":
                    assert mark not in found, f"{mark} is there though it never began"
            except AssertionError as exc:
                raise AssertionError(f"after {where}: {exc}") from None
            stats.kills += 1
            stats.fresh += fresh
            stats.phases[phase] += 1
            stats.open_found += phase == "open" and mark in found
    finally:
        writers.close()
    elapsed = time.monotonic() - started
    inside = stats.phases["open"] + stats.phases["closing"]
    print(
        f"crash test: {stats.kills} kills in {elapsed:.1f} s ({stats.fresh} writers fresh "
        f"interpreters, the rest forked), {inside} inside a transaction; the writer was:"
    )
    for word, label in PHASES.items():
        if word != "commit":
            count = stats.phases[word] + (stats.phases["commit"] if word == "ready" else 0)
            print(f"  {label}: {count}")
    print(
        f"  (of the {stats.phases['open']} kills in an open transaction, {stats.open_found} "
        f"found it committed: SQLite had committed, the hook had not printed yet)\n"
        f"  {stats.committed} transactions reported committed, all there in full: "
        f"{dict(sorted(stats.by_kind.items()))}"
    )
    assert stats.kills >= min(KILLS, 200)
    assert stats.phases["open"] >= stats.kills // 4, "too few kills in an open transaction"
