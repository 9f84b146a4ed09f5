"""The organisation form's "Open inquiries that fit" tab (OrganisationFits): the open
inquiries of the other side this organisation could help (core.partners.
inquiries_for_organisation, ranked, each with its reasons in words), and "Propose this
organisation" for the one chosen.

The ranking is read in the background and the list keeps its place when it comes back; Enter
or a double-click opens the inquiry. The tables' parts are in partner_tables.py; the
inquiry's own Partners tab is in partner_panel.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from msek_desktop.core import fields, partner_proposals, partners
from msek_desktop.core.partner_proposals import PartnerProposalRow
from msek_desktop.core.partners import InquiryFit
from msek_desktop.ui.forms.partner_tables import (
    Ranking,
    ReasonsModel,
    ScoreBar,
    WhyLabel,
    fit_columns,
    keep_place,
    size_columns,
    table,
)
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.layouts import STRETCH, button_row
from msek_desktop.ui.kit.partner_texts import field_names, reasons_text
from msek_desktop.ui.kit.table import Column
from msek_desktop.ui.kit.writes import run_write

if TYPE_CHECKING:
    from msek_desktop.ui.forms.organisation_form import OrganisationForm


class OrganisationFits(QWidget):
    """The open inquiries of the other side that fit one organisation."""

    fits_shown = Signal()

    def __init__(self, form: OrganisationForm) -> None:
        super().__init__()
        self.form, self.ctx = form, form.ctx
        self.setObjectName("organisationFits")
        columns = [*fit_columns(), Column("reasons", lambda: tr("Partners", "Why"), self._why)]
        self.model = ReasonsModel(columns, self)
        widths = {"subject": 30, "requester": 30}
        self.table = table("fittingInquiries", self.model, widths, "reasons")
        self.table.setItemDelegateForColumn(4, ScoreBar(self.table))
        self.why = WhyLabel()
        self.why.follow(self.table, self.model, lambda f: f"{f.inquiry.ref} {f.inquiry.subject}")
        self.propose_button = QPushButton()
        self.propose_button.setObjectName("proposeOrganisation")
        self.ranking = Ranking(self, self._show)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        layout.addLayout(button_row(STRETCH, self.propose_button))
        self.propose_button.clicked.connect(self.propose)
        self.table.activated_row.connect(lambda f: self.ctx.events.open_inquiry.emit(f.inquiry.id))
        self.table.selectionModel().currentChanged.connect(self._enable)
        self.ctx.events.data_changed.connect(self._data_changed)
        self._enable()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _why(self, fit: InquiryFit) -> str:
        return reasons_text(fit.reasons, self.model.names)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        organisation_id, db, today = self.form.record_id, self.ctx.db, self.ctx.today()
        if organisation_id is None:
            self._show([])
            return
        self.model.names = field_names(fields.list_fields(db), self.ctx.language)
        self.ranking.run(
            lambda: partners.inquiries_for_organisation(db, organisation_id, today=today)
        )

    def _show(self, rows: list[InquiryFit]) -> None:
        keep_place(self.table, self.model, rows, lambda f: f.inquiry.id)
        self._enable()
        self.form.tabs.setTabText(self.form.tabs.indexOf(self), self.title())
        self.fits_shown.emit()

    def _enable(self, *_args: object) -> None:
        self.propose_button.setEnabled(self.model.row_at(self.table.currentIndex()) is not None)

    def title(self) -> str:
        return tr("Partners", "Open inquiries that fit (%n)", None, len(self.model.rows))

    def retranslate(self) -> None:
        self.propose_button.setText(tr("Partners", "Propose this organisation"))
        self.propose_button.setToolTip(
            tr("Partners", "Record this organisation as a proposed partner of the inquiry")
        )
        self.table.setAccessibleName(tr("Partners", "Open inquiries that fit"))
        self.model.retranslate()
        size_columns(self.table)
        keep_place(self.table, self.model, self.model.rows, lambda f: f.inquiry.id)
        self.form.tabs.setTabText(self.form.tabs.indexOf(self), self.title())

    def propose(self) -> list[PartnerProposalRow] | None:
        fit: InquiryFit | None = self.model.row_at(self.table.currentIndex())
        organisation_id = self.form.record_id
        if fit is None or organisation_id is None:
            return None
        ctx = self.ctx
        rows = run_write(
            self, tr("Partners", "Propose this organisation"),
            lambda: partner_proposals.propose(ctx.db, fit.inquiry.id, [organisation_id],
                                              actor=ctx.me),
        )  # fmt: skip
        if rows is None:
            return None
        text = tr("Partners", "%1 proposed for inquiry %2.")
        self.ctx.events.info.emit(
            text.replace("%1", self.form.row.name).replace("%2", fit.inquiry.ref)
        )
        self.ctx.events.data_changed.emit()
        return rows


def add_fits_tab(form: OrganisationForm) -> OrganisationFits:
    """The "Open inquiries that fit" tab, added to the organisation form's tabs."""
    fits = OrganisationFits(form)
    form.tabs.addTab(fits, "")
    fits.retranslate()
    return fits
