"""`msek person export ID --out FILE.zip`: everything held about a person in one ZIP (a PDF
for reading in their language, JSON and CSV for machines, their letters and documents:
core.privacy.access_zip), written all or nothing, with an entry in the audit list.

An unknown person, or a place that cannot be written, is one line on stderr and exit 1;
nothing is written then.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from msek_desktop.cli.office import opened


def cmd_person_export(args: argparse.Namespace) -> int:
    from msek_desktop.core.privacy.access_zip import check_target, export_person
    from msek_desktop.reports.person_pdf import renderer  # ReportLab: only for this command

    out = Path(args.out)
    check_target(out)  # refused before the database is even opened
    with opened(args) as database:
        export_person(database, args.id, out, render=renderer(database))
    print(out)
    return 0
