"""The "Documents (n)" tab of the inquiry form and of the organisation form (DocumentsPanel):
the files attached to the record (core.documents), newest first, with their size, type, who
added them and when.

- Add… chooses several files at once; files dragged from Explorer onto the tab are added the
  same way. They are read and written in the background with a progress box; a file refused
  (too large, empty, unreadable) is named in one message at the end and the others are kept.
- Open (Enter or a double-click) shows a read-only copy in the system's viewer: what is
  changed there is not saved back (the tab says so). Save as… writes the document where the
  user chooses.
- Remove moves the selected documents to the bin (Delete key), with Undo on the bar that
  says so; the Bin button shows what was removed in the last 30 days, and Restore brings it
  back.

    add_documents_tab(form, "inquiry_id")   # in the form's __init__, before form.finish()
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import documents
from msek_desktop.core.documents import BIN_DAYS, DocumentRow
from msek_desktop.core.errors import UserError
from msek_desktop.ui.forms.document_files import (
    checked_content,
    document_columns,
    dropped_files,
    names,
    open_copy,
    refusal_text,
)
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import choosers, questions
from msek_desktop.ui.kit.document_texts import limit_text
from msek_desktop.ui.kit.layouts import STRETCH, button_row
from msek_desktop.ui.kit.live import NoticeBar
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.table import TipRowsModel, share_width
from msek_desktop.ui.kit.tasks import Operation, Progress
from msek_desktop.ui.kit.widgets import RowTable

if TYPE_CHECKING:
    from msek_desktop.ui.forms.record_form import RecordForm

Refused = list[tuple[str, UserError]]  # (file name, why it was refused)


class DocumentsPanel(QWidget):
    """The documents of one saved inquiry or organisation (`link`: "inquiry_id" or
    "organisation_id"), and its bin."""

    def __init__(self, form: RecordForm, link: str) -> None:
        super().__init__()
        self.form, self.ctx, self.link = form, form.ctx, link
        self.setObjectName("documentsPanel")
        self.setAcceptDrops(True)
        self.in_bin = False
        self.live_count = 0
        self.adding: Operation | None = None
        self.bin = BinActions(self)
        self.model = TipRowsModel(document_columns(lambda: self.in_bin), self)
        self.table = RowTable()
        self.table.setObjectName("documentTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        share_width(self.table, self.model.columns, {"name"})
        self.table.horizontalHeader().setStretchLastSection(False)  # the name takes the room
        self.bar = NoticeBar("documentNotice")
        self.hint = QLabel()
        self.hint.setObjectName("documentHint")
        self.hint.setWordWrap(True)
        self.add_button, self.open_button, self.save_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.remove_button, self.restore_button = QPushButton(), QPushButton()
        self.bin_button = QPushButton()
        self.bin_button.setCheckable(True)
        self._lay_out()

    def _lay_out(self) -> None:
        buttons = (self.add_button, self.open_button, self.save_button, self.remove_button,
                   self.restore_button, self.bin_button)  # fmt: skip
        for button, name in zip(buttons, ("Add", "Open", "Save", "Remove", "Restore", "Bin"),
                                strict=True):  # fmt: skip
            button.setObjectName(f"document{name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(button_row(self.add_button, self.open_button, self.save_button,
                                    self.remove_button, self.restore_button, STRETCH,
                                    self.bin_button))  # fmt: skip
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.bin.remove_selected)
        self.restore_button.clicked.connect(self.bin.restore_selected)
        self.bin_button.toggled.connect(self.show_bin)
        self.bar.button.clicked.connect(self.bin.undo_remove)
        self.table.activated_row.connect(lambda _row: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._enable)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(
            lambda: self.bin.restore_selected() if self.in_bin else self.bin.remove_selected()
        )
        self.ctx.events.data_changed.connect(self._data_changed)

    # -- what is shown ------------------------------------------------------------------

    def record(self) -> dict[str, int] | None:
        """The record's link ({"inquiry_id": 12}); None while it is not saved."""
        record_id = self.form.record_id
        return None if record_id is None else {self.link: record_id}

    def may_add(self) -> bool:
        """A saved record, not deleted, in a database that can be written."""
        return (
            self.record() is not None and not self.form.is_deleted() and not self.ctx.db.read_only
        )

    def refresh(self) -> None:
        """The record's documents (or its bin) read again; the tab's title counts them."""
        record = self.record()
        live = documents.list_documents(self.ctx.db, **record) if record else []
        binned = documents.list_bin(self.ctx.db, **record) if record else []
        self.live_count = len(live)
        self.model.set_rows(binned if self.in_bin else live)
        self.bin_button.setText(tr("Documents", "Bin (%1)").replace("%1", str(len(binned))))
        self._say_empty()
        self._enable()
        tabs = self.form.tabs
        tabs.setTabText(tabs.indexOf(self), tr("Documents", "Documents (%n)", None, len(live)))

    def _say_empty(self) -> None:
        if self.model.rowCount():
            self.table.say_empty("")
        elif self.in_bin:
            self.table.say_empty(tr("Documents", "The bin is empty."))
        elif self.record() is None:
            self.table.say_empty(tr("Documents", "Save the record first to attach documents."))
        else:
            self.table.say_empty(
                tr("Documents", "No documents yet: drop files here, or choose them with Add…")
            )

    def _enable(self, *_args: object) -> None:
        chosen = bool(self.selected())
        writable = self.may_add()
        self.add_button.setEnabled(writable and not self.in_bin)
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.remove_button.setVisible(not self.in_bin)
        self.remove_button.setEnabled(chosen and writable)
        self.restore_button.setVisible(self.in_bin)
        self.restore_button.setEnabled(chosen and writable)
        self.bin_button.setEnabled(self.record() is not None)

    def selected(self) -> list[DocumentRow]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.rows[r] for r in sorted(rows) if r < len(self.model.rows)]

    def show_bin(self, on: bool) -> None:
        self.in_bin = on
        self.bar.hide()
        self.model.retranslate()
        self.refresh()

    def _data_changed(self) -> None:
        if self.form.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(tr("Documents", "Add…"))
        self.add_button.setToolTip(
            tr("Documents", "Attach files (at most %1 each); you can also drop them here").replace(
                "%1", limit_text()
            )
        )
        self.open_button.setText(tr("Documents", "Open"))
        self.save_button.setText(tr("Documents", "Save as…"))
        self.remove_button.setText(tr("Documents", "Remove"))
        self.restore_button.setText(tr("Documents", "Restore"))
        self.bin_button.setToolTip(
            tr("Documents", "Documents removed in the last %1 days").replace("%1", str(BIN_DAYS))
        )
        self.hint.setText(
            tr(
                "Documents",
                "Open shows a read-only copy: changes made to it are not saved here. Removed "
                "documents stay in the bin for %1 days.",
            ).replace("%1", str(BIN_DAYS))
        )
        self.table.setAccessibleName(tr("Documents", "Documents"))
        self.model.retranslate()
        self.refresh()

    # -- adding ---------------------------------------------------------------------------

    def choose_files(self) -> Operation | None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, tr("Documents", "Attach documents"), str(choosers.documents()),
            tr("Documents", "All files (*)"),
        )  # fmt: skip
        return self.add_paths([Path(p) for p in chosen]) if chosen else None

    def add_paths(self, paths: Sequence[Path]) -> Operation | None:
        """Attach the files in the background, each on its own: a refused one is named at
        the end, the others kept. The Operation, or None when nothing is to be done."""
        record = self.record()
        if not paths or record is None or not self.may_add():
            return None
        db, me = self.ctx.db, self.ctx.me

        def work(progress: Progress) -> Refused:
            refused: Refused = []
            for done, path in enumerate(paths):
                progress(done, len(paths))
                try:
                    documents.attach(db, path, actor=me, **record)  # type: ignore[arg-type]
                except UserError as exc:
                    refused.append((path.name, exc))  # said on the GUI thread
            return refused

        title = tr("Documents", "Adding documents…")
        self.adding = Operation(self, work, title=title).on_success(self._added)
        self.adding.finished.connect(self.after_write)
        return self.adding.run()

    def _added(self, refused: Refused) -> None:
        if refused:
            text = "\n".join(refusal_text(name, user_message(exc)) for name, exc in refused)
            questions.warn(self, tr("Documents", "Some files were not attached"), text)

    def after_write(self) -> None:
        self.refresh()
        self.ctx.events.data_changed.emit()  # the history shows the entries

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files are taken as a copy, even when Explorer proposes a move (Shift, or another
        drive): a move would have Explorer delete them from their folder."""
        if self.may_add() and dropped_files(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if not files or not self.may_add():
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.add_paths(files)

    # -- reading ----------------------------------------------------------------------------

    def open_selected(self) -> Path | None:
        """The selected document in the system's viewer, from a read-only copy."""
        rows = self.selected()[:1]
        data = checked_content(self, self.ctx.db, rows[0]) if rows else None
        if data is None:
            return None
        path = open_copy(self, rows[0].name, data)
        if path is not None:
            said = tr("Documents", "%1 opened as a read-only copy: changes to it are not saved "
                      "in MSEK.")  # fmt: skip
            self.ctx.events.info.emit(said.replace("%1", rows[0].name))
        return path

    def save_selected(self) -> Path | None:
        rows = self.selected()[:1]
        if not rows:
            return None
        start = str(choosers.documents() / rows[0].name)
        chosen = choosers.save_file(self, tr("Documents", "Save the document"), start,
                                    tr("Documents", "All files (*)"))  # fmt: skip
        if not chosen:
            return None
        return self.save_to(rows[0], Path(chosen))

    def save_to(self, row: DocumentRow, path: Path) -> Path | None:
        try:
            saved = documents.save_copy(self.ctx.db, row.id, path)
        except UserError as exc:
            questions.warn(self, tr("Documents", "Save the document"), user_message(exc))
            return None
        self.ctx.events.info.emit(tr("Documents", "Saved as %1").replace("%1", str(saved)))
        return saved


class BinActions:
    """The panel's Remove (to the bin), its Undo, and Restore from the bin."""

    def __init__(self, panel: DocumentsPanel) -> None:
        self.panel, self.ctx = panel, panel.ctx
        self.removed: list[DocumentRow] = []  # what Undo brings back

    def _each(self, rows: Sequence[DocumentRow], change: Any, title: str) -> list[DocumentRow]:
        done = []
        for row in rows:
            try:
                done.append(change(self.ctx.db, row.id, actor=self.ctx.me))
            except UserError as exc:
                questions.warn(self.panel, title, refusal_text(row.name, user_message(exc)))
                break
        if done:
            self.panel.after_write()
        return done

    def remove_selected(self) -> list[DocumentRow]:
        """The selected documents to the bin; the bar says so, with Undo."""
        if self.panel.in_bin:
            return []
        self.removed = self._each(
            self.panel.selected(), documents.remove, tr("Documents", "Remove")
        )
        if self.removed:
            text = tr("Documents", "Moved to the bin for %2 days: %1.")
            text = text.replace("%1", names(self.removed)).replace("%2", str(BIN_DAYS))
            self.panel.bar.say(text, tr("Documents", "Undo"))
        return self.removed

    def undo_remove(self) -> list[DocumentRow]:
        back = self._each(self.removed, documents.restore, tr("Documents", "Undo"))
        self.removed = []
        self.panel.bar.hide()
        return back

    def restore_selected(self) -> list[DocumentRow]:
        if not self.panel.in_bin:
            return []
        back = self._each(self.panel.selected(), documents.restore, tr("Documents", "Restore"))
        if back:
            self.panel.bar.say(tr("Documents", "Restored: %1.").replace("%1", names(back)))
        return back


def add_documents_tab(form: RecordForm, link: str) -> DocumentsPanel:
    """The Documents tab, added to the form's tabs (`link`: "inquiry_id" or
    "organisation_id")."""
    panel = DocumentsPanel(form, link)
    form.tabs.addTab(panel, "")
    panel.retranslate()
    return panel
