"""The template editor (a Settings tab): letters' and emails' subject and body per language
(template_kinds: a switch above the list), with a preview of a letter.

Placeholders are checked by core.templates before saving and before a preview; an unknown
one is named under its field (with the name probably meant) and nothing is saved. The
preview prints the template with made-up facts, through the letter service (ctx.letters),
which loads ReportLab on first use, not when the window opens. The list of templates is in
template_list.py, the placeholders to insert and their wording in placeholder_help.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import templates
from msek_desktop.core.errors import UserError
from msek_desktop.core.templates import TemplateRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.placeholder_help import PlaceholderHelp, meanings, placeholder_errors
from msek_desktop.ui.dialogs.template_kinds import KINDS
from msek_desktop.ui.dialogs.template_list import TemplateList
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels, questions
from msek_desktop.ui.kit.error_texts import field_message
from msek_desktop.ui.kit.fields import error_label, show_error, with_field
from msek_desktop.ui.kit.layouts import STRETCH, button_row
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import label_fields, name_all
from msek_desktop.ui.kit.widgets import CodeCombo
from msek_desktop.ui.kit.writes import run_write

__all__ = ["FIELDS", "TemplateEditor", "meanings", "show_letter"]

FIELDS = ("language", "name", "subject", "body")


def show_letter(parent: QWidget, pdf: bytes, *, title: str, suggested_name: str) -> QWidget:
    """The in-window PDF preview, open beside the editor (not blocking it)."""
    from msek_desktop.ui.dialogs.letter_preview import LetterPreview  # pypdfium2 on first use

    dialog = LetterPreview(pdf, title=title, suggested_name=suggested_name, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class TemplateEditor(QWidget):
    """Templates per kind and language: list, fields, placeholders to insert, preview, save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: TemplateRow | None = None  # None: a new template not saved yet
        self.dirty = False
        self._loading = False
        self.list = TemplateList()
        self.kind = self.list.kind()  # letters or emails
        self.language_filter, self.model, self.table = (
            self.list.language_filter, self.list.model, self.list.table,
        )  # fmt: skip
        self.new_button, self.delete_button = self.list.new_button, self.list.delete_button
        self.language = CodeCombo(labels.LANGUAGES)
        self.name = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.errors = {field: error_label(field) for field in FIELDS}
        self.labels = {field: QLabel() for field in FIELDS}
        self.restore_button = QPushButton()
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveTemplate")
        self.help = PlaceholderHelp()
        self.placeholders, self.placeholder_model = self.help.table, self.help.model
        self._target: QLineEdit | QPlainTextEdit = self.body
        self._layout()
        self._connect()

    # -- layout ---------------------------------------------------------------------------

    def _layout(self) -> None:
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        for part in (self.list, self._form_part(), self.help):
            splitter.addWidget(part)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([290, 490, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        order = (
            self.language_filter, self.table, self.new_button, self.delete_button,
            self.language, self.name, self.subject, self.body, self.restore_button,
            self.preview_button, self.save_button, self.placeholders,
        )  # fmt: skip
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _form_part(self) -> QWidget:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = {"language": self.language, "name": self.name, "subject": self.subject}
        for field, widget in fields.items():
            widget.setObjectName(f"template_{field}")
            self.labels[field].setBuddy(widget)
            form.addRow(self.labels[field], with_field(widget, self.errors[field]))
        self.body.setObjectName("template_body")
        self.labels["body"].setBuddy(self.body)
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addLayout(form)
        layout.addWidget(self.labels["body"])
        layout.addWidget(self.body, 1)
        layout.addWidget(self.errors["body"])
        buttons = (self.restore_button, STRETCH, self.preview_button, self.save_button)
        layout.addLayout(button_row(*buttons))
        return part

    def _connect(self) -> None:
        self.list.kinds.currentChanged.connect(self._switch_kind)
        self.language_filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        for button, slot in (
            (self.new_button, self.new),
            (self.delete_button, self.delete),
            (self.restore_button, self.restore_default),
            (self.preview_button, self.preview),
            (self.save_button, self.save),
        ):
            button.clicked.connect(slot)
        self.help.picked.connect(self.insert_placeholder)
        self.language.currentIndexChanged.connect(self._edited)
        for edit in (self.name, self.subject):
            edit.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A placeholder goes into the text field the user was last in: subject or body.
        if event.type() == QEvent.Type.FocusIn:
            if watched is self.subject:
                self._target = self.subject
            elif watched is self.body:
                self._target = self.body
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        label_fields(
            (
                self.labels["language"],
                self.language,
                tr("Templates", "Language"),
                tr("Templates", "Language of the template"),
            ),
            (
                self.labels["name"],
                self.name,
                tr("Templates", "Name"),
                tr("Templates", "Name of the template"),
            ),
            (
                self.labels["subject"],
                self.subject,
                tr("Templates", "Subject"),
                self.kind.subject(),
            ),
            (self.labels["body"], self.body, self.kind.body()),
            suffix=":",
        )
        name_all(
            (self.new_button, tr("Templates", "New"), tr("Templates", "New template")),
            (
                self.delete_button,
                tr("Templates", "Delete…"),
                tr("Templates", "Delete the template"),
            ),
            (
                self.restore_button,
                tr("Templates", "Restore default text"),
                tr("Templates", "Restore the default text of this language"),
            ),
            (
                self.preview_button,
                tr("Templates", "Preview…"),
                tr("Templates", "Preview the letter with sample data"),
            ),
            (self.save_button, tr("Templates", "Save"), tr("Templates", "Save the template")),
        )
        self.language.retranslate()
        self.list.retranslate()
        self.help.retranslate()

    # -- list and selection ---------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows = templates.list_templates(
                self.ctx.db, self.language_filter.code(), purpose=self.kind.purpose
            )
        except UserError as exc:  # e.g. a read-only database: said once, not in a box
            self.ctx.events.error.emit(user_message(exc))
            return
        self.list.show_rows(rows)
        current = self.list.row_of(self.current.id if self.current else None)
        if current >= 0:
            self.list.select(current)
            if not self.dirty:
                self.load(rows[current])
        elif not self.dirty and rows:
            # first the template in the window's language: the one staff most likely edit
            first = next((n for n, r in enumerate(rows) if r.language == self.ctx.language), 0)
            self.list.select(first)
            self.load(rows[first])
        elif not self.dirty:
            self.new()

    def _picked(self) -> None:
        row = self.list.picked()
        if row is None or (self.current is not None and row.id == self.current.id):
            return
        if not self._may_discard():
            self.list.select(self.list.row_of(self.current.id if self.current else None))
            return
        self.load(row)

    def _may_discard(self) -> bool:
        return not self.dirty or questions.confirm(
            self,
            self.kind.title(),
            tr("Templates", "Discard your changes to this template?"),
        )

    def _switch_kind(self, _index: int) -> None:
        """Letters or emails: the list of the other kind (unsaved changes asked about)."""
        if self.list.kind() is self.kind:
            return
        if not self._may_discard():  # back to the kind shown (which calls this again)
            self.list.kinds.setCurrentIndex(KINDS.index(self.kind))
            return
        self.kind, self.current, self.dirty = self.list.kind(), None, False
        self.list.show_kind()
        for widget in (self.preview_button, self.language):  # a letter's; fixed for an email
            widget.setEnabled(not self.kind.fixed)
        self.name.setReadOnly(self.kind.fixed)
        self.retranslate()
        self.refresh()

    # -- the form -------------------------------------------------------------------------

    def load(self, row: TemplateRow | None, language: str | None = None) -> None:
        self._loading = True
        self.current = row
        shown = row if row is not None else self.kind.default(language or "fr")
        self.language.set_code(shown.language)
        self.name.setText(self.kind.name_text(row.name) if row is not None else "")
        self.subject.setText(shown.subject)
        self.body.setPlainText(shown.body)
        self._loading = False
        self.dirty = False
        self.delete_button.setEnabled(row is not None and not self.kind.fixed)
        self._show_errors({})

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True

    def values(self) -> dict[str, str | None]:
        return {
            "language": self.language.code(),
            "name": self.current.name if self.kind.fixed and self.current else self.name.text(),
            "subject": self.subject.text(),
            "body": self.body.toPlainText(),
        }

    def _show_errors(self, texts: dict[str, list[str]]) -> None:
        """Each field's messages under it, already in the window's language."""
        for field, label in self.errors.items():
            show_error(label, "\n".join(texts.get(field, [])) or None)

    def new(self) -> None:
        if self.kind.fixed or not self._may_discard():
            return
        language = self.language_filter.code() or self.language.code() or self.ctx.language
        self.list.select(-1)
        self.load(None, language if language in labels.LANGUAGES else "fr")
        self.dirty = True  # a new template is unsaved work
        self.name.setFocus()

    def restore_default(self) -> None:
        default = self.kind.default(self.language.code() or "fr", getattr(self.current, "name", ""))
        self.subject.setText(default.subject)
        self.body.setPlainText(default.body)

    def insert_placeholder(self, row: tuple[str, str]) -> None:
        token = f"{{{row[0]}}}"
        if self._target is self.subject:
            self.subject.insert(token)
        else:
            self.body.insertPlainText(token)
        self._target.setFocus()

    # -- actions --------------------------------------------------------------------------

    def save(self) -> bool:
        current, values = self.current, self.values()
        row = run_write(
            self,
            self.kind.title(),
            lambda: templates.save_template(
                self.ctx.db,
                values,
                template_id=current.id if current else None,
                expected_version=current.version if current else None,
                purpose=self.kind.purpose,
            ),
            marks=lambda refused: self._show_errors(self._save_errors(refused, values)),
            reload=self._reload,
        )
        if row is None:
            return False
        self.current, self.dirty = row, False
        self.refresh()
        self.ctx.events.info.emit(self.kind.saved())
        return True

    @staticmethod
    def _save_errors(
        refused: Mapping[str, str], values: dict[str, str | None]
    ) -> dict[str, list[str]]:
        """Core's refusals by field, translated; placeholder problems worded from their data."""
        texts = placeholder_errors(values)
        for field, message in refused.items():
            if message not in templates.problems(values.get(field) or ""):
                texts.setdefault(field, []).append(field_message(message))
        return texts

    def _reload(self) -> None:
        """Someone else saved the template and the user chose theirs: the text on screen goes."""
        self.dirty = False
        self.refresh()

    def _warn(self, exc: UserError) -> None:
        questions.warn(self, self.kind.title(), user_message(exc))

    def delete(self) -> None:
        if self.current is None or self.kind.fixed or not questions.confirm(
            self,
            tr("Templates", "Delete the template"),
            tr("Templates", "Delete the template “%1”? Letters already made keep their text.")
            .replace("%1", self.current.name),
        ):  # fmt: skip
            return
        template_id = self.current.id
        run_write(
            self,
            self.kind.title(),
            lambda: templates.delete_template(self.ctx.db, template_id, purpose=self.kind.purpose),
        )
        self.current, self.dirty = None, False
        self.refresh()

    def preview(self) -> None:
        from msek_desktop.letters import files

        values = self.values()
        wrong = placeholder_errors(values)
        self._show_errors(wrong)
        if wrong:
            return
        language = str(values["language"] or "fr")
        try:  # ReportLab on first use
            pdf = self.ctx.letters.preview_template(
                language, str(values["subject"]), str(values["body"])
            )
        except UserError as exc:
            self._warn(exc)
            return
        name = self.name.text().strip() or tr("Templates", "Letter template")
        show_letter(
            self,
            pdf,
            title=tr("Templates", "Preview: %1").replace("%1", name),
            suggested_name=files.safe_filename(name),
        )
