"""Two duplicates side by side, field by field: a row for each field whose values differ,
a radio button for each record's value (and "Both" where both can be joined: notes, tags),
the default chosen as core decides it (core.privacy.merging_fields)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from msek_desktop.core.privacy.merging import Comparison
from msek_desktop.core.privacy.merging_fields import BOTH, KEEP, OTHER, FieldChoice
from msek_desktop.ui.dialogs.merging import texts
from msek_desktop.ui.i18n import tr

SHOWN = 70  # characters of a value on its button; the whole value in the tooltip
ORDER = (KEEP, OTHER, BOTH)


def shortened(text: str) -> str:
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


class FieldChoices(QScrollArea):
    """The fields that differ between two records, and which value the merge takes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeChoices")
        self.setWidgetResizable(True)
        self.comparison: Comparison | None = None
        self.names: dict[int, str] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.alike = QLabel()
        self.alike.setObjectName("mergeAlike")
        self.alike.setWordWrap(True)
        self._page = QWidget()
        self.setWidget(self._page)
        self.show_comparison(None)

    def show_comparison(
        self, comparison: Comparison | None, names: dict[int, str] | None = None
    ) -> None:
        """Rows for `comparison`'s fields that differ, each at its default choice."""
        self.comparison, self.names = comparison, names or {}
        self.groups = {}
        page = QWidget()
        outer = QVBoxLayout(page)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        outer.addLayout(grid)
        outer.addWidget(self.alike)
        outer.addStretch(1)
        self.alike.setParent(page)
        self.heads = [QLabel() for _ in range(3)]
        for column, head in enumerate(self.heads, start=1):
            head.setObjectName(f"mergeHead{column}")
            head.setWordWrap(True)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, column, Qt.AlignmentFlag.AlignBottom)
        self.labels: dict[str, QLabel] = {}
        for row, choice in enumerate(self._differing(), start=1):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            self.labels[choice.field] = label
            group = QButtonGroup(page)
            for column, how in enumerate(ORDER, start=1):
                if how not in choice.choices:
                    continue
                button = QRadioButton()
                button.setObjectName(f"merge_{choice.field}_{how}")
                button.setProperty("how", how)
                group.addButton(button, column)
                grid.addWidget(button, row, column)
                button.setChecked(how == choice.default)
            self.groups[choice.field] = group
        self.setWidget(page)
        self._page = page
        self.retranslate()

    def _differing(self) -> list[FieldChoice]:
        if self.comparison is None:
            return []
        return [c for c in self.comparison.fields if c.differs]

    def choices(self) -> dict[str, str]:
        """field -> "keep" | "other" | "both", for every field shown."""
        out = {}
        for field, group in self.groups.items():
            button = group.checkedButton()
            if button is not None:
                out[field] = str(button.property("how"))
        return out

    def choose(self, field: str, how: str) -> None:
        for button in self.groups[field].buttons():
            if button.property("how") == how:
                button.setChecked(True)

    def retranslate(self) -> None:
        comparison = self.comparison
        if comparison is None:
            for head in self.heads:
                head.setText("")
            self.alike.setText(tr("Duplicates", "Choose a pair to compare them."))
            return
        self.heads[0].setText(
            tr("Duplicates", "Kept: %1 (#%2)")
            .replace("%1", comparison.keep_name)
            .replace("%2", str(comparison.keep_id))
        )
        self.heads[1].setText(
            tr("Duplicates", "Merged into it: %1 (#%2)")
            .replace("%1", comparison.other_name)
            .replace("%2", str(comparison.other_id))
        )
        joinable = any(BOTH in c.choices for c in self._differing())
        self.heads[2].setText(tr("Duplicates", "Both") if joinable else "")
        for choice in self._differing():
            self.labels[choice.field].setText(texts.field_label(choice.field))
            for button in self.groups[choice.field].buttons():
                how = button.property("how")
                if how == BOTH:
                    text = tr("Duplicates", "Both, one after the other")
                else:
                    value = choice.keep if how == KEEP else choice.other
                    text = texts.value_text(choice.field, value, self.names)
                button.setText(shortened(text))
                button.setToolTip(text if len(text) > SHOWN else "")
                button.setAccessibleName(f"{texts.field_label(choice.field)}: {text}")
        alike = len(comparison.fields) - len(self._differing())
        said = tr("Duplicates", "%n other fields are the same in both.", None, alike)
        if comparison.kind == "organisation":
            said += " " + tr("Duplicates", "The fields of exchange of both are kept.")
        self.alike.setText(said)
