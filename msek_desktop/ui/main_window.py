"""The main window: for now a summary of the open database (the full window comes later)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QVBoxLayout, QWidget
from sqlalchemy import ColumnElement, func, select

from msek_desktop.core.db import Database
from msek_desktop.core.models import Contact, Inquiry, Organisation
from msek_desktop.core.vocab import CLOSED_STAGES

OFFICE_NAME = "Maison de Saint-Étienne à Katowice"


@dataclass(frozen=True)
class Summary:
    """Counts of live (not deleted) records."""

    inquiries: int
    open_inquiries: int
    contacts: int
    organisations: int


def read_summary(database: Database) -> Summary:
    """Count what the office holds, in one short read transaction."""
    with database.read() as session:

        def count(
            model: type[Inquiry | Contact | Organisation], *where: ColumnElement[bool]
        ) -> int:
            query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            return session.scalar(query.where(*where)) or 0

        return Summary(
            inquiries=count(Inquiry),
            open_inquiries=count(Inquiry, Inquiry.stage.not_in([s.value for s in CLOSED_STAGES])),
            contacts=count(Contact),
            organisations=count(Organisation),
        )


class MainWindow(QMainWindow):
    """Shows which database is open and how much it holds; keeps no database handle."""

    def __init__(self, db_path: Path, summary: Summary) -> None:
        super().__init__()
        self.setWindowTitle("MSEK Desktop")
        self.setObjectName("mainWindow")
        self._counts: dict[str, QLabel] = {}
        self.setCentralWidget(self._build(db_path))
        self.show_summary(summary)

    def _build(self, db_path: Path) -> QWidget:
        title = QLabel(OFFICE_NAME)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)

        path = QLabel(str(db_path))
        path.setObjectName("dbPath")
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Database:"), path)
        for key, label in self._count_labels():
            value = QLabel()
            value.setObjectName(f"count_{key}")
            self._counts[key] = value
            form.addRow(label, value)

        layout = QVBoxLayout()
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        return central

    def _count_labels(self) -> list[tuple[str, str]]:
        return [
            ("inquiries", self.tr("Inquiries:")),
            ("open_inquiries", self.tr("Open inquiries:")),
            ("contacts", self.tr("Contacts:")),
            ("organisations", self.tr("Organisations:")),
        ]

    def show_summary(self, summary: Summary) -> None:
        locale = QLocale()
        for key, label in self._counts.items():
            label.setText(locale.toString(getattr(summary, key)))

    def count_text(self, key: str) -> str:
        """The count as shown (for tests and screenshots)."""
        return self._counts[key].text()
