"""Writing a partner's missing description before a letter is made.

A letter prints a partner's description in the letter's language only. When that one is not
written, the letter dialog opens this small dialog: the descriptions the organisation has in
the other languages are shown as a reference (never printed), a box takes the missing one,
and Save keeps it with the organisation (core.organisations.update_organisation, refused if
someone else saved the organisation meanwhile). While a letter is being made, "Make the
letter without it" goes on with no description.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import organisations, proposals
from msek_desktop.core.rows import OrganisationBrief, OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.letter_warnings import (
    IN_LANGUAGE,
    missing_description_text,
    missing_descriptions_notice,
    warning_label,
)
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.fields import ErrorLabel
from msek_desktop.ui.kit.layouts import STRETCH, Role, button_row, dialog_buttons
from msek_desktop.ui.kit.writes import run_write

SAVED, WITHOUT = 1, 2  # results besides QDialog.Rejected (Cancel)
LANGUAGES = ("fr", "pl", "en")


class DescriptionDialog(QDialog):
    """Write `organisation_id`'s description in `language`; `making`: a letter waits for it."""

    def __init__(
        self,
        ctx: AppContext,
        organisation_id: int,
        language: str,
        *,
        making: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.language = ctx, language
        self.setObjectName("descriptionDialog")
        self.row = organisations.get_organisation(ctx.db, organisation_id)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.references = QVBoxLayout()
        self.text = QPlainTextEdit()
        self.text.setObjectName("description")
        self.text.setTabChangesFocus(True)
        self.text_label = QLabel()
        self.text_label.setBuddy(self.text)
        self.error = ErrorLabel("description")
        self.save_button, self.without_button, self.cancel_button = (
            QPushButton(), QPushButton(), QPushButton(),
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.references)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(
            dialog_buttons(
                (self.save_button, Role.AcceptRole),
                (self.without_button, Role.ActionRole),
                (self.cancel_button, Role.RejectRole),
            )
        )
        self.without_button.setVisible(making)  # after the box, which shows its buttons
        self.save_button.clicked.connect(self.save)
        self.without_button.clicked.connect(lambda: self.done(WITHOUT))
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(600, 520)

    def retranslate(self) -> None:
        name = self.row.name
        self.setWindowTitle(tr("DescriptionDialog", "Description of %1").replace("%1", name))
        missing = missing_description_text(name, self.language)
        self.intro.setText(
            missing
            + ". "
            + tr(
                "DescriptionDialog",
                "Write it now: it is kept with the organisation and printed in this letter "
                "and the next ones.",
            )
        )
        self.text_label.setText(IN_LANGUAGE[self.language]())
        self.text.setAccessibleName(IN_LANGUAGE[self.language]())
        self.save_button.setText(tr("DescriptionDialog", "Save"))
        self.without_button.setText(tr("DescriptionDialog", "Make the letter without it"))
        self.cancel_button.setText(tr("DescriptionDialog", "Cancel"))
        self.show_references()

    def show_references(self) -> None:
        """The descriptions in the other languages, to read while writing (not printed)."""
        for box in self.findChildren(QGroupBox, options=Qt.FindChildOption.FindDirectChildrenOnly):
            box.hide()
            box.setParent(None)  # gone at once, not at the next event loop
            box.deleteLater()
        for code in LANGUAGES:
            text = self.row.description(code)
            if code == self.language or not text:
                continue
            box = QGroupBox(
                tr("DescriptionDialog", "%1 (for reference, not printed)").replace(
                    "%1", IN_LANGUAGE[code]()
                ),
                self,
            )
            box.setObjectName(f"reference_{code}")
            shown = QPlainTextEdit(text)
            shown.setReadOnly(True)
            shown.setMaximumHeight(110)
            shown.setAccessibleName(box.title())
            QVBoxLayout(box).addWidget(shown)
            self.references.addWidget(box)

    def save(self) -> None:
        """Keep the description with the organisation; the dialog closes as SAVED."""
        text = self.text.toPlainText().strip()
        if not text:
            self.error.show_error(
                lambda: tr("DescriptionDialog", "Write the description, or cancel.")
            )
            return
        saved = run_write(self, self.windowTitle(), lambda: self._save(text), reload=self.reload)
        if saved is not None:
            self.row = saved
            self.done(SAVED)

    def _save(self, text: str) -> OrganisationRow:
        return organisations.update_organisation(
            self.ctx.db, self.row.id, {f"description_{self.language}": text},
            actor=self.ctx.me, expected_version=self.row.version,
        )  # fmt: skip

    def reload(self) -> None:
        """The organisation as someone else saved it; the text typed here stays."""
        self.row = organisations.get_organisation(self.ctx.db, self.row.id)
        self.retranslate()


class MissingNotice(QWidget):
    """The letter dialog's yellow notice naming the organisations a letter would print with
    no description in its language, with "Write it now…"; `write` asks for each one."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.label = warning_label()
        self.label.setObjectName("missingDescriptions")
        self.button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(button_row(STRETCH, self.button))
        self.hide()

    def retranslate(self) -> None:
        self.button.setText(tr("ProposalDialog", "Write it now…"))

    def missing(self, ids: Sequence[int], language: str) -> list[OrganisationBrief]:
        return proposals.missing_descriptions(self.ctx.db, ids, language)

    def show_for(self, ids: Sequence[int], language: str) -> None:
        """Name the organisations among `ids` with no description in `language` (hidden
        when there are none)."""
        names = [row.name for row in self.missing(ids, language)]
        self.label.setText(missing_descriptions_notice(names, language))
        self.label.setVisible(bool(names))
        self.setVisible(bool(names))

    def write(self, ids: Sequence[int], language: str, *, making: bool) -> tuple[bool, bool]:
        """Offer to write each missing description: (go on with the letter, one was saved);
        the letter does not go on when the user cancels."""
        saved = False
        for row in self.missing(ids, language):
            answer = self.ask(row.id, language, making)
            saved = saved or answer == SAVED
            if answer not in (SAVED, WITHOUT):
                return False, saved
        return True, saved

    def ask(self, organisation_id: int, language: str, making: bool) -> int:
        """The small dialog writing one description: SAVED, WITHOUT or 0 (cancelled)."""
        parent = self.window()
        dialog = DescriptionDialog(
            self.ctx, organisation_id, language, making=making, parent=parent
        )
        return dialog.exec()
