"""A record merged into another is not restored from the bin by hand (an empty twin of the
survivor): the refusal names the survivor and says to undo the merge; after the undo, or for
a record simply deleted, restoring works as ever."""

from __future__ import annotations

import pytest

from msek_desktop.core import contacts, errors, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.privacy import merging

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def person(db: Database, last_name: str, email: str) -> int:
    values = {"first_name": "Ewa", "last_name": last_name, "email": email, "side": "katowice"}
    return contacts.create_contact(db, values, actor="anna").id


def test_a_person_merged_away_is_not_restored_until_the_merge_is_undone(db: Database, anna) -> None:
    keep = person(db, "Wiśniewska", "ewa@example.pl")
    other = person(db, "Wisniewska", "ewa.w@example.pl")
    merge_id = merging.merge_people(db, keep, other, actor="anna").merge_id
    with pytest.raises(errors.UserError) as refused:
        contacts.set_deleted(db, other, False, actor="anna")
    message = refused.value.message
    assert isinstance(message, errors.Message)
    assert message.code == "restore_merged_person"
    assert message.params == {"merged": other, "survivor": keep}
    assert f"#{other} was merged into #{keep}" in str(refused.value)
    assert "undo the merge" in str(refused.value)
    assert contacts.get_contact(db, other).deleted_at is not None  # still in the bin
    merging.undo_merge(db, merge_id, actor="anna")
    contacts.set_deleted(db, other, True, actor="anna")  # deleted by hand, then restored
    assert contacts.set_deleted(db, other, False, actor="anna").deleted_at is None


def test_an_organisation_merged_away_is_not_restored(db: Database, anna) -> None:
    keep = organisations.create_organisation(db, {"name": "Szkoła nr 5", "side": "katowice"}).id
    other = organisations.create_organisation(db, {"name": "Szkola nr 5", "side": "katowice"}).id
    merging.merge_organisations(db, keep, other, actor="anna")
    with pytest.raises(errors.UserError) as refused:
        organisations.set_deleted(db, other, False, actor="anna")
    assert errors.code_of(refused.value.message) == "restore_merged_organisation"
    assert f"organisation #{other} was merged into #{keep}" in str(refused.value)
    # deleting again is no restore: nothing to refuse
    assert organisations.set_deleted(db, other, True, actor="anna").deleted_at is not None


def test_a_person_simply_deleted_is_restored(db: Database, anna) -> None:
    alone = person(db, "Nowak", "nowak@example.pl")
    contacts.set_deleted(db, alone, True, actor="anna")
    assert contacts.set_deleted(db, alone, False, actor="anna").deleted_at is None
