"""`msek audit [--action A] [--limit N] [--json]`: the audit list (core.audit), newest first:
who exported, printed or erased a person's data, merged records or anonymised what was past
retention, and when. For admins (on the office server; on a file, whoever runs it).

A line each for humans: when (UTC), the login ("-" for the system), the action, the subject
and the detail. --json: a list of objects (id, at (ISO, UTC), login, action, contact_id,
organisation_id, subject, detail).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from msek_desktop.cli.arguments import positive
from msek_desktop.cli.office import opened
from msek_desktop.cli.output import cell, print_rows
from msek_desktop.core.vocab import AuditAction

if TYPE_CHECKING:
    from msek_desktop.core.audit import AuditRow


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "the audit list: who exported, printed, erased or merged people's data (admins)"
    p = sub.add_parser("audit", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=cmd_audit)
    p.add_argument("--action", choices=[a.value for a in AuditAction], metavar="ACTION",
                   help="only this action: " + ", ".join(a.value for a in AuditAction))  # fmt: skip
    p.add_argument("--limit", type=positive, default=100, metavar="N", help="default 100")
    p.add_argument("--json", action="store_true")


def audit_json(r: AuditRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "at": r.at,
        "login": r.login or None,
        "action": r.action,
        "contact_id": r.contact_id,
        "organisation_id": r.organisation_id,
        "subject": r.subject,
        "detail": r.detail,
    }


def _line(r: AuditRow) -> str:
    return "  ".join(
        (
            r.at.strftime("%Y-%m-%d %H:%M"),
            f"{r.login or '-':<12}",
            f"{r.action:<19}",
            cell(r.subject, 40).ljust(40),
            cell(r.detail, 80),
        )
    ).rstrip()


def cmd_audit(args: argparse.Namespace) -> int:
    from msek_desktop.core import audit

    with opened(args) as database:
        rows = audit.list_audit(database, action=args.action, limit=args.limit)
    print_rows(args, rows, audit_json, _line)
    return 0
