"""The matching profile on the organisation form (its Profile tab): what the organisation offers
and seeks, its tags, audiences, languages, how many visitors it can host, whether it is still
active, and its description in French, Polish and English.

The editors are fields of the form (FieldsDialog.field: a label, the red text of a refused
value under it); ProfileEditors shows a row in them and collects the values core's
create_organisation and update_organisation take. Languages are typed as codes ("fr, pl, de"):
core checks them, a wrong one is marked under the field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core import organisations
from msek_desktop.core.rows import OrganisationRow
from msek_desktop.ui.forms.fields_dialog import FieldsDialog
from msek_desktop.ui.i18n import tr
from msek_desktop.ui.kit import labels

DESCRIPTIONS = {  # field name: its language, in the order of the tabs
    "description_fr": "fr",
    "description_pl": "pl",
    "description_en": "en",
}
TEXT_LINES = 3  # offers and seeks: a few lines show, more scroll


class AudienceChecks(QWidget):
    """A check box for each audience (children ... professionals), in rows of three."""

    PER_ROW = 3

    def __init__(self) -> None:
        super().__init__()
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, code in enumerate(labels.AUDIENCES):
            box = QCheckBox()
            box.setObjectName(f"audience_{code}")
            self.boxes[code] = box
            grid.addWidget(box, number // self.PER_ROW, number % self.PER_ROW)
        self.setFocusProxy(next(iter(self.boxes.values())))
        self.retranslate()

    def retranslate(self) -> None:
        for code, box in self.boxes.items():
            box.setText(labels.label(labels.AUDIENCES, code))

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: tuple[str, ...]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class CapacityBox(QSpinBox):
    """Visitors the organisation can host; its lowest value reads "unknown" (None)."""

    UNKNOWN = -1

    def __init__(self) -> None:
        super().__init__()
        self.setRange(self.UNKNOWN, organisations.MAX_CAPACITY)
        self.retranslate()

    def retranslate(self) -> None:
        self.setSpecialValueText(tr("OrganisationForm", "unknown"))

    def capacity(self) -> int | None:
        return None if self.value() == self.UNKNOWN else self.value()

    def set_capacity(self, capacity: int | None) -> None:
        self.setValue(self.UNKNOWN if capacity is None else capacity)


def short_text() -> QPlainTextEdit:
    """A few lines of plain text; Tab moves on to the next field."""
    editor = QPlainTextEdit()
    editor.setTabChangesFocus(True)
    editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * TEXT_LINES + 12)
    return editor


class ProfileEditors:
    """The profile's editors, fields of `form`, laid out on `page` (the form's Profile tab):
    a column of fields on the left, the descriptions in a tab for each language on the right."""

    def __init__(self, form: FieldsDialog) -> None:
        self.offers = short_text()
        self.seeks = short_text()
        self.tags = QLineEdit()
        self.audiences = AudienceChecks()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText("fr, pl, en")
        self.capacity = CapacityBox()
        self.active = QCheckBox()
        self.descriptions = {name: QPlainTextEdit() for name in DESCRIPTIONS}
        for editor in self.descriptions.values():
            editor.setTabChangesFocus(True)
        self.description_tabs = QTabWidget()
        self.description_tabs.setObjectName("descriptionTabs")
        self.page = QWidget()
        self.page.setObjectName("profilePage")
        self._lay_out(form)

    def _lay_out(self, form: FieldsDialog) -> None:
        column = QFormLayout()
        column.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("offers", "seeks", "tags", "audiences", "languages", "capacity", "active"):
            column.addRow(*form.field(name, getattr(self, name)))
        for name, editor in self.descriptions.items():
            label, box = form.field(name, editor)
            label.setWordWrap(True)
            tab = QWidget()
            inner = QVBoxLayout(tab)
            inner.addWidget(label)
            inner.addWidget(box, 1)
            self.description_tabs.addTab(tab, "")
        self.description_heading = QLabel()
        self.description_heading.setBuddy(self.description_tabs)
        right = QVBoxLayout()
        right.addWidget(self.description_heading)
        right.addWidget(self.description_tabs, 1)
        row = QHBoxLayout(self.page)
        row.addLayout(column, 3)
        row.addLayout(right, 2)

    def fill(self, row: OrganisationRow | None) -> None:
        self.offers.setPlainText(row.offers if row else "")
        self.seeks.setPlainText(row.seeks if row else "")
        self.tags.setText(", ".join(row.tags) if row else "")
        self.audiences.set_codes(row.audiences if row else ())
        self.languages.setText(", ".join(row.languages) if row else "")
        self.capacity.set_capacity(row.capacity if row else None)
        self.active.setChecked(row.active if row else True)
        for name, editor in self.descriptions.items():
            editor.setPlainText(getattr(row, name) if row else "")

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "offers": self.offers.toPlainText(),
            "seeks": self.seeks.toPlainText(),
            "tags": self.tags.text(),
            "audiences": self.audiences.codes(),
            "languages": self.languages.text(),
            "capacity": self.capacity.capacity(),
            "active": self.active.isChecked(),
        }
        values.update({n: e.toPlainText() for n, e in self.descriptions.items()})
        return values

    @staticmethod
    def field_texts() -> dict[str, str]:
        return {
            "offers": tr("OrganisationForm", "What they offer"),
            "seeks": tr("OrganisationForm", "What they seek"),
            "tags": tr("OrganisationForm", "Tags (comma-separated)"),
            "audiences": tr("OrganisationForm", "Audiences"),
            "languages": tr("OrganisationForm", "Languages they work in"),
            "capacity": tr("OrganisationForm", "Visitors they can host"),
            "active": tr("OrganisationForm", "Still active"),
            "description_fr": tr("OrganisationForm", "Description in French (optional)"),
            "description_pl": tr("OrganisationForm", "Description in Polish (optional)"),
            "description_en": tr("OrganisationForm", "Description in English (optional)"),
        }

    def retranslate(self) -> None:
        self.audiences.retranslate()
        self.capacity.retranslate()
        self.tags.setPlaceholderText(tr("OrganisationForm", "choir, piano, exchanges"))
        self.languages.setToolTip(
            tr("OrganisationForm", "Two-letter language codes, separated by commas.")
        )
        self.description_heading.setText(tr("OrganisationForm", "Description"))
        self.description_tabs.setAccessibleName(tr("OrganisationForm", "Description"))
        for number, language in enumerate(DESCRIPTIONS.values()):
            self.description_tabs.setTabText(number, labels.label(labels.LANGUAGES, language))
        # the three languages' tabs stay in sight, none behind scroll arrows
        self.description_tabs.setMinimumWidth(self.description_tabs.tabBar().sizeHint().width() + 8)


def reveal(widget: QWidget) -> None:
    """Bring forward the tabs `widget` is on (a refused field on a tab not shown)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for number in range(parent.count()):
                page = parent.widget(number)
                if page is not None and page.isAncestorOf(widget):
                    parent.setCurrentIndex(number)
        parent = parent.parentWidget()
