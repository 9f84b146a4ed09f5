"""A record's history as one stream, in a tab of its form: the activity composer at the top
(Log call / Note / Email sent / Meeting), then every entry newest first, one line each: when,
who, what (inquiry_history.TimelineText says how each kind reads); a filter shows one sort
of entry only (core.history.FILTERS). An activity's details are in its line's tooltip, and
shown under it when the line is opened (double-click or Enter).

An inquiry, a person and an organisation each have one (add_history_tab). In the form, Ctrl+L
brings the stream forward with "call" chosen and the cursor in the composer's line (the
shortcut is the form's own: list screens and My day bind Ctrl+L to a dialog of theirs).

The stream reads its record again when it is shown, after an activity is logged, and when
data changes (the window's saves, a colleague's on the office server) while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import fields, history, staff
from msek_desktop.core.errors import UserError
from msek_desktop.core.rows import TimelineRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.activity_composer import ActivityComposer
from msek_desktop.ui.forms.consent_texts import VALUES as CONSENT
from msek_desktop.ui.forms.fields_dialog import Text
from msek_desktop.ui.forms.inquiry_history import TimelineText
from msek_desktop.ui.forms.record_form import RecordForm
from msek_desktop.ui.i18n import tr, with_colon
from msek_desktop.ui.kit import labels

# what the stream shows: (target, writable); target None for a record not saved yet
Record = Callable[[], tuple[dict[str, int] | None, bool]]
LOG_KEYS = "Ctrl+L"
FILTER_TEXTS: dict[str, Text] = {
    "all": lambda: tr("History", "Everything"),
    "activities": lambda: tr("History", "Calls, notes, emails, meetings"),
    "followups": lambda: tr("History", "Follow-ups"),
    "stages": lambda: tr("History", "Stage changes"),
    "letters_partners": lambda: tr("History", "Letters and partners"),
    "documents": lambda: tr("History", "Documents"),
    "changes": lambda: tr("History", "Edits"),
}
# the codes of a person's and an organisation's fields named in their edits (an inquiry's:
# inquiry_history.VALUES)
RECORD_VALUES: dict[str, dict[str, dict[str, Text]]] = {
    "contact_id": {"honorific": labels.HONORIFICS, "language": labels.LANGUAGES, **CONSENT},
    "organisation_id": {"kind": labels.ORGANISATION_KINDS},
}
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1  # an entry's details ("" when it has none)
LINE_ROLE = Qt.ItemDataRole.UserRole + 2  # its one line


class HistoryStream(QWidget):
    """The composer, the filter and the entries of one record; see the module's text.
    `field_labels`: the record's fields named as its form names them (a person's, an
    organisation's); an inquiry's are named by inquiry_history."""

    def __init__(
        self,
        ctx: AppContext,
        record: Record,
        *,
        field_labels: Callable[[], dict[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyStream")
        self.ctx, self.record, self.field_labels = ctx, record, field_labels
        self.entries: Sequence[TimelineRow] = ()
        self._names: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self._stale = True
        self._read_any = False  # a record's entries were read (none, maybe)
        self._link = ""  # whose: inquiry_id, contact_id or organisation_id
        self._organisations: dict[str, str] = {}  # a person's moves: organisations by id
        self.composer = ActivityComposer(ctx, self)
        self.composer.logged.connect(self._logged)
        self.show_label = QLabel()
        self.filter = QComboBox()
        self.filter.setObjectName("historyFilter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in history.FILTERS:
            self.filter.addItem("", code)
        self.filter.currentIndexChanged.connect(self.reload)
        self.show_label.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("timeline")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self.toggle_details)
        self.tabs: QTabWidget | None = None  # the tabs it is one of (add_history_tab)
        self.title: Text | None = None  # its tab's title, when it names it
        self.composer.kinds_row.addWidget(self.show_label)  # the filter on the kinds' line
        self.composer.kinds_row.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.composer)
        layout.addWidget(self.list, 1)
        ctx.events.data_changed.connect(self.data_changed)
        ctx.events.live_changed.connect(self.data_changed)
        self.retranslate()

    def show_filter(self, code: str) -> None:
        """Show only what filter `code` names (core.history.FILTERS)."""
        self.filter.setCurrentIndex(self.filter.findData(code))

    def shown_filter(self) -> str:
        return str(self.filter.currentData())

    # -- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the record's entries again (those of the filter chosen), newest first."""
        target, writable = self.record()
        self._stale = False
        self._read_any = target is not None
        self._link = next(iter(target)) if target is not None else ""
        if target is None:
            self.entries = ()
            self.composer.setEnabled(False)
        else:
            self.composer.set_target(**target)
            self.composer.set_writable(writable)
            try:
                self.entries = history.entries(self.ctx.db, self.shown_filter(), **target)
                self._names = self._read_names()
                self._organisations = history.organisation_names(self.ctx.db, self.entries)
            except UserError:  # the server away, the file busy: what is shown stays
                self._stale = True  # and is read again when next asked
                return
        self._show()

    def _read_names(self) -> tuple[dict[str, str], dict[str, str]]:
        """Staff by login, fields of exchange by code, in the window's language."""
        db, lang = self.ctx.db, self.ctx.language
        people = {s.login: s.full_name for s in staff.list_staff(db)}
        named = {
            f.code: getattr(f, f"name_{lang}", "") or f.name_en for f in fields.list_fields(db)
        }
        return people, named

    def data_changed(self) -> None:
        """Read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _logged(self) -> None:
        self.reload()
        self.list.setCurrentRow(0)
        self.list.scrollToTop()

    # -- showing --------------------------------------------------------------------------

    def _show(self) -> None:
        named = self.field_labels() if self.field_labels is not None else None
        values = dict(RECORD_VALUES.get(self._link, {}))
        values["organisation_id"] = {k: partial(str, n) for k, n in self._organisations.items()}
        text = TimelineText(*self._names, field_labels=named, values=values)
        self.list.clear()
        if not self.entries and self._read_any:  # why the list is empty
            if self.shown_filter() == "all":
                hint = tr(
                    "History",
                    "Nothing recorded yet: log a call, a note, an email or a meeting above.",
                )
            else:
                hint = tr("History", "Nothing of this kind yet.")
            empty = QListWidgetItem(hint)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        for entry in self.entries:
            line, details = text(entry), text.details(entry)
            item = QListWidgetItem(f"{line} …" if details else line)
            item.setData(LINE_ROLE, line)
            item.setData(DETAILS_ROLE, details)
            item.setToolTip(f"{line}\n\n{details}" if details else line)
            self.list.addItem(item)

    def toggle_details(self, item: QListWidgetItem) -> None:
        """An activity's details shown under its line, or hidden again."""
        line, details = item.data(LINE_ROLE), item.data(DETAILS_ROLE)
        if details:
            opened = item.text() != f"{line} …"
            item.setText(f"{line} …" if opened else f"{line}\n{details}")

    def start_logging(self, kind: str = "call") -> None:
        """Ctrl+L: this stream brought forward, `kind` chosen, the cursor in the line."""
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self)
        if self._stale:
            self.reload()
        self.composer.set_kind(kind)
        self.composer.focus_line()

    def retranslate(self) -> None:
        for number, code in enumerate(history.FILTERS):
            self.filter.setItemText(number, FILTER_TEXTS[code]())
        self.show_label.setText(with_colon(tr("History", "Show")))
        self.filter.setAccessibleName(tr("History", "Show"))
        self.list.setAccessibleName(tr("InquiryForm", "History"))
        if self.tabs is not None and self.title is not None:
            self.tabs.setTabText(self.tabs.indexOf(self), self.title())
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self._read_any:  # the fields of exchange are named in the new language
                self._names = self._read_names()
            self.retranslate()
        super().changeEvent(event)


def log_shortcut(form: QWidget, stream: HistoryStream) -> QShortcut:
    """Ctrl+L in `form` (and only there): log a call on its record."""
    shortcut = QShortcut(QKeySequence(LOG_KEYS), form)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: stream.start_logging("call"))
    return shortcut


def add_history_tab(
    form: RecordForm,
    link: str,
    title: Text | None,
    *,
    field_labels: Callable[[], dict[str, str]] | None = None,
) -> HistoryStream:
    """A stream of the record of `form` (`link`: inquiry_id, contact_id or organisation_id)
    in a new tab of its tabs, named `title` (None: the form names the tab), with Ctrl+L."""

    def record() -> tuple[dict[str, int] | None, bool]:
        if form.record_id is None:
            return None, False
        return {link: form.record_id}, not form.is_deleted()

    stream = HistoryStream(form.ctx, record, field_labels=field_labels)
    form.tabs.addTab(stream, "")
    stream.tabs, stream.title = form.tabs, title
    stream.retranslate()
    log_shortcut(form, stream)
    return stream
