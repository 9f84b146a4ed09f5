"""Email templates in the template editor: a Letters / Emails switch above the list, the same
fields, placeholders and checks as a letter's; an email template is fixed (one per language
and name: changed or given its shipped text back, never made or deleted)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from msek_desktop.core import staff, templates
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.template_editor import TemplateEditor
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

pytestmark = pytest.mark.usefixtures("asked")  # no question or notice blocks a test
NAMES = ["Reply", "Proposal", "Follow-up", "Introduction to a partner"]


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    yield database
    database.dispose()


@pytest.fixture
def editor(qtbot: QtBot, db: Database) -> TemplateEditor:
    widget = TemplateEditor(AppContext(db=db, me="anowak", languages=Languages()))
    qtbot.addWidget(widget)
    widget.retranslate()
    widget.refresh()
    widget.show()
    return widget


def emails_shown(editor: TemplateEditor) -> None:
    editor.list.kinds.setCurrentIndex(1)
    assert editor.kind.purpose == templates.EMAIL


def pick(editor: TemplateEditor, language: str, name: str) -> None:
    keys = [(r.language, r.name) for r in editor.model.rows]
    editor.table.selectRow(keys.index((language, name)))
    current = editor.current
    assert current is not None and (current.language, current.name) == (language, name)


def test_the_switch_lists_the_email_templates_by_language_and_name(editor: TemplateEditor) -> None:
    kinds = editor.list.kinds
    assert [kinds.tabText(i) for i in range(kinds.count())] == ["Letters", "Emails"]
    assert {r.language for r in editor.model.rows} == {"fr", "pl", "en"}
    assert all(r.name not in templates.EMAIL_NAMES for r in editor.model.rows)
    emails_shown(editor)
    rows = editor.model.rows
    assert sorted((r.language, r.name) for r in rows) == sorted(
        (lang, name) for lang in ("en", "fr", "pl") for name in templates.EMAIL_NAMES
    )
    editor.language_filter.set_code("pl")
    shown = [editor.model.index(n, 1).data() for n in range(editor.model.rowCount())]
    assert shown == NAMES
    assert editor.labels["body"].text() == "Text of the email:"


def test_an_email_template_is_changed_never_made_or_deleted(editor: TemplateEditor) -> None:
    emails_shown(editor)
    assert editor.new_button.isHidden() and editor.delete_button.isHidden()
    assert not editor.language.isEnabled() and editor.name.isReadOnly()
    assert not editor.preview_button.isEnabled()  # a letter's preview, on paper
    pick(editor, "pl", "followup")
    assert editor.name.text() == "Follow-up"
    editor.new()
    assert editor.current is not None and editor.current.name == "followup"
    editor.list.kinds.setCurrentIndex(0)  # letters again: all of it back
    assert not editor.new_button.isHidden() and editor.language.isEnabled()
    assert editor.preview_button.isEnabled() and not editor.name.isReadOnly()


def test_a_changed_email_template_is_saved_as_an_email_one(
    editor: TemplateEditor, db: Database
) -> None:
    letters_before = templates.list_templates(db)
    emails_shown(editor)
    pick(editor, "pl", "reply")
    editor.subject.setText("Odpowiedź w sprawie {inquiry_subject}")
    assert editor.save()
    saved = templates.email_template(db, "pl", "reply")
    assert saved.subject == "Odpowiedź w sprawie {inquiry_subject}"
    assert templates.list_templates(db) == letters_before
    assert editor.current is not None and editor.current.id == saved.id


def test_an_unknown_placeholder_is_named_as_in_a_letter(
    editor: TemplateEditor, db: Database
) -> None:
    emails_shown(editor)
    pick(editor, "fr", "proposal")
    before = templates.email_template(db, "fr", "proposal")
    editor.body.setPlainText("Bonjour {recipient_nam},")
    assert not editor.save()
    assert "recipient_nam" in editor.errors["body"].text()
    assert templates.email_template(db, "fr", "proposal") == before


def test_restore_gives_the_shipped_text_of_that_email(editor: TemplateEditor) -> None:
    emails_shown(editor)
    pick(editor, "en", "introduction")
    editor.body.setPlainText("Hello")
    editor.restore_default()
    shipped = templates.email_default("en", "introduction")
    assert (editor.subject.text(), editor.body.toPlainText()) == (shipped.subject, shipped.body)


def test_switching_with_changes_not_saved_asks_first(editor: TemplateEditor, asked: Asked) -> None:
    editor.body.setPlainText("Changed")
    editor.list.kinds.setCurrentIndex(1)  # asked: No (the default answer)
    assert [kind for kind, _title, _text in asked.shown] == ["confirm"]
    assert editor.kind.purpose == templates.LETTER and editor.list.kinds.currentIndex() == 0
    assert editor.body.toPlainText() == "Changed"
