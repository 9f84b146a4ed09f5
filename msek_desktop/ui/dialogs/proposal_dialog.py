"""The partnership letter of one inquiry: choose, adjust the text, preview, make, mark sent.

The text shown is the template filled in for this inquiry (ctx.letters.draft); staff may
change it for this one letter. What is made is what is shown: the edited subject and body are
handed to the letter service (ctx.letters) as overrides, which print as typed. A placeholder
typed into them is filled in like the template's; an unknown one is refused before anything
is recorded (core.templates finds them and suggests the name meant). Every letter made stays
listed below and can be opened again. ReportLab (inside the letter service) and pypdfium2
(the preview) are imported on first use, not when the window opens.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import inquiries, organisations, proposals, sides, staff, templates
from msek_desktop.core.errors import UserError, ValidationError
from msek_desktop.core.proposals import LetterRequest, ProposalRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.fields import FieldErrors, with_field
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.table import Column, RowsModel
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable, SearchBox

if TYPE_CHECKING:
    from msek_desktop.letters.checks import LetterWarning
    from msek_desktop.letters.service import Draft
    from msek_desktop.ui.dialogs.letter_preview import LetterPreview


def partner_sides(side: str) -> tuple[str, ...]:
    """Where counterparts are sought (core.sides' rule), as the codes the pickers query."""
    return tuple(s.value for s in sides.partner_sides(side))


def body_text(edit: QPlainTextEdit) -> str:
    """The text as typed. toPlainText() would turn the no-break spaces of French
    typography (« texte », « : ») into plain spaces, and the letter would break lines there."""
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def unknown_message(name: str) -> str:
    close = templates.suggestion(name)
    text = tr("ProposalDialog", "Unknown placeholder %1: correct it or write the words themselves.")
    text = text.replace("%1", f"{{{name}}}")
    if close:
        text += " " + tr("ProposalDialog", "Did you mean %1?").replace("%1", f"{{{close}}}")
    return text


def unknown_messages(names: list[str]) -> str:
    return "\n".join(unknown_message(name) for name in names)


# -- partner organisations ------------------------------------------------------------------


class PartnerPicker(QWidget):
    """Organisations on the other side, searched by name; the checked ones stay on top."""

    changed = Signal()

    def __init__(self, ctx: AppContext, sides: tuple[str, ...], exclude: set[int]) -> None:
        super().__init__()
        self.ctx, self.sides, self.exclude = ctx, sides, exclude
        self.checked: dict[int, str] = {}  # id -> item text, in the order they were checked
        self.search = SearchBox()
        self.list = QListWidget()
        self.list.setObjectName("partnerList")
        self.list.setWordWrap(True)  # long names wrap; items re-measured when the width changes
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self.refresh)
        self.list.itemChanged.connect(self._toggled)
        self.refresh()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("ProposalDialog", "Search organisations…"))
        self.search.setAccessibleName(tr("ProposalDialog", "Search partner organisations"))
        self.list.setAccessibleName(tr("ProposalDialog", "Partner organisations"))

    def ids(self) -> tuple[int, ...]:
        return tuple(self.checked)

    def set_ids(self, ids: dict[int, str]) -> None:
        """Check exactly `ids`, in place: this runs inside the list's own itemChanged."""
        self.checked = dict(ids)
        self.list.blockSignals(True)
        for item in (self.list.item(i) for i in range(self.list.count())):
            on = int(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def refresh(self) -> None:
        text = self.search.text().strip()
        found = [
            row
            for side in self.sides
            for row in organisations.find_organisations(self.ctx.db, text, side=side, limit=100)
            if row.id not in self.exclude and row.id not in self.checked
        ]
        if len(self.sides) > 1:
            found.sort(key=lambda r: r.name.casefold())
        self.list.blockSignals(True)
        self.list.clear()
        for oid, name in self.checked.items():
            self._add(oid, name, "", Qt.CheckState.Checked)
        for row in found:
            name = f"{row.name} — {row.city}" if row.city else row.name
            self._add(row.id, name, row.description, Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def _add(self, oid: int, name: str, tip: str, state: Qt.CheckState) -> None:
        item = QListWidgetItem(name, self.list)
        item.setData(Qt.ItemDataRole.UserRole, oid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
        item.setToolTip(tip)

    def _toggled(self, item: QListWidgetItem) -> None:
        oid = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.checked[oid] = item.text()
        else:
            self.checked.pop(oid, None)
        self.changed.emit()


# -- the letters already made ---------------------------------------------------------------


def letter_columns(names: dict[str, str]) -> list[Column]:
    return [
        Column("number", lambda: tr("ProposalDialog", "No."), lambda r: r.number),
        Column("created_at", lambda: tr("ProposalDialog", "Made on"), lambda r: r.created_at),
        Column(
            "language",
            lambda: tr("ProposalDialog", "Language"),
            lambda r: labels.label(labels.LANGUAGES, r.language),
        ),
        Column(
            "author",
            lambda: tr("ProposalDialog", "Made by"),
            lambda r: names.get(r.author or "", r.author or ""),
        ),
        Column("sent_at", lambda: tr("ProposalDialog", "Sent on"), lambda r: r.sent_at),
        Column(
            "partners",
            lambda: tr("ProposalDialog", "Partners"),
            lambda r: ", ".join(p.name for p in r.partners),
        ),
    ]


class LettersPanel(QGroupBox):
    """The inquiry's letters, newest first: open any version, mark one sent."""

    def __init__(self, ctx: AppContext, inquiry_id: int) -> None:
        super().__init__()
        self.ctx, self.inquiry_id = ctx, inquiry_id
        self.names: dict[str, str] = {}
        self.model = RowsModel(letter_columns(self.names), self)
        self.table = RowTable()
        self.table.setObjectName("letterTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):  # the partners take the rest
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        # A few letters per inquiry: the text above gets the height, the list scrolls.
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 4)
        self.table.setMaximumHeight(rows * 7)
        self.open_button, self.sent_button = QPushButton(), QPushButton()
        buttons = QVBoxLayout()
        for button in (self.open_button, self.sent_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._enable)

    def retranslate(self) -> None:
        self.setTitle(tr("ProposalDialog", "Letters made for this inquiry"))
        self.table.setAccessibleName(tr("ProposalDialog", "Letters made for this inquiry"))
        self.open_button.setText(tr("ProposalDialog", "Open…"))
        self.sent_button.setText(tr("ProposalDialog", "Mark as sent"))
        self.sent_button.setToolTip(
            tr("ProposalDialog", "The inquiry moves to “Proposal sent” if it is not that far yet.")
        )
        self.model.retranslate()

    def reload(self) -> None:
        current = self.selected()
        self.names.clear()
        self.names.update({s.login: s.full_name for s in staff.list_staff(self.ctx.db)})
        self.model.set_rows(proposals.list_proposals(self.ctx.db, self.inquiry_id))
        ids = [r.id for r in self.model.rows]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        if ids:
            self.table.selectRow(row)
        self._enable()

    def selected(self) -> ProposalRow | None:
        row: ProposalRow | None = self.model.row_at(self.table.currentIndex())
        return row

    def _enable(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.sent_button.setEnabled(row is not None and row.sent_at is None)


# -- the dialog -----------------------------------------------------------------------------


class ProposalDialog(QDialog):
    """Make the partnership proposal letter of one saved inquiry."""

    letters_changed = Signal()  # a letter was made or marked sent

    def __init__(self, ctx: AppContext, inquiry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.inquiry_id = ctx, inquiry_id
        self.setObjectName("proposalDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        detail = inquiries.get_inquiry(ctx.db, inquiry_id)
        self.ref = detail.row.ref
        own = {detail.organisation.id} if detail.organisation else set()
        if detail.contact is not None and detail.contact.organisation_id:
            own.add(detail.contact.organisation_id)
        self.errors = FieldErrors()
        self.draft: Draft | None = None
        self.baseline = ("", "")  # the text that closing would not lose
        self.drafted_for: tuple[str | None, int | None, dict[int, str]] = (None, None, {})
        self.preview: LetterPreview | None = None
        self._build(detail.row.side, own)
        self.retranslate()
        self.language.blockSignals(True)
        self.language.set_code(detail.letter_language or "en")
        self.language.blockSignals(False)
        self._fill_templates()
        self.redraft()
        self.letters.reload()
        self.resize(1100, 820)

    # -- building -------------------------------------------------------------------------

    def _build(self, side: str, own: set[int]) -> None:
        self.language = CodeCombo(labels.LANGUAGES)
        self.template = QComboBox()
        self.partners = PartnerPicker(self.ctx, partner_sides(side), own)
        self.partners_label = QLabel()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.preview_button, self.make_button, self.close_button = (
            QPushButton(), QPushButton(), QPushButton(),
        )  # fmt: skip
        self.letters = LettersPanel(self.ctx, self.inquiry_id)
        self.choices = QGroupBox()
        form = QFormLayout()
        self.language_label, self.template_label = QLabel(), QLabel()
        form.addRow(self.language_label, self.language)
        form.addRow(self.template_label, self.template)
        side_layout = QVBoxLayout(self.choices)
        side_layout.addLayout(form)
        side_layout.addWidget(self.partners_label)
        side_layout.addWidget(self.partners, 1)
        self.text_box = QGroupBox()
        self.subject_label, self.body_label = QLabel(), QLabel()
        for label, widget in ((self.subject_label, self.subject), (self.body_label, self.body)):
            label.setBuddy(widget)
        text_layout = QVBoxLayout(self.text_box)
        text_layout.addWidget(self.subject_label)
        text_layout.addWidget(with_field(self.subject, self.errors.label("subject")))
        text_layout.addWidget(self.body_label)
        text_layout.addWidget(with_field(self.body, self.errors.label("body")), 1)
        text_layout.addWidget(self.errors.label("form"))
        text_layout.addLayout(self._action_row())
        top = QHBoxLayout()
        top.addWidget(self.choices, 2)
        top.addWidget(self.text_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self.letters, 1)
        closing = QHBoxLayout()
        closing.addStretch(1)
        closing.addWidget(self.close_button)
        self.close_button.setAutoDefault(False)  # Enter in the subject makes nothing close
        layout.addLayout(closing)
        self._connect()

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.preview_button, self.make_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    def _connect(self) -> None:
        self.language.currentIndexChanged.connect(self._language_changed)
        self.template.currentIndexChanged.connect(self._choice_changed)
        self.partners.changed.connect(self._choice_changed)
        self.preview_button.clicked.connect(self.show_preview)
        self.make_button.clicked.connect(self.make)
        self.close_button.clicked.connect(self.close)
        self.letters.open_button.clicked.connect(self.open_selected)
        self.letters.table.activated_row.connect(lambda _row: self.open_selected())
        self.letters.sent_button.clicked.connect(self.mark_selected_sent)
        order = [
            self.language, self.template, self.partners.search, self.partners.list,
            self.subject, self.body, self.preview_button, self.make_button,
            self.letters.table, self.letters.open_button, self.letters.sent_button,
            self.close_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(tr("ProposalDialog", "Partnership letter — %1").replace("%1", self.ref))
        self.choices.setTitle(tr("ProposalDialog", "Letter"))
        self.text_box.setTitle(tr("ProposalDialog", "Text of this letter"))
        for label, widget, text in (
            (self.language_label, self.language, tr("ProposalDialog", "Language")),
            (self.template_label, self.template, tr("ProposalDialog", "Template")),
            (self.subject_label, self.subject, tr("ProposalDialog", "Subject")),
            (self.body_label, self.body, tr("ProposalDialog", "Body")),
        ):
            label.setText(text)
            widget.setAccessibleName(text)
        self.partners_label.setText(tr("ProposalDialog", "Proposed partner organisations"))
        self.partners_label.setWordWrap(True)
        self.language.retranslate()
        self.partners.retranslate()
        self.letters.retranslate()
        self.preview_button.setText(tr("ProposalDialog", "Preview"))
        self.preview_button.setToolTip(tr("ProposalDialog", "See the letter without keeping it"))
        self.make_button.setText(tr("ProposalDialog", "Make letter"))
        self.make_button.setToolTip(
            tr("ProposalDialog", "Make the letter as shown and keep it with the inquiry")
        )
        self.close_button.setText(tr("ProposalDialog", "Close"))
        self.errors.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- drafting -------------------------------------------------------------------------

    def _fill_templates(self, keep: int | None = None) -> None:
        rows = templates.list_templates(self.ctx.db, self.language.code())
        self.template.blockSignals(True)
        self.template.clear()
        for row in rows:
            self.template.addItem(row.name, row.id)
        index = self.template.findData(keep)
        self.template.setCurrentIndex(max(index, 0))
        self.template.blockSignals(False)

    def _template_id(self) -> int | None:
        data = self.template.currentData()
        return int(data) if data is not None else None

    def is_edited(self) -> bool:
        """The text differs from the draft (staff adjusted it)."""
        drafted = (self.draft.subject, self.draft.body) if self.draft else ("", "")
        return self._text() != drafted

    def is_dirty(self) -> bool:
        """Closing would lose text that was typed and not made into a letter."""
        return self._text() != self.baseline

    def _text(self) -> tuple[str, str]:
        return self.subject.text(), body_text(self.body)

    def _language_changed(self) -> None:
        self._fill_templates()
        self._choice_changed()

    def _choice_changed(self) -> None:
        if self.is_edited() and not self._replace_edited_text():
            self._restore_choices()
            return
        self.redraft()

    def _replace_edited_text(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            tr(
                "ProposalDialog",
                "This choice writes the letter again. Replace the text you changed?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore_choices(self) -> None:
        """Back to the choices the text was drafted for (the user kept their text)."""
        language, template_id, partners = self.drafted_for
        if self.language.code() != language:
            self.language.blockSignals(True)
            self.language.set_code(language)
            self.language.blockSignals(False)
            self._fill_templates(template_id)
        self.template.blockSignals(True)
        self.template.setCurrentIndex(max(self.template.findData(template_id), 0))
        self.template.blockSignals(False)
        self.partners.set_ids(partners)

    def request(self, subject: str | None = None, body: str | None = None) -> LetterRequest:
        """The letter asked for by the choices made (and the final text, when given)."""
        return LetterRequest(
            self.inquiry_id, language=self.language.code(), partner_ids=self.partners.ids(),
            template_id=self._template_id(), subject=subject, body=body,
        )  # fmt: skip

    def redraft(self) -> None:
        """Fill the subject and body from the template, for the choices made."""
        self.errors.clear()
        try:
            draft = self.ctx.letters.draft(self.request())
        except UserError as problem:
            self._user_error(problem)
            return
        self.draft = draft
        self.drafted_for = (self.language.code(), self._template_id(), dict(self.partners.checked))
        self.subject.setText(draft.subject)
        self.subject.setCursorPosition(0)  # show where the subject starts
        self.body.setPlainText(draft.body)
        self.baseline = self._text()

    def final_text(self) -> tuple[str, str] | None:
        """The subject and body to print, placeholders typed into them filled in; None when
        one is unknown (shown next to its field)."""
        from msek_desktop.letters.letter import values

        assert self.draft is not None
        self.errors.clear()
        filled = values(self.draft.facts)
        out: list[str] = []
        wrong: dict[str, Callable[[], str]] = {}
        for field, text, drafted in zip(
            ("subject", "body"), self._text(), (self.draft.subject, self.draft.body), strict=True
        ):
            final, unknown = templates.fill_typed(text, drafted, filled)
            if unknown:
                wrong[field] = functools.partial(unknown_messages, unknown)
            out.append(final)
        if wrong:
            self.errors.show(wrong)  # functions: the messages follow a change of language
            return None
        return out[0], out[1]

    # -- actions --------------------------------------------------------------------------

    def show_preview(self) -> None:
        """The letter as it would print, not kept."""
        text = self.final_text() if self.draft is not None else None
        if text is None:
            return
        try:
            pdf, warnings = self.ctx.letters.preview(self.draft.with_text(*text))  # type: ignore[union-attr]
        except UserError as problem:
            self._user_error(problem)
            return
        title = tr("ProposalDialog", "Preview — %1").replace("%1", self.ref)
        self._show_pdf(pdf, title, f"{self.ref} proposal draft", warnings=warnings)

    def make(self) -> ProposalRow | None:
        """Make the letter as shown, keep it, and show it with "Mark as sent"."""
        text = self.final_text() if self.draft is not None else None
        if text is None:
            return None
        warnings: list[LetterWarning] = []
        try:
            row = self.ctx.letters.make(self.request(*text), warn=warnings.append)
        except UserError as problem:
            self._user_error(problem)
            return None
        self.baseline = self._text()
        self.letters.reload()
        self.letters.table.selectRow(0)  # the newest, just made
        self.letters_changed.emit()
        self.ctx.events.info.emit(
            tr("ProposalDialog", "Letter %1 of inquiry %2 made.")
            .replace("%1", str(row.number))
            .replace("%2", self.ref)
        )
        self.open_letter(row, warnings)
        return row

    def open_selected(self) -> None:
        row = self.letters.selected()
        if row is not None:
            self.open_letter(row)

    def open_letter(self, row: ProposalRow, warnings: Sequence[LetterWarning] = ()) -> None:
        """A letter as it was made, with "Mark as sent" while it is not; `warnings`: what
        it does not print as asked (known when it was just made)."""
        try:
            pdf = proposals.get_pdf(self.ctx.db, row.id)
        except UserError as problem:
            self._user_error(problem)
            return
        title = tr("ProposalDialog", "Letter %1 — %2").replace("%1", str(row.number))
        send = None if row.sent_at is not None else (lambda: self._sent_from_preview(row))
        self._show_pdf(pdf, title.replace("%2", self.ref), row.file_stem, send, warnings)

    def _sent_from_preview(self, row: ProposalRow) -> None:
        if self.mark_sent(row) and self.preview is not None:
            self.preview.accept()

    def mark_selected_sent(self) -> None:
        row = self.letters.selected()
        if row is not None:
            self.mark_sent(row)

    def mark_sent(self, row: ProposalRow) -> bool:
        """Mark the letter sent; the inquiry moves to "Proposal sent" if not that far yet."""
        try:
            proposals.mark_sent(self.ctx.db, row.id, actor=self.ctx.me, today=self.ctx.today())
        except UserError as problem:
            self._user_error(problem)
            return False
        self.letters.reload()
        self.letters_changed.emit()
        return True

    def _show_pdf(
        self,
        pdf: bytes,
        title: str,
        name: str,
        send: Callable[[], None] | None = None,
        warnings: Sequence[LetterWarning] = (),
    ) -> None:
        from msek_desktop.ui.dialogs.letter_preview import LetterPreview

        self.preview = LetterPreview(
            pdf, title=title, suggested_name=name, parent=self, warnings=warnings
        )
        if send is not None:
            self.preview.add_button(lambda: tr("ProposalDialog", "Mark as sent"), send)
        self.preview.exec()

    def _user_error(self, problem: UserError) -> None:
        if isinstance(problem, ValidationError):
            self.errors.show(problem.by_field())
            return
        QMessageBox.warning(self, self.windowTitle(), user_message(problem))

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Close and the window's X: text typed and not made into a letter is asked about."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                tr(
                    "ProposalDialog",
                    "Close without making the letter? The text you changed is lost.",
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
