"""The letter template editor (a Settings tab): subject and body per language, with a preview.

Placeholders are checked by core.templates before saving and before a preview; an unknown
one is named under its field (with the name probably meant) and nothing is saved. The
preview prints the template with made-up facts, through the letter service (ctx.letters),
which loads ReportLab on first use, not when the window opens.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import templates
from msek_desktop.core.errors import ConflictError, UserError, ValidationError
from msek_desktop.core.templates import TemplateRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.fields import error_label, show_error, with_field
from msek_desktop.ui.kit.messages import field_message, user_message
from msek_desktop.ui.kit.table import Column, TipRowsModel
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable

FIELDS = ("language", "name", "subject", "body")


def meanings() -> dict[str, str]:
    """What each core.templates.PLACEHOLDERS name stands for, in the window's language."""
    return {
        "recipient_name": tr(
            "Templates", "the person's first and last name (or the organisation's name)"
        ),
        "recipient_first_name": tr("Templates", "the person's first name"),
        "recipient_last_name": tr("Templates", "the person's last name"),
        "recipient_honorific": tr(
            "Templates", "Madame / Monsieur, Pani / Pan, Ms / Mr (empty when unknown)"
        ),
        "recipient_organisation": tr("Templates", "the organisation the person writes for"),
        "recipient_city": tr("Templates", "the recipient's city"),
        "address_nom": tr("Templates", "Polish form of address, nominative: Pani / Pan / Państwo"),
        "address_gen": tr("Templates", "Polish form of address, genitive: Pani / Pana / Państwa"),
        "address_dat": tr("Templates", "Polish form of address, dative: Pani / Panu / Państwu"),
        "address_acc": tr(
            "Templates", "Polish form of address, accusative: Panią / Pana / Państwa"
        ),
        "address_ins": tr(
            "Templates", "Polish form of address, instrumental: Panią / Panem / Państwem"
        ),
        "address_loc": tr("Templates", "Polish form of address, locative: Pani / Panu / Państwu"),
        "inquiry_ref": tr("Templates", "the inquiry's reference, e.g. 2026-0012"),
        "inquiry_date": tr("Templates", "the day the inquiry was received, in words"),
        "inquiry_subject": tr("Templates", "the inquiry's subject"),
        "inquiry_fields": tr("Templates", "the fields of exchange, e.g. music and education"),
        "desired_counterpart": tr(
            "Templates", "the counterpart the person hoped for, as they wrote it"
        ),
        "other_side": tr(
            "Templates", "the city where a counterpart is proposed: Saint-Étienne or Katowice"
        ),
        "partners": tr(
            "Templates", "the paragraph proposing the partner organisations and what they offer"
        ),
        "partner_names": tr("Templates", "the partner organisations' names"),
        "signer_name": tr("Templates", "the name of the staff member who signs"),
        "signer_title": tr("Templates", "the signer's title in the letter's language"),
        "signer_email": tr("Templates", "the signer's email"),
        "signer_phone": tr("Templates", "the signer's phone"),
        "signer_contact": tr("Templates", "the signer's name with email and phone"),
        "office_name": tr("Templates", "the office's name"),
        "office_city": tr("Templates", "the office's city"),
        "office_phone": tr("Templates", "the office's phone"),
        "office_email": tr("Templates", "the office's email"),
        "office_website": tr("Templates", "the office's website"),
        "date": tr("Templates", "the letter's date, in words"),
    }


def placeholder_text(problem: templates.PlaceholderProblem) -> str:
    """A placeholder problem (core.templates) in the window's language."""
    if problem.kind == "lone":
        return tr("Templates", "A lone %1: write %1%1 to print a brace.").replace(
            "%1", problem.token
        )
    text = tr("Templates", "Unknown placeholder %1.").replace("%1", f"{{{problem.token}}}")
    if problem.suggestion:
        meant = f"{{{problem.suggestion}}}"
        text += " " + tr("Templates", "Did you mean %1?").replace("%1", meant)
    return text


def placeholder_errors(values: dict[str, str | None]) -> dict[str, list[str]]:
    """What is wrong with the placeholders of the subject and body, by field, translated."""
    found = {f: templates.find_problems(values[f] or "") for f in ("subject", "body")}
    return {f: [placeholder_text(p) for p in problems] for f, problems in found.items() if problems}


def problem_text(message: str) -> str:
    """A core template message in the window's language."""
    return field_message(message)


def template_columns() -> list[Column]:
    return [
        Column(
            "language",
            lambda: tr("Templates", "Language"),
            lambda r: labels.label(labels.LANGUAGES, r.language),
        ),
        Column("name", lambda: tr("Templates", "Name"), lambda r: r.name),
    ]


def placeholder_columns() -> list[Column]:
    return [
        Column("name", lambda: tr("Templates", "Placeholder"), lambda row: f"{{{row[0]}}}"),
        Column("meaning", lambda: tr("Templates", "What it stands for"), lambda row: row[1]),
    ]


def fit_placeholders(table: QTableView) -> None:
    """The names whole; their meanings wrap onto as many lines as they need."""
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def show_letter(parent: QWidget, pdf: bytes, *, title: str, suggested_name: str) -> QWidget:
    """The in-window PDF preview, open beside the editor (not blocking it)."""
    from msek_desktop.ui.dialogs.letter_preview import LetterPreview  # pypdfium2 on first use

    dialog = LetterPreview(pdf, title=title, suggested_name=suggested_name, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class TemplateEditor(QWidget):
    """Templates per language: list, fields, placeholders to insert, preview and save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: TemplateRow | None = None  # None: a new template not saved yet
        self.dirty = False
        self._loading = False
        self.language_filter = CodeCombo(
            labels.LANGUAGES, any_text=lambda: tr("Templates", "All languages")
        )
        self.model = TipRowsModel(template_columns(), self)
        self.table = RowTable()
        self.table.setObjectName("templateTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(RowTable.SelectionMode.SingleSelection)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
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
        self.placeholder_model = TipRowsModel(placeholder_columns(), self)
        self.placeholders = RowTable()
        self.placeholders.setObjectName("placeholderTable")
        self.placeholders.setModel(self.placeholder_model)
        fit_placeholders(self.placeholders)
        self.placeholder_hint = QLabel()
        self.placeholder_hint.setWordWrap(True)
        self._target: QLineEdit | QPlainTextEdit = self.body
        self._layout()
        self._connect()

    # -- layout ---------------------------------------------------------------------------

    def _layout(self) -> None:
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        for part in (self._list_part(), self._form_part(), self._placeholder_part()):
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

    def _list_part(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.language_filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return part

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
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addLayout(form)
        layout.addWidget(self.labels["body"])
        layout.addWidget(self.body, 1)
        layout.addWidget(self.errors["body"])
        layout.addLayout(buttons)
        return part

    def _placeholder_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.placeholder_hint)
        layout.addWidget(self.placeholders, 1)
        return part

    def _connect(self) -> None:
        self.language_filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete)
        self.restore_button.clicked.connect(self.restore_default)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.placeholders.activated_row.connect(self.insert_placeholder)
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
        texts = {
            "language": tr("Templates", "Language"),
            "name": tr("Templates", "Name"),
            "subject": tr("Templates", "Subject"),
            "body": tr("Templates", "Text of the letter"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text + ":")
        self.language.setAccessibleName(tr("Templates", "Language of the template"))
        self.name.setAccessibleName(tr("Templates", "Name of the template"))
        self.subject.setAccessibleName(tr("Templates", "Subject of the letter"))
        self.body.setAccessibleName(tr("Templates", "Text of the letter"))
        self.language_filter.setAccessibleName(tr("Templates", "Show the templates of"))
        self.table.setAccessibleName(tr("Templates", "Letter templates"))
        self.placeholders.setAccessibleName(tr("Templates", "Placeholders"))
        self.placeholder_hint.setText(
            tr(
                "Templates",
                "Double-click a placeholder (or press Enter) to insert it at the cursor.",
            )
        )
        self._button_texts()
        for combo in (self.language_filter, self.language):
            combo.retranslate()
        self.model.retranslate()
        meanings_now = meanings()
        self.placeholder_model.set_rows(
            [(name, meanings_now.get(name, text)) for name, text in templates.PLACEHOLDERS.items()]
        )
        self.placeholders.viewport().update()
        self.table.viewport().update()

    def _button_texts(self) -> None:
        for button, text, name in (
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
        ):
            button.setText(text)
            button.setAccessibleName(name)

    # -- list and selection ---------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows = templates.list_templates(self.ctx.db, self.language_filter.code())
        except UserError as exc:  # e.g. a read-only database: said once, not in a box
            self.ctx.events.error.emit(user_message(exc))
            return
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(0)
        self.table.selectionModel().blockSignals(False)
        current = self.current.id if self.current else None
        ids = [r.id for r in rows]
        if current in ids:
            self._select(ids.index(current))
            if not self.dirty:
                self.load(rows[ids.index(current)])
        elif not self.dirty and rows:
            # first the template in the window's language: the one staff most likely edit
            first = next((n for n, r in enumerate(rows) if r.language == self.ctx.language), 0)
            self._select(first)
            self.load(rows[first])
        elif not self.dirty:
            self.new()

    def _select(self, row: int) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        if row < 0:
            selection.clearSelection()
        else:
            selection.setCurrentIndex(self.model.index(row, 0), flags)
        selection.blockSignals(False)

    def _row_of(self, template_id: int | None) -> int:
        ids = [r.id for r in self.model.rows]
        return ids.index(template_id) if template_id in ids else -1

    def _picked(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        if not picked:
            return
        row = self.model.row_at(picked[0])
        if self.current is not None and row.id == self.current.id:
            return
        if not self._may_discard():
            self._select(self._row_of(self.current.id if self.current else None))
            return
        self.load(row)

    def _may_discard(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            tr("Templates", "Letter templates"),
            tr("Templates", "Discard your changes to this template?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- the form -------------------------------------------------------------------------

    def load(self, row: TemplateRow | None, language: str | None = None) -> None:
        self._loading = True
        self.current = row
        if row is not None:
            self.language.set_code(row.language)
            self.name.setText(row.name)
            self.subject.setText(row.subject)
            self.body.setPlainText(row.body)
        else:
            default = templates.default_template(language or "fr")
            self.language.set_code(default.language)
            self.name.clear()
            self.subject.setText(default.subject)
            self.body.setPlainText(default.body)
        self._loading = False
        self.dirty = False
        self.delete_button.setEnabled(row is not None)
        self._show_errors({})

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True

    def values(self) -> dict[str, str | None]:
        return {
            "language": self.language.code(),
            "name": self.name.text(),
            "subject": self.subject.text(),
            "body": self.body.toPlainText(),
        }

    def _show_errors(self, texts: dict[str, list[str]]) -> None:
        """Each field's messages under it, already in the window's language."""
        for field, label in self.errors.items():
            show_error(label, "\n".join(texts.get(field, [])) or None)

    def new(self) -> None:
        if not self._may_discard():
            return
        language = self.language_filter.code() or self.language.code() or self.ctx.language
        self._select(-1)
        self.load(None, language if language in labels.LANGUAGES else "fr")
        self.dirty = True  # a new template is unsaved work
        self.name.setFocus()

    def restore_default(self) -> None:
        default = templates.default_template(self.language.code() or "fr")
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
        try:
            row = templates.save_template(
                self.ctx.db,
                values,
                template_id=current.id if current else None,
                expected_version=current.version if current else None,
            )
        except ValidationError as exc:
            self._show_errors(self._save_errors(exc, values))
            return False
        except ConflictError as exc:
            self._conflict(exc)
            return False
        except UserError as exc:
            QMessageBox.warning(self, tr("Templates", "Letter templates"), user_message(exc))
            return False
        self.current, self.dirty = row, False
        self.refresh()
        self.ctx.events.info.emit(tr("Templates", "The letter template is saved."))
        return True

    @staticmethod
    def _save_errors(exc: ValidationError, values: dict[str, str | None]) -> dict[str, list[str]]:
        """Core's refusals by field, translated; placeholder problems worded from their data."""
        texts = placeholder_errors(values)
        for error in exc.errors:
            if error.message not in templates.problems(values.get(error.field) or ""):
                texts.setdefault(error.field, []).append(problem_text(error.message))
        return texts

    def _conflict(self, exc: ConflictError) -> None:
        answer = QMessageBox.question(
            self,
            tr("Templates", "Letter templates"),
            user_message(exc)
            + "\n\n"
            + tr("Templates", "Reload the template now? Your changes to it will be lost."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.dirty = False
            self.refresh()

    def delete(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Templates", "Delete the template"),
            tr("Templates", "Delete the template “%1”? Letters already made keep their text.")
            .replace("%1", self.current.name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            templates.delete_template(self.ctx.db, self.current.id)
        except UserError as exc:
            QMessageBox.warning(self, tr("Templates", "Letter templates"), user_message(exc))
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
            QMessageBox.warning(self, tr("Templates", "Letter templates"), user_message(exc))
            return
        name = self.name.text().strip() or tr("Templates", "Letter template")
        show_letter(
            self,
            pdf,
            title=tr("Templates", "Preview: %1").replace("%1", name),
            suggested_name=files.safe_filename(name),
        )
