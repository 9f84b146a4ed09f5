"""The inquiry form's History tab: a partner proposal's entries say, in words, which
organisation was proposed, where its proposal went, and why it was declined."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, inquiries, organisations, staff
from msek_desktop.core import partner_proposals as pp
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.i18n import Languages

TODAY = date(2026, 5, 20)
pytestmark = pytest.mark.usefixtures("asked")


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    yield new_database(tmp_path / "t.db")


@pytest.fixture
def ctx(db: Database, languages: Languages) -> AppContext:
    return AppContext(db, "anna", languages, today=lambda: TODAY)


def make_office(db: Database) -> dict[str, int]:
    """A Katowice inquiry, and three organisations of Saint-Étienne."""
    staff.create_staff(db, {"login": "anna", "full_name": "Anna Kowalska"})
    school = organisations.create_organisation(
        db, {"name": "Zespół Szkół Muzycznych", "side": "katowice", "city": "Katowice"}
    )
    ewa = contacts.create_contact(
        db,
        {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice",
         "organisation_id": school.id},
    )  # fmt: skip
    values = {"subject": "Piano teachers", "contact_id": ewa.id, "received_on": TODAY}
    ids = {"inquiry": inquiries.create_inquiry(db, values, actor="anna").id}
    for key, name in (("cite", "Cité du design"), ("massenet", "Conservatoire Massenet"),
                      ("fauriel", "Lycée Fauriel")):  # fmt: skip
        values = {"name": name, "side": "saint_etienne", "city": "Saint-Étienne"}
        ids[key] = organisations.create_organisation(db, values).id
    return ids


def history(qtbot: QtBot, ctx: AppContext, inquiry_id: int) -> list[str]:
    """The History tab's lines, newest first, without their time and author."""
    form = InquiryForm(ctx, inquiry_id)
    qtbot.addWidget(form)
    form.show()
    lines = [form.timeline.item(i).text() for i in range(form.timeline.count())]
    return [line.split(" — Anna Kowalska — ", 1)[1] for line in lines]


def test_partner_entries_name_the_organisation_in_words(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    ids = make_office(db)
    inquiry = ids["inquiry"]
    cite, massenet = pp.propose(db, inquiry, [ids["cite"], ids["massenet"]], actor="anna")
    pp.set_state(db, cite.id, "declined", reason="timing", note="in 2027", actor="anna")
    pp.propose(db, inquiry, [ids["massenet"]], state="contacted", actor="anna")
    pp.propose(db, inquiry, [ids["fauriel"]], state="interested", actor="anna")
    pp.withdraw(db, massenet.id, actor="anna")
    lines = history(qtbot, ctx, inquiry)
    assert lines[:6] == [
        "Partner Conservatoire Massenet: Contacted → Withdrawn",
        "Proposed partner Lycée Fauriel: Interested",
        "Partner Conservatoire Massenet: Proposed → Contacted",
        "Partner Cité du design: Proposed → Declined (Not now, maybe later — in 2027)",
        "Proposed partner Conservatoire Massenet",
        "Proposed partner Cité du design",
    ]
    assert not any("partner:" in line or "timing" in line for line in lines)


def test_a_declined_partners_own_words_stay_and_a_letter_is_said(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    """The note after the reason is the user's own text, kept as typed; a proposal moved
    by a letter naming the partner says so."""
    ids = make_office(db)
    [made] = pp.propose(db, ids["inquiry"], [ids["cite"]], actor="anna")
    pp.set_state(db, made.id, "declined", reason="no_capacity", actor="anna")
    pp.set_state(db, made.id, "accepted", note="timing — after all", actor="anna")
    with db.write() as session:
        pp.note_letter(session, ids["inquiry"], [ids["massenet"]], "contacted", None)
    form = InquiryForm(ctx, ids["inquiry"])
    qtbot.addWidget(form)
    lines = [form.timeline.item(i).text() for i in range(form.timeline.count())]
    assert lines[0].endswith(" — system — Proposed partner Conservatoire Massenet: Contacted"
                             " (letter generated)")  # fmt: skip
    assert lines[1].endswith(
        " — Anna Kowalska — Partner Cité du design: Declined → Accepted (timing — after all)"
    )
    assert lines[2].endswith(
        " — Anna Kowalska — Partner Cité du design: Proposed → Declined (No room or time)"
    )


def test_the_history_is_said_again_in_the_new_language(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    ids = make_office(db)
    with db.write() as session:
        pp.note_letter(session, ids["inquiry"], [ids["cite"]], "contacted", None)
    form = InquiryForm(ctx, ids["inquiry"])
    qtbot.addWidget(form)
    form.show()
    assert form.timeline.item(0).text().endswith(" (letter generated)")
    ctx.languages.switch("fr")
    qtbot.waitUntil(lambda: form.timeline.item(0).text().endswith(" (courrier généré)"))
    assert "Cité du design" in form.timeline.item(0).text()


@pytest.mark.parametrize(
    ("lang", "made", "sent"),
    [
        ("en", "letter generated: no. 1 (Polish)", "letter sent: no. 1"),
        ("fr", "courrier généré\u00a0: n°\u00a01 (polonais)", "courrier envoyé\u00a0: n°\u00a01"),
        ("pl", "wygenerowano list: nr 1 (polski)", "wysłano list: nr 1"),
    ],
)
def test_a_letter_is_said_by_its_number_and_language_in_words(
    qtbot: QtBot, ctx: AppContext, db: Database, lang: str, made: str, sent: str
) -> None:
    """Not "courrier généré: #1 (pl)": the number as the language writes it, the letter's
    language named in the window's language, the colon as its typography wants."""
    from msek_desktop.core import changes

    ids = make_office(db)
    anna = staff.get_staff(db, "anna").id
    with db.write() as session:
        changes.record(session, anna, "letter", inquiry_id=ids["inquiry"], new="#1 (pl)")
        changes.record(session, anna, "letter_sent", inquiry_id=ids["inquiry"], new="#1")
    ctx.languages.switch(lang)
    assert history(qtbot, ctx, ids["inquiry"])[:2] == [sent, made]
