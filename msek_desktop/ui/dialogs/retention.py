"""File › Data past retention…: the closed inquiries, and their people, kept longer than the
office's retention (core.privacy.retention decides which), listed before anything is done,
then anonymised in one action, confirmed, in the background.

The preview is the one place the people's names are shown. Anonymising is for admins: for
another login on the office server (or a read-only database) the button is disabled and says
why. The list is read again once the work is done. A row opened (double-click, Enter) opens
its inquiry.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import roles
from msek_desktop.core.errors import UserError
from msek_desktop.core.privacy import retention
from msek_desktop.core.privacy.retention import Applied, Due, DueInquiry
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import questions
from msek_desktop.ui.kit.layouts import dialog_buttons
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import name_only
from msek_desktop.ui.kit.table import Column, TipRowsModel, display, fit_columns
from msek_desktop.ui.kit.tasks import Operation, Progress
from msek_desktop.ui.kit.widgets import RowTable


def fate_text(row: DueInquiry) -> str:
    """What happens to the inquiry's person."""
    if row.contact_id is None:
        return tr("Retention", "No person")
    if row.person_erased:
        return tr("Retention", "Erased everywhere")
    return tr("Retention", "Kept (an open or recent inquiry, or a consent)")


def closed_text(row: DueInquiry) -> str:
    day = display(row.closed_on)
    if row.counted_from == retention.FROM_ACTIVITY:
        return tr("Retention", "%1 (last activity)").replace("%1", day)
    if row.counted_from == retention.FROM_RECEIVED:
        return tr("Retention", "%1 (received)").replace("%1", day)
    return day


def due_columns() -> list[Column]:
    return [
        Column("closed_on", lambda: tr("Retention", "Closed"), closed_text),
        Column("ref", lambda: tr("Retention", "Inquiry"), lambda r: r.ref),
        Column("person", lambda: tr("Retention", "Person"), lambda r: r.person),
        Column("fate", lambda: tr("Retention", "The person’s data"), fate_text),
    ]


def counts_text(inquiries: int, people: int) -> str:
    return (
        tr("Retention", "%1 and %2")
        .replace("%1", tr("Retention", "%n inquiries", None, inquiries))
        .replace("%2", tr("Retention", "%n people", None, people))
    )


class RetentionDialog(QDialog):
    """The preview of what is past retention, and the one action that anonymises it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("retentionDialog")
        self.found = Due(0, None)
        self.operation: Operation | None = None
        self.refused = ""  # why this login may not read or anonymise ("" when it may)
        self.admin = not ctx.db.read_only and self._is_admin()
        self.setting = QLabel()
        self.setting.setObjectName("retentionSetting")
        self.setting.setWordWrap(True)
        self.explained = QLabel()
        self.explained.setWordWrap(True)
        self.model = TipRowsModel(due_columns(), self)
        self.table = RowTable()
        self.table.setObjectName("retentionTable")
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda row: ctx.events.open_inquiry.emit(row.id))
        self.count = QLabel()
        self.count.setObjectName("retentionCount")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("retentionApply")
        self.apply_button.clicked.connect(self.confirm_and_apply)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.buttons: QDialogButtonBox = dialog_buttons(
            (self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.setting)
        layout.addWidget(self.explained)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.refresh()
        self.resize(980, 580)

    def _is_admin(self) -> bool:
        try:
            return roles.is_admin(self.ctx.db)
        except UserError:
            return False

    def refresh(self) -> None:
        """Read what is past retention today, and say it."""
        try:
            self.found = retention.due(self.ctx.db, self.ctx.today())
        except UserError as exc:
            self.found, self.refused = Due(0, None), user_message(exc)
        else:
            self.refused = ""
        self.model.set_rows(self.found.inquiries)
        fit_columns(self.table, widest=280, padding=12)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Retention", "Data past retention"))
        found = self.found
        if found.before is None and not self.refused:
            self.setting.setText(tr("Retention", "The retention is 0 years in the office "
                                    "settings: closed inquiries and the people they name "
                                    "are kept until someone erases them."))  # fmt: skip
        else:
            self.setting.setText(
                tr("Retention", "Closed inquiries and the people they name are kept %n years "
                   "(office settings). Those closed before %1 are past it.", None, found.years)
                .replace("%1", display(found.before))
            )  # fmt: skip
        self.explained.setText(tr(
            "Retention", "Anonymising takes the person’s name, email and phone out of each "
            "inquiry below; a person nothing else holds is erased everywhere. The inquiries "
            "stay, so the office’s counts stay right. It cannot be undone; the backups keep "
            "the data until they are replaced."))  # fmt: skip
        self.close_button.setText(tr("Retention", "Close"))
        name_only((self.table, tr("Retention", "Inquiries past retention")))
        self.model.retranslate()
        self._follow()

    def _follow(self) -> None:
        """The count, the button's words and whether it may be pressed (and why not)."""
        found, inquiries, people = self.found, len(self.found.inquiries), len(self.found.people)
        if self.refused:
            self.table.say_empty(self.refused)
        elif found.empty:
            self.table.say_empty(tr("Retention", "Nothing is past retention."))
        else:
            self.table.say_empty("")
        self.count.setText(
            tr("Retention", "Past retention: %1.").replace("%1", counts_text(inquiries, people))
        )
        self.apply_button.setText(
            tr("Retention", "&Anonymise %1").replace("%1", counts_text(inquiries, people))
        )
        self.apply_button.setEnabled(self.admin and not found.empty and self.operation is None)
        self.apply_button.setToolTip(
            ""
            if self.admin
            else tr("Retention", "Only an admin of the office database may anonymise.")
        )

    def confirm_and_apply(self) -> Operation | None:
        """Asked first (No is the default: it cannot be undone), then done off the GUI
        thread; None when nothing started."""
        if self.found.empty or not self.admin or self.operation is not None:
            return None
        counts = counts_text(len(self.found.inquiries), len(self.found.people))
        question = tr("Retention", "Anonymise %1 now? Their names, emails and phones are "
                      "removed for good.").replace("%1", counts)  # fmt: skip
        if not questions.confirm(self, self.windowTitle(), question):
            return None
        db, today, me = self.ctx.db, self.ctx.today(), self.ctx.me or None

        def work(progress: Progress) -> Applied:
            return retention.apply(db, today, actor=me, progress=progress)

        title = tr("Retention", "Anonymising…")
        self.operation = Operation(self, work, title=title, cancellable=True)
        self.operation.on_success(self._applied).finished.connect(self._finished)
        self._follow()
        return self.operation.run()

    def _applied(self, applied: Applied) -> None:
        self.ctx.events.data_changed.emit()
        self.ctx.events.info.emit(
            tr("Retention", "Anonymised: %1.").replace(
                "%1", counts_text(applied.inquiries, applied.people)
            )
        )
        if not applied.wiped:
            questions.inform(self, self.windowTitle(), tr(
                "Retention",
                "Anonymised. The space the data took is not all wiped yet: on the office "
                "server this needs its owner (VACUUM FULL), or another desk was still "
                "reading. It is wiped at the owner's next VACUUM FULL.",
            ))  # fmt: skip

    def _finished(self) -> None:
        self.operation = None
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
