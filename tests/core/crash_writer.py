"""The writer that tests/core/test_crash_safety.py kills with SIGKILL.

It opens an MSEK database the way the program does (store.open_database) and writes through
the core services, one transaction after another, until it is killed:

    python crash_writer.py run DB SEED RUN    one writer, in this process
    python crash_writer.py serve DB           a fork server: each line "run SEED RUN" on stdin
                                              forks a fresh writer process (already imported,
                                              so it starts in milliseconds, not 0.5 s)

Every transaction has a marker, "mk" + 9 digits, written into the rows it makes, so the test can
count per marker what is in the file: all of a transaction's rows or none. Output (one line
each, written with a single os.write so lines from several processes never interleave):

    pid PID                   the writer's process id (the server says it for its children)
    ready                     the database is open; transactions start now
    begin KIND MARKER N       printed BEFORE the transaction starts (N: rows of an import)
    open                      the session's transaction began (BEGIN IMMEDIATE is sent now)
    closing                   COMMIT returned; the connection closes (its last close of a
                              WAL file checkpoints it) before the service returns
    commit MARKER             printed only AFTER the service call (and so the commit) returned
    error TEXT                an exception: the writer stops with exit status 3
    exit PID STATUS           (server) the child ended; all its lines were read before this

The transactions (see FOOTPRINT in the test for what each leaves in the file):
    import    import_table of N rows: N inquiries with N new people and ceil(N/2) new
              organisations, their timeline entries and search entries, in ONE transaction
    org       create_organisation            contact    create_contact
    inquiry   create_inquiry (contact, organisation, two fields, assignee)
    update    update_inquiry (open ones): subject, desired counterpart, priority, assignee, stage
    person    update_contact: notes and position (re-indexes the person's inquiries)
    followup  add_followup                   done       complete_followup

A tiny sleep before each commit (a hook of this script only) keeps transactions open a little
longer, so a good share of the kills land inside one.
"""

from __future__ import annotations

import math
import os
import random
import sys
import time
import traceback
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from msek_desktop.core import contacts, followups, importing, inquiries, organisations
from msek_desktop.core.db import WriteSession
from msek_desktop.core.models import Contact, Field, FollowUp, Inquiry, Organisation, StaffMember
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import CLOSED_STAGES, PIPELINE

KINDS = ("import", "org", "contact", "inquiry", "update", "person", "followup", "done")
WEIGHTS = (3, 1, 1, 3, 3, 1, 2, 1)
IMPORT_ROWS = (2, 8)  # rows per import, inclusive
SIDES = ("saint_etienne", "katowice", "other")
FIRST = ("Ewa", "Jean", "Zoé", "Łukasz", "Agnieszka", "Hélène", "Piotr", "Anne", "Józef")
LAST = ("Wiśniewska", "Dupont", "Łęcka", "Moreau", "Kowalczyk", "Bérard", "Żak", "Nowak")
HEADERS = [
    "first_name", "last_name", "email", "organisation", "organisation_kind", "city", "country",
    "side", "field", "language", "channel", "received_on", "subject", "message",
]  # fmt: skip


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def marker(run: int, seq: int) -> str:
    return f"mk{run:04d}{seq:05d}"


def org_name(rng: random.Random) -> str:
    """A name no other organisation's comes close to: the import matches organisations by a
    close name (rapidfuzz), and every import row must make its own organisation."""
    letters = "bcdfghjklmnprstwz"
    return "".join(rng.choice(letters) for _ in range(18)).capitalize() + " Ensemble"


class Writer:
    def __init__(self, path: Path, seed: int, run: int) -> None:
        self.rng = random.Random(f"{seed}-{run}")
        self.run = run
        self.seq = 0
        self.db = open_database(path)
        self.today = date.today()
        with self.db.read() as s:
            self.staff = list(s.scalars(select(StaffMember.login)))
            self.fields = list(s.scalars(select(Field.code)))
            self.orgs = list(s.scalars(select(Organisation.id)))
            stmt = select(Contact.id, Contact.organisation_id)
            self.contacts = [(cid, oid) for cid, oid in s.execute(stmt)]
            self.inquiries = list(s.scalars(select(Inquiry.id)))
            # a closed inquiry is read-only until reopened: updates go to open ones
            still_open = select(Inquiry.id).where(Inquiry.stage.not_in(CLOSED_STAGES))
            self.open_inquiries = list(s.scalars(still_open))
            done = select(FollowUp.id).where(FollowUp.done_at.is_(None))
            self.open_followups = list(s.scalars(done))
        event.listen(WriteSession, "after_begin", lambda *_: say("open"))
        event.listen(WriteSession, "before_commit", self._pause)
        event.listen(WriteSession, "after_commit", lambda *_: say("closing"))

    def _pause(self, _session: Any) -> None:
        time.sleep(self.rng.choice((0, 0.001, 0.002, 0.004)))

    def _date(self) -> date:
        return self.today - timedelta(days=self.rng.randrange(0, 400))

    def forever(self) -> None:
        say("ready")
        while True:
            kind = self.rng.choices(KINDS, WEIGHTS)[0]
            if kind == "followup" and not self.inquiries:
                kind = "inquiry"
            if kind == "update" and not self.open_inquiries:
                kind = "inquiry"
            if kind == "done" and not self.open_followups:
                kind = "followup" if self.inquiries else "inquiry"
            mark = marker(self.run, self.seq)
            self.seq += 1
            getattr(self, "do_" + kind)(mark)

    # -- the transactions: each prints begin before it and commit after it returned ----------

    def do_import(self, mark: str) -> None:
        n = self.rng.randint(*IMPORT_ROWS)
        rng = self.rng
        names = [org_name(rng) for _ in range(math.ceil(n / 2))]
        rows = []
        first = rng.randrange(len(FIRST))  # two rows of one organisation: two people
        for i in range(n):
            side = rng.choice(SIDES)
            cells = [
                FIRST[(first + i) % len(FIRST)], rng.choice(LAST), f"{mark}.{i}@example.org",
                names[i // 2], "music school", mark, rng.choice(("FR", "PL", "DE")), side,
                ", ".join(rng.sample(self.fields, 2)), rng.choice(("fr", "pl", "en")),
                rng.choice(("e-mail", "telefon", "visite")), self._date().strftime("%d.%m.%Y"),
                f"Échange {i} — {rng.choice(LAST)}", f"{mark} import row {i}: współpraca",
            ]  # fmt: skip
            rows.append((i + 2, cells))
        table = importing.Table(HEADERS, rows)
        say(f"begin import {mark} {n}")
        report = importing.import_table(self.db, table, actor="anna", source=mark)
        say(f"commit {mark}")
        if report.created != {"inquiries": n, "contacts": n, "organisations": len(names)}:
            raise AssertionError(f"import {mark} made {report.created}")
        with self.db.read() as s:
            stmt = select(Inquiry.id, Inquiry.contact_id, Inquiry.organisation_id).where(
                Inquiry.message.startswith(mark)
            )
            for iid, cid, oid in s.execute(stmt):
                self.inquiries.append(iid)
                self.contacts.append((cid, oid))
                self.orgs.append(oid)

    def do_org(self, mark: str) -> None:
        values = {
            "name": org_name(self.rng), "kind": "university", "side": self.rng.choice(SIDES),
            "city": mark, "country": "PL", "description_pl": f"Uczelnia — {mark}",
            "fields": self.rng.sample(self.fields, 2),
        }  # fmt: skip
        say(f"begin org {mark} 1")
        row = organisations.create_organisation(self.db, values, actor="marc")
        say(f"commit {mark}")
        self.orgs.append(row.id)

    def do_contact(self, mark: str) -> None:
        org = self.rng.choice(self.orgs) if self.orgs else None
        values = {
            "first_name": self.rng.choice(FIRST), "last_name": self.rng.choice(LAST),
            "side": self.rng.choice(SIDES), "email": f"{mark}@example.org",
            "organisation_id": org, "position": "Dyrektor", "notes": "première prise de contact",
        }  # fmt: skip
        say(f"begin contact {mark} 1")
        row = contacts.create_contact(self.db, values, actor="anna")
        say(f"commit {mark}")
        self.contacts.append((row.id, org))

    def do_inquiry(self, mark: str) -> None:
        contact_id, org = self.rng.choice(self.contacts)
        values = {
            "contact_id": contact_id, "organisation_id": org or self.rng.choice(self.orgs),
            "subject": f"Partenariat {self.rng.choice(LAST)}", "message": f"{mark} Dzień dobry",
            "received_on": self._date(), "fields": self.rng.sample(self.fields, 2),
            "assignee": self.rng.choice(self.staff), "channel": "email",
        }  # fmt: skip
        say(f"begin inquiry {mark} 1")
        row = inquiries.create_inquiry(self.db, values, actor="anna")
        say(f"commit {mark}")
        self.inquiries.append(row.id)
        self.open_inquiries.append(row.id)

    def do_update(self, mark: str) -> None:
        iid = self.rng.choice(self.open_inquiries)
        values = {
            "subject": f"{mark} Résidence d'artistes", "desired_counterpart": f"{mark} szkoła",
            "priority": self.rng.choice(("low", "normal", "high")),
            "assignee": self.rng.choice(self.staff), "stage": str(self.rng.choice(PIPELINE)),
        }  # fmt: skip
        say(f"begin update {mark} 1")
        inquiries.update_inquiry(self.db, iid, values, actor="marc")
        say(f"commit {mark}")
        if values["stage"] in CLOSED_STAGES:
            self.open_inquiries.remove(iid)

    def do_person(self, mark: str) -> None:
        cid, _org = self.rng.choice(self.contacts)
        values = {"notes": f"{mark} rappeler en mai", "position": f"{mark} Kierownik"}
        say(f"begin person {mark} 1")
        contacts.update_contact(self.db, cid, values, actor="anna")
        say(f"commit {mark}")

    def do_followup(self, mark: str) -> None:
        iid = self.rng.choice(self.inquiries)
        values = {
            "due_on": self.today + timedelta(days=self.rng.randrange(-5, 60)),
            "action": self.rng.choice(("call", "email", "meeting")),
            "description": f"{mark} zadzwonić", "assignee": self.rng.choice(self.staff),
        }  # fmt: skip
        say(f"begin followup {mark} 1")
        row = followups.add_followup(self.db, iid, values, actor="anna")
        say(f"commit {mark}")
        self.open_followups.append(row.id)

    def do_done(self, mark: str) -> None:
        fid = self.open_followups.pop(self.rng.randrange(len(self.open_followups)))
        say(f"begin done {mark} 1")
        followups.complete_followup(self.db, fid, f"{mark} accord de principe", actor="marc")
        say(f"commit {mark}")


def write(path: Path, seed: int, run: int) -> None:
    """One writer: writes until killed; an exception is reported and ends it with status 3."""
    try:
        Writer(path, seed, run).forever()
    except BaseException as exc:
        text = "".join(traceback.format_exception_only(exc)).strip().replace("\n", " | ")
        say(f"error {text[:3000]}")
        sys.stderr.write(traceback.format_exc())
        sys.stderr.flush()
        os._exit(3)


def serve(path: Path) -> None:
    """Fork a fresh writer for each "run SEED RUN" line; report how each one ended."""
    for line in sys.stdin:
        _cmd, seed, run = line.split()
        pid = os.fork()
        if pid == 0:  # the child: a new process, no database connection inherited
            say(f"pid {os.getpid()}")
            write(path, int(seed), int(run))
            os._exit(0)
        _pid, status = os.waitpid(pid, 0)
        say(f"exit {pid} {os.waitstatus_to_exitcode(status)}")


def main(argv: list[str]) -> None:
    if argv[0] == "serve":
        serve(Path(argv[1]))
    elif argv[0] == "run":
        say(f"pid {os.getpid()}")
        write(Path(argv[1]), int(argv[2]), int(argv[3]))
    else:
        raise SystemExit(f"usage: {__doc__}")


if __name__ == "__main__":
    main(sys.argv[1:])
