"""Import benchmark: `python tests/bench/import_bench.py [--rows N] [--db FILE | --existing N]
[--old-floor]`.

Writes a Windows-1250 CSV of N inquiry rows (people, e-mails, phones, organisations, fields,
three date formats), imports it into a fresh database, and into a copy of FILE (or a database
holding N demo inquiries) so matching has something to search, and prints

    import_10000_empty <s> s floor=<s> ratio=<R>
    import_10000 <s> s floor=<s> ratio=<R>

(CPU seconds on stderr). The floor is the same work the plainest way: the file read and split
by csv.reader; the values the import cannot leave unchecked checked with the same libraries,
each distinct value once (every e-mail by email_validator, every phone parsed, validated and
formatted by phonenumbers in the region of the row's side, every date read by
datetime.strptime in the three formats), and every row's person and organisation looked up
among those recorded before the import (dicts of their lower-cased e-mails and names, from one
SELECT each; not the import's close names, coded words, fields or text lengths). The floor
runs after the import in the same process, so phonenumbers keeps its compiled patterns for it
too (core.validation turns that on). Then the rows the import made (inquiries, people,
organisations, their fields and timeline entries, read back from the database) written by
sqlite3 alone into an empty database of the same schema, with their search documents folded
and indexed, in one transaction (demo_bench.replay_seconds). Until the checks and look-ups
were added the floor was the reading and the writing alone (--old-floor measures that one,
for comparison). DESIGN.md target: 10,000 rows <= 10 s; issue 18: into 100,000 inquiries
<= 1.5 times into an empty database, and <= 3 times the floor.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import phonenumbers
from email_validator import EmailNotValidError, validate_email

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from msek_desktop.core import demo, importing  # noqa: E402
from msek_desktop.core.store import open_database  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))  # its neighbour demo_bench
import demo_bench  # noqa: E402

FIRST = ["Anna", "Łucja", "Piotr", "Zofia", "Élise", "Jean", "Élodie", "Grzegorz", "Marc"]
LAST = ["Nowak", "Wiśniewska", "Kowalski", "Zając", "Châtelain", "Dupont", "Lefébure", "Gaillard"]
ORGS = ["Filharmonia Śląska", "Conservatoire Massenet", "Uniwersytet Śląski", "Le Fil"]
FIELDS = ["music", "musique", "muzyka", "design", "education", "film"]


def make_csv(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        ["Imię", "Nazwisko", "E-mail", "Telefon", "Organizacja", "Miasto", "Strona",
         "Dziedzina", "Temat", "Data wpływu", "Wiadomość"]
    )  # fmt: skip
    for n in range(rows):
        side = rng.choice(["Katowice", "Saint-Étienne"])
        person = rng.randrange(rows // 2 + 1)
        first, last = FIRST[person % len(FIRST)], f"{LAST[person % len(LAST)]}{person}"
        phone = (
            f"32 {rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
            if side == "Katowice"
            else f"04 77 {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        )
        day, month, year = rng.randrange(1, 28), rng.randrange(1, 13), rng.choice([2024, 2025])
        received = rng.choice(
            [f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year}",
             f"{day:02d}/{month:02d}/{year}"]
        )  # fmt: skip
        writer.writerow(
            [first, last, f"osoba{person}@example.pl", phone,
             f"{rng.choice(ORGS)} {n % 400}", "Katowice" if side == "Katowice" else "Saint-Étienne",
             side, rng.choice(FIELDS), f"Wymiana nr {n}: żółć i łódź", received,
             "Dzień dobry, piszę w sprawie współpracy. " * rng.randrange(1, 4)]
        )  # fmt: skip
    path.write_bytes(out.getvalue().encode("cp1250"))


def _read(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("cp1250")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


_REGIONS = {"Saint-Étienne": "FR"}  # the side's region for phones written without +33/+48
_DATES = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")


def _date(text: str) -> date | None:
    for form in _DATES:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _phone(text: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _email(text: str) -> str | None:
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def _checked(path: Path, db_path: Path, since: dict[str, int]) -> list[tuple[object, ...]]:
    """The file read, and each row's e-mail, phone and date checked (each distinct value
    once), its person and organisation looked up among those recorded before the import."""
    header, *rows = _read(path)
    at = {name: header.index(name) for name in header}
    email, phone, day = at["E-mail"], at["Telefon"], at["Data wpływu"]
    side, org = at["Strona"], at["Organizacja"]
    conn = sqlite3.connect(db_path)
    try:
        people = dict(conn.execute(
            "SELECT lower(email), id FROM contacts WHERE id <= ? AND deleted_at IS NULL"
            " AND email != ''", (since.get("contacts", 0),),
        ))  # fmt: skip
        orgs = dict(conn.execute(
            "SELECT lower(name), id FROM organisations WHERE id <= ? AND deleted_at IS NULL",
            (since.get("organisations", 0),),
        ))  # fmt: skip
    finally:
        conn.close()
    emails = {text: _email(text) for text in {r[email] for r in rows}}
    phones = {key: _phone(*key) for key in {(r[phone], _REGIONS.get(r[side], "PL")) for r in rows}}
    dates = {text: _date(text) for text in {r[day] for r in rows}}
    return [
        (emails[r[email]], phones[r[phone], _REGIONS.get(r[side], "PL")], dates[r[day]],
         people.get(r[email].lower()), orgs.get(r[org].lower()))
        for r in rows
    ]  # fmt: skip


def floor(
    path: Path,
    folder: Path,
    db_path: Path,
    since: dict[str, int],
    say: Callable[[str], None] = print,
    *,
    old: bool = False,
) -> float:
    """Reading and checking `path` (see the module; `old`: reading alone) and writing the rows
    its import added to the database at `db_path` (those after `since`,
    demo_bench.last_rowids before the import) the plainest way."""
    before = (lambda: _read(path)) if old else (lambda: _checked(path, db_path, since))
    return demo_bench.replay_seconds(db_path, since, folder, say, before=before)


def measure(
    src: Path,
    folder: Path,
    existing: Path | None,
    say: Callable[[str], None] = print,
    *,
    old_floor: bool = False,
) -> tuple[float, float, float]:
    """(seconds, CPU seconds, floor seconds) of importing `src` into a copy of `existing`
    (None: a new database); `old_floor`: the floor without the checks and look-ups."""
    target = folder / "bench.db"
    for old in folder.glob("bench.db*"):
        old.unlink()
    if existing is not None:
        shutil.copyfile(existing, target)
    db = open_database(target, create=True)
    since = demo_bench.last_rowids(target)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        report = importing.import_file(db, src)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        db.dispose()
    if report.created["inquiries"] != len(_read(src)) - 1:
        raise RuntimeError(f"the import made {report.created['inquiries']} inquiries")
    say(f"import: {report.summary()}; {wall:.2f} s, CPU {cpu:.2f} s")
    return wall, cpu, floor(src, folder, target, since, say, old=old_floor)


def _stderr(text: str) -> None:
    print(text, file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="a database to import into a copy of")
    parser.add_argument("--existing", type=int, default=0, help="demo inquiries already there")
    parser.add_argument("--old-floor", action="store_true", help="the floor without checks")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = folder / "import.csv"
        make_csv(src, args.rows)
        existing = args.db
        if existing is None and args.existing:
            existing = folder / "existing.db"
            db = open_database(existing, create=True)
            demo.generate(db, inquiries=args.existing, seed=2)
            db.dispose()
        runs = [("_empty", None)] + ([("", existing)] if existing is not None else [])
        for suffix, into in runs:
            took, _cpu, bare = measure(src, folder, into, _stderr, old_floor=args.old_floor)
            print(
                f"import_{args.rows}{suffix} {took:.2f} s floor={bare:.3f} ratio={took / bare:.1f}"
            )


if __name__ == "__main__":
    main()
