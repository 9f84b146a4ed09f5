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
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from sqlalchemy import exc as sa_exc

from msek_desktop import __version__
from msek_desktop.cli import server_admin
from msek_desktop.cli.arguments import db_value, positive, year
from msek_desktop.cli.audit_cmd import register as register_audit
from msek_desktop.cli.calendar_cmd import register as register_calendar
from msek_desktop.cli.email_cmd import register as register_email
from msek_desktop.cli.exchange_files import WHATS as IMPORT_WHATS
from msek_desktop.cli.exchange_files import cmd_import_what
from msek_desktop.cli.exchanges_cmd import register as register_exchanges
from msek_desktop.cli.failures import (
    environment_error,
    fail,
    log_to_file,
    output_failed,
    utf8_when_piped,
)
from msek_desktop.cli.files import cmd_export, cmd_proposal, proposal_arguments
from msek_desktop.cli.lookups import cmd_followups, cmd_inquiries, cmd_show
from msek_desktop.cli.matching import register as register_match
from msek_desktop.cli.moving import register as register_move_to
from msek_desktop.cli.office import cmd_backup, cmd_check, cmd_demo, cmd_init, cmd_restore
from msek_desktop.cli.output import printable
from msek_desktop.cli.people_cmd import register as register_people
from msek_desktop.cli.person_cmd import register as register_person
from msek_desktop.cli.proposing import register as register_propose
from msek_desktop.cli.report_cmd import register as register_report
from msek_desktop.cli.retention_cmd import register as register_retention
from msek_desktop.core import db as dbmod
from msek_desktop.core import errors, followups
from msek_desktop.core.vocab import InquiryKind, Side, Stage
from msek_desktop.paths import default_db_path

__all__ = ["build_parser", "main", "printable"]

Handler = Callable[[argparse.Namespace], int]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--version", action="version", version=f"msek {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=db_value,
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
    p.add_argument("--inquiries", type=positive, default=500, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")

    p = add("inquiries", cmd_inquiries, "list inquiries, newest or best match first")
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

    p = add("show", cmd_show, "one inquiry: contact, organisation, follow-ups, timeline")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")

    p = add("followups", cmd_followups, "open follow-ups, soonest first")
    when = p.add_mutually_exclusive_group()
    for name in (followups.When.OVERDUE, followups.When.TODAY, followups.When.UPCOMING):
        when.add_argument(f"--{name}", dest="when", action="store_const", const=name)
    p.add_argument("--assignee", metavar="LOGIN")
    p.add_argument("--json", action="store_true")

    p = add(
        "proposal",
        cmd_proposal,
        "make an inquiry's letter (PDF): a partnership proposal, "
        "an acknowledgement (no --partner), or to a partner (--to partner ORG_ID)",
    )
    proposal_arguments(p)

    p = add(
        "import", cmd_import_what,
        "import inquiries, people and organisations, or exchanges (CSV, XLSX)",
    )  # fmt: skip
    p.add_argument("file", metavar="FILE")
    p.add_argument("--what", choices=IMPORT_WHATS, default="inquiries")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = add("export", cmd_export, "export to CSV or XLSX (by the file's extension)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--what", choices=("inquiries", "people", "organisations", "followups", "exchanges"),
        default="inquiries",
    )  # fmt: skip

    add("check", cmd_check, "check the database's integrity without changing it")

    p = add("backup", cmd_backup, "take a verified backup of the database, print its path")
    p.add_argument("--to", metavar="FILE", help="default: the backups folder beside it")
    p = add("restore", cmd_restore, "replace the database with a backup (kept: a backup first)")
    p.add_argument("file", metavar="FILE")
    for register in (
        register_match,  # match REF [--limit N] [--json]
        register_propose,  # propose REF ORG_ID ...
        register_move_to,  # move-to postgresql://...
        register_calendar,  # calendar [--assignee LOGIN | --all] --out FILE.ics
        register_email,  # email REF --template NAME [--attach-letter] --out FILE.eml
        register_exchanges,  # exchanges [--year YYYY] [--json]
        register_report,  # report --year YYYY --lang fr|pl|en --out FILE.pdf [--xlsx FILE.xlsx]
        server_admin.register,  # staff add|list|deactivate|role, server setup
        register_person,  # person export ID --out FILE.zip | person erase ID --yes
        register_people,  # people duplicates|merge KEEP OTHER|merges|unmerge MERGE_ID
        register_audit,  # audit [--action A] [--limit N] [--json]
        register_retention,  # retention [--apply --yes] [--json]
    ):
        register(sub, db_opt)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    utf8_when_piped()
    args = build_parser().parse_args(argv)
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
    except sa_exc.DBAPIError as exc:
        user = dbmod.translate_error(exc, default_db_path(args.db))
        if user is None:
            raise
        log.warning("%s", user.message, exc_info=exc)
        return fail(user.message)
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
