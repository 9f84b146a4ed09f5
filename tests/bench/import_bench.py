"""Import benchmark: `python tests/bench/import_bench.py [--rows N] [--existing N]`.

Writes a Windows-1250 CSV of N inquiry rows (people, e-mails, phones, organisations, fields,
three date formats), imports it into a fresh database (optionally holding demo data first,
so matching has something to search) and prints

    import_10000 <s> s floor=<s> ratio=<R>

where the floor is the plainest way to do the same I/O: csv.reader over the same file and
one sqlite3 executemany of its rows into a bare table in a fresh file (DESIGN.md target:
10,000 rows <= 10 s).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from msek_desktop.core import demo, importing  # noqa: E402
from msek_desktop.core.store import open_database  # noqa: E402

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


def floor(path: Path, folder: Path) -> float:
    start = time.perf_counter()
    text = path.read_bytes().decode("cp1250")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"CREATE TABLE t ({', '.join(f'c{i} TEXT' for i in range(len(rows[0])))})")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(rows[0]))})", rows[1:])
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--existing", type=int, default=0, help="demo inquiries already there")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = folder / "import.csv"
        make_csv(src, args.rows)
        db = open_database(folder / "bench.db", create=True)
        if args.existing:
            demo.generate(db, inquiries=args.existing, seed=2)
        try:
            start = time.perf_counter()
            report = importing.import_file(db, src)
            took = time.perf_counter() - start
        finally:
            db.dispose()
        assert report.created["inquiries"] == args.rows, report.errors[:3]
        bare = floor(src, folder)
    print(f"import_{args.rows} {took:.2f} s floor={bare:.3f} ratio={took / bare:.0f}")


if __name__ == "__main__":
    main()
