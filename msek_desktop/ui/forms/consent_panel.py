"""The "Consents (n)" tab of the person form (ConsentPanel): what the person agreed to, when,
how and where it came from, withdrawn or not (core.privacy.consent), the latest given first.

Add… records a consent (ConsentDialog: what, given on, how, a note, an expiry if any);
Withdraw… withdraws the selected one (WithdrawDialog: on which day, how). Core refuses a day
in the future, a withdrawal before the consent was given, one withdrawn twice: the field is
marked in the dialog, which stays open. Each is written on the person's history.

    add_consent_tab(form)   # in the person form's __init__, before form.finish()
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.errors import UserError
from msek_desktop.core.privacy import consent
from msek_desktop.core.privacy.consent import ConsentRow
from msek_desktop.ui.forms.consent_texts import HOWS, PURPOSES
from msek_desktop.ui.forms.followup_actions import date_edit
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.fields import EntryDialog
from msek_desktop.ui.kit.labels import label
from msek_desktop.ui.kit.layouts import STRETCH, button_row
from msek_desktop.ui.kit.table import Column, TipRowsModel, share_width
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable

if TYPE_CHECKING:
    from msek_desktop.ui.forms.record_form import RecordForm

Save = Callable[[dict[str, Any]], ConsentRow]


def consent_columns(today: Callable[[], date]) -> list[Column]:
    """What, given on and how, the note, until when, withdrawn on and how, who recorded it."""

    def state(r: ConsentRow) -> str:
        if r.withdrawn_on is not None:
            return tr("Consent", "Withdrawn")
        return tr("Consent", "In force") if r.current_on(today()) else tr("Consent", "Expired")

    return [
        Column("purpose", lambda: tr("Consent", "Agreed to"), lambda r: label(PURPOSES, r.purpose)),
        Column("state", lambda: tr("Consent", "State"), state),
        Column("given_on", lambda: tr("Consent", "Given on"), lambda r: r.given_on),
        Column("given_how", lambda: tr("Consent", "How"), lambda r: label(HOWS, r.given_how)),
        Column("source", lambda: tr("Consent", "Note"), lambda r: r.source),
        Column("expires_on", lambda: tr("Consent", "Expires on"), lambda r: r.expires_on),
        Column("withdrawn_on", lambda: tr("Consent", "Withdrawn on"), lambda r: r.withdrawn_on),
        Column(
            "withdrawn_how",
            lambda: tr("Consent", "Withdrawn how"),
            lambda r: label(HOWS, r.withdrawn_how),
        ),
    ]


class ConsentDialog(EntryDialog):
    """A consent the person gave: to what, on which day, how, a note, an expiry if any."""

    def __init__(self, parent: QWidget, today: date, save: Save) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self._save = save
        self.purpose = self.add_row(
            "purpose", lambda: tr("Consent", "Agreed to"), CodeCombo(PURPOSES)
        )
        self.given_on = self.add_row(
            "given_on", lambda: tr("Consent", "Given on"), date_edit(today)
        )
        self.given_how = self.add_row("given_how", lambda: tr("Consent", "How"), CodeCombo(HOWS))
        self.source = self.add_row("source", lambda: tr("Consent", "Note"), QLineEdit())
        self.source.setMaxLength(consent.SOURCE_MAX)
        self.expires = QCheckBox()
        self.expires.setObjectName("consentExpires")
        self.expires_on = date_edit(today.replace(year=today.year + 1, day=min(today.day, 28)))
        self.expires_on.setEnabled(False)
        self.expires.toggled.connect(self.expires_on.setEnabled)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.expires)
        row.addWidget(self.expires_on, 1)
        self.add_row("expires_on", lambda: tr("Consent", "Expires"), box)
        self.retranslate()
        self.resize(480, self.sizeHint().height())

    def title(self) -> str:
        return tr("Consent", "New consent")

    def retranslate(self) -> None:
        super().retranslate()
        self.expires.setText(tr("Consent", "on"))

    def submit(self) -> ConsentRow:
        expires = self.expires_on.date().toPython() if self.expires.isChecked() else None
        return self._save(
            {
                "purpose": self.purpose.code(),
                "given_on": self.given_on.date().toPython(),
                "given_how": self.given_how.code(),
                "source": self.source.text(),
                "expires_on": expires,
            }
        )


class WithdrawDialog(EntryDialog):
    """A consent withdrawn: on which day, how."""

    def __init__(self, parent: QWidget, row: ConsentRow, today: date, save: Save) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self._save, self.row = save, row
        self.withdrawn_on = self.add_row(
            "withdrawn_on", lambda: tr("Consent", "Withdrawn on"), date_edit(today)
        )
        self.withdrawn_how = self.add_row(
            "withdrawn_how", lambda: tr("Consent", "How"), CodeCombo(HOWS)
        )
        self.retranslate()
        self.resize(420, self.sizeHint().height())

    def title(self) -> str:
        return tr("Consent", "Withdraw: %1").replace("%1", label(PURPOSES, self.row.purpose))

    def submit(self) -> ConsentRow:
        return self._save(
            {
                "withdrawn_on": self.withdrawn_on.date().toPython(),
                "withdrawn_how": self.withdrawn_how.code(),
            }
        )


class ConsentPanel(QWidget):
    """The consents of one saved person; Add…, Withdraw… the selected one."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__()
        self.form, self.ctx = form, form.ctx
        self.setObjectName("consentPanel")
        self.model = TipRowsModel(consent_columns(self.ctx.today), self)
        self.table = RowTable()
        self.table.setObjectName("consentTable")
        self.table.setModel(self.model)
        share_width(self.table, self.model.columns, {"source"})
        self.table.horizontalHeader().setStretchLastSection(False)
        self.add_button, self.withdraw_button = QPushButton(), QPushButton()
        self.add_button.setObjectName("consentAdd")
        self.withdraw_button.setObjectName("consentWithdraw")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.dialog: EntryDialog | None = None  # the one open (tests reach it)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(button_row(self.add_button, self.withdraw_button, STRETCH))
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.table.activated_row.connect(lambda _row: self.withdraw())
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.ctx.events.data_changed.connect(self._data_changed)

    def selected(self) -> ConsentRow | None:
        rows = self.table.selectionModel().selectedRows()
        number = rows[0].row() if rows else -1
        return self.model.rows[number] if 0 <= number < len(self.model.rows) else None

    def refresh(self) -> None:
        """The person's consents read again; the tab's title counts those in force."""
        record_id = self.form.record_id
        rows: list[ConsentRow] = []
        if record_id is not None:
            try:
                rows = consent.list_consents(self.ctx.db, record_id)
            except UserError:  # the server away, the file busy: read again next time
                return
        self.model.set_rows(rows)
        in_force = sum(1 for r in rows if r.current_on(self.ctx.today()))
        tabs = self.form.tabs
        title = tr("Consent", "Consents (%1)").replace("%1", str(in_force))
        tabs.setTabText(tabs.indexOf(self), title)
        if record_id is None:
            self.table.say_empty(tr("Consent", "Save the person first to record consents."))
        else:
            self.table.say_empty(
                "" if rows else tr("Consent", "No consent recorded: add one with Add…")
            )
        self._enable()

    def _writable(self) -> bool:
        form = self.form
        return form.record_id is not None and not form.is_deleted() and not self.ctx.db.read_only

    def _enable(self, *_args: object) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self._writable())
        self.withdraw_button.setEnabled(
            self._writable() and chosen is not None and chosen.withdrawn_on is None
        )

    def add(self) -> None:
        if not self._writable():
            return
        db, me, person = self.ctx.db, self.ctx.me, self.form.record_id
        assert person is not None

        def save(values: dict[str, Any]) -> ConsentRow:
            return consent.add_consent(db, person, values, actor=me, today=self.ctx.today())

        self._run(ConsentDialog(self, self.ctx.today(), save))

    def withdraw(self) -> None:
        row = self.selected()
        if row is None or row.withdrawn_on is not None or not self._writable():
            return
        db, me = self.ctx.db, self.ctx.me

        def save(values: dict[str, Any]) -> ConsentRow:
            return consent.withdraw_consent(db, row.id, values, actor=me, today=self.ctx.today())

        self._run(WithdrawDialog(self, row, self.ctx.today(), save))

    def _run(self, dialog: EntryDialog) -> None:
        self.dialog = dialog
        try:
            if dialog.exec() and dialog.result_row is not None:
                self.refresh()
                self.ctx.events.data_changed.emit()  # the history shows the entry
        finally:
            self.dialog = None

    def _data_changed(self) -> None:
        if self.form.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def retranslate(self) -> None:
        self.add_button.setText(tr("Consent", "Add…"))
        self.withdraw_button.setText(tr("Consent", "Withdraw…"))
        self.hint.setText(
            tr(
                "Consent",
                "What the person agreed to, and when and how they said so; a withdrawn "
                "consent stays listed.",
            )
        )
        self.table.setAccessibleName(tr("Consent", "Consents"))
        self.model.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_consent_tab(form: RecordForm) -> ConsentPanel:
    """The person's consents in a new tab of `form`'s tabs."""
    panel = ConsentPanel(form)
    form.tabs.addTab(panel, "")
    panel.retranslate()
    return panel
