"""`msek person erase ID --yes`: erase a person everywhere (core.privacy.erasure): their
record deleted, their inquiries kept but anonymised, their letters made tombstones, their
documents deleted, the freed space wiped. Admins only on the office server.

Without --yes nothing is done: one line on stderr, exit 2 (wrong usage). An unknown person,
or a staff login that is not an admin's, is one line on stderr and exit 1. On success the
counts of what was removed, one a line, and until when the backups taken before keep them.
"""

from __future__ import annotations

import argparse
import sys

from msek_desktop.cli.office import opened

# what the counts are, in the order said
WORDS = (
    ("people", "person record(s) deleted"),
    ("inquiries", "inquiry(ies) kept, anonymised"),
    ("letters", "letter(s) replaced by a tombstone"),
    ("documents", "document(s) deleted"),
    ("consents", "consent record(s) deleted"),
    ("timeline_entries", "history entry(ies) deleted or scrubbed"),
    ("follow_ups", "follow-up(s) scrubbed"),
    ("partner_proposals", "partner note(s) scrubbed"),
    ("exchanges", "exchange(s) scrubbed"),
    ("other_records", "other record(s) naming them scrubbed"),
    ("merges", "merge(s) that can no longer be undone"),
)


def cmd_person_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        print(
            f"msek person erase: --yes is required (erasing person {args.id} cannot be undone); "
            "nothing was changed.",
            file=sys.stderr,
        )
        return 2
    from msek_desktop.core.privacy.backup_keeping import backups_keep_until
    from msek_desktop.core.privacy.erasure import erase_person

    with opened(args) as database:
        counts = erase_person(database, args.id, actor=None)
        until = backups_keep_until(database)
    print(f"Person {args.id} erased:")
    for key, words in WORDS:
        if counts.get(key):
            print(f"  {counts[key]} {words}")
    if not counts.get("wiped", 1):
        print(
            "  the freed space is not all wiped yet: on the office server VACUUM FULL needs "
            "its owner (or another desk's transaction was still open); see the log"
        )
    if until is not None:
        print(
            f"Backups taken before keep this person until about {until.isoformat()}; "
            "restoring one erases them again."
        )
    return 0
