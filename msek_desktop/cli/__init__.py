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
Stored text is printed with terminal controls escaped (cli.output).

The commands live by group: office (the database as a whole), lookups (inquiries, one
inquiry, follow-ups), files (import, export, a proposal letter); this module parses the
command line and turns what goes wrong into its one line (cli.failures).

The arguments are parsed before anything heavy is imported: `msek --version` and `--help`
take the time of Python's own start. The command modules register their parsers with light
imports only (argparse, core.vocab, core.errors, cli.arguments); what a command needs
(core, SQLAlchemy, ReportLab ...) is imported when it runs, inside its handler, or the
handler itself is named here as "module:function" (cli.lazy). tests/cli/test_cli_imports.py
keeps it so.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from msek_desktop import __version__
from msek_desktop.cli.arguments import db_value, positive, year
from msek_desktop.cli.exchange_files import WHATS as IMPORT_WHATS
from msek_desktop.cli.files import proposal_arguments
from msek_desktop.cli.lazy import Handler, lazy
from msek_desktop.cli.output import printable, utf8_when_piped

__all__ = ["build_parser", "main", "printable"]

VERSION = f"msek {__version__}"
WHEN = ("overdue", "today", "upcoming")  # core.followups.When, for `msek followups --WHEN`
# the modules of the commands below (not names of their own: importing cli.office binds
# this package's `office` to that module)
OFFICE, LOOKUPS, FILES = (f"msek_desktop.cli.{m}:" for m in ("office", "lookups", "files"))


def build_parser() -> argparse.ArgumentParser:
    from msek_desktop.core.vocab import InquiryKind, Side, Stage

    # --db is accepted before or after the command; SUPPRESS keeps the outer value.
    db_opt = argparse.ArgumentParser(add_help=False)
    db_opt.add_argument(
        "--db",
        metavar="PATH",
        type=db_value,
        default=argparse.SUPPRESS,
        help="database file, or postgresql://login@host/database",
    )
    parser = argparse.ArgumentParser(
        prog="msek", description="MSEK Desktop: the office's inquiries from the command line."
    )
    parser.add_argument("--version", action="version", version=VERSION)
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=db_value,
        default=None,
        help="database file (default: MSEK_DB or the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, handler: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[db_opt], help=help_text, description=help_text)
        p.set_defaults(handler=lazy(handler))
        return p

    add("init", OFFICE + "cmd_init", "create or upgrade the database, print its path")
    p = add("demo", OFFICE + "cmd_demo", "fill an empty database with reproducible demo data")
    p.add_argument("--inquiries", type=positive, default=500, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")

    p = add("inquiries", LOOKUPS + "cmd_inquiries", "list inquiries, newest or best match first")
    p.add_argument("--stage", action="append", choices=[s.value for s in Stage])
    p.add_argument("--assignee", metavar="LOGIN")
    sides = [s.value.replace("_", "-") for s in Side] + [s.value for s in Side]
    p.add_argument("--side", choices=list(dict.fromkeys(sides)), metavar="SIDE")
    p.add_argument("--kind", choices=[k.value for k in InquiryKind])
    p.add_argument("--year", type=year, metavar="YYYY", help="only those received that year")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--open", action="store_true", help="only open inquiries")
    p.add_argument("--limit", type=positive, default=100, metavar="N")
    p.add_argument("--json", action="store_true")

    p = add(
        "show", LOOKUPS + "cmd_show", "one inquiry: contact, organisation, follow-ups, timeline"
    )
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")

    p = add("followups", LOOKUPS + "cmd_followups", "open follow-ups, soonest first")
    when = p.add_mutually_exclusive_group()
    for name in WHEN:
        when.add_argument(f"--{name}", dest="when", action="store_const", const=name)
    p.add_argument("--assignee", metavar="LOGIN")
    p.add_argument("--json", action="store_true")

    p = add(
        "proposal",
        FILES + "cmd_proposal",
        "make an inquiry's letter (PDF): a partnership proposal, "
        "an acknowledgement (no --partner), or to a partner (--to partner ORG_ID)",
    )
    proposal_arguments(p)

    p = add(
        "import", "msek_desktop.cli.exchange_files:cmd_import_what",
        "import inquiries, people and organisations, or exchanges (CSV, XLSX)",
    )  # fmt: skip
    p.add_argument("file", metavar="FILE")
    p.add_argument("--what", choices=IMPORT_WHATS, default="inquiries")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = add("export", FILES + "cmd_export", "export to CSV or XLSX (by the file's extension)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--what", choices=("inquiries", "people", "organisations", "followups", "exchanges"),
        default="inquiries",
    )  # fmt: skip

    add("check", OFFICE + "cmd_check", "check the database's integrity without changing it")

    p = add(
        "backup", OFFICE + "cmd_backup", "take a verified backup of the database, print its path"
    )
    p.add_argument("--to", metavar="FILE", help="default: the backups folder beside it")
    p = add(
        "restore",
        OFFICE + "cmd_restore",
        "replace the database with a backup (kept: a backup first)",
    )
    p.add_argument("file", metavar="FILE")
    _register_the_others(sub, db_opt)
    return parser


def _register_the_others(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    """The commands whose modules add their own parsers (light imports only)."""
    from msek_desktop.cli import (
        audit_cmd,
        calendar_cmd,
        email_cmd,
        exchanges_cmd,
        matching,
        moving,
        people_cmd,
        person_cmd,
        proposing,
        report_cmd,
        retention_cmd,
        server_admin,
    )

    for register in (
        matching.register,  # match REF [--limit N] [--json]
        proposing.register,  # propose REF ORG_ID ...
        moving.register,  # move-to postgresql://...
        calendar_cmd.register,  # calendar [--assignee LOGIN | --all] --out FILE.ics
        email_cmd.register,  # email REF --template NAME [--attach-letter] --out FILE.eml
        exchanges_cmd.register,  # exchanges [--year YYYY] [--json]
        report_cmd.register,  # report --year YYYY --lang fr|pl|en --out FILE.pdf [--xlsx FILE.xlsx]
        server_admin.register,  # staff add|list|deactivate|role, server setup
        person_cmd.register,  # person export ID --out FILE.zip | person erase ID --yes
        people_cmd.register,  # people duplicates|merge KEEP OTHER|merges|unmerge MERGE_ID
        audit_cmd.register,  # audit [--action A] [--limit N] [--json]
        retention_cmd.register,  # retention [--apply --yes] [--json]
    ):
        register(sub, db_opt)


def main(argv: Sequence[str] | None = None) -> int:
    utf8_when_piped()
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        print(VERSION)  # what the parser would say, without building it
        return 0
    args = build_parser().parse_args(argv)
    # What turns failures into one line: imported once the arguments are parsed.
    import logging

    from msek_desktop.cli.failures import environment_error, fail, log_to_file, output_failed
    from msek_desktop.core import errors

    log = logging.getLogger(__name__)
    log_to_file()
    handler: Handler = args.handler
    try:
        code = handler(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk is found here, not at exit
        return code
    except errors.UserError as exc:
        if exc.__cause__ is not None:
            log.warning("%s", exc.message, exc_info=exc.__cause__)
        return fail(exc.message)
    except OSError as exc:
        if output_failed(exc):
            if isinstance(exc, BrokenPipeError):
                return 0  # `msek ... | head`: the reader has what it wanted
            log.warning("standard output failed", exc_info=exc)
            return fail(f"the output could not be written: {exc.strerror or exc}.")
        message = environment_error(exc)
        if message is None:
            raise
        log.warning("%s", message, exc_info=exc)
        return fail(message)
    except Exception as exc:
        user = _database_error(exc, args)
        if user is None:
            raise
        log.warning("%s", user.message, exc_info=exc)
        return fail(user.message)


def _database_error(exc: Exception, args: argparse.Namespace) -> Any:
    """The one-line UserError for a driver's error (SQLAlchemy's DBAPIError: a damaged, busy
    or read-only database met while a command ran); None for anything else (a bug)."""
    if "sqlalchemy" not in sys.modules:
        return None  # nothing has touched a database
    from sqlalchemy import exc as sa_exc

    from msek_desktop.core import db as dbmod
    from msek_desktop.paths import default_db_path

    if not isinstance(exc, sa_exc.DBAPIError):
        return None
    return dbmod.translate_error(exc, default_db_path(args.db))
