"""What a letter is drafted for: whom it is to, its language, its template and the partners.

A letter goes to the person who asked (a partnership proposal naming the checked partners,
or, with none checked, an acknowledgement that the office is looking) or to one proposed
partner (an introduction of the person who asked, in the partner's language unless staff
choose another). Changing the language lists that language's templates again. `changed`
says a choice was made; the letter dialog then drafts again, or puts the choices back
(`restore`) when the user keeps the text they changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import proposals, sides, templates
from msek_desktop.core.rows import OrganisationRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.partner_picker import PartnerPicker, partner_sides
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.naming import label_fields
from msek_desktop.ui.kit.widgets import CodeCombo

REQUESTER, PARTNER = proposals.TO_REQUESTER, proposals.TO_PARTNER
RECIPIENTS: dict[str, labels.Text] = {
    REQUESTER: lambda: tr("ProposalDialog", "To the person who asked"),
    PARTNER: lambda: tr(
        "ProposalDialog", "To a proposed partner (introducing the person who asked)"
    ),
}


class RecipientChoice(QWidget):
    """Whom the letter is written to: one radio button a recipient, one under the other (the
    second's text is long in every language)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QRadioButton] = {}
        for code in RECIPIENTS:
            button = QRadioButton()
            button.setObjectName(f"letterTo_{code}")
            self.buttons[code] = button
            self.group.addButton(button)
            layout.addWidget(button)
        self.buttons[REQUESTER].setChecked(True)
        self.setFocusProxy(self.buttons[REQUESTER])
        self.group.buttonToggled.connect(self._toggled)

    def retranslate(self) -> None:
        for code, button in self.buttons.items():
            button.setText(RECIPIENTS[code]())

    def code(self) -> str:
        return next((c for c, b in self.buttons.items() if b.isChecked()), REQUESTER)

    def set_code(self, code: str) -> None:
        self.buttons.get(code, self.buttons[REQUESTER]).setChecked(True)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:  # the one now checked (the other's unchecking says nothing)
            self.changed.emit()


@dataclass(frozen=True)
class Chosen:
    """The choices a text was drafted for."""

    language: str | None = None
    template_id: int | None = None
    partners: dict[int, str] = field(default_factory=dict)  # id -> name, as checked
    to: str = REQUESTER


def partner_language(row: OrganisationRow) -> str:
    """The language a partner is written to: its side's (core.sides)."""
    return sides.default_language(row.side).value


class LetterChoices(QGroupBox):
    """The "Letter" box of the letter dialog: to whom, language, template, partners."""

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        side: str,
        own: set[int],
        language: str,
        *,
        inquiry_id: int | None = None,
        checked: Sequence[int] | None = None,
    ) -> None:
        super().__init__()
        self.ctx, self.asker_language = ctx, language
        self.to = RecipientChoice()
        self.kind_note = QLabel()
        self.kind_note.setObjectName("letterKind")
        self.kind_note.setWordWrap(True)
        self.language = CodeCombo(labels.LANGUAGES)
        self.template = QComboBox()
        self.partners = PartnerPicker(
            ctx, partner_sides(side), own, inquiry_id=inquiry_id, checked=checked
        )
        self.partners_label = QLabel()
        self.partners_label.setWordWrap(True)
        self.to_label, self.language_label, self.template_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.to_label)
        form.addRow(self.to)
        form.addRow(self.kind_note)
        form.addRow(self.language_label, self.language)
        form.addRow(self.template_label, self.template)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.partners_label)
        layout.addWidget(self.partners, 1)
        self.set_language(language)
        self.fill_templates()
        self.to.changed.connect(self._to_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.template.currentIndexChanged.connect(self.changed)
        self.partners.changed.connect(self._partners_changed)

    def retranslate(self) -> None:
        self.setTitle(tr("ProposalDialog", "Letter"))
        self.to_label.setText(tr("ProposalDialog", "Letter to"))
        label_fields(
            (self.language_label, self.language, tr("ProposalDialog", "Language")),
            (self.template_label, self.template, tr("ProposalDialog", "Template")),
        )
        self.partners_label.setText(tr("ProposalDialog", "Proposed partner organisations"))
        self.to.retranslate()
        self.language.retranslate()
        self.partners.retranslate()
        self.show_kind()

    # -- what the letter is -----------------------------------------------------------------

    def recipient(self) -> str:
        return self.to.code()

    def kind(self) -> str:
        return proposals.letter_kind(self.recipient(), bool(self.partners.ids()))

    def ready(self) -> bool:
        """A letter to a partner is written to exactly one checked partner."""
        return self.recipient() == REQUESTER or len(self.partners.ids()) == 1

    def kind_text(self) -> str:
        """What this letter will be, in plain words."""
        if not self.ready():
            return tr("ProposalDialog", "Check the one partner this letter is written to.")
        kind = self.kind()
        if kind == "acknowledgement":
            return tr(
                "ProposalDialog",
                "No partner is checked: this letter will be an acknowledgement, telling the "
                "person who asked that the office is looking for a partner.",
            )
        if kind == "proposal":
            return tr("ProposalDialog", "A partnership proposal naming the checked partners.")
        (oid,) = self.partners.ids()
        name = self.partners.organisation(oid).name
        return tr("ProposalDialog", "A letter to %1 introducing the person who asked.").replace(
            "%1", name
        )

    def show_kind(self) -> None:
        self.kind_note.setText(self.kind_text())
        own = self.kind() == "proposal"  # the others are written in their kind's own words
        self.template.setEnabled(own)
        self.template.setToolTip(
            ""
            if own
            else tr(
                "ProposalDialog",
                "Templates are for partnership proposals; this letter has its own wording.",
            )
        )

    # -- choices ----------------------------------------------------------------------------

    def set_language(self, code: str | None) -> None:
        """Show `code` as the language without announcing a change."""
        self.language.blockSignals(True)
        self.language.set_code(code)
        self.language.blockSignals(False)

    def fill_templates(self, keep: int | None = None) -> None:
        """The templates of the language shown; `keep` stays chosen if it is one of them."""
        rows = templates.list_templates(self.ctx.db, self.language.code())
        self.template.blockSignals(True)
        self.template.clear()
        for row in rows:
            self.template.addItem(row.name, row.id)
        self.template.setCurrentIndex(max(self.template.findData(keep), 0))
        self.template.blockSignals(False)

    def template_id(self) -> int | None:
        data = self.template.currentData()
        return int(data) if data is not None else None

    def chosen(self) -> Chosen:
        return Chosen(
            self.language.code(), self.template_id(), dict(self.partners.checked),
            self.recipient(),
        )  # fmt: skip

    def restore(self, chosen: Chosen) -> None:
        """Back to `chosen`, announcing nothing (the text drafted for them stays)."""
        self.to.group.blockSignals(True)
        self.to.set_code(chosen.to)
        self.to.group.blockSignals(False)
        if self.language.code() != chosen.language:
            self.set_language(chosen.language)
            self.fill_templates(chosen.template_id)
        self.template.blockSignals(True)
        self.template.setCurrentIndex(max(self.template.findData(chosen.template_id), 0))
        self.template.blockSignals(False)
        self.partners.set_ids(chosen.partners)
        self.show_kind()

    def _follow_recipient(self) -> None:
        """A letter to one partner is in that partner's language, a letter to the person who
        asked in theirs (staff may change either after)."""
        if self.recipient() == REQUESTER:
            code = self.asker_language
        elif len(self.partners.ids()) == 1:
            (oid,) = self.partners.ids()
            code = partner_language(self.partners.organisation(oid))
        else:
            return
        if code != self.language.code():
            self.set_language(code)
            self.fill_templates()

    def _to_changed(self) -> None:
        self._follow_recipient()
        self.show_kind()
        self.changed.emit()

    def _partners_changed(self) -> None:
        if self.recipient() == PARTNER:
            self._follow_recipient()
        self.show_kind()
        self.changed.emit()

    def _language_changed(self) -> None:
        self.fill_templates()
        self.changed.emit()
