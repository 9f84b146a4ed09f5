"""Export inquiries, people, organisations, follow-ups or exchanges to an Excel workbook or a
CSV file.

    ExportDialog(ctx, parent).open()

Choose what and the format; a save dialog proposes a Windows-safe name in Documents; the
file is written in the background (core.exporting: atomic, cells neutralised) and the
dialog says how many rows went where. A wrong extension, a write error or a file an export
must not replace (the open database, a backup, another database, a read-only file: core's
rule, the same as `msek export`) is a plain message.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.errors import UserError
from msek_desktop.core.exporting import (
    WHATS,
    ExportRefused,
    ExportResult,
    export,
    suggested_filename,
)
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import choosers, questions
from msek_desktop.ui.kit.messages import user_message
from msek_desktop.ui.kit.naming import name_all, name_only
from msek_desktop.ui.kit.tasks import Operation, Progress
from msek_desktop.ui.kit.widgets import CodeCombo

XLSX, CSV = ".xlsx", ".csv"

WHAT_LABELS: dict[str, Callable[[], str]] = {
    "inquiries": lambda: tr("Export", "Inquiries"),
    "people": lambda: tr("Export", "People"),
    "organisations": lambda: tr("Export", "Organisations"),
    "followups": lambda: tr("Export", "Follow-ups"),
    "exchanges": lambda: tr("Export", "Exchanges"),
}


def _at(text: str, exc: ExportRefused) -> str:
    return text.replace("%1", str(exc.path))


# core.exporting's refusals, by reason, in the window's language
_REFUSALS: dict[str, Callable[[ExportRefused], str]] = {
    "extension": lambda e: wrong_extension(e.path.name),
    "folder": lambda e: _at(tr("Export", "Cannot export to %1: it is a folder."), e),
    "not_a_file": lambda e: _at(
        tr("Export", "Cannot export to %1: it is not a regular file (a pipe or a device)."), e
    ),
    "database": lambda e: _at(
        tr(
            "Export",
            "Cannot export to %1: it is the database itself (or one of its files); choose "
            "another name.",
        ),
        e,
    ),
    "backup": lambda e: _at(
        tr(
            "Export",
            "Cannot export to %1: it is in the database's backups folder; choose another folder.",
        ),
        e,
    ),
    "sqlite": lambda e: _at(
        tr(
            "Export",
            "Cannot export to %1: it is a database file, which an export never replaces; "
            "choose another name.",
        ),
        e,
    ),
    "read_only": lambda e: _at(tr("Export", "Cannot export to %1: the file is read-only."), e),
    "cannot_write": lambda e: _at(tr("Export", "Cannot write %1: %2."), e).replace("%2", e.detail),
}


def wrong_extension(name: str) -> str:
    return tr("Export", "Cannot export to %1: the file name must end in .xlsx or .csv.").replace(
        "%1", name
    )


def export_problem(exc: UserError) -> str:
    """What the window says for a failed export: the same rule as the command line
    (core.exporting.check_target, which knows the open database), in the window's words."""
    if isinstance(exc, ExportRefused) and exc.reason in _REFUSALS:
        return _REFUSALS[exc.reason](exc)
    return user_message(exc)


class ExportDialog(QDialog):
    """What to export and in which format; then where, in a save dialog."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, what: str = "inquiries"
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.operation: Operation | None = None
        self.result_: ExportResult | None = None
        self.what = CodeCombo(WHAT_LABELS, codes=WHATS)
        self.what.setObjectName("export_what")
        self.what.set_code(what)
        self.xlsx = QRadioButton()
        self.xlsx.setObjectName("export_xlsx")
        self.xlsx.setChecked(True)
        self.csv = QRadioButton()
        self.csv.setObjectName("export_csv")
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.xlsx)
        self.formats.addButton(self.csv)
        self.what_label = QLabel()
        self.what_label.setBuddy(self.what)
        self.format_label = QLabel()
        self.format_label.setBuddy(self.xlsx)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        self.export_button.clicked.connect(self.choose_and_export)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        hint = self.sizeHint()
        self.resize(max(520, hint.width()), hint.height())

    def _layout(self) -> None:
        formats = QVBoxLayout()
        formats.addWidget(self.xlsx)
        formats.addWidget(self.csv)
        form = QFormLayout()
        form.addRow(self.what_label, self.what)
        form.addRow(self.format_label, formats)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.what, self.xlsx)
        self.setTabOrder(self.xlsx, self.csv)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Export", "Export"))
        self.what.retranslate()
        name_only((self.what, tr("Export", "What to export")))
        name_all(
            (self.what_label, tr("Export", "&Export:")),
            (self.format_label, tr("Export", "Format:")),
            (self.xlsx, tr("Export", "Excel workbook (.xlsx)")),
            (self.csv, tr("Export", "CSV text file for Excel (.csv)")),
            (
                self.hint,
                tr(
                    "Export",
                    "Every record is exported, not only the ones shown in a list. Deleted "
                    "records are left out.",
                ),
            ),
            (self.export_button, tr("Export", "E&xport…")),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing and writing ---------------------------------------------------------------

    def extension(self) -> str:
        return XLSX if self.xlsx.isChecked() else CSV

    def suggested_path(self) -> Path:
        folder = choosers.documents()
        with contextlib.suppress(OSError):  # a fresh Windows profile may lack it
            folder.mkdir(parents=True, exist_ok=True)
        what = self.what.code() or "inquiries"
        return folder / suggested_filename(what, self.ctx.today(), self.extension())

    def choose_and_export(self) -> Operation | None:
        """The save dialog, then the export; None when nothing was started."""
        if self.extension() == XLSX:
            kinds = tr("Export", "Excel workbooks (*.xlsx)")
        else:
            kinds = tr("Export", "CSV files (*.csv)")
        name = choosers.save_file(
            self, tr("Export", "Export to"), str(self.suggested_path()), kinds
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_name(path.name + self.extension())
        if path.suffix.lower() not in (XLSX, CSV):
            questions.warn(self, tr("Export", "Export"), wrong_extension(path.name))
            return None
        return self.export_to(path)

    def export_to(self, path: Path) -> Operation | None:
        if self.operation is not None:
            return None
        db, what = self.ctx.db, self.what.code() or "inquiries"

        def work(_progress: Progress) -> ExportResult | UserError:
            try:
                return export(db, path, what)
            except UserError as exc:  # a plain message, in the window's language
                return exc

        self.export_button.setEnabled(False)
        self.operation = Operation(self, work, title=tr("Export", "Exporting…"), cancellable=False)
        self.operation.on_success(self._done)
        self.operation.finished.connect(self._finished)
        return self.operation.run()

    def _finished(self) -> None:
        self.operation = None
        self.export_button.setEnabled(True)

    def _done(self, result: ExportResult | UserError) -> None:
        title = tr("Export", "Export")
        if isinstance(result, UserError):
            questions.warn(self, title, export_problem(result))
            return
        self.result_ = result
        text = tr("Export", "%n rows were written to %1", None, result.rows)
        questions.inform(self, title, text.replace("%1", str(result.path)))
        self.ctx.events.info.emit(text.replace("%1", str(result.path)))
        self.accept()

    def reject(self) -> None:
        if self.operation is None:
            super().reject()
