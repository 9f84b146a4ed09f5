"""Files where an import's checks, reading and matching matter, and what their import gives.

An office (demo data) and files naming its people and organisations and new ones, with
phones written every way (national, +48, 0033, spaces, dots, too short, too long, letters),
emails (capitals, an accented domain, invalid ones), invisible characters in names, coded
words, three date formats, fields, profiles and consents, in Windows-1250, Windows-1252,
UTF-8 with and without a BOM. tests/core/test_import_same_rows.py compares what each import
gives (the report, errors with line and column, the encoding, and every row written) with what
the import gave before it was made quicker (tests/core/data/import_rows_outcome.json).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from msek_desktop.core import importing
from msek_desktop.core.db import Database
from msek_desktop.core.models import (
    ConsentRecord,
    Contact,
    Inquiry,
    Organisation,
    TimelineEntry,
    inquiry_fields,
    organisation_fields,
)

TODAY = date(2026, 3, 2)
HEADERS = [
    "Imię", "Nazwisko", "E-mail", "Telefon", "Organizacja", "Miasto", "Strona", "Dziedzina",
    "Temat", "Data wpływu", "Wiadomość", "Język", "Kanał", "Kraj", "tags", "capacity",
    "consents", "consent_how",
]  # fmt: skip
PHONES_PL = [
    "32 123 45 67", "+48 32 123 45 67", "0048 32 123 45 67", "321234567", "601 234 567",
    "(32) 123-45-67", "32.123.45.67", "+33 4 77 12 34 56", "12", "32 123 45 67 89 00",
    "abc", "+999 123", "22 555 00 00 wew. 12", "+48 600 000 000", "800 123 456",
]  # fmt: skip
PHONES_FR = [
    "04 77 12 34 56", "+33 4 77 12 34 56", "0033 477 123 456", "0477123456", "06 12 34 56 78",
    "04.77.12.34.56", "+48 32 123 45 67", "0800 00 00 00", "04 77", "04 77 12 34 56 78 90",
    "zéro", "09 70 12 34 56", "+33 (0)4 77 12 34 56",
]  # fmt: skip
EMAILS = [
    "anna@example.pl", "ANNA@Example.PL", "jean.dupont@exemple.fr", "łucja@przykład.pl",
    "zofia@żółw.pl", "bad@", "no at sign", "a@b", "x..y@example.pl", " spaced@example.pl ",
    "marc+desk@example.fr", "élise@exemple.fr", "",
]  # fmt: skip
NAMES = [
    ("Anna", "Kowalska"), ("Jan", "Kowalski"), ("Łucja", "Wiśniewska"), ("Élise", "Châtelain"),
    ("Marc", "Dupont"), ("Zofia", "Zając"), ("Piotr", "Nowak"), ("Jean", "Lefébure"),
    ("\u200bEwa", "Mazur\u202e"), ("Kuba", "Lis"), ("", "Gaillard"), ("Anna", "Kowalski"),
]  # fmt: skip
WORDS = {
    "side": ["Katowice", "Saint-Étienne", "katowice", "saint_etienne", "Marseille", ""],
    "field": ["muzyka", "musique", "music; design", "film/education", "cuisine", ""],
    "received": ["2025-03-04", "04.03.2025", "04/03/2025", "31.02.2025", "2027-01-01", "soon"],
    "language": ["pl", "fr", "polski", "français", "klingon", ""],
    "channel": ["email", "telefon", "courrier", "pigeon", ""],
    "country": ["PL", "FR", "Polska", "France", "Atlantis", ""],
    "tags": ["", "", "jazz, teatr", ""],
    "capacity": ["", "", "40", "-3", "many"],
    "consents": ["", "", "newsletter", "zdjęcia, newsletter", "nothing"],
    "how": ["", "formularz", "email", "telepathy"],
}


def make_office(db: Database) -> list[tuple[str, str, str, str]]:
    """Demo data; returns (first, last, email, organisation) of some recorded people."""
    from tests.core.import_matching_case import make_office as matching_office

    matching_office(db)
    with db.read() as session:
        rows = session.execute(
            select(Contact.first_name, Contact.last_name, Contact.email, Organisation.name)
            .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
            .order_by(Contact.id)
            .limit(40)
        ).all()
    return [(f, last, e or "", o or "") for f, last, e, o in rows]


def _row(
    rng: random.Random, n: int, recorded: list[tuple[str, str, str, str]], clean: bool
) -> list[str]:
    if rng.random() < 0.3:
        first, last, email, org = rng.choice(recorded)
        email = email.upper() if rng.random() < 0.3 else (email if rng.random() < 0.6 else "")
    else:
        first, last = rng.choice(NAMES)
        email = rng.choice(EMAILS[:5] + EMAILS[10:]) if clean else rng.choice(EMAILS)
        org = rng.choice(["Filharmonia Śląska", "Le Fil", "Conservatoire Massenet", "", "MCK"])
    side = rng.choice(WORDS["side"][:4] if clean else WORDS["side"])
    phones = PHONES_FR if "tienne" in side or "etienne" in side else PHONES_PL
    phone = rng.choice(phones[:8] if clean else phones)
    pick = {k: rng.choice(v[:3] if clean and k != "consents" else v) for k, v in WORDS.items()}
    if clean:
        pick["consents"] = rng.choice(WORDS["consents"][:4])
        pick["how"] = rng.choice(WORDS["how"][1:3]) if pick["consents"] else ""
        pick["capacity"] = rng.choice(WORDS["capacity"][:3])
        pick["language"] = rng.choice(WORDS["language"][:4])
        pick["channel"] = rng.choice(WORDS["channel"][:3])
        pick["country"] = rng.choice(WORDS["country"][:4])
    return [
        first, last, email, phone, org if (org or last) else "MCK", "Katowice", side,
        pick["field"], f"Wymiana {n}: żółć", pick["received"], "Dzień dobry. " * (n % 3),
        pick["language"], pick["channel"], pick["country"], pick["tags"] if org else "",
        pick["capacity"] if org else "", pick["consents"] if last else "",
        pick["how"] if last else "",
    ]  # fmt: skip


FILES = (  # name, encoding, rows, only valid rows
    ("dirty-cp1250.csv", "cp1250", 400, False),
    ("clean-cp1250.csv", "cp1250", 400, True),
    ("clean-cp1252.csv", "cp1252", 150, True),
    ("clean-utf8.csv", "utf-8", 150, True),
    ("clean-utf8-bom.csv", "utf-8-sig", 150, True),
)


def write_files(folder: Path, recorded: list[tuple[str, str, str, str]]) -> list[Path]:
    paths = []
    for name, encoding, count, clean in FILES:
        rng = random.Random(name)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        for n in range(count):
            writer.writerow(_row(rng, n, recorded, clean))
        text = out.getvalue()
        if encoding == "cp1252":  # no Polish letters in a French file
            text = text.translate(str.maketrans("ąćęłńśźżĄĆĘŁŃŚŹŻ", "acelnszzACELNSZZ"))
        path = folder / name
        path.write_bytes(text.encode(encoding, errors="replace"))
        paths.append(path)
    return paths


def _digest(values: list[Any]) -> str:
    return hashlib.sha256("\n".join(repr(v) for v in values).encode()).hexdigest()


# the columns of what an import writes, without the times it was written at
WRITTEN = {
    Organisation: "id name kind side city country tags capacity active version deleted_at",
    Contact: "id first_name last_name organisation_id email phone language side city "
    "legal_basis no_letters no_email no_phone version",
    Inquiry: "id ref received_on channel contact_id organisation_id side subject message "
    "letter_language stage version",
    TimelineEntry: "id staff_id inquiry_id contact_id organisation_id kind field old_value "
    "new_value note",
    ConsentRecord: "id contact_id purpose given_on given_how source",
}


def written(db: Database, since: dict[str, int]) -> dict[str, Any]:
    """(rows, digest) of each table's rows after the ids of `since`, and of the new
    inquiries' and organisations' fields."""
    out: dict[str, Any] = {}
    with db.read() as session:
        for model, names in WRITTEN.items():
            table = model.__table__
            columns = [table.c[name] for name in names.split()]
            rows = session.execute(
                select(*columns).where(table.c.id > since.get(table.name, 0)).order_by(table.c.id)
            ).all()
            out[table.name] = [len(rows), _digest([tuple(r) for r in rows])]
        for links, owner, of in (
            (inquiry_fields, "inquiry_id", "inquiries"),
            (organisation_fields, "organisation_id", "organisations"),
        ):
            rows = session.execute(
                select(links.c[owner], links.c.field_id)
                .where(links.c[owner] > since[of])
                .order_by(links.c[owner], links.c.field_id)
            ).all()
            out[links.name] = [len(rows), _digest([tuple(r) for r in rows])]
    return out


def last_ids(db: Database) -> dict[str, int]:
    """The highest id of each table an import writes to."""
    out: dict[str, int] = {}
    with db.read() as session:
        for model in WRITTEN:
            column = model.__table__.c.id
            out[model.__table__.name] = int(session.scalar(select(func.max(column))) or 0)
    return out


def outcome(db: Database, path: Path) -> dict[str, Any]:
    """The dry run's report of `path` (as JSON text), its encoding and delimiter; and when it
    has no error, the real import's report and a digest of every row it wrote."""
    report = importing.import_file(db, path, dry_run=True, today=TODAY)
    whole = report.to_json()
    whole |= {"summary": report.summary(), "encoding": report.encoding,
              "delimiter": report.delimiter}  # fmt: skip
    text = json.dumps(whole, ensure_ascii=False, indent=0, sort_keys=True, default=str)
    result: dict[str, Any] = {
        "errors": len(report.errors),
        "encoding": report.encoding,
        "dry_run": hashlib.sha256(text.encode()).hexdigest(),
    }
    if not report.errors:
        since = last_ids(db)
        real = importing.import_file(db, path, today=TODAY)
        real_text = json.dumps(real.to_json(), ensure_ascii=False, sort_keys=True, default=str)
        result["report"] = hashlib.sha256(real_text.encode()).hexdigest()
        result["written"] = written(db, since)
    return result
