"""The letter template editor: list, checked placeholders, insert, restore, preview, save."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from msek_desktop.core import db as db_module
from msek_desktop.core import staff, templates
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database
from msek_desktop.core.templates import TemplateRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs import placeholder_help, template_editor
from msek_desktop.ui.dialogs.template_editor import TemplateEditor
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.screens.settings import SettingsScreen

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

pytestmark = pytest.mark.usefixtures("asked")  # no question or notice blocks a test


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Iterator[Database]:
    database = new_database(tmp_path / "t.db")
    staff.create_staff(database, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, me="anowak", languages=Languages())


@pytest.fixture
def editor(qtbot: QtBot, ctx: AppContext) -> TemplateEditor:
    widget = TemplateEditor(ctx)
    qtbot.addWidget(widget)
    widget.retranslate()
    widget.refresh()
    return widget


def select_language(editor: TemplateEditor, language: str) -> None:
    row = next(i for i, r in enumerate(editor.model.rows) if r.language == language)
    editor.table.selectRow(row)
    assert editor.current is not None and editor.current.language == language


def test_lists_the_three_default_templates(editor: TemplateEditor) -> None:
    assert sorted(r.language for r in editor.model.rows) == ["en", "fr", "pl"]
    assert editor.current is not None
    assert editor.body.toPlainText() == editor.current.body
    editor.language_filter.set_code("pl")
    assert [r.language for r in editor.model.rows] == ["pl"]
    assert editor.name.text() == templates.default_template("pl").name


def test_models_pass_the_model_tester(editor: TemplateEditor, qtmodeltester: Any) -> None:
    qtmodeltester.check(editor.model)
    qtmodeltester.check(editor.placeholder_model)


def test_every_placeholder_is_listed_with_a_translatable_meaning(editor: TemplateEditor) -> None:
    assert [row[0] for row in editor.placeholder_model.rows] == list(templates.PLACEHOLDERS)
    assert set(placeholder_help.meanings()) == set(templates.PLACEHOLDERS)


def test_an_unknown_placeholder_is_named_and_nothing_is_saved(
    editor: TemplateEditor, db: Database
) -> None:
    select_language(editor, "en")
    before = templates.list_templates(db, "en")[0]
    editor.body.setPlainText("Dear {recipent_name},\n\nHello.")
    assert editor.save() is False
    error = editor.findChild(QLabel, "error_body")
    assert error is not None and error.isVisibleTo(editor)
    assert "{recipent_name}" in error.text()
    assert "{recipient_name}" in error.text()  # the hint: did you mean
    after = templates.list_templates(db, "en")[0]
    assert (after.body, after.version) == (before.body, before.version)


def test_placeholder_messages_are_worded_from_cores_data_not_its_english(
    editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templates.PlaceholderProblem, "english", lambda self: "Reworded.")
    select_language(editor, "en")
    editor.subject.setText("Proposal {")
    editor.body.setPlainText("Dear {recipent_name},")
    assert editor.save() is False
    body = editor.findChild(QLabel, "error_body")
    subject = editor.findChild(QLabel, "error_subject")
    assert body is not None and subject is not None
    assert body.text() == "Unknown placeholder {recipent_name}. Did you mean {recipient_name}?"
    assert subject.text() == "A lone {: write {{ to print a brace."


def test_a_lone_brace_in_the_subject_is_shown_under_the_subject(editor: TemplateEditor) -> None:
    editor.subject.setText("Proposal {")
    assert editor.save() is False
    error = editor.findChild(QLabel, "error_subject")
    assert error is not None and "{{" in error.text()


def test_a_valid_edit_is_saved(qtbot: QtBot, editor: TemplateEditor, db: Database) -> None:
    select_language(editor, "fr")
    editor.body.setPlainText("Madame, Monsieur,\n\n{partners}\n\nBien à vous.")
    assert editor.dirty
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = templates.list_templates(db, "fr")[0]
    assert saved.body == "Madame, Monsieur,\n\n{partners}\n\nBien à vous."
    assert saved.version == 2
    assert not editor.dirty
    assert editor.current == saved


def test_double_click_inserts_the_placeholder_at_the_cursor(
    qtbot: QtBot, editor: TemplateEditor
) -> None:
    editor.body.setPlainText("Hello  there")
    cursor = editor.body.textCursor()
    cursor.setPosition(6)
    editor.body.setTextCursor(cursor)
    row = list(templates.PLACEHOLDERS).index("recipient_first_name")
    index = editor.placeholder_model.index(row, 0)
    editor.placeholders.scrollTo(index)
    rect = editor.placeholders.visualRect(index)
    viewport = editor.placeholders.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.body.toPlainText() == "Hello {recipient_first_name} there"


def test_a_placeholder_goes_into_the_subject_when_it_was_the_last_field(
    qtbot: QtBot, editor: TemplateEditor
) -> None:
    editor.show()
    editor.subject.setText("About ")
    editor.subject.setFocus()
    qtbot.waitUntil(editor.subject.hasFocus)
    editor.subject.end(False)
    editor.placeholders.setFocus()
    editor.insert_placeholder(("inquiry_ref", ""))
    assert editor.subject.text() == "About {inquiry_ref}"


def test_restore_default_text(editor: TemplateEditor) -> None:
    select_language(editor, "pl")
    editor.subject.setText("Zmieniony temat")
    editor.body.setPlainText("Zmieniona treść")
    editor.restore_button.click()
    default = templates.default_template("pl")
    assert (editor.subject.text(), editor.body.toPlainText()) == (default.subject, default.body)


def test_a_new_template_is_saved_and_a_duplicate_name_is_refused(
    editor: TemplateEditor, db: Database, asked: Asked
) -> None:
    select_language(editor, "en")
    editor.new()
    assert editor.current is None and editor.name.text() == ""
    assert editor.language.code() == "en"
    assert not editor.delete_button.isEnabled()
    editor.name.setText("Partnership proposal")  # the default's name
    assert editor.save() is False
    error = editor.findChild(QLabel, "error_name")
    assert error is not None and error.isVisibleTo(editor) and "name" in error.text()
    editor.name.setText("Short letter")
    assert editor.save() is True
    names = [t.name for t in templates.list_templates(db, "en")]
    assert names == ["Partnership proposal", "Short letter"]
    assert editor.current is not None and editor.current.name == "Short letter"
    assert asked.shown == []  # nothing was left unsaved


def test_delete_asks_first(editor: TemplateEditor, db: Database, asked: Asked) -> None:
    asked.answers["confirm"] = True
    editor.new()
    editor.language.set_code("fr")
    editor.name.setText("Lettre courte")
    assert editor.save()
    editor.delete_button.click()
    assert len(asked.shown) == 1 and "Lettre courte" in asked.texts("confirm")[0]
    assert [t.name for t in templates.list_templates(db, "fr")] == [
        templates.default_template("fr").name
    ]


def test_delete_can_be_declined(editor: TemplateEditor, db: Database, asked: Asked) -> None:
    asked.answers["confirm"] = False
    editor.delete_button.click()
    assert len(templates.list_templates(db)) == 3


def test_switching_template_with_unsaved_changes_asks(editor: TemplateEditor, asked: Asked) -> None:
    select_language(editor, "en")
    editor.body.setPlainText("Unsaved words")
    asked.answers["confirm"] = False
    other = next(i for i, r in enumerate(editor.model.rows) if r.language == "fr")
    editor.table.selectRow(other)
    assert editor.current is not None and editor.current.language == "en"
    assert editor.body.toPlainText() == "Unsaved words"
    selected = editor.table.selectionModel().selectedRows()
    assert [editor.model.row_at(i).language for i in selected] == ["en"]


def saved_by_someone_else(editor: TemplateEditor, db: Database) -> TemplateRow:
    """The English template, shown in the editor, then saved by someone else with their text;
    the editor's text changed meanwhile."""
    select_language(editor, "en")
    row = editor.current
    assert row is not None
    theirs = {"body": "Their text {partners}"}
    templates.save_template(db, theirs, template_id=row.id, expected_version=row.version)
    editor.body.setPlainText("My text {partners}")
    return row


def test_a_stale_save_is_a_conflict_and_overwrites_nothing(
    editor: TemplateEditor, db: Database, asked: Asked
) -> None:
    row = saved_by_someone_else(editor, db)
    assert editor.save() is False
    assert len(asked.shown) == 1 and asked.shown[0][0] == "ask_reload"  # "Someone else saved"
    assert templates.get_template(db, row.id).body == "Their text {partners}"
    assert editor.body.toPlainText() == "My text {partners}"  # kept, not lost


def test_a_conflict_can_reload_their_text(
    editor: TemplateEditor, db: Database, asked: Asked
) -> None:
    saved_by_someone_else(editor, db)
    asked.answers["ask_reload"] = True
    assert editor.save() is False
    assert editor.body.toPlainText() == "Their text {partners}"
    assert not editor.dirty


def test_each_refused_field_is_marked_under_it_in_one_save(
    editor: TemplateEditor, db: Database
) -> None:
    select_language(editor, "en")
    editor.name.clear()
    editor.body.setPlainText("Dear {recipent_name},")
    assert editor.save() is False
    name, body = editor.findChild(QLabel, "error_name"), editor.findChild(QLabel, "error_body")
    assert name is not None and name.isVisibleTo(editor) and name.text() == "Required."
    assert body is not None and "{recipent_name}" in body.text()
    assert templates.list_templates(db, "en")[0].name == templates.default_template("en").name


@pytest.fixture
def read_only_editor(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TemplateEditor]:
    """The editor on the office file as one this user may not write (the defaults in it)."""
    templates.list_templates(db)  # the shipped templates written while it could be
    monkeypatch.setattr(db_module, "writable", lambda _path: False)
    read_only = open_database(db.path)
    widget = TemplateEditor(AppContext(db=read_only, me="anowak", languages=Languages()))
    qtbot.addWidget(widget)
    widget.retranslate()
    widget.refresh()
    yield widget
    read_only.dispose()


READ_ONLY = ("warn", "Letter templates", "The database is read-only: changes cannot be saved.")


@pytest.mark.database_file  # a read-only database file
def test_saving_to_a_read_only_database_warns_and_keeps_the_text(
    read_only_editor: TemplateEditor, db: Database, asked: Asked
) -> None:
    select_language(read_only_editor, "en")
    read_only_editor.body.setPlainText("My text {partners}")
    assert read_only_editor.save() is False
    assert asked.shown == [READ_ONLY]
    assert read_only_editor.body.toPlainText() == "My text {partners}"
    assert read_only_editor.dirty
    assert templates.list_templates(db, "en")[0].body == templates.default_template("en").body


@pytest.mark.database_file  # a read-only database file
def test_deleting_from_a_read_only_database_warns_and_deletes_nothing(
    read_only_editor: TemplateEditor, db: Database, asked: Asked
) -> None:
    asked.answers["confirm"] = True
    read_only_editor.delete_button.click()
    assert [kind for kind, _title, _text in asked.shown] == ["confirm", "warn"]
    assert asked.shown[1] == READ_ONLY
    assert len(templates.list_templates(db)) == 3


def test_preview_renders_the_template_with_sample_data(
    editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[dict[str, Any]] = []
    monkeypatch.setattr(
        template_editor, "show_letter", lambda parent, pdf, **kw: shown.append({"pdf": pdf, **kw})
    )
    select_language(editor, "pl")
    editor.preview_button.click()
    assert len(shown) == 1
    assert shown[0]["pdf"].startswith(b"%PDF")
    assert shown[0]["suggested_name"].endswith(".pdf")
    assert templates.default_template("pl").name in shown[0]["title"]


def test_preview_with_an_unknown_placeholder_shows_the_error_instead(
    editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[bytes] = []
    monkeypatch.setattr(template_editor, "show_letter", lambda parent, pdf, **kw: shown.append(pdf))
    editor.body.setPlainText("{signr_name}")
    editor.preview_button.click()
    assert shown == []
    error = editor.findChild(QLabel, "error_body")
    assert error is not None and "{signr_name}" in error.text()


def test_settings_has_a_letter_templates_tab(qtbot: QtBot, ctx: AppContext) -> None:
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert "Letter templates" in titles
    page = screen.tabs.widget(titles.index("Letter templates"))
    assert isinstance(page, TemplateEditor)
    assert page.model.rowCount() == 3


def test_a_placeholder_goes_into_an_empty_body(editor: TemplateEditor) -> None:
    editor.body.clear()
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_placeholder(("date", ""))
    assert editor.body.toPlainText() == "{date}"


def test_preview_opens_the_letter_preview(qtbot: QtBot, editor: TemplateEditor) -> None:
    # the preview is another engineer's file: this test runs once it is there
    letter_preview = pytest.importorskip("msek_desktop.ui.dialogs.letter_preview")
    LetterPreview = letter_preview.LetterPreview

    select_language(editor, "fr")
    editor.preview_button.click()
    previews = editor.findChildren(LetterPreview)
    assert len(previews) == 1
    preview = previews[0]
    assert preview.isVisible()
    assert templates.default_template("fr").name in preview.windowTitle()
    assert preview.suggested_name.endswith(".pdf")
    preview.close()
