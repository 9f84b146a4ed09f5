"""What the tests of Write email… share (imported by name into those modules): an office with
an inquiry from Ewa Wiśniewska (Polish, with an address) and a partner to propose, the
window's context as anowak, and the system's mailto: and file: handler replaced through
QDesktopServices' own hook, keeping what would have gone to the mail program."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from msek_desktop.core import contacts, inquiries, organisations, staff
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.core.rows import ContactRow, InquiryRow, OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import Languages


class Opener(QObject):
    """The system's handler of mailto: and file: URLs for the test (QDesktopServices'
    own hook): what would have gone to the mail program."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def take(self, url: QUrl) -> None:
        self.urls.append(QUrl(url))


@pytest.fixture
def opened(qapp: object) -> Iterator[list[QUrl]]:
    handler = Opener()
    for scheme in ("mailto", "file"):
        QDesktopServices.setUrlHandler(scheme, handler, "take")  # type: ignore[arg-type]
    yield handler.urls
    for scheme in ("mailto", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "e.db")
    staff.create_staff(
        database, {"login": "anowak", "full_name": "Agnieszka Nowak", "email": "an@msek.example"}
    )
    staff.create_staff(database, {"login": "marc", "full_name": "Marc Rivière"})
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db, "anowak", Languages())


@pytest.fixture
def school(db: Database) -> OrganisationRow:
    values = {"name": "Szkoła Muzyczna w Łodzi", "side": "katowice", "city": "Łódź"}
    return organisations.create_organisation(db, values, actor="anowak")


@pytest.fixture
def ewa(db: Database, school: OrganisationRow) -> ContactRow:
    values = {
        "first_name": "Ewa", "last_name": "Wiśniewska", "email": "ewa@szkola.example.pl",
        "language": "pl", "organisation_id": school.id, "side": "katowice",
    }  # fmt: skip
    return contacts.create_contact(db, values, actor="anowak")


@pytest.fixture
def inquiry(db: Database, ewa: ContactRow) -> InquiryRow:
    values = {"subject": "Wymiana uczniów", "contact_id": ewa.id}
    return inquiries.create_inquiry(db, values, actor="anowak")


@pytest.fixture
def cite(db: Database, inquiry: InquiryRow) -> OrganisationRow:
    """A partner proposed for the inquiry, with an address."""
    values = {
        "name": "Cité du design", "side": "saint_etienne", "city": "Saint-Étienne",
        "email": "contact@cite.example.fr",
    }  # fmt: skip
    org = organisations.create_organisation(db, values, actor="anowak")
    pp.propose(db, inquiry.id, [org.id], actor="anowak")
    return org
