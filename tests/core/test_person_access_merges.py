"""Everything held about a person includes the merges of their record with a duplicate,
either side, each with only that person's own side of what the merge kept: never the other
record's data; a merge of organisations (whose numbers may be the same) is not theirs."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import update

from msek_desktop.core import contacts, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.models import Merge
from msek_desktop.core.privacy import access, access_zip, merging
from msek_desktop.reports.person_pdf import renderer

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

KEEP_MARK, OTHER_MARK, THIRD_MARK = "Notatka Ewy KEEP", "Notatka bliźniaczki TWIN", "Trzecia"


def person(db: Database, last_name: str, email: str, notes: str) -> int:
    values = {"first_name": "Ewa", "last_name": last_name, "email": email, "notes": notes,
              "side": "katowice", "language": "pl"}  # fmt: skip
    return contacts.create_contact(db, values, actor="anna").id


@pytest.fixture
def merged(db: Database, anna: object) -> tuple[int, int, int]:
    """Ewa kept, her twin merged into her (the merge undone, then made again), a merge of two
    other people, and a merge of organisations numbered like Ewa."""
    ewa = person(db, "Wiśniewska", "ewa@example.pl", KEEP_MARK)
    twin = person(db, "Wisniewska", "ewa.twin@example.pl", OTHER_MARK)
    first = merging.merge_people(db, ewa, twin, actor="anna").merge_id
    merging.undo_merge(db, first, actor="anna")
    merging.merge_people(db, ewa, twin, actor="anna")
    a = person(db, "Lis", "lis@example.pl", THIRD_MARK)
    b = person(db, "Lis", "lis2@example.pl", THIRD_MARK)
    merging.merge_people(db, a, b, actor="anna")
    orgs = [organisations.create_organisation(db, {"name": f"Szkoła {n}", "side": "katowice"})
            for n in range(ewa + 1)]  # fmt: skip
    merging.merge_organisations(db, orgs[ewa].id, orgs[0].id, actor="anna")
    return ewa, twin, first


def test_the_survivors_export_has_its_merges_with_its_own_side_only(
    db: Database, merged: tuple[int, int, int], tmp_path: Path
) -> None:
    ewa, twin, first = merged
    rows = access.gather(db, ewa).tables["merges"]
    assert [(r["survivor_id"], r["merged_id"]) for r in rows] == [(ewa, twin), (ewa, twin)]
    assert rows[0]["id"] == first and rows[0]["undone_at"] is not None
    assert rows[1]["undone_at"] is None and rows[0]["staff"] == "anna"
    for row in rows:
        kept = json.loads(row["before"])
        assert set(kept) == {"side", "before", "after", "moved"} and kept["side"] == "survivor"
        assert kept["before"]["id"] == ewa and kept["before"]["notes"] == KEEP_MARK
        assert kept["after"]["id"] == ewa
        # their record as the merge left it holds what it took from the other (notes joined),
        # now theirs; the other record itself is not there
        assert OTHER_MARK not in json.dumps(kept["before"], ensure_ascii=False)
        assert "ewa.twin@example.pl" not in row["before"]
        assert f'"id": {twin}' not in row["before"]
        assert THIRD_MARK not in row["before"]
    out = tmp_path / "ewa.zip"
    access_zip.export_person(db, ewa, out, render=lambda d: b"%PDF", actor="anna")
    with zipfile.ZipFile(out) as archive:
        found = json.loads(archive.read("person.json"))
        listed = archive.read("merges.csv").decode("utf-8-sig")
    assert [m["id"] for m in found["merges"]] == [r["id"] for r in rows]
    assert KEEP_MARK in listed and "ewa.twin@example.pl" not in listed


def test_the_merged_records_export_has_its_own_side_only(
    db: Database, merged: tuple[int, int, int]
) -> None:
    _ewa, twin, _first = merged
    rows = access.gather(db, twin).tables["merges"]
    assert len(rows) == 2
    for row in rows:
        kept = json.loads(row["before"])
        assert kept["side"] == "merged" and kept["before"]["id"] == twin
        assert kept["before"]["notes"] == OTHER_MARK and kept["after"]["deleted_at"]
        assert KEEP_MARK not in row["before"] and "ewa@example.pl" not in row["before"]


def test_a_merge_whose_records_were_emptied_is_listed_without_them(
    db: Database, merged: tuple[int, int, int]
) -> None:
    ewa, _twin, first = merged
    with db.write() as session:  # as an erasure of a person it named leaves it
        session.execute(update(Merge).where(Merge.id == first).values(before=""))
    rows = access.gather(db, ewa).tables["merges"]
    assert [r["before"] for r in rows if r["id"] == first] == [""]
    assert [json.loads(r["before"])["side"] for r in rows if r["id"] != first] == ["survivor"]


def test_the_readable_file_lists_the_merges(db: Database, merged: tuple[int, int, int],
                                            tmp_path: Path) -> None:  # fmt: skip
    ewa, twin, _first = merged
    out = tmp_path / "ewa.pdf"
    out.write_bytes(renderer(db)(access.gather(db, ewa)))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "Scalenia" in text
    assert " ".join(f"Wpis nr {twin} scalony z tym wpisem".split()) in " ".join(text.split())
