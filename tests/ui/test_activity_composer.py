"""The activity composer (ui/forms/activity_composer): a call, a note, an email sent or a
meeting logged in one line, Enter or Ctrl+Enter, who and when kept; refusals said under the
line with nothing written and nothing typed lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from msek_desktop.core import activities, changes, contacts, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.activity_composer import ActivityComposer
from msek_desktop.ui.i18n import Languages


@pytest.fixture
def ctx(tmp_path: Path, new_database: Callable[..., Database], languages: Languages) -> AppContext:
    db = new_database(tmp_path / "c.db")
    staff.create_staff(db, {"login": "anna", "full_name": "Anna Kowalska"})
    return AppContext(db, "anna", languages)


@pytest.fixture
def person(ctx: AppContext) -> int:
    return contacts.create_contact(
        ctx.db, {"first_name": "Ewa", "last_name": "Wiśniewska", "side": "katowice"}
    ).id


def composer_on(qtbot: QtBot, ctx: AppContext, **target: int) -> ActivityComposer:
    composer = ActivityComposer(ctx)
    qtbot.addWidget(composer)
    composer.set_target(**target)
    composer.show()
    return composer


def timeline(db: Database, **target: int) -> list[tuple[str, str, str | None]]:
    with db.read() as session:
        return [(e.kind, e.new_value, e.who) for e in changes.timeline(session, **target)]


def test_enter_logs_a_call_with_who_and_when_and_clears_the_line(
    qtbot: QtBot, ctx: AppContext, person: int
) -> None:
    composer = composer_on(qtbot, ctx, contact_id=person)
    heard: list[object] = []
    composer.logged.connect(heard.append)
    assert composer.kind() == "call"
    qtbot.keyClicks(composer.line, "Called Ewa: she comes in May")
    with qtbot.waitSignal(ctx.events.data_changed):
        qtbot.keyClick(composer.line, Qt.Key.Key_Return)
    assert timeline(ctx.db, contact_id=person)[-1] == (
        "call", "Called Ewa: she comes in May", "anna"
    )  # fmt: skip
    [row] = heard
    assert row.who == "anna" and row.kind == "call"  # type: ignore[attr-defined]
    assert abs(datetime.now(UTC).replace(tzinfo=None) - row.at) < timedelta(minutes=1)  # type: ignore[attr-defined]
    assert composer.line.text() == ""


def test_details_are_logged_under_the_line_with_ctrl_enter(
    qtbot: QtBot, ctx: AppContext, person: int
) -> None:
    organisation = organisations.create_organisation(
        ctx.db, {"name": "Cité du design", "side": "saint_etienne"}
    ).id
    composer = composer_on(qtbot, ctx, organisation_id=organisation)
    composer.set_kind("meeting")
    composer.line.setText("Met the director")
    qtbot.mouseClick(composer.details_button, Qt.MouseButton.LeftButton)
    assert composer.details.isVisible()
    qtbot.keyClicks(composer.details, "Two classes, 40 pupils.")
    qtbot.keyClick(composer.details, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert timeline(ctx.db, organisation_id=organisation)[-1] == (
        "meeting", "Met the director\nTwo classes, 40 pupils.", "anna"
    )  # fmt: skip
    assert composer.details.toPlainText() == "" and not composer.details.isVisible()


def test_an_empty_summary_is_refused_under_the_line_and_nothing_is_written(
    qtbot: QtBot, ctx: AppContext, person: int
) -> None:
    """Details without a summary line are not taken as the summary: the line is asked for."""
    composer = composer_on(qtbot, ctx, contact_id=person)
    before = timeline(ctx.db, contact_id=person)
    composer.set_kind("note")
    composer.show_details(True)
    composer.details.setPlainText("Only details")
    composer.line.setText("   ")
    assert composer.log() is None
    assert timeline(ctx.db, contact_id=person) == before
    assert composer.error.isVisible() and composer.error.text() == "Required."
    assert composer.details.toPlainText() == "Only details"  # nothing typed is lost
    composer.line.setText("x" * (activities.SUMMARY_MAX + 1))
    composer.log_button.click()
    assert composer.error.text() == "Too long: at most 200 characters."
    assert composer.line.text() == "x" * (activities.SUMMARY_MAX + 1)
    assert timeline(ctx.db, contact_id=person) == before
    qtbot.keyClicks(composer.line, "y")
    assert composer.error.isHidden()  # the mark goes with the next edit


def test_a_refusal_is_said_in_the_windows_language(
    qtbot: QtBot, ctx: AppContext, person: int
) -> None:
    composer = composer_on(qtbot, ctx, contact_id=person)
    composer.log()
    ctx.languages.switch("fr")
    qtbot.waitUntil(lambda: composer.error.text() == "Obligatoire.")


def test_a_person_in_the_bin_is_said_gone_and_the_text_kept(
    qtbot: QtBot, ctx: AppContext, person: int
) -> None:
    composer = composer_on(qtbot, ctx, contact_id=person)
    contacts.set_deleted(ctx.db, person, True, actor="anna")
    composer.line.setText("Called back")
    assert composer.log() is None
    assert "no longer exists" in composer.error.text()
    assert composer.line.text() == "Called back"


def test_the_target_and_the_kind_are_checked(qtbot: QtBot, ctx: AppContext) -> None:
    composer = ActivityComposer(ctx)
    qtbot.addWidget(composer)
    assert not composer.isEnabled()  # nothing to log on yet
    with pytest.raises(ValueError, match="expected"):
        composer.set_target(inquiry_id=1, contact_id=2)
    with pytest.raises(ValueError, match="expected"):
        composer.set_target(staff_id=1)
    with pytest.raises(ValueError, match="'lunch'"):
        composer.set_kind("lunch")
    composer.set_target(inquiry_id=1)
    assert composer.isEnabled() and composer.target() == {"inquiry_id": 1}
