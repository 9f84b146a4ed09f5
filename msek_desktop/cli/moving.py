"""`msek move-to postgresql://...`: the office's SQLite database moved up to the office server.

The database file (`--db`, MSEK_DB or the default one) is copied into an EMPTY database on the
office server (core.moving.move_to: schema by the usual migrations, every table in one
transaction, row counts and checksums checked before it commits), then the tables' counts
and checksums are printed (--json: as an object) with what to set on each desk. A server that
cannot be reached, a database that is not empty, a damaged file: one line, exit 1, nothing
written. The way back down is `msek --db postgresql://... backup` (a desk copy is an SQLite
office database).
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.lazy import LazyModule, errors
from msek_desktop.cli.office import opened
from msek_desktop.cli.output import printable, shell_word, to_json

if TYPE_CHECKING:
    from msek_desktop import paths
    from msek_desktop.core import copying, moving, server, staff
    from msek_desktop.core.server import ServerAddress
else:
    paths = LazyModule("msek_desktop.paths")
    server = LazyModule("msek_desktop.core.server")
    copying = LazyModule("msek_desktop.core.copying")
    moving = LazyModule("msek_desktop.core.moving")
    staff = LazyModule("msek_desktop.core.staff")

HELP = "copy an SQLite office database into an empty office server database, checked"
EVERY_S = 0.5  # progress shown at most this often


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    """Add `move-to` to the command line's sub-commands."""
    p = sub.add_parser("move-to", parents=[db_opt], help=HELP, description=HELP)
    p.add_argument("url", metavar="postgresql://login@host[:port]/database")
    p.add_argument("--json", action="store_true", help="print the tables' checks as JSON")
    p.set_defaults(handler=cmd_move_to)


def server_address(text: str) -> ServerAddress:
    """The office database `text` names; a one-line UserError for anything else."""
    scheme = text.partition("://")[0].lower().split("+", 1)[0] if "://" in text else ""
    if scheme not in server.SCHEMES:
        raise errors.UserError(
            f"move-to needs the office server's address, postgresql://login@host[:port]/database, "
            f"not {server.without_password(text)!r}."
        )
    return server.ServerAddress(text)  # a URL it cannot read: one line naming it


class _Progress:
    """`copying and checking: 40% (12,000 of 30,000 rows)` on a terminal's stderr, rewritten
    in place and wiped at the end; nothing when stderr is not a terminal (a script's stderr
    keeps its one line)."""

    def __init__(self) -> None:
        self.shown = 0
        self.last = 0.0
        self.on = sys.stderr is not None and sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.on or total <= 0 or now - self.last < EVERY_S:
            return
        self.last = now
        line = f"msek: copying and checking {100 * done // total}% ({done:,} of {total:,} rows)"
        sys.stderr.write("\r" + line.ljust(self.shown))
        sys.stderr.flush()
        self.shown = len(line)

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * self.shown + "\r")
            sys.stderr.flush()
            self.shown = 0


def cmd_move_to(args: argparse.Namespace) -> int:
    address = server_address(args.url)
    source = paths.default_db_path(args.db)
    if isinstance(source, server.ServerAddress):
        raise errors.UserError(
            f"move-to copies an SQLite office database file, and --db names the office server "
            f"{source}; give the file with --db FILE."
        )
    progress = _Progress()
    with opened(args) as database:
        carried = [member.login for member in staff.list_staff(database)]
        try:
            checks = moving.move_to(database.engine, source, address, progress=progress)
        finally:
            progress.clear()
    if args.json:
        print(to_json(_as_json(source, address, checks)))
        return 0
    for line in _report(source, address, checks, carried):
        print(printable(line))
    return 0


def _as_json(source: object, address: ServerAddress, checks: list[copying.TableCheck]) -> Any:
    return {
        "source": str(source),
        "target": str(address),
        "verified": True,
        "tables": [{"table": c.table, "rows": c.rows, "checksum": c.checksum} for c in checks],
        "on_each_desk": {"db": str(address), "environment": f"{paths.DB_ENV}={address}"},
    }


def _report(
    source: object, address: ServerAddress, checks: list[copying.TableCheck], carried: list[str]
) -> list[str]:
    width = max(len(c.table) for c in checks)
    rows = sum(c.rows for c in checks)
    lines = [
        f"{source} was copied to {address}: {rows:,} rows in {len(checks)} tables, "
        "the same row counts and checksums on both.",
        f"{'table'.ljust(width)}  {'rows':>9}  checksum (SHA-256)",
    ]
    lines += [f"{c.table.ljust(width)}  {c.rows:>9,}  {c.checksum}" for c in checks]
    if carried:  # on the server each staff member logs in as their own login
        named = ", ".join(carried[:6]) + (", ..." if len(carried) > 6 else "")
        lines.append(
            f"The staff members carried over ({named}) have no login yet; give each one theirs: "
            f"msek --db {shell_word(str(address))} staff login LOGIN --role staff|admin"
        )
    lines += [
        "On each desk, use the office server from now on:",
        "  in the window: Settings › Office data › Connect to the office server",
        f"  on the command line: msek --db {shell_word(str(address))} ... "
        f"(or set {paths.DB_ENV}={address})",
        f"{source} stays as it was: keep it as the last copy from before the move.",
    ]
    return lines
