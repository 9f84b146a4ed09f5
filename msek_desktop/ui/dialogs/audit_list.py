"""File › Audit list…: who exported, printed or erased a person's data, merged records or
anonymised what was past retention, and when (core.audit), newest first, filtered by action.

For admins (the menu entry is disabled for other logins on the office server; on a file the
person at the desk is one). A login that is not is told so over the empty table. Times are
stored in UTC and shown in this computer's time; the detail of a retention run (its counts,
core.privacy.retention.counts_detail) is said in words.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import audit
from msek_desktop.core.audit import AuditRow
from msek_desktop.core.errors import UserError
from msek_desktop.core.privacy.retention import read_detail
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.labels import Text
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import name_all, name_only
from msek_desktop.ui.kit.table import Column, TipRowsModel, fit_columns
from msek_desktop.ui.kit.widgets import CodeCombo, RowTable

LIMIT = 1000  # the newest entries shown

ACTIONS: dict[str, Text] = {
    "export_person": lambda: tr("Audit", "Exported a person’s data"),
    "print_person": lambda: tr("Audit", "Printed a person’s data"),
    "erase_person": lambda: tr("Audit", "Erased a person"),
    "merge_people": lambda: tr("Audit", "Merged two people"),
    "merge_organisations": lambda: tr("Audit", "Merged two organisations"),
    "undo_merge": lambda: tr("Audit", "Undid a merge"),
    "retention": lambda: tr("Audit", "Anonymised past retention"),
}


def when_text(at: datetime) -> str:
    """A UTC time of the database, in this computer's time and the window's locale."""
    local = at.replace(tzinfo=UTC).astimezone()
    moment = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def who_text(row: AuditRow) -> str:
    return row.login or tr("Audit", "the system")


def action_text(row: AuditRow) -> str:
    label = ACTIONS.get(row.action)
    return label() if label is not None else row.action


def subject_text(row: AuditRow) -> str:
    """The subject as written; "person #N" (how core names a person) in the window's words."""
    if row.subject and row.subject != f"person #{row.contact_id}":
        return row.subject
    if row.contact_id is not None:
        return tr("Audit", "person #%1").replace("%1", str(row.contact_id))
    if row.organisation_id is not None:
        return tr("Audit", "organisation #%1").replace("%1", str(row.organisation_id))
    return ""


def detail_text(row: AuditRow) -> str:
    """The detail as written, a retention run's counts in words."""
    counts = read_detail(row.detail) if row.action == "retention" else None
    if counts is None:
        return row.detail
    return (
        tr("Audit", "%1, %2 (kept %3)")
        .replace("%1", tr("Audit", "%n inquiries anonymised", None, counts["inquiries"]))
        .replace("%2", tr("Audit", "%n people erased", None, counts["people"]))
        .replace("%3", tr("Audit", "%n years", None, counts["years"]))
    )


def audit_columns() -> list[Column]:
    return [
        Column("at", lambda: tr("Audit", "When"), lambda r: when_text(r.at)),
        Column("login", lambda: tr("Audit", "Who"), who_text),
        Column("action", lambda: tr("Audit", "What"), action_text),
        Column("subject", lambda: tr("Audit", "About"), subject_text),
        Column("detail", lambda: tr("Audit", "Detail"), detail_text),
    ]


class AuditListDialog(QDialog):
    """The audit list, newest first, one action or all."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditListDialog")
        self.refused = ""  # why this login may not read the list ("" when it may)
        self.action = CodeCombo(ACTIONS, any_text=lambda: tr("Audit", "All actions"))
        self.action.setObjectName("auditAction")
        self.action.setMinimumContentsLength(28)
        self.action_label = QLabel()
        self.action_label.setBuddy(self.action)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.model = TipRowsModel(audit_columns(), self)
        self.table = RowTable()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(self.action_label)
        filters.addWidget(self.action)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.action.currentIndexChanged.connect(self.load)
        self.retranslate()
        self.load()
        self.resize(1040, 580)

    def load(self) -> None:
        """Read the list again (the action chosen); a refusal is said over the table."""
        try:
            rows = audit.list_audit(self.ctx.db, action=self.action.code(), limit=LIMIT)
        except UserError as exc:
            rows, self.refused = [], user_message(exc)
        else:
            self.refused = ""
        self.model.set_rows(rows)
        fit_columns(self.table, widest=360, padding=12)
        self._say_count()

    def _say_count(self) -> None:
        rows = len(self.model.rows)
        if self.refused:
            self.table.say_empty(self.refused)
        elif not rows:
            self.table.say_empty(tr("Audit", "Nothing recorded yet."))
        else:
            self.table.say_empty("")
        shown = tr("Audit", "%n entries", None, rows)
        self.count.setText(
            tr("Audit", "%1 (the newest %2)").replace("%1", shown).replace("%2", str(LIMIT))
            if rows >= LIMIT
            else shown
        )

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Audit", "Audit list"))
        self.action.retranslate()
        name_all(
            (self.action_label, tr("Audit", "&Show:")),
            (self.hint, tr("Audit", "Who exported, printed or erased a person’s data, merged "
                           "records or anonymised what was past retention, and when.")),
        )  # fmt: skip
        name_only((self.table, tr("Audit", "Audit entries")))
        self.model.retranslate()
        self.table.viewport().update()
        self._say_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
