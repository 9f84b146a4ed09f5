"""`msek` as a person runs it: whole processes, CPU time (user + system) and peak memory.

    python tests/bench/cli_bench.py --db FILE [--code DIR ...] [--runs N] [--only NAME ...]

Figures (each `NAME VALUE UNIT floor=F ratio=R`, the median of alternating runs):
- msek_version, msek_help: `msek --version` / `msek --help`, CPU s; floor `python -c
  "import msek_desktop"` (the interpreter's start and the package). Target <= 3x.
- msek_proposal: `msek proposal REF --out F.pdf` (an acknowledgement, kept in the database;
  the file checked by the warm-up, the command reads and writes it with plain sqlite3:
  core.proposals.plain), CPU s; floor: a process importing sqlite3 and ReportLab that reads
  the inquiry with one query, builds a bare document of the same letter text in the
  letters' fonts (DejaVu Serif's four faces, as the letters register them), stores it in
  the database file in a transaction and writes the file. Target <= 2x.
- inquiries_json: `msek inquiries --json --limit 100000 > file`, peak RSS MB; floor: one
  query of the same columns through sqlite3, each row written as JSON as it comes. Target
  <= 100 MB. Its time is said with -v.
Every run after a first one per command (a warm-up: caches, compiled modules, and the file's
quick_check, which a first command after a change does).

With --code DIR (repeatable), the same figures are measured for each source tree (`DIR` put
first on PYTHONPATH: a checkout of another commit), alternating with one another, so before
and after are compared in the same run on the same load. tests/bench/run.py runs the
figures on its demo database with the code of this checkout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
TIME = "/usr/bin/time"  # GNU time
JSON_LIMIT = 100_000


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system, of the child
    rss_mb: float  # its peak resident set


def measure(argv: list[str], *, code: Path | None = None, stdout: Path | None = None) -> Run:
    """Run `argv` as a child process under /usr/bin/time: its wall and CPU time and peak RSS.

    The CPU time is os.wait4's for GNU time and the command it waited for (microseconds;
    time's own is about a millisecond); the peak RSS is GNU time's report, not wait4's: Linux
    keeps a process's peak RSS across exec, so a child forked from this (large) process
    would report this one's. The child runs in a scratch folder: `python -m` would import
    the package of the current folder whatever PYTHONPATH says."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(code), env.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory(prefix="msek-cli-run-") as scratch:
        said = Path(scratch) / "time.txt"
        timed = [TIME, "-f", "%M", "-o", str(said), *argv]
        with open(stdout or os.devnull, "wb") as out:
            start = time.perf_counter()
            child = subprocess.Popen(
                timed, stdout=out, stderr=subprocess.PIPE, env=env, cwd=scratch
            )
            err = child.stderr.read() if child.stderr else b""
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - start
            child.returncode = os.waitstatus_to_exitcode(status)
            if child.stderr:
                child.stderr.close()
        if child.returncode != 0:
            tail = err.decode(errors="replace").strip()[-300:]
            raise RuntimeError(f"{' '.join(argv[:6])} ... exited {child.returncode}: {tail}")
        rss_kb = said.read_text().split()[-1]
    return Run(wall, usage.ru_utime + usage.ru_stime, int(rss_kb) / 1024)


def msek(*argv: str) -> list[str]:
    return [sys.executable, "-m", "msek_desktop.cli", *argv]


def floor_import() -> list[str]:
    return [sys.executable, "-c", "import msek_desktop"]


FLOOR_PROPOSAL = r"""
import io, sqlite3, sys
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape

db, ref, text_file, fonts, out = sys.argv[1:]
conn = sqlite3.connect(db, isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA synchronous = FULL")
row = conn.execute(
    "SELECT i.id, i.subject, i.letter_language, c.first_name, c.last_name, o.name, o.city "
    "FROM inquiries i LEFT JOIN contacts c ON c.id = i.contact_id "
    "LEFT JOIN organisations o ON o.id = i.organisation_id WHERE i.ref = ?", (ref,)
).fetchone()
text = open(text_file, encoding="utf-8").read()
for name, file in (("Serif", "DejaVuSerif"), ("Serif-Bold", "DejaVuSerif-Bold"),
                   ("Serif-Italic", "DejaVuSerif-Italic"),
                   ("Serif-BoldItalic", "DejaVuSerif-BoldItalic")):  # the letters' family
    pdfmetrics.registerFont(TTFont(name, f"{fonts}/{file}.ttf"))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold",
                              italic="Serif-Italic", boldItalic="Serif-BoldItalic")
style = ParagraphStyle("plain", fontName="Serif", fontSize=10, leading=13.6, alignment=TA_LEFT)
buffer = io.BytesIO()
story = [Paragraph("<br/>".join(escape(x) for x in b.split("\n")), style)
         for b in text.split("\n\n")]
SimpleDocTemplate(buffer, pagesize=A4).build(story)
pdf = buffer.getvalue()
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO bench_floor_letters (inquiry_id, pdf) VALUES (?, ?)", (row[0], pdf))
conn.execute("COMMIT")
conn.close()
with open(out, "wb") as fh:
    fh.write(pdf)
"""

FLOOR_JSON = r"""
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
write = sys.stdout.write
rows = conn.execute(
    "SELECT i.id, i.ref, i.received_on, i.stage, i.side, i.kind, i.channel, i.priority, "
    "i.subject, s.login, c.id, c.first_name, c.last_name, c.email, c.phone, o.id, o.name, o.city "
    "FROM inquiries i LEFT JOIN contacts c ON c.id = i.contact_id "
    "LEFT JOIN organisations o ON o.id = i.organisation_id "
    "LEFT JOIN staff_members s ON s.id = i.assignee_id "
    "WHERE i.deleted_at IS NULL ORDER BY i.received_on DESC, i.id DESC LIMIT ?",
    (int(sys.argv[2]),),
)
write("[")
for n, r in enumerate(rows):
    write(("," if n else "") + "\n  " + json.dumps(
        {"id": r[0], "ref": r[1], "received_on": r[2], "stage": r[3], "side": r[4],
         "kind": r[5], "channel": r[6], "priority": r[7], "subject": r[8], "assignee": r[9],
         "contact": {"id": r[10], "first_name": r[11], "last_name": r[12], "email": r[13],
                     "phone": r[14]},
         "organisation": {"id": r[15], "name": r[16], "city": r[17]}},
        ensure_ascii=False, indent=2).replace("\n", "\n  "))
write("\n]\n")
"""


def letter_text(db_path: Path, ref: str) -> str:
    """The text of the acknowledgement `msek proposal REF` makes (the floor lays it out)."""
    from msek_desktop.core import inquiries, proposals
    from msek_desktop.core.store import open_database
    from msek_desktop.letters import compose

    db = open_database(db_path, quick_check=False)
    try:
        inquiry_id = inquiries.get_by_ref(db, ref).row.id
        facts = proposals.letter_facts_many(db, [proposals.LetterRequest(inquiry_id)])
        return str(compose(facts[0]).text())
    finally:
        db.dispose()


def a_ref(db_path: Path) -> str:
    """A live inquiry with a person who has a name (the letter is addressed to them)."""
    conn = sqlite3.connect(db_path)
    try:
        (ref,) = conn.execute(
            "SELECT i.ref FROM inquiries i JOIN contacts c ON c.id = i.contact_id "
            "WHERE i.deleted_at IS NULL AND c.last_name <> '' ORDER BY i.id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return str(ref)


def _floor_table(db_path: Path, make: bool) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        if make:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS bench_floor_letters "
                "(id INTEGER PRIMARY KEY, inquiry_id INTEGER, pdf BLOB)"
            )
        else:
            conn.execute("DROP TABLE IF EXISTS bench_floor_letters")
    finally:
        conn.close()


def _migrated(db_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from msek_desktop.core.store import open_database

    open_database(db_path).dispose()


Trees = list[tuple[str, Path | None]]  # (label, source tree or None for this checkout)


def alternate(
    runs: int, commands: dict[str, Callable[[], Run]], say: Callable[[str], None]
) -> dict[str, list[Run]]:
    """Each command once as a warm-up, then `runs` rounds of all of them in turn."""
    for fn in commands.values():
        fn()
    out: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, fn in commands.items():
            out[name].append(fn())
    for name, got in out.items():
        say(
            f"{name}: cpu {statistics.median(r.cpu for r in got):.3f} s, wall "
            f"{statistics.median(r.wall for r in got):.3f} s, rss "
            f"{statistics.median(r.rss_mb for r in got):.1f} MB over {len(got)} runs"
        )
    return out


def cpu(runs: list[Run]) -> float:
    return statistics.median(r.cpu for r in runs)


def start_figures(
    trees: Trees, runs: int, say: Callable[[str], None]
) -> list[tuple[str, float, str, float]]:
    """msek_version and msek_help for each tree, against the import floor."""
    commands: dict[str, Callable[[], Run]] = {"floor": lambda: measure(floor_import())}
    for label, code in trees:
        for what in ("version", "help"):
            commands[f"{what}{label}"] = lambda w=what, c=code: measure(msek(f"--{w}"), code=c)
    got = alternate(runs, commands, say)
    floor = cpu(got["floor"])
    return [
        (f"msek_{what}{label}", cpu(got[f"{what}{label}"]), "s", floor)
        for label, _ in trees
        for what in ("version", "help")
    ]


def proposal_figures(
    db_path: Path, trees: Trees, runs: int, workdir: Path, say: Callable[[str], None]
) -> list[tuple[str, float, str, float]]:
    ref = a_ref(db_path)
    text = workdir / "letter.txt"
    text.write_text(letter_text(db_path, ref), encoding="utf-8")
    fonts = str(ROOT / "resources" / "fonts")
    _floor_table(db_path, make=True)
    try:
        commands: dict[str, Callable[[], Run]] = {
            "floor": lambda: measure(
                [
                    sys.executable,
                    "-c",
                    FLOOR_PROPOSAL,
                    str(db_path),
                    ref,
                    str(text),
                    fonts,
                    str(workdir / "floor.pdf"),
                ]
            )
        }
        for label, code in trees:
            out = str(workdir / f"letter{label}.pdf")
            # a file of its own per tree: a letter kept by one (or the floor's) changes the
            # file, which the other would then check again (core.file_checks), as it would
            # after any change, and take the general way
            own = workdir / f"proposal{label}.db"
            shutil.copyfile(db_path, own)
            argv = msek("--db", str(own), "proposal", ref, "--out", out)
            commands[f"proposal{label}"] = lambda a=argv, c=code: measure(a, code=c)
        got = alternate(runs, commands, say)
    finally:
        _floor_table(db_path, make=False)
    floor = cpu(got["floor"])
    return [
        (f"msek_proposal{label}", cpu(got[f"proposal{label}"]), "s", floor) for label, _ in trees
    ]


def json_figures(
    db_path: Path, trees: Trees, runs: int, workdir: Path, say: Callable[[str], None]
) -> list[tuple[str, float, str, float]]:
    floor_out = workdir / "floor.json"
    commands: dict[str, Callable[[], Run]] = {
        "floor": lambda: measure(
            [sys.executable, "-c", FLOOR_JSON, str(db_path), str(JSON_LIMIT)], stdout=floor_out
        )
    }
    outputs: dict[str, Path] = {}
    for label, code in trees:
        outputs[label] = workdir / f"inquiries{label}.json"
        argv = msek("--db", str(db_path), "inquiries", "--json", "--limit", str(JSON_LIMIT))
        commands[f"json{label}"] = lambda a=argv, c=code, o=outputs[label]: measure(
            a, code=c, stdout=o
        )
    got = alternate(runs, commands, say)
    digests = {
        label: hashlib.sha256(path.read_bytes()).hexdigest()[:16] for label, path in outputs.items()
    }
    rows = len(json.loads(floor_out.read_bytes()))
    say(f"inquiries --json outputs (sha256): {digests}; the floor's rows: {rows}")
    rss = {name: statistics.median(r.rss_mb for r in runs_) for name, runs_ in got.items()}
    return [
        (f"inquiries_json{label}", rss[f"json{label}"], "MB", rss["floor"]) for label, _ in trees
    ]


def line(name: str, value: float, unit: str, floor: float) -> str:
    def num(x: float) -> str:
        return f"{x:.3f}" if x < 100 else f"{x:.1f}"

    ratio = value / floor if floor > 0 else float("inf")
    return f"{name} {num(value)} {unit} floor={num(floor)} ratio={ratio:.1f}"


NAMES = ("start", "proposal", "json")


def one(
    name: str, db_path: Path, workdir: Path, say: Callable[[str], None]
) -> tuple[str, float, str, float]:
    """The figure `name` on the demo database `db_path` with this checkout's code, for
    tests/bench/run.py (inquiries_json only reads it; msek_proposal adds letters to it)."""
    here: Trees = [("", None)]
    scratch = workdir / "cli"
    scratch.mkdir(exist_ok=True)
    if name in ("msek_version", "msek_help"):
        found = start_figures(here, RUNS, say)
    elif name == "msek_proposal":
        found = proposal_figures(db_path, here, RUNS, scratch, say)
    else:
        found = json_figures(db_path, here, max(1, RUNS // 3), scratch, say)
    (figure,) = [f for f in found if f[0] == name]
    return figure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="a demo database (it is copied)")
    parser.add_argument("--code", action="append", type=Path, metavar="DIR", default=[])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--only", nargs="+", choices=NAMES, default=list(NAMES))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    def say(text: str) -> None:
        if args.verbose:
            print(f"  # {text}", file=sys.stderr, flush=True)

    trees: Trees = [(f"@{Path(c).name}", c.resolve()) for c in args.code] or [("", None)]
    workdir = Path(tempfile.mkdtemp(prefix="msek-cli-bench-"))
    try:
        db_path = workdir / "bench.db"
        shutil.copyfile(args.db, db_path)
        _migrated(db_path)  # once, here: not in the first timed command of either tree
        say(f"load average {os.getloadavg()}")
        found = []
        if "start" in args.only:
            found += start_figures(trees, args.runs, say)
        if "proposal" in args.only:
            found += proposal_figures(db_path, trees, args.runs, workdir, say)
        if "json" in args.only:
            found += json_figures(db_path, trees, max(1, args.runs // 3), workdir, say)
        for figure in found:
            print(line(*figure), flush=True)
        say(f"load average {os.getloadavg()}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
