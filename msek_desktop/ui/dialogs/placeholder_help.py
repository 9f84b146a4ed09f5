"""The placeholders a letter template may hold: what each stands for, the list to insert them
from, and what is wrong with the ones typed (worded from core.templates' data, not its English).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from msek_desktop.core import templates
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit.table import Column, TipRowsModel
from msek_desktop.ui.kit.widgets import RowTable


def meanings() -> dict[str, str]:
    """What each core.templates.PLACEHOLDERS name stands for, in the window's language."""
    return {
        "recipient_name": tr(
            "Templates", "the person's first and last name (or the organisation's name)"
        ),
        "recipient_first_name": tr("Templates", "the person's first name"),
        "recipient_last_name": tr("Templates", "the person's last name"),
        "recipient_honorific": tr(
            "Templates", "Madame / Monsieur, Pani / Pan, Ms / Mr (empty when unknown)"
        ),
        "recipient_organisation": tr("Templates", "the organisation the person writes for"),
        "recipient_city": tr("Templates", "the recipient's city"),
        "address_nom": tr("Templates", "Polish form of address, nominative: Pani / Pan / Państwo"),
        "address_gen": tr("Templates", "Polish form of address, genitive: Pani / Pana / Państwa"),
        "address_dat": tr("Templates", "Polish form of address, dative: Pani / Panu / Państwu"),
        "address_acc": tr(
            "Templates", "Polish form of address, accusative: Panią / Pana / Państwa"
        ),
        "address_ins": tr(
            "Templates", "Polish form of address, instrumental: Panią / Panem / Państwem"
        ),
        "address_loc": tr("Templates", "Polish form of address, locative: Pani / Panu / Państwu"),
        "inquiry_ref": tr("Templates", "the inquiry's reference, e.g. 2026-0012"),
        "inquiry_date": tr(
            "Templates", "the day the inquiry was received, with the month in words"
        ),
        "inquiry_subject": tr("Templates", "the inquiry's subject"),
        "inquiry_fields": tr("Templates", "the fields of exchange, e.g. music and education"),
        "desired_counterpart": tr(
            "Templates", "the counterpart the person hoped for, as they wrote it"
        ),
        "other_side": tr(
            "Templates", "the city where a counterpart is proposed: Saint-Étienne or Katowice"
        ),
        "in_other_city": tr(
            "Templates", "where a counterpart is sought, as a place: à Katowice, w Katowicach…"
        ),
        "partners": tr(
            "Templates", "the paragraph proposing the partner organisations and what they offer"
        ),
        "partner_names": tr("Templates", "the partner organisations' names"),
        "signer_name": tr("Templates", "the name of the staff member who signs"),
        "signer_title": tr("Templates", "the signer's title in the letter's language"),
        "signer_email": tr("Templates", "the signer's email"),
        "signer_phone": tr("Templates", "the signer's phone"),
        "signer_contact": tr("Templates", "the signer's name with email and phone"),
        "contact_sentence": tr(
            "Templates", "the closing sentence naming whom to contact: the signer, else the office"
        ),
        "requester": tr(
            "Templates",
            "the paragraph presenting the person who asked: who, what they seek, contact",
        ),
        "requester_name": tr("Templates", "the name of the person who asked"),
        "requester_position": tr("Templates", "the position of the person who asked"),
        "requester_organisation": tr("Templates", "the organisation of the person who asked"),
        "requester_city": tr("Templates", "the city of the person who asked"),
        "requester_email": tr("Templates", "the email of the person who asked"),
        "requester_phone": tr("Templates", "the phone of the person who asked"),
        "office_name": tr("Templates", "the office's name"),
        "office_city": tr("Templates", "the office's city"),
        "office_phone": tr("Templates", "the office's phone"),
        "office_email": tr("Templates", "the office's email"),
        "office_website": tr("Templates", "the office's website"),
        "date": tr("Templates", "the letter's date, with the month in words"),
    }


def placeholder_text(problem: templates.PlaceholderProblem) -> str:
    """A placeholder problem (core.templates) in the window's language."""
    if problem.kind == "lone":
        return tr("Templates", "A lone %1: write %1%1 to print a brace.").replace(
            "%1", problem.token
        )
    text = tr("Templates", "Unknown placeholder %1.").replace("%1", f"{{{problem.token}}}")
    if problem.suggestion:
        meant = f"{{{problem.suggestion}}}"
        text += " " + tr("Templates", "Did you mean %1?").replace("%1", meant)
    return text


def placeholder_errors(values: dict[str, str | None]) -> dict[str, list[str]]:
    """What is wrong with the placeholders of the subject and body, by field, translated."""
    found = {f: templates.find_problems(values[f] or "") for f in ("subject", "body")}
    return {f: [placeholder_text(p) for p in problems] for f, problems in found.items() if problems}


def placeholder_columns() -> list[Column]:
    return [
        Column("name", lambda: tr("Templates", "Placeholder"), lambda row: f"{{{row[0]}}}"),
        Column("meaning", lambda: tr("Templates", "What it stands for"), lambda row: row[1]),
    ]


def fit_placeholders(table: QTableView) -> None:
    """The names whole; their meanings wrap onto as many lines as they need."""
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class PlaceholderHelp(QWidget):
    """Every placeholder with its meaning; `picked` gives the (name, meaning) row chosen with
    a double click or Enter."""

    picked = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.model = TipRowsModel(placeholder_columns(), self)
        self.table = RowTable()
        self.table.setObjectName("placeholderTable")
        self.table.setModel(self.model)
        fit_placeholders(self.table)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.table.activated_row.connect(self.picked)

    def retranslate(self) -> None:
        self.table.setAccessibleName(tr("Templates", "Placeholders"))
        self.hint.setText(
            tr(
                "Templates",
                "Double-click a placeholder (or press Enter) to insert it at the cursor.",
            )
        )
        meanings_now = meanings()
        self.model.set_rows(
            [(name, meanings_now.get(name, text)) for name, text in templates.PLACEHOLDERS.items()]
        )
        self.table.viewport().update()
