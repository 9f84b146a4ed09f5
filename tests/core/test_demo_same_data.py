"""The demo's data for a seed stays the same, row for row, whatever is done to make it faster.

The digests below are those of a 2,000-inquiry demo made by the generator as it was before its
drawing and writing were sped up (seed 7, today 2026-12-04). Each table's columns are named as
they were then, so a column added later does not change its digest; the rows are compared in
the order of all their values, and the search documents with their rowids.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from msek_desktop.core import demo
from msek_desktop.core.store import open_database

# table: (rows, SHA-256 of their reprs in order), of the columns in _COLUMNS
EXPECTED: dict[str, tuple[int, str]] = {
    "staff_members": (4, "031dae899fdacb6735d78836f5f71f313ff941c494fd2424708af76cd4e2c294"),
    "organisations": (172, "e99d910ecfb3738b91232fadc3507c553514766f79ce2a5b2cfe9104320f4b4d"),
    "organisation_fields": (
        361,
        "5bc693b0d8f5a83228495b8d09ed278d1a1d0f5398ef54358eab13a41ad5527a",
    ),
    "contacts": (1000, "f5a294fbb3cccfd22ccb156797b9b955182f8f97663736a613d9baabdbb6d9d9"),
    "inquiries": (2000, "5a75b85570a74353a1b261f6e99b695f91c1bb1bcd1b221b2a84b4995df61cc7"),
    "inquiry_fields": (2815, "fd01c31c3dcae61c447a6fe17f873114fed151fd4882b8d76021e0aba3496afd"),
    "follow_ups": (3674, "292a8c4e1735df9aefbe496f4468342a8c9c0ca9be4d910fd4aa1f889f3cdd2b"),
    "partner_proposals": (2737, "ae1b885d26fc4eeb23af1f31258574d2452b25f616954db26b35e3be37159146"),
    "timeline_entries": (23349, "668a6bd1d8ae16b3a0a8ff37c13e24b7d5f2694d75bd25588405486b8690e9ab"),
    "exchanges": (717, "1f2eebcd9e034d8383f5931df6bd68d7fee1849a7e1945a3e886f4381cdbda49"),
    "exchange_items": (516, "6c4cea0d3c339da57da97b319935f92f8bd4d72b515bbd2c192911533924d9f1"),
    "exchange_funding": (1350, "492d34eb4ab6759fbb5d929e54d013c04b056a086186db9a53334462a368c9cf"),
    "exchange_organisations": (
        1434,
        "71a3903fb340e97ce1ac9b1acb5c75cc520ca4a07d1745a4b9681ab59bc74f7e",
    ),
    "exchange_fields": (989, "d6e6405887b86ac81012bb4f2566407a185dc7a01d525f596e6250d23306d582"),
    "ref_counters": (3, "d5fdb2c608db8de90f58dfe190d6c8317d39b18a83cd8efcecbbf70e90970c3a"),
    "search_index": (3172, "5b7b988aa70654ff1884358b7e73789a05dea13ddf7f208e732b85417d8c2689"),
}

_COLUMNS = {
    "staff_members": "id login full_name title_fr title_pl title_en email phone active version "
    "created_at updated_at",
    "organisations": "id name kind side address postal_code city country website email phone "
    "version created_at updated_at deleted_at offers seeks tags audiences languages capacity "
    "active description_fr description_pl description_en",
    "organisation_fields": "organisation_id field_id",
    "contacts": "id honorific first_name last_name organisation_id position email phone "
    "language side city notes version created_at updated_at deleted_at legal_basis no_letters "
    "no_email no_phone",
    "inquiries": "id ref received_on channel kind contact_id organisation_id side subject "
    "message desired_counterpart letter_language stage lost_reason lost_note priority "
    "assignee_id closed_on version created_at updated_at deleted_at anonymised_at",
    "inquiry_fields": "inquiry_id field_id",
    "follow_ups": "id inquiry_id assignee_id due_on action description done_at outcome version "
    "created_at updated_at",
    "partner_proposals": "id inquiry_id organisation_id state decline_reason note state_at "
    "proposed_by_id version created_at updated_at",
    "timeline_entries": "id at staff_id inquiry_id contact_id organisation_id kind field "
    "old_value new_value note",
    "exchanges": "id inquiry_id title kind status cancel_reason cancel_note starts_on ends_on "
    "planned_saint_etienne planned_katowice actual_saint_etienne actual_katowice outcome "
    "moves_stage version created_at updated_at deleted_at",
    "exchange_items": "id exchange_id day place what",
    "exchange_funding": "id exchange_id source amount currency note",
    "exchange_organisations": "exchange_id organisation_id",
    "exchange_fields": "exchange_id field_id",
    "ref_counters": "year last_number",
    "search_index": "rowid body",
}


def digests(path: Path) -> dict[str, tuple[int, str]]:
    """(rows, digest) of each table of _COLUMNS in the SQLite file at `path`."""
    out: dict[str, tuple[int, str]] = {}
    with sqlite3.connect(path) as conn:
        for table, columns in _COLUMNS.items():
            names = columns.split()
            order = ", ".join(str(n + 1) for n in range(len(names)))
            rows = conn.execute(
                f"SELECT {', '.join(names)} FROM {table} ORDER BY {order}"
            ).fetchall()
            text = "\n".join(repr(row) for row in rows)
            out[table] = (len(rows), hashlib.sha256(text.encode()).hexdigest())
    conn.close()
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    path = tmp_path_factory.mktemp("same") / "demo.db"
    db = open_database(path, create=True)
    try:
        demo.generate(db, inquiries=2000, seed=7, today=date(2026, 12, 4))
    finally:
        db.dispose()
    return digests(path)


@pytest.mark.parametrize("table", list(_COLUMNS))
def test_every_table_of_a_demo_is_the_one_it_always_was(
    made: dict[str, tuple[int, str]], table: str
) -> None:
    assert made[table] == EXPECTED[table]
