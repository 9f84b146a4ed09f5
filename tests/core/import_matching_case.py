"""A data set where an import's matching matters, and the report it gives (as JSON text).

An office (demo data, its people all with an email) plus people recorded without one, some
sharing a name, some in feminine and masculine forms; then a file whose rows name them every
way: the same email (in capitals too), the same name without an email, the name in the other
gender's form, a letter off, another organisation, an initial, accents left out, look-alike
letters, people named twice in the file, new people, and organisations by the same, a close
or a new name. tests/core/test_import_matching.py compares its report with the one the import
gave before it was made quicker (tests/core/data/import_matching_report.json).
"""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from msek_desktop.core import demo, importing
from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Organisation
from msek_desktop.core.writer import Writer

TODAY = date(2026, 3, 2)
HEADERS = ["Prénom", "Nom", "E-mail", "Organisation", "Sujet", "Reçu le", "Territoire"]
UNRECORDED = [  # (first, last): people the office recorded without an email
    ("Anna", "Kowalska"), ("Anna", "Kowalska"), ("Jan", "Kowalski"), ("Łucja", "Wiśniewska"),
    ("Marc", "Dupont"), ("Élise", "Châtelain"), ("Zofia", "Zając"), ("Piotr", "Nowak"),
    ("Jean", "Lefébure"), ("Ewa", "Mazur"), ("", "Gaillard"), ("Kuba", "Lis"),
]  # fmt: skip


def _variants(first: str, last: str, rng: random.Random) -> list[tuple[str, str]]:
    """Ways a file may write a recorded person's name."""
    out = [(first, last), (first.upper(), last.lower())]
    if len(last) > 4:
        cut = rng.randrange(1, len(last) - 1)
        out.append((first, last[:cut] + last[cut + 1 :]))  # a letter left out
        out.append((first, last[:cut] + "x" + last[cut:]))  # one too many
    if first:
        out.append((first[0] + ".", last))  # an initial
        out.append(("Zbigniew", last))  # another first name
    for masculine, feminine in (("ski", "ska"), ("cki", "cka"), ("ny", "na")):
        if last.endswith(feminine):
            out.append((first, last[: -len(feminine)] + masculine))
        elif last.endswith(masculine):
            out.append((first, last[: -len(masculine)] + feminine))
    plain = last.translate(str.maketrans("łśąęóźżćńéèêàâç", "lsaeozzcneeeaac"))
    out.append((first, plain))
    out.append((first, last.replace("a", "\u0430", 1)))  # a Cyrillic а
    return out


def make_office(db: Database) -> None:
    demo.generate(db, inquiries=600, seed=5, today=TODAY)
    with db.write() as session:
        out = Writer(session, now=datetime(2026, 3, 1, 9, 0))
        org_ids = list(session.scalars(select(Organisation.id).order_by(Organisation.id)))
        for n, (first, last) in enumerate(UNRECORDED):
            out.contact(first_name=first, last_name=last, side="katowice",
                        organisation_id=org_ids[n * 7] if n % 3 else None)  # fmt: skip
        out.finish()


def make_file(db: Database, path: Path) -> None:
    rng = random.Random(11)
    with db.read() as session:
        people = session.execute(
            select(Contact.first_name, Contact.last_name, Contact.email, Organisation.name)
            .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
            .order_by(Contact.id)
        ).all()
        orgs = list(session.scalars(select(Organisation.name).order_by(Organisation.id)))
    rows: list[list[str]] = []

    def row(first: str, last: str, email: str, org: str) -> None:
        n = len(rows)
        side = "Katowice" if n % 2 else "Saint-Étienne"
        rows.append([first, last, email, org, f"Sujet {n}", f"2026-0{1 + n % 2}-1{n % 10}", side])

    for first, last, email, org in rng.sample(people, 60) + people[-len(UNRECORDED) :]:
        choice = rng.random()
        row(first, last, email.upper() if choice < 0.2 else email, "")  # by email
        for vfirst, vlast in _variants(first, last, rng):
            row(vfirst, vlast, "" if rng.random() < 0.7 else f"autre.{len(rows)}@example.org",
                org if rng.random() < 0.5 else rng.choice([*orgs, ""]))  # fmt: skip
    for name in rng.sample(orgs, 30):
        row("", "", "", name)  # an organisation alone
        row("Ala", "Nowa", "", name + " bis")  # a close name
        row("Ola", "Stara", "", name.lower())
    for n in range(40):
        row(f"Nowy{n}", f"Człowiek{n % 15}", f"nowy{n % 25}@example.pl", f"Fundacja {n % 4}")
    rng.shuffle(rows)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def report_text(db: Database, path: Path) -> str:
    """The import's report of `path` into `db`: what it matched, may match, and made."""
    report = importing.import_file(db, path, today=TODAY)
    whole = report.to_json()
    whole["summary"] = report.summary()
    return json.dumps(whole, ensure_ascii=False, indent=0, sort_keys=True)
