"""Staff members: logins, names, titles for signatures."""

from __future__ import annotations

import pytest

from msek_desktop.core import errors, staff
from msek_desktop.core.db import Database
from msek_desktop.core.models import StaffMember

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def test_create_staff(db: Database) -> None:
    row = staff.create_staff(
        db,
        {
            "login": "  Anna.K  ",
            "full_name": "Anna Kowalska",
            "title_fr": "Chargée de mission",
            "title_pl": "Koordynatorka projektów",
            "email": "anna@msek.example.org",
            "phone": "32 123 45 67",
        },
    )
    assert row.login == "anna.k"
    assert row.full_name == "Anna Kowalska"
    assert row.phone == "+48 32 123 45 67"
    assert row.active is True
    assert row.version == 1
    assert row.title("fr") == "Chargée de mission"
    assert row.title("pl") == "Koordynatorka projektów"
    assert row.title("en") == ""
    assert staff.get_staff(db, "anna.k") == row
    assert staff.list_staff(db) == [row]


def test_duplicate_login_is_refused(db: Database, anna, count) -> None:
    for login in ("anna", "ANNA", " anna "):
        with pytest.raises(errors.ValidationError) as caught:
            staff.create_staff(db, {"login": login, "full_name": "Another Anna"})
        assert "login" in caught.value.by_field()
        assert "taken" in str(caught.value)
    assert count(StaffMember) == 1


@pytest.mark.parametrize(
    "login",
    ["an na", "anna!", "ąna", "-anna", ".anna", "_anna", "anna/ewa", "a" * 41, "anna@msek", ""],
)
def test_bad_login_is_refused(db: Database, count, login: str) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        staff.create_staff(db, {"login": login, "full_name": "Someone"})
    assert "login" in caught.value.by_field()
    assert count(StaffMember) == 0


@pytest.mark.parametrize("login", ["anna", "a", "anna.k", "anna_k", "anna-k", "a1", "9lives"])
def test_good_logins(db: Database, login: str) -> None:
    assert staff.create_staff(db, {"login": login, "full_name": "Someone"}).login == login


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"full_name": ""}, "full_name"),
        ({"email": "anna@"}, "email"),
        ({"phone": "12"}, "phone"),
        ({"title_fr": "x" * 201}, "title_fr"),
    ],
)
def test_other_invalid_values(db: Database, count, values, field) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        staff.create_staff(db, {"login": "anna", "full_name": "Anna", **values})
    assert field in caught.value.by_field()
    assert count(StaffMember) == 0


def test_update_staff(db: Database, anna, marc) -> None:
    updated = staff.update_staff(
        db, anna.id, {"title_en": "Project officer", "active": False}, expected_version=1
    )
    assert updated.title("en") == "Project officer"
    assert updated.active is False
    assert updated.version == 2
    assert [s.login for s in staff.list_staff(db, active_only=True)] == ["marc"]
    assert [s.login for s in staff.list_staff(db)] == ["anna", "marc"]  # by full name
    with pytest.raises(errors.ConflictError):
        staff.update_staff(db, anna.id, {"full_name": "Anna K."}, expected_version=1)
    with pytest.raises(errors.ValidationError) as caught:
        staff.update_staff(db, anna.id, {"login": "marc"})
    assert "login" in caught.value.by_field()
    assert staff.get_staff(db, "anna") == updated
    renamed = staff.update_staff(db, anna.id, {"login": "anna.k"})
    assert renamed.login == "anna.k"
    with pytest.raises(errors.NotFoundError):
        staff.get_staff(db, "anna")


def test_unknown_staff(db: Database) -> None:
    with pytest.raises(errors.NotFoundError):
        staff.get_staff(db, "ghost")
    with pytest.raises(errors.NotFoundError):
        staff.update_staff(db, 99, {"full_name": "Ghost"})
