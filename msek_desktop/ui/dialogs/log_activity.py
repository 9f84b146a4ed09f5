"""Logging a call from a list, in one click or one shortcut: the record a row means, the small
dialog that logs on it, and the action screens put on their lists.

A row means a record (`Target`): an inquiry's row its inquiry, a follow-up's row the inquiry
it follows (inquiry_of), a person's row the person (contact_of), an organisation's row the
organisation (organisation_of); a row in the bin means none (nothing is logged on it).

LogActivityDialog is titled with the record ("Log for 2026-0042 — Chór…") and holds the one
ActivityComposer (forms/activity_composer.py) set to a call, its line ready for typing: Enter
logs and closes the dialog, Esc (or Cancel) closes it with nothing written.

QuickLog puts "Log call…" on a screen: in the context menu of its lists, on a button, and as
Ctrl+L anywhere in the screen (Qt.WidgetWithChildrenShortcut: a record's form is a window of
its own and binds its own Ctrl+L to its inline composer, so the two never meet). It acts on
the list the user picked a row in last; with no single row picked there it is disabled.

    self.quick_log = QuickLog(self, [(self.table, inquiry_of)], before=self.letters_button)

Logging announces the change (the composer's data_changed); the list is read again and the
row acted on selected again, so the user is where they were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.rows import FollowUpRow, TimelineRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.layouts import Role, dialog_buttons

SHORTCUT = "Ctrl+L"
LABEL_MAX = 60  # characters of the record's name in the dialog's title


@dataclass(frozen=True)
class Target:
    """The record a row means: `link` names it as core.activities.log_activity does
    (inquiry_id, contact_id, organisation_id), `label` as the dialog's title says it."""

    link: str
    id: int
    label: str


TargetOf = Callable[[Any], "Target | None"]


def elided(text: str, most: int = LABEL_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def inquiry_of(row: Any) -> Target | None:
    """The inquiry of an inquiry's row (InquiryRow, My day's WaitingInquiry) or of a
    follow-up's (FollowUpRow); None for an inquiry in the bin."""
    if isinstance(row, FollowUpRow):
        ref, subject, inquiry_id = row.inquiry_ref, row.inquiry_subject, row.inquiry_id
    elif getattr(row, "deleted_at", None) is not None:
        return None
    else:
        ref, subject, inquiry_id = row.ref, row.subject, row.id
    label = f"{ref} — {subject}" if subject.strip() else ref
    return Target("inquiry_id", inquiry_id, elided(label))


def contact_of(row: Any) -> Target | None:
    """The person of a ContactRow; None for one in the bin."""
    if row.deleted_at is not None:
        return None
    return Target("contact_id", row.id, elided(row.full_name))


def organisation_of(row: Any) -> Target | None:
    """The organisation of an OrganisationRow; None for one in the bin."""
    if row.deleted_at is not None:
        return None
    return Target("organisation_id", row.id, elided(row.name))


class LogActivityDialog(QDialog):
    """The composer on one record, set to `kind`; closes itself once an entry is logged
    (`entry`), Esc or Cancel closes it with nothing written."""

    def __init__(
        self, ctx: AppContext, target: Target, parent: QWidget | None = None, kind: str = "call"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logActivityDialog")
        self.target = target
        self.entry: TimelineRow | None = None
        # loaded when a call is first logged, not with the lists that offer it
        from msek_desktop.ui.forms.activity_composer import ActivityComposer

        self.composer = ActivityComposer(ctx, self)
        self.composer.set_target(**{target.link: target.id})
        self.composer.set_kind(kind)
        self.heading = QLabel(target.label)  # the title bar may be cut short: said here too
        self.heading.setObjectName("logHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelLog")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.composer)
        layout.addStretch(1)
        layout.addWidget(dialog_buttons((self.cancel_button, Role.RejectRole)))
        self.cancel_button.clicked.connect(self.reject)
        self.composer.logged.connect(self._logged)
        self.setMinimumWidth(560)
        self.retranslate()

    def _logged(self, entry: TimelineRow) -> None:
        self.entry = entry
        self.accept()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.composer.focus_line()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("QuickLog", "Log for %1").replace("%1", self.target.label))
        self.cancel_button.setText(tr("QuickLog", "Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class QuickLog(QObject):
    """The action "Log call…" on `screen`'s lists (each with what its rows mean): in their
    context menus, on a button (put before `before` in its row, if given), Ctrl+L."""

    def __init__(
        self,
        screen: QWidget,
        lists: Sequence[tuple[QAbstractItemView, TargetOf]],
        before: QWidget | None = None,
    ) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx: AppContext = screen.ctx  # type: ignore[attr-defined]
        self.lists = dict(lists)
        self.current = lists[0][0]  # the list a row was picked in last
        self.dialog: LogActivityDialog | None = None
        self.action = QAction(screen)
        self.action.setObjectName("actLogCall")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.log)
        screen.addAction(self.action)
        self.button = QPushButton()
        self.button.setObjectName("logCallButton")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.log)
        for table in self.lists:
            if table.contextMenuPolicy() != Qt.ContextMenuPolicy.ActionsContextMenu:
                table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            table.addAction(self.action)
            table.selectionModel().selectionChanged.connect(lambda *_args, t=table: self._picked(t))
            table.model().modelReset.connect(self._enable)
            table.installEventFilter(self)
        if before is not None:
            insert_before(before, self.button)
        self.retranslate()
        self._enable()

    def target(self) -> Target | None:
        """The record the current list's one selected row means (None: none, or several)."""
        table = self.current
        rows = table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        row = table.model().row_at(rows[0])  # type: ignore[attr-defined]
        return self.lists[table](row) if row is not None else None

    def log(self) -> LogActivityDialog | None:
        """The dialog logging a call on the selected row's record, opened (None: no row)."""
        target = self.target()
        if target is None:
            return None
        table = self.current
        picked = table.selectionModel().selectedRows()[0]
        row_id = table.model().row_at(picked).id  # type: ignore[attr-defined]
        loaded = table.model().rowCount()
        dialog = LogActivityDialog(self.ctx, target, self.screen)
        # the composer announces the change (the lists are read again): the row comes back
        dialog.accepted.connect(
            lambda: QTimer.singleShot(0, lambda: reselect(table, row_id, loaded))
        )
        dialog.finished.connect(lambda _code: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: LogActivityDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _picked(self, table: QAbstractItemView) -> None:
        if table.selectionModel().hasSelection():
            self.current = table
        self._enable()

    def _enable(self) -> None:
        can = self.target() is not None
        self.action.setEnabled(can)
        self.button.setEnabled(can)

    def retranslate(self) -> None:
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = tr("QuickLog", "Log call…")
        self.action.setText(text)
        self.button.setText(text)
        tip = tr("QuickLog", "Log a call, a note, an email or a meeting on the selected row (%1)")
        self.button.setToolTip(tip.replace("%1", keys))
        self.button.setAccessibleName(tr("QuickLog", "Log a call on the selected row"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self.lists:
            self._picked(watched)
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:  # passed on by the screen, its parent
            self.retranslate()
        return super().event(event)


def reselect(table: QAbstractItemView, row_id: Any, loaded: int) -> None:
    """Select again the row of `row_id` in `table` (read again meanwhile), reading as many
    pages as were read; nothing if it has gone."""
    model: Any = table.model()
    for _ in range(100):
        if model.rowCount() >= loaded or not model.canFetchMore():
            break
        model.fetchMore()
    picked = table.selectionModel()
    for number in range(model.rowCount()):
        index = model.index(number, 0)
        if model.row_at(index).id == row_id:
            if not picked.isSelected(index):
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
                picked.setCurrentIndex(index, flags | QItemSelectionModel.SelectionFlag.Rows)
            table.scrollTo(index)
            return


def insert_before(anchor: QWidget, widget: QWidget) -> None:
    """`widget` put just before `anchor` in the row of buttons holding it, and in the
    keyboard's order."""
    parent = anchor.parentWidget()
    layout = holding(parent.layout() if parent is not None else None, anchor)
    if not isinstance(layout, QBoxLayout):
        raise ValueError(f"{anchor.objectName() or anchor!r} is not in a row of widgets")
    layout.insertWidget(layout.indexOf(anchor), widget)
    previous = anchor.previousInFocusChain()
    if previous is not None:
        QWidget.setTabOrder(previous, widget)
    QWidget.setTabOrder(widget, anchor)


def holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (`layout` or one inside it) that holds `widget` itself."""
    if layout is None:
        return None
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item is None:
            continue
        if item.widget() is widget:
            return layout
        inner = holding(item.layout(), widget)
        if inner is not None:
            return inner
    return None
