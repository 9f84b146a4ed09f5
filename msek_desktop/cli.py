"""The `msek` command line: the office's services for scripts and quick look-ups.

A contract (DESIGN.md): exit 0 on success; 1 with one line on stderr for a user error (bad
input, missing, damaged or locked database); 2 for wrong usage. Only `init` and `demo` may
create the database file; every other command refuses a missing one.

The one line holds whatever happens: a message is printed with its control characters
escaped; an OSError of the environment (a name too long, no permission, a full or read-only
disk) that no command turned into a UserError is one line too, with the details in the log
file (msek.log in the user log folder, written only when there is something to log); output
that cannot be written (`> /dev/full`) is one line and exit 1, a closed pipe (`| head`) exit
0, never "Exception ignored" at exit. Any other exception is a bug and keeps its traceback.
Stored text is printed with terminal controls escaped (ESC, C0 and C1 controls, bidi
overrides), so a record cannot move the cursor or recolour the terminal; --json escapes them
as \\uXXXX.
"""

from __future__ import annotations

import argparse
import errno
import json
import logging
import logging.handlers
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc

from msek_desktop import __version__
from msek_desktop.core import db as dbmod
from msek_desktop.core import errors, followups, inquiries, migrations, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.rows import FollowUpRow, InquiryDetail, InquiryRow
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import Side, Stage
from msek_desktop.paths import check_db_value, default_db_path, log_dir

Handler = Callable[[argparse.Namespace], int]

log = logging.getLogger(__name__)

LOG_NAME = "msek.log"
MAX_INT64 = 2**63 - 1  # SQLite's largest integer
# Terminal controls: C0 (tab and newline are kept where text may span lines), DEL, C1 (ESC
# and CSI among them) and the bidi embeddings, overrides and isolates.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What json.dumps(ensure_ascii=False) leaves raw (it escapes C0 itself)
_JSON_RAW_CONTROLS = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# OSErrors that are the environment's doing (the user's path, the disk), not a bug
_ENVIRONMENT_NAMES = (
    "ENAMETOOLONG", "EACCES", "EPERM", "ENOSPC", "EDQUOT", "EROFS", "ENOENT", "ENOTDIR",
    "EISDIR", "ELOOP", "EFBIG", "EIO", "ENXIO", "ETXTBSY", "EBUSY", "EEXIST",
)  # fmt: skip
_ENVIRONMENT_ERRNOS = frozenset(
    code for name in _ENVIRONMENT_NAMES if (code := getattr(errno, name, None)) is not None
)
_OUTPUT_ERRNOS = frozenset(
    code
    for name in ("EPIPE", "ENOSPC", "EDQUOT", "EFBIG", "EIO")
    if (code := getattr(errno, name, None)) is not None
)


def _escape(found: re.Match[str]) -> str:
    char = found[0]
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, lines: bool = False) -> str:
    """`text` safe to write to a terminal: controls shown as \\x1b, \\u202e, \\n...
    With lines=True, newlines and tabs are kept (a message shown as it was typed; a Windows
    line end counts as a newline, a lone carriage return is shown)."""
    if lines:
        return _CONTROLS_BUT_LINES.sub(_escape, text.replace("\r\n", "\n"))
    return _CONTROLS.sub(_escape, text)


def _json(value: Any) -> str:
    def default(obj: Any) -> Any:
        if isinstance(obj, date | datetime):
            return obj.isoformat()
        raise TypeError(f"cannot encode {type(obj).__name__}")

    text = json.dumps(value, default=default, ensure_ascii=False, indent=2)
    # these can only stand inside strings, where \uXXXX means the same character
    return _JSON_RAW_CONTROLS.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    return open_database(default_db_path(args.db), create=create)


# -- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    database = _open(args, create=True)
    print(database.path)
    database.dispose()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    database = _open(args, create=True)
    from msek_desktop.core import demo  # heavy: only for this command

    try:
        summary = demo.generate(database, inquiries=args.inquiries, seed=args.seed)
    finally:
        database.dispose()
    print(
        f"Demo data in {database.path}: {summary.inquiries} inquiries, "
        f"{summary.contacts} contacts, {summary.organisations} organisations, "
        f"{summary.follow_ups} follow-ups, {summary.staff} staff members."
    )
    return 0


def inquiry_json(row: InquiryRow) -> dict[str, Any]:
    contact = row.contact
    org = row.organisation
    return {
        "id": row.id,
        "ref": row.ref,
        "received_on": row.received_on,
        "stage": row.stage,
        "side": row.side,
        "kind": row.kind,
        "channel": row.channel,
        "priority": row.priority,
        "subject": row.subject,
        "assignee": row.assignee,
        "next_followup": row.next_followup,
        "fields": list(row.fields),
        "contact": (
            {
                "id": contact.id,
                "first_name": contact.first_name,
                "last_name": contact.last_name,
                "email": contact.email,
                "phone": contact.phone,
            }
            if contact
            else None
        ),
        "organisation": {"id": org.id, "name": org.name, "city": org.city} if org else None,
    }


def followup_json(row: FollowUpRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "inquiry_ref": row.inquiry_ref,
        "assignee": row.assignee,
        "due_on": row.due_on,
        "action": row.action,
        "description": row.description,
        "done_at": row.done_at,
        "outcome": row.outcome,
    }


def _cell(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _inquiry_line(r: InquiryRow) -> str:
    who = r.contact.full_name if r.contact else ""
    org = r.organisation.name if r.organisation else ""
    return "  ".join(
        (
            f"{r.ref:<10}",
            r.received_on.isoformat(),
            f"{r.stage:<13}",
            f"{r.side:<13}",
            f"{r.assignee or '-':<10}",
            _cell(who, 24).ljust(24),
            _cell(org, 30).ljust(30),
            _cell(r.subject, 50),
        )
    )


def cmd_inquiries(args: argparse.Namespace) -> int:
    flt = inquiries.InquiryFilter(
        search=args.search or "",
        stages=tuple(args.stage or ()),
        assignee=args.assignee,
        side=args.side.replace("-", "_") if args.side else None,
        open=True if args.open else None,
    )
    database = _open(args)
    try:
        rows = inquiries.list_inquiries(database, flt, limit=args.limit)
    finally:
        database.dispose()
    if args.json:
        print(_json([inquiry_json(r) for r in rows]))
    else:
        for r in rows:
            print(printable(_inquiry_line(r)))
    return 0


def detail_json(d: InquiryDetail) -> dict[str, Any]:
    out = inquiry_json(d.row)
    out.update(
        message=d.message,
        desired_counterpart=d.desired_counterpart,
        letter_language=d.letter_language,
        lost_reason=d.row.lost_reason,
        lost_note=d.lost_note,
        closed_on=d.row.closed_on,
        contact=asdict(d.contact) if d.contact else None,
        organisation=asdict(d.organisation) if d.organisation else None,
        follow_ups=[followup_json(f) for f in d.follow_ups],
        timeline=[asdict(t) for t in d.timeline],
    )
    return out


def _print_detail(d: InquiryDetail) -> None:
    for line in _detail_lines(d):
        print(printable(line, lines=True))


def _detail_lines(d: InquiryDetail) -> Iterator[str]:
    r = d.row
    yield f"{r.ref}  {r.subject}"
    yield f"  received {r.received_on.isoformat()} by {r.channel}; {r.kind}; side {r.side}"
    stage = r.stage + (f" ({r.lost_reason}: {d.lost_note})" if r.lost_reason else "")
    yield f"  stage {stage}; assignee {r.assignee or '-'}; priority {r.priority}"
    if d.contact:
        c = d.contact
        yield f"  contact {c.full_name} <{c.email}> {c.phone}".rstrip()
    if d.organisation:
        yield f"  organisation {d.organisation.name}, {d.organisation.city}"
    if d.message:
        yield f"  message: {d.message}"
    for f in d.follow_ups:
        state = f"done {f.done_at:%Y-%m-%d}: {f.outcome}" if f.done_at else "open"
        yield f"  follow-up {f.due_on.isoformat()} {f.action} [{f.assignee or '-'}] {state}"
    for t in d.timeline:
        change = f"{t.field}: {t.old_value} → {t.new_value}" if t.field else t.new_value
        yield f"  {t.at:%Y-%m-%d %H:%M} {t.who or 'system'} {t.kind} {change} {t.note}".rstrip()


def cmd_show(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        detail = inquiries.get_by_ref(database, args.ref)
    finally:
        database.dispose()
    if args.json:
        print(_json(detail_json(detail)))
    else:
        _print_detail(detail)
    return 0


def cmd_followups(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        rows = followups.list_followups(database, args.when, assignee=args.assignee, limit=None)
    finally:
        database.dispose()
    if args.json:
        print(_json([followup_json(r) for r in rows]))
    else:
        for r in rows:
            line = f"{r.due_on.isoformat()}  {r.inquiry_ref:<10}  {r.assignee or '-':<10}  "
            line += f"{r.action:<8}  {_cell(r.description or r.inquiry_subject, 60)}"
            print(printable(line))
    return 0


def cmd_proposal(args: argparse.Namespace) -> int:
    from msek_desktop import letters  # heavy (ReportLab): only for this command

    database = _open(args)
    warned: list[letters.LetterWarning] = []
    try:
        inquiry = inquiries.get_by_ref(database, args.ref)
        request = proposals.LetterRequest(
            inquiry.row.id, language=args.lang, partner_ids=tuple(args.partner or ())
        )
        # the output file is claimed first: an unwritable --out costs nothing and keeps nothing
        with letters.OutputFile(Path(args.out)) as out:
            try:
                made = letters.LetterService(database).make(request, warn=warned.append)
            except errors.ValidationError as exc:
                problem = exc.errors[0]
                if problem.field != "partner_ids":
                    raise
                raise errors.UserError(f"--partner: {problem.message}.") from exc
            out.write(proposals.get_pdf(database, made.id))
    finally:
        database.dispose()
    for warning in warned:  # the letter is made: said after, so a failure stays one line
        print(f"msek: warning: {warning.english()}", file=sys.stderr)
    print(args.out)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from msek_desktop.core import schema

    # refuses what is not an MSEK database file; connects only read-only, so the file (its
    # journal mode included) stays exactly as it is
    database = open_database(default_db_path(args.db), migrate=False)
    database.dispose()
    path = database.path
    found = schema.examine_file(path)
    for line in found.problems:
        print(line)
    if found.problems:
        print(f"{path}: {len(found.problems)} problem(s) found.", file=sys.stderr)
        return 1
    head = migrations.head_revision()
    state = (
        "up to date" if found.revision == head else f"at {found.revision}, will upgrade to {head}"
    )
    print(f"{path}: integrity ok, foreign keys ok, schema {state} with nothing foreign in it.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from msek_desktop.core import importing

    path = Path(args.file)
    table = importing.read_table(path)  # a missing or unreadable file: before the database
    database = _open(args)
    try:
        report = importing.import_table(
            database, table, dry_run=args.dry_run, source=f"imported from {path.name}"
        )
    except importing.ImportRejected as exc:
        report = exc.report
    finally:
        database.dispose()
    if args.json:
        print(_json(report.to_json()))
    if report.errors:
        first = report.errors[0]
        more = f" (and {len(report.errors) - 1} more)" if len(report.errors) > 1 else ""
        print(
            f"msek: nothing was imported: {len(report.errors)} problem(s) in {path.name}; "
            f"line {first.line}, {first.field}: {first.message}{more}",
            file=sys.stderr,
        )
        return 1
    if not args.json:
        verb = "Would import" if args.dry_run else "Imported"
        print(f"{verb} {report.summary()}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from msek_desktop.core import exporting

    database = _open(args)
    try:
        result = exporting.export(database, Path(args.file), args.what)
    finally:
        database.dispose()
    print(result.path)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from msek_desktop.core import backups

    database = open_database(default_db_path(args.db), migrate=False)
    try:
        path = backups.backup_now(database, to=Path(args.to) if args.to else None)
    finally:
        database.dispose()
    print(path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from msek_desktop.core import backups

    path = default_db_path(args.db)
    if not path.exists():
        raise errors.DatabaseMissingError(
            f"There is no database file at {path}; create it with `msek init` first."
        )
    result = backups.restore(path, Path(args.file))
    if result.moved_aside is not None:
        print(f"The damaged database was moved aside to {result.moved_aside}.")
    if result.safety_backup is not None:
        print(f"The previous state was backed up to {result.safety_backup}.")
    upgraded = f" (upgraded from schema {result.upgraded_from})" if result.upgraded_from else ""
    print(f"{path} restored from {result.restored_from}{upgraded}.")
    return 0


# -- parsing -------------------------------------------------------------------------------


def _whole(text: str) -> int:
    digits = text.strip().lstrip("+-")
    if digits.isdecimal() and len(digits) > len(str(MAX_INT64)):
        raise argparse.ArgumentTypeError(f"too large: {_cell(text, 30)} (at most {MAX_INT64})")
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {_cell(text, 30)!r}") from None
    if value > MAX_INT64:
        raise argparse.ArgumentTypeError(f"too large: {text} (at most {MAX_INT64})")
    return value


def _positive(text: str) -> int:
    """A count (0 or more) SQLite can hold: larger is wrong usage, not an OverflowError."""
    value = _whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


def _record_id(text: str) -> int:
    """A record's id: 1 or more, at most SQLite's largest integer."""
    value = _whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a record id: {text}")
    return value


def _db_value(text: str) -> str:
    """--db: an empty path is wrong usage (paths.check_db_value), not the default file."""
    try:
        return check_db_value(text)
    except errors.UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def build_parser() -> argparse.ArgumentParser:
    # --db is accepted before or after the command; SUPPRESS keeps the outer value.
    db_opt = argparse.ArgumentParser(add_help=False)
    db_opt.add_argument(
        "--db", metavar="PATH", type=_db_value, default=argparse.SUPPRESS, help="database file"
    )
    parser = argparse.ArgumentParser(
        prog="msek", description="MSEK Desktop: the office's inquiries from the command line."
    )
    parser.add_argument("--version", action="version", version=f"msek {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=_db_value,
        default=None,
        help="database file (default: MSEK_DB or the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[db_opt], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    add("init", cmd_init, "create or upgrade the database, print its path")
    p = add("demo", cmd_demo, "fill an empty database with reproducible demo data")
    p.add_argument("--inquiries", type=_positive, default=500, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")

    p = add("inquiries", cmd_inquiries, "list inquiries, newest or best match first")
    p.add_argument("--stage", action="append", choices=[s.value for s in Stage])
    p.add_argument("--assignee", metavar="LOGIN")
    sides = [s.value.replace("_", "-") for s in Side] + [s.value for s in Side]
    p.add_argument("--side", choices=list(dict.fromkeys(sides)), metavar="SIDE")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--open", action="store_true", help="only open inquiries")
    p.add_argument("--limit", type=_positive, default=100, metavar="N")
    p.add_argument("--json", action="store_true")

    p = add("show", cmd_show, "one inquiry: contact, organisation, follow-ups, timeline")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")

    p = add("followups", cmd_followups, "open follow-ups, soonest first")
    when = p.add_mutually_exclusive_group()
    for name in (followups.When.OVERDUE, followups.When.TODAY, followups.When.UPCOMING):
        when.add_argument(f"--{name}", dest="when", action="store_const", const=name)
    p.add_argument("--assignee", metavar="LOGIN")
    p.add_argument("--json", action="store_true")

    p = add("proposal", cmd_proposal, "make an inquiry's partnership proposal letter (PDF)")
    p.add_argument("ref")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the letter")
    p.add_argument("--lang", choices=("fr", "pl", "en"), help="default: the inquiry's")
    p.add_argument(
        "--partner", action="append", type=_record_id, metavar="ORG_ID",
        help="a proposed partner organisation's id; repeat for several",
    )  # fmt: skip

    p = add("import", cmd_import, "import inquiries, people and organisations (CSV, XLSX)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = add("export", cmd_export, "export to CSV or XLSX (by the file's extension)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--what", choices=("inquiries", "people", "organisations", "followups"),
        default="inquiries",
    )  # fmt: skip

    add("check", cmd_check, "check the database's integrity without changing it")

    p = add("backup", cmd_backup, "take a verified backup of the database, print its path")
    p.add_argument("--to", metavar="FILE", help="default: the backups folder beside it")
    p = add("restore", cmd_restore, "replace the database with a backup (kept: a backup first)")
    p.add_argument("file", metavar="FILE")
    return parser


def _utf8_when_piped() -> None:
    """`msek ... --json > file` on Windows would write the ANSI code page and fail on
    Polish letters; piped or redirected output is UTF-8 everywhere."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and not sys.stdout.isatty():
        reconfigure(encoding="utf-8")


class _LazyLog(logging.handlers.RotatingFileHandler):
    """The command line's log file, made (with its folder) only when something is logged.
    A log that cannot be written is skipped silently: stderr keeps its one line."""

    def _open(self) -> Any:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def _log_to_file() -> None:
    """Warnings and the details of errors go to msek.log, never to stderr (a handler on the
    root logger also keeps logging's last-resort handler from printing there)."""
    root = logging.getLogger()
    path = log_dir() / LOG_NAME
    for old in [h for h in root.handlers if isinstance(h, _LazyLog)]:
        if old.baseFilename == os.path.abspath(path):
            return
        root.removeHandler(old)  # main() called again for another user folder (tests)
        old.close()
    handler = _LazyLog(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8", delay=True)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def _fail(message: str) -> int:
    print(f"msek: {printable(message)}", file=sys.stderr)
    return 1


def _output_failed(exc: OSError) -> bool:
    """Whether `exc` is standard output refusing what was printed (a full disk, a closed
    pipe): an OSError without a file name, as every file the commands write names its own.
    Standard output is then pointed at the null device, so nothing fails again at exit."""
    if exc.filename is not None or exc.errno not in _OUTPUT_ERRNOS:
        return False
    stdout = sys.stdout
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass  # no real file behind it (a test's capture): nothing to silence
    return True


def _environment_error(exc: OSError) -> str | None:
    """The one line for an OSError of the environment about a path; None for a bug."""
    if exc.errno not in _ENVIRONMENT_ERRNOS:
        return None
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return f"{reason}."
    return f"Cannot use {os.fsdecode(exc.filename)}: {reason}."


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_when_piped()
    args = build_parser().parse_args(argv)
    _log_to_file()
    handler: Handler = args.handler
    try:
        code = handler(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk is found here, not at exit
        return code
    except errors.UserError as exc:
        if exc.__cause__ is not None:
            log.warning("%s", exc.message, exc_info=exc.__cause__)
        return _fail(exc.message)
    except sa_exc.DBAPIError as exc:
        user = dbmod.translate_error(exc, default_db_path(args.db))
        if user is None:
            raise
        log.warning("%s", user.message, exc_info=exc)
        return _fail(user.message)
    except OSError as exc:
        if _output_failed(exc):
            if isinstance(exc, BrokenPipeError):
                return 0  # `msek ... | head`: the reader has what it wanted
            log.warning("standard output failed", exc_info=exc)
            return _fail(f"the output could not be written: {exc.strerror or exc}.")
        message = _environment_error(exc)
        if message is None:
            raise
        log.warning("%s", message, exc_info=exc)
        return _fail(message)


if __name__ == "__main__":
    sys.exit(main())
