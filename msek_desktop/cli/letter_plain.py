"""`msek proposal REF` (an acknowledgement: no --partner, no --to) on a sound database file at
the current schema, with plain sqlite3 (core.proposals.plain): the command then imports
neither SQLAlchemy nor the ORM. Any other case, cli.files.cmd_proposal makes the letter the
general way, which says what is wrong when something is."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def made_on_file(args: argparse.Namespace) -> bool:
    """Make the letter `args` ask for the plain way, when it applies; False when it does not
    (nothing was written): the general way makes it."""
    if args.partner or args.to is not None:
        return False
    from msek_desktop.paths import default_db_path

    location = default_db_path(args.db)
    if not isinstance(location, Path):
        return False  # the office server
    from msek_desktop.core.proposals import plain

    conn = plain.open_file(location)
    if conn is None:
        return False
    from msek_desktop import letters
    from msek_desktop.letters import making

    warned: list[letters.LetterWarning] = []
    with plain.used(location, conn):
        inquiry = plain.inquiry_id(conn, args.ref)
        # the output file is claimed first: an unwritable --out costs nothing and keeps nothing
        with letters.OutputFile(Path(args.out)) as out:
            facts = plain.acknowledgement(conn, inquiry, language=args.lang, today=date.today())
            if facts is None:
                return False
            out.write(plain.keep(conn, facts, making.checked_renderer(warned.append)(facts)))
    for warning in warned:  # the letter is made: said after, so a failure stays one line
        print(f"msek: warning: {warning.english()}", file=sys.stderr)
    print(args.out)
    return True
