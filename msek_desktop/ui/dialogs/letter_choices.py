"""What a letter is drafted for: its language, its template and the partner organisations.

Changing the language lists that language's templates again. `changed` says a choice was
made; the letter dialog then drafts again, or puts the choices back (`restore`) when the user
keeps the text they changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout

from msek_desktop.core import templates
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.partner_picker import PartnerPicker, partner_sides
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.naming import label_fields
from msek_desktop.ui.kit.widgets import CodeCombo


@dataclass(frozen=True)
class Chosen:
    """The choices a text was drafted for."""

    language: str | None = None
    template_id: int | None = None
    partners: dict[int, str] = field(default_factory=dict)  # id -> name, as checked


class LetterChoices(QGroupBox):
    """The "Letter" box of the letter dialog: language, template, partner organisations."""

    changed = Signal()

    def __init__(self, ctx: AppContext, side: str, own: set[int], language: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.language = CodeCombo(labels.LANGUAGES)
        self.template = QComboBox()
        self.partners = PartnerPicker(ctx, partner_sides(side), own)
        self.partners_label = QLabel()
        self.partners_label.setWordWrap(True)
        self.language_label, self.template_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.template_label, self.template)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.partners_label)
        layout.addWidget(self.partners, 1)
        self.set_language(language)
        self.fill_templates()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.template.currentIndexChanged.connect(self.changed)
        self.partners.changed.connect(self.changed)

    def retranslate(self) -> None:
        self.setTitle(tr("ProposalDialog", "Letter"))
        label_fields(
            (self.language_label, self.language, tr("ProposalDialog", "Language")),
            (self.template_label, self.template, tr("ProposalDialog", "Template")),
        )
        self.partners_label.setText(tr("ProposalDialog", "Proposed partner organisations"))
        self.language.retranslate()
        self.partners.retranslate()

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
        return Chosen(self.language.code(), self.template_id(), dict(self.partners.checked))

    def restore(self, chosen: Chosen) -> None:
        """Back to `chosen`, announcing nothing (the text drafted for them stays)."""
        if self.language.code() != chosen.language:
            self.set_language(chosen.language)
            self.fill_templates(chosen.template_id)
        self.template.blockSignals(True)
        self.template.setCurrentIndex(max(self.template.findData(chosen.template_id), 0))
        self.template.blockSignals(False)
        self.partners.set_ids(chosen.partners)

    def _language_changed(self) -> None:
        self.fill_templates()
        self.changed.emit()
