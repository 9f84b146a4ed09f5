"""Commands that list everything, as whole processes: peak RSS (and CPU) at the demo's size.

    python tests/bench/lists_bench.py --db DEMO.db [--code OLD_TREE --code NEW_TREE] [-v]

Each command is run on a copy of the demo file, then on an empty file of the same schema
(`msek init`): the empty run is the floor, what the command costs before it holds any data
(Python, SQLAlchemy, the models); the ratio says how much the data adds. With several --code
trees the commands alternate between them in each round (medians over the rounds) and the
outputs are compared (SHA-256; the calendar without its DTSTAMP lines, the time it was made).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from cli_bench import Run, Trees, alternate, line, measure, msek

RUNS = 3
# figure name -> the command's arguments after --db (OUT: a file it writes)
COMMANDS: dict[str, list[str]] = {
    "exchanges_json_rss": ["exchanges", "--json"],
    "followups_json_rss": ["followups", "--json"],
    "people_duplicates_rss": ["people", "duplicates", "--json"],
    "people_duplicates_cpu": ["people", "duplicates", "--json"],
    "export_inquiries_csv_rss": ["export", "--what", "inquiries", "OUT.csv"],
    "calendar_all_rss": ["calendar", "--all", "--out", "OUT.ics"],
}


def _digest(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".ics":
        data = b"".join(x for x in data.splitlines(True) if not x.startswith(b"DTSTAMP"))
    return hashlib.sha256(data).hexdigest()[:16]


def figures(
    names: list[str], db_path: Path, trees: Trees, runs: int, workdir: Path,
    say: Callable[[str], None],
) -> list[tuple[str, float, str, float]]:  # fmt: skip
    empty = workdir / "empty.db"
    if not empty.exists():
        subprocess.run(msek("--db", str(empty), "init"), check=True, capture_output=True)
    found = []
    for name in dict.fromkeys(n.removesuffix("_rss").removesuffix("_cpu") for n in names):
        argv = COMMANDS.get(f"{name}_rss") or COMMANDS[f"{name}_cpu"]
        outputs: dict[str, Path] = {}
        commands: dict[str, Callable[[], Run]] = {}
        for label, code in [("floor", None), *trees]:
            out = workdir / f"{name}{label}.out"
            db = empty if label == "floor" else db_path
            args = [str(out.with_suffix(a[3:])) if a.startswith("OUT") else a for a in argv]
            written = next((Path(a) for a in args if a.startswith(str(workdir))), out)
            outputs[label] = written
            command = msek("--db", str(db), *args)
            commands[label] = lambda a=command, c=code, o=out: measure(a, code=c, stdout=o)
        got = alternate(runs, commands, say)
        say(f"{name} outputs: { {k: _digest(p) for k, p in outputs.items() if k != 'floor'} }")
        for unit, pick in (("rss", lambda r: r.rss_mb), ("cpu", lambda r: r.cpu)):
            if f"{name}_{unit}" not in names:
                continue
            floor = statistics.median(pick(r) for r in got["floor"])
            for label, _ in trees:
                value = statistics.median(pick(r) for r in got[label])
                shown = "" if label == "" else label
                found.append((f"{name}_{unit}{shown}", value, "MB" if unit == "rss" else "s",
                              floor))  # fmt: skip
    return found


def one(
    name: str, db_path: Path, workdir: Path, say: Callable[[str], None]
) -> tuple[str, float, str, float]:
    """The figure `name` with this checkout's code, for tests/bench/run.py (the demo file is
    only read; the calendar and the export write their own files in `workdir`)."""
    scratch = workdir / "lists"
    scratch.mkdir(exist_ok=True)
    (figure,) = figures([name], db_path, [("", None)], RUNS, scratch, say)
    return figure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="a demo database (it is copied)")
    parser.add_argument("--code", action="append", type=Path, metavar="DIR", default=[])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--only", nargs="+", choices=list(COMMANDS), default=list(COMMANDS))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    def say(text: str) -> None:
        if args.verbose:
            print(f"  # {text}", file=sys.stderr, flush=True)

    trees: Trees = [(f"@{Path(c).name}", c.resolve()) for c in args.code] or [("", None)]
    workdir = Path(tempfile.mkdtemp(prefix="msek-lists-bench-"))
    try:
        db_path = workdir / "bench.db"
        shutil.copyfile(args.db, db_path)
        subprocess.run(msek("--db", str(db_path), "check"), check=True, capture_output=True)
        say(f"load average {os.getloadavg()}")
        for figure in figures(args.only, db_path, trees, args.runs, workdir, say):
            print(line(*figure), flush=True)
        say(f"load average {os.getloadavg()}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
