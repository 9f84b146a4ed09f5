"""`msek calendar [--assignee LOGIN | --all] [--inquiry REF] --out FILE.ics`: open follow-ups
as a calendar file (core.calendar) that Outlook imports or subscribes to.

Whose: --assignee LOGIN; --all the office's; --inquiry REF alone that inquiry's, everyone's.
Otherwise "mine": on the office server the staff member logged in, on a file the login in
MSEK_USER; without either the command says to name one. The file is written all or nothing
(a temporary file beside it, renamed), and not at all when anything is wrong.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.lazy import errors
from msek_desktop.cli.office import opened

if TYPE_CHECKING:
    from msek_desktop.core.db import Database

USER_VARIABLE = "MSEK_USER"


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "open follow-ups as a calendar file (.ics) for Outlook: mine, one's or all"
    p = sub.add_parser("calendar", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_calendar)
    whose = p.add_mutually_exclusive_group()
    whose.add_argument(
        "--assignee", metavar="LOGIN",
        help=f"this staff member's (default: yours: the server login, or {USER_VARIABLE})",
    )  # fmt: skip
    whose.add_argument("--all", action="store_true", help="the whole office's")
    p.add_argument("--inquiry", metavar="REF", help="only this inquiry's (everyone's by default)")
    p.add_argument("--out", required=True, metavar="FILE.ics", help="where to write the calendar")


def _mine(database: Database) -> str:
    from msek_desktop.core import staff

    login = staff.logged_in(database)
    if login is not None:
        return login
    login = os.environ.get(USER_VARIABLE, "").strip()
    if not login:
        raise errors.UserError(
            f"Whose follow-ups? Give --assignee LOGIN or --all, or set {USER_VARIABLE} to "
            "your login."
        )
    try:
        staff.get_staff(database, login)
    except errors.NotFoundError as exc:
        raise errors.UserError(f"{exc.message.rstrip('.')} (from {USER_VARIABLE}).") from exc
    return login


def cmd_calendar(args: argparse.Namespace) -> int:
    from msek_desktop.core import calendar  # icalendar: only for this command
    from msek_desktop.letters.files import OutputFile  # light: no ReportLab

    with opened(args) as database:
        assignee: str | None = args.assignee
        if assignee is None and not args.all and args.inquiry is None:
            assignee = _mine(database)
        # an unknown login or ref is refused here, before the file: it leaves none behind
        pieces = calendar.calendar_chunks(database, assignee=assignee, inquiry_ref=args.inquiry)
        with OutputFile(Path(args.out)) as out:
            out.write_pieces(pieces)  # each event written as its follow-up is read
    print(args.out)
    return 0
