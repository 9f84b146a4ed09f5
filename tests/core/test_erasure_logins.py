"""Erasing on the office server with its own logins: a staff login is refused and nothing is
written; an admin login erases, and without the tables' ownership the wipe says it could not
rewrite them (VACUUM FULL is the owner's)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from msek_desktop.core import audit, contacts, roles
from msek_desktop.core.models import Contact
from msek_desktop.core.privacy import erasure
from tests.core.test_roles import Office, add, office  # noqa: F401 (a fixture)


def test_a_staff_login_is_refused_and_an_admin_erases(office: Office) -> None:  # noqa: F811
    owner = office.as_login(office.owner)
    anna, boss = office.login("anna"), office.login("boss")
    add(owner, anna, roles.STAFF)
    add(owner, boss, roles.ADMIN)
    as_anna, as_boss = office.as_login(anna), office.as_login(boss)
    person = contacts.create_contact(as_anna, {"last_name": "Quarkowska", "side": "other"})
    with pytest.raises(roles.NotAllowedError) as refused:
        erasure.erase_person(as_anna, person.id, actor=None)
    assert str(refused.value).startswith("Erasing a person is for admins of the office database")
    assert contacts.get_contact(owner, person.id).last_name == "Quarkowska"

    counts = erasure.erase_person(as_boss, person.id, actor=None)
    assert counts["people"] == 1 and counts["wiped"] == 0  # not the owner: no VACUUM FULL
    with owner.read() as session:
        assert session.get(Contact, person.id) is None
        assert list(session.scalars(select(Contact.id))) == []
    [entry] = audit.list_audit(owner, action="erase_person")
    assert entry.login == boss
    assert erasure.wipe_free_space(owner)  # the owner may rewrite every table
