"""The form of one exchange (ExchangeForm), on RecordForm's life cycle (Save, Close, Delete and
Restore, a stale edit offered a reload, the unsaved-changes question): its title, kind,
status (a cancelled one with its reason and note), dates, organisations by side, fields,
participants by side planned and actual, whether the inquiry's stage follows it; its
programme, funding, outcome and documents in the tabs below.

The form collects values and hands them to core.exchanges (field names as the values' keys,
so core's refusals are marked under their fields); a new exchange of an inquiry starts from
core's proposed_values (Record the exchange… on the inquiry form).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import exchanges, inquiries, organisations
from msek_desktop.core.exchanges import ExchangeDetail, ExchangeRow, OrganisationBrief
from msek_desktop.core.vocab import ExchangeStatus
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.documents_panel import add_documents_tab
from msek_desktop.ui.forms.exchange_editors import (
    FundingTable,
    ItemsTable,
    OptionalDate,
    OrganisationsEditor,
    count_box,
    count_of,
    set_count,
)
from msek_desktop.ui.forms.field_chips import FieldChips, FieldsChecklist
from msek_desktop.ui.forms.fields_dialog import Text
from msek_desktop.ui.forms.organisation_profile import reveal
from msek_desktop.ui.forms.record_form import RecordForm, choose
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels
from msek_desktop.ui.kit.widgets import CodeCombo

COUNTS = ("planned_saint_etienne", "planned_katowice", "actual_saint_etienne", "actual_katowice")
CANCELLING = ("cancel_reason", "cancel_note")


class ExchangeForm(RecordForm):
    """One exchange in its own window; `exchange_id` None makes a new one, filled from
    `proposed` (core.exchanges.proposed_values) when given."""

    def __init__(
        self,
        ctx: AppContext,
        exchange_id: int | None,
        parent: QWidget | None = None,
        *,
        proposed: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(ctx, exchange_id, parent)
        self.setObjectName("exchangeForm")
        self.proposed = dict(proposed or {})
        self.detail: ExchangeDetail | None = None
        today = ctx.today()
        self.title_line = self.add_field("title", QLineEdit())
        self.kind = self.add_field("kind", CodeCombo(labels.EXCHANGE_KINDS))
        self.status = self.add_field("status", CodeCombo(labels.EXCHANGE_STATUSES))
        reasons = CodeCombo(labels.CANCEL_REASONS, any_text=choose)  # chosen, never assumed
        self.cancel_reason = self.add_field("cancel_reason", reasons)
        self.cancel_note = self.add_field("cancel_note", QLineEdit())
        self.starts_on = self.add_field("starts_on", OptionalDate(today))
        self.ends_on = self.add_field("ends_on", OptionalDate(today))
        self.moves_stage = self.add_field("moves_stage", QCheckBox())
        self.organisations = self.add_field("organisation_ids", OrganisationsEditor(ctx), 1)
        self.fields = FieldsChecklist(ctx)
        self.field_chips = self.add_field("field_codes", FieldChips(self.fields), 1)
        self.counts: dict[str, QSpinBox] = {}
        self.count_labels = [QLabel() for _ in range(4)]  # planned, actual; the two sides
        self.columns[1].addRow(self.count_labels[0], self._counts_grid())
        self.items = ItemsTable(lambda: self.starts_on.date() or ctx.today())
        self.funding = FundingTable()
        self.outcome = QPlainTextEdit()
        for name, editor in (("items", self.items), ("funding", self.funding),
                             ("outcome", self.outcome)):  # fmt: skip
            label, box = self.field(name, editor)
            self.tabs.addTab(box, "")
            self._unshown(label)  # the tab says what it holds
        self.documents = add_documents_tab(self, "exchange_id")
        self.form_error = self.field_errors.label("form")
        self.inquiry_button = QPushButton()
        self.inquiry_button.setObjectName("openInquiry")
        self.inquiry_button.setAutoDefault(False)  # Enter saves, as in every form
        self.inquiry_button.clicked.connect(self.open_inquiry)
        self.proposed_ref = self._ref(self.proposed.get("inquiry_id"))
        self.status.currentIndexChanged.connect(self._show_cancelling)
        for table in (self.items, self.funding):
            table.changed.connect(self._tab_titles)
        self.finish()
        self.resize(1100, 760)

    def _counts_grid(self) -> QWidget:
        """Planned and actual participants (rows) of each side (columns)."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, label in enumerate(self.count_labels[2:], start=1):
            grid.addWidget(label, 0, column)
        for row, name in enumerate(("planned", "actual"), start=1):
            for column, side in enumerate(("saint_etienne", "katowice"), start=1):
                key = f"{name}_{side}"
                self.counts[key] = box = count_box()
                label, holder = self.field(key, box)
                grid.addWidget(holder, row, column)
                self._unshown(label)  # the grid's headers say it; it names the box
        grid.addWidget(self.count_labels[1], 1, 0)
        self.actual_label = QLabel()
        grid.addWidget(self.actual_label, 2, 0)
        grid.setColumnStretch(3, 1)
        widget = QWidget()
        widget.setLayout(grid)
        return widget

    def _unshown(self, label: QLabel) -> None:
        label.setParent(self)
        label.hide()

    def lay_out(self) -> None:
        top = QHBoxLayout()
        for form, stretch in zip(self.columns, (1, 1), strict=True):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            top.addLayout(form, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        assert self.form_error is not None
        layout.addWidget(self.form_error)
        layout.addLayout(self.button_row(self.inquiry_button))
        chain = [*self.editors.values(), self.inquiry_button, self.save_button]
        chain += [self.close_button, self.delete_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- reading, checking and writing --------------------------------------------------

    def read_record(self, record_id: int) -> ExchangeRow:
        self.detail = exchanges.get_exchange(self.ctx.db, record_id)
        return self.detail.row

    def is_deleted(self) -> bool:
        return self.row is not None and self.row.deleted

    def inquiry_id(self) -> int | None:
        if self.row is not None:
            return int(self.row.inquiry_id) if self.row.inquiry_id is not None else None
        given = self.proposed.get("inquiry_id")
        return int(given) if given is not None else None

    def fill(self, row: ExchangeRow | None) -> None:
        detail = self.detail if row is not None else None
        given = self.proposed if row is None else {}
        self.title_line.setText(row.title if row else str(given.get("title", "")))
        self.kind.set_code(row.kind if row else given.get("kind", "visit"))
        self.status.set_code(row.status if row else ExchangeStatus.PLANNED.value)
        self.cancel_reason.set_code(row.cancel_reason if row else None)
        self.cancel_note.setText(detail.cancel_note if detail else "")
        self.starts_on.set_date(row.starts_on if row else None)
        self.ends_on.set_date(row.ends_on if row else None)
        self.moves_stage.setChecked(detail.moves_stage if detail else True)
        briefs = row.organisations if row else self._briefs(given.get("organisation_ids", ()))
        self.organisations.set_organisations(briefs)
        self.fields.set_codes(tuple(row.fields if row else given.get("field_codes", ())))
        for key, box in self.counts.items():
            set_count(box, getattr(row, key) if row else None)
        self.items.set_rows(detail.items if detail else ())
        self.funding.set_rows(detail.funding if detail else ())
        self.outcome.setPlainText(detail.outcome if detail else "")
        self._show_cancelling()

    def _ref(self, inquiry_id: Any) -> str:
        if inquiry_id is None:
            return ""
        return inquiries.get_inquiry(self.ctx.db, int(inquiry_id)).row.ref

    def _briefs(self, ids: Any) -> list[OrganisationBrief]:
        found = (organisations.get_organisation(self.ctx.db, int(i)) for i in ids)
        return [OrganisationBrief(o.id, o.name, o.side) for o in found]

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "title": self.title_line.text(),
            "kind": self.kind.code(),
            "status": self.status.code(),
            "cancel_reason": self.cancel_reason.code(),
            "cancel_note": self.cancel_note.text(),
            "starts_on": self.starts_on.date(),
            "ends_on": self.ends_on.date(),
            "moves_stage": self.moves_stage.isChecked(),
            "organisation_ids": self.organisations.ids(),
            "field_codes": list(self.fields.codes()),
            "items": self.items.rows(),
            "funding": self.funding.rows(),
            "outcome": self.outcome.toPlainText(),
            "inquiry_id": self.inquiry_id(),
        }
        if values["status"] != ExchangeStatus.CANCELLED:  # core keeps none: nor is one sent
            values["cancel_reason"], values["cancel_note"] = None, ""
        values.update({key: count_of(box) for key, box in self.counts.items()})
        return values

    def check(self, values: dict[str, Any]) -> dict[str, str | Text]:
        """What core would refuse in the whole exchange, marked at once before saving."""
        return dict(exchanges.field_errors(values))

    def create_record(self, values: dict[str, Any]) -> ExchangeRow:
        ctx = self.ctx
        made = exchanges.create_exchange(ctx.db, values, actor=ctx.me, today=ctx.today())
        return made.row

    def update_record(self, values: dict[str, Any], expected_version: int) -> ExchangeRow:
        assert self.record_id is not None
        ctx = self.ctx
        changed = exchanges.update_exchange(
            ctx.db, self.record_id, values, actor=ctx.me, expected_version=expected_version,
            today=ctx.today(),
        )  # fmt: skip
        return changed.row

    def set_deleted(self, deleted: bool) -> Any:
        assert self.record_id is not None
        return exchanges.set_deleted(self.ctx.db, self.record_id, deleted, actor=self.ctx.me)

    def open_inquiry(self) -> None:
        inquiry_id = self.inquiry_id()
        if inquiry_id is not None:
            self.ctx.events.open_inquiry.emit(inquiry_id)

    # -- showing ------------------------------------------------------------------------

    def show_state(self) -> None:
        super().show_state()
        self.tabs.setEnabled(True)  # the programme and funding of a new one too
        self.inquiry_button.setVisible(self.inquiry_id() is not None)

    def _show_cancelling(self) -> None:
        """The reason and note of a cancellation, only while the status says cancelled."""
        cancelled = self.status.code() == ExchangeStatus.CANCELLED
        for name in CANCELLING:
            box = self.editors[name].parentWidget()
            assert box is not None
            self.columns[0].setRowVisible(box, cancelled)

    def show_errors(self, messages: Mapping[str, str | Text], *, from_service: bool = True) -> None:
        """RecordForm's, the tab of the first refused field brought forward."""
        super().show_errors(messages, from_service=from_service)
        shown = [n for n in self.editors if n in messages]
        if shown:
            reveal(self.editors[shown[0]])
            self.editors[shown[0]].setFocus()

    def _tab_titles(self) -> None:
        count = self.items.table.rowCount()
        self.tabs.setTabText(0, tr("ExchangeForm", "Programme (%n)", None, count))
        funded = self.funding.table.rowCount()
        self.tabs.setTabText(1, tr("ExchangeForm", "Funding (%n)", None, funded))
        self.tabs.setTabText(2, tr("ExchangeForm", "Outcome"))

    def title_text(self) -> str:
        if self.row is None:
            return tr("ExchangeForm", "New exchange")
        return tr("ExchangeForm", "Exchange — %1").replace("%1", self.row.title)

    def saved_text(self, row: ExchangeRow) -> str:
        return tr("ExchangeForm", "Exchange “%1” saved.").replace("%1", row.title)

    def delete_question(self) -> str:
        question = tr(
            "ExchangeForm",
            "Delete the exchange “%1”? You can restore it later from “Show deleted” on the "
            "Exchanges screen.",
        )
        return question.replace("%1", self.title_text() if self.row is None else self.row.title)

    def field_texts(self) -> dict[str, str]:
        return {
            "title": tr("ExchangeForm", "Title"),
            "kind": tr("ExchangeForm", "Kind"),
            "status": tr("ExchangeForm", "Status"),
            "cancel_reason": tr("ExchangeForm", "Why cancelled"),
            "cancel_note": tr("ExchangeForm", "Cancellation note"),
            "starts_on": tr("ExchangeForm", "From"),
            "ends_on": tr("ExchangeForm", "To"),
            "moves_stage": "",
            "organisation_ids": tr("ExchangeForm", "Organisations"),
            "field_codes": tr("ExchangeForm", "Fields"),
            "planned_saint_etienne": tr("ExchangeForm", "Planned from Saint-Étienne"),
            "planned_katowice": tr("ExchangeForm", "Planned from Katowice"),
            "actual_saint_etienne": tr("ExchangeForm", "Took part from Saint-Étienne"),
            "actual_katowice": tr("ExchangeForm", "Took part from Katowice"),
            "items": tr("ExchangeForm", "Programme"),
            "funding": tr("ExchangeForm", "Funding"),
            "outcome": tr("ExchangeForm", "Outcome"),
        }

    def retranslate_editors(self) -> None:
        for combo in (self.kind, self.status, self.cancel_reason):
            combo.retranslate()
        for editor in (self.starts_on, self.ends_on, self.organisations, self.field_chips,
                       self.items, self.funding):  # fmt: skip
            editor.retranslate()
        self.moves_stage.setText(tr("ExchangeForm", "The inquiry’s stage follows this exchange"))
        self.moves_stage.setToolTip(
            tr(
                "ExchangeForm",
                "The status and the inquiry’s stage follow the dates: running from the first "
                "day, completed after the last. Untick to set them by hand.",
            )
        )
        self.labels["moves_stage"].setText("")
        self.moves_stage.setAccessibleName(self.moves_stage.text())
        self.count_labels[0].setText(tr("ExchangeForm", "Participants"))
        self.count_labels[1].setText(tr("ExchangeForm", "Planned"))
        self.actual_label.setText(tr("ExchangeForm", "Took part"))
        self.count_labels[2].setText(labels.label(labels.SIDES, "saint_etienne"))
        self.count_labels[3].setText(labels.label(labels.SIDES, "katowice"))
        self.outcome.setPlaceholderText(
            tr("ExchangeForm", "How it went: what was done, what came of it, what to do again…")
        )
        ref = (self.row.inquiry_ref or "") if self.row is not None else self.proposed_ref
        self.inquiry_button.setText(tr("ExchangeForm", "Inquiry %1").replace("%1", ref))
        self.inquiry_button.setToolTip(tr("ExchangeForm", "Open the inquiry of this exchange"))
