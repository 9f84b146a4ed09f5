"""`msek person export ID --out FILE.zip` (everything held about a person: core.privacy.access)
and `msek person erase ID --yes` (core.privacy.erasure). Each subcommand's work lives in its
own module, imported only when it runs."""

from __future__ import annotations

import argparse
from typing import Any

from msek_desktop.cli.arguments import record_id


def _export(args: argparse.Namespace) -> int:
    from msek_desktop.cli.person_export import cmd_person_export

    return int(cmd_person_export(args))


def _erase(args: argparse.Namespace) -> int:
    from msek_desktop.cli.person_erase import cmd_person_erase

    return int(cmd_person_erase(args))


def register(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    help_text = "one person's data: everything held about them, or their erasure"
    person = sub.add_parser("person", parents=[db_opt], help=help_text, description=help_text)
    actions = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)

    help_text = "write everything held about a person to a ZIP (PDF, JSON, CSV, their letters)"
    p = actions.add_parser("export", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=_export)
    p.add_argument("id", type=record_id, metavar="ID", help="the person's number")
    p.add_argument("--out", required=True, metavar="FILE.zip", help="where to write the ZIP")

    help_text = "erase a person everywhere (their inquiries stay, anonymised); admins only"
    p = actions.add_parser("erase", parents=[db_opt], help=help_text, description=help_text)
    p.set_defaults(handler=_erase)
    p.add_argument("id", type=record_id, metavar="ID", help="the person's number")
    p.add_argument("--yes", action="store_true", help="erase without asking (required)")
