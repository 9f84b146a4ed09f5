"""Nothing clipped: every screen, form and main dialog, in French, Polish and English, at 1280×800
(and 1366×768) on the demo data, shows its labels, buttons, check boxes, combo boxes' current
texts, tabs and search placeholders whole.

Each text's width (QFontMetrics.horizontalAdvance) is compared with the room the widget gives
it: a label's contents rect, a button's width less its margins and icon, a check box's less its
indicator, a combo box's edit field (the drop-down arrow left out), a tab's rect, a line edit's
text area. A word-wrapped label is fine when its height holds its lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from msek_desktop.core import demo
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.data_location import DataLocationDialog
from msek_desktop.ui.dialogs.export_dialog import ExportDialog
from msek_desktop.ui.dialogs.importing.wizard import ImportWizard
from msek_desktop.ui.fonts import install_application_font
from msek_desktop.ui.i18n import Languages
from msek_desktop.ui.window.main_window import SCREENS, MainWindow
from tests.ui.test_translations import NAVIGATION, dialogs, navigation

pytestmark = pytest.mark.database_file  # about the window's texts: one database is enough

WIDTH, HEIGHT = 1280, 800
WAIT_MS = 200
SLACK = 1  # a pixel of rounding between the font's advance and the widget's geometry
ACCELERATOR = re.compile(r"&(&?)")


def plain(text: str, rich: bool) -> str:
    """The text as drawn: rich text without its tags, accelerators without their &."""
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return ACCELERATOR.sub(r"\1", text)


def widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )
    text = plain(label.text(), rich)
    if not text.strip():
        return None
    room = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    needed = widest_line(label.fontMetrics(), text)
    if needed > room.width() - margin + SLACK:
        return f"needs {needed} px, has {room.width() - margin}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = plain(button.text(), False)
    if not text and button.objectName() != "qt_toolbar_ext_button":
        return None
    style = button.style()
    needed = widest_line(button.fontMetrics(), text)
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    if isinstance(button, (QCheckBox, QRadioButton)):
        checkbox = isinstance(button, QCheckBox)
        indicator = style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth
            if checkbox
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            None,
            button,
        )
        spacing = style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
            if checkbox
            else QStyle.PixelMetric.PM_RadioButtonLabelSpacing,
            None,
            button,
        )
        room = button.width() - indicator - spacing - icon
    elif isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        padding = style.sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), button
        ).width()
        room = button.width() - padding - icon
    elif isinstance(button, QToolButton):
        if button.objectName() == "qt_toolbar_ext_button":
            return "the toolbar is too narrow: some of its actions are hidden behind »"
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            icon = 0
        menu = 0
        if button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup:
            menu = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        room = button.width() - 6 - icon - menu
    else:
        return None
    if needed > room + SLACK:
        return f"needs {needed} px, has {room}"
    return None


def combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None  # an editable combo's text is its line edit's, typed by the user
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = False
    option.frame = combo.hasFrame()
    option.currentText = text
    option.iconSize = combo.iconSize()
    if not combo.itemIcon(combo.currentIndex()).isNull():
        option.currentIcon = combo.itemIcon(combo.currentIndex())
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    icon = 0 if option.currentIcon.isNull() else combo.iconSize().width() + 4
    room = field.width() - icon - 2  # the style's text margin inside the field
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK:
        return f"{text!r} needs {needed} px, has {room}"
    return None


def placeholder_problem(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if not text or edit.text():
        return None  # a placeholder shows only while the field is empty
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins = edit.textMargins()
    left, right = frame + margins.left(), edit.width() - frame - margins.right()
    # The buttons inside the field (the clear button, its room kept even while hidden as
    # the field is empty) take their room from the text.
    for button in edit.findChildren(QToolButton):
        if button.isVisibleTo(edit) or button.parent() is edit:
            if button.x() > edit.width() // 2:
                right = min(right, button.x())
            else:
                left = max(left, button.geometry().right() + 1)
    room = right - left - 2 * 2  # QLineEdit's own horizontal margin, each side
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK:
        return f"{text!r} needs {needed} px, has {room}"
    return None


def tab_problems(bar: QTabBar) -> Iterator[str]:
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = plain(bar.tabText(i), False)
        rect = bar.tabRect(i)
        icon = 0 if bar.tabIcon(i).isNull() else bar.iconSize().width() + 4
        buttons = sum(
            b.width()
            for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide)
            if (b := bar.tabButton(i, side)) is not None
        )
        needed = bar.fontMetrics().horizontalAdvance(text) + icon + buttons
        if needed > rect.width() - space + SLACK:
            yield f"tab {i} {text!r} needs {needed} px, has {rect.width() - space}"
        elif rect.right() > bar.width() + SLACK or rect.left() < -SLACK:
            yield f"tab {i} {text!r} is scrolled out of the bar"


def showing(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def clipped(top: QWidget, where: str) -> list[str]:
    """What is clipped in `top` as it is laid out now (only what it shows)."""
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not showing(widget, top):
            continue
        found: list[str] = []
        if isinstance(widget, QLabel):
            found = [p] if (p := label_problem(widget)) else []
        elif isinstance(widget, QAbstractButton):
            found = [p] if (p := button_problem(widget)) else []
        elif isinstance(widget, QComboBox):
            found = [p] if (p := combo_problem(widget)) else []
        elif isinstance(widget, QLineEdit):
            found = [p] if (p := placeholder_problem(widget)) else []
        elif isinstance(widget, QTabBar):
            found = list(tab_problems(widget))
        name = widget.objectName() or widget.accessibleName() or ""
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        problems += [
            f"{where}: {type(widget).__name__} {name!r} {text!r}: {p}".replace("'' ''", "")
            for p in found
        ]
    return problems


def settle(qtbot: QtBot, widget: QWidget, wait_ms: int = 10) -> None:
    """Laid out as the user sees it: posted layout requests and texts set meanwhile done."""
    for _ in range(3):
        qtbot.wait(wait_ms)
        QApplication.processEvents()


def still_clipped(qtbot: QtBot, top: QWidget, where: str) -> list[str]:
    """What stays clipped once the work still running (suggestions being ranked, a count
    read) has set its texts and the layout has followed them."""
    problems = clipped(top, where)
    if problems:
        settle(qtbot, top, WAIT_MS)
        problems = clipped(top, where)
    return problems


def sweep_window(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Every navigation screen, each tab of its tab widgets shown in turn."""
    for key, _cls in SCREENS:
        screen = window.show_screen(key)
        if hasattr(screen, "board"):  # the dashboard: read in the background, then shown
            qtbot.waitUntil(lambda shown=screen: shown.board is not None, timeout=20_000)
        settle(qtbot, window)
        yield from still_clipped(qtbot, window, key)
        for tabs in screen.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                settle(qtbot, window)
                yield from still_clipped(qtbot, window, f"{key} tab {i}")


def sweep_dialog(qtbot: QtBot, label: str, widget: QWidget, screen: QSize) -> Iterator[str]:
    widget.show()  # at the size it opens with, within the screen
    widget.resize(widget.size().boundedTo(screen))
    settle(qtbot, widget)
    yield from still_clipped(qtbot, widget, label)
    for tabs in widget.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settle(qtbot, widget)
            yield from still_clipped(qtbot, widget, f"{label} tab {i}")


def more_dialogs(qtbot: QtBot, ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    """The dialogs of the File menu and of the first start, besides the forms'."""
    for label, widget in (
        ("import wizard", ImportWizard(ctx)),
        ("export dialog", ExportDialog(ctx)),
        ("data location dialog", DataLocationDialog(None)),
    ):
        qtbot.addWidget(widget)
        yield label, widget


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    """The window's own font (the bundled DejaVu Sans, as the program starts with), the
    test runner's font again after."""
    before = qapp.font()
    assert install_application_font(qapp)
    yield
    qapp.setFont(before)


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path, demo.generate, inquiries=120, seed=2)


@pytest.fixture
def ctx(database: Database, languages: Languages) -> AppContext:
    return AppContext(db=database, me="anowak", languages=languages)


@pytest.mark.parametrize("size", [(WIDTH, HEIGHT), (1366, 768)], ids=["1280x800", "1366x768"])
@pytest.mark.parametrize("lang", ["fr", "pl", "en"])
def test_no_text_is_clipped_on_any_screen_or_dialog(
    qtbot: QtBot,
    ctx: AppContext,
    languages: Languages,
    app_font: None,
    lang: str,
    size: tuple[int, int],
) -> None:
    languages.switch(lang)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: navigation(window) == NAVIGATION[lang])
    # the window fits the screen in every language: no screen asks for more room
    assert window.minimumSizeHint().width() <= size[0]
    problems = list(sweep_window(qtbot, window))
    for label, widget in [*dialogs(qtbot, ctx), *more_dialogs(qtbot, ctx)]:
        problems += sweep_dialog(qtbot, label, widget, QSize(*size))
        widget.close()
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_sweep_sees_a_clipped_text(qtbot: QtBot, app_font: None) -> None:
    """A label, a button, a combo box, a placeholder and a tab too narrow are all reported; the
    same widgets wide enough are not."""
    top = QWidget()
    qtbot.addWidget(top)
    long = "Tous les responsables de la maison"
    label, button, combo, edit = (
        QLabel(long, top),
        QPushButton(long, top),
        QComboBox(top),
        QLineEdit(top),
    )
    combo.addItem(long)
    edit.setPlaceholderText(long)
    tabs = QTabBar(top)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.addTab(long)
    top.resize(1200, 400)
    top.show()
    for y, widget in enumerate((label, button, combo, edit, tabs)):
        widget.setGeometry(0, y * 40, 60, 30)
    settle(qtbot, top)
    problems = "\n".join(clipped(top, "narrow"))
    for kind in ("QLabel", "QPushButton", "QComboBox", "QLineEdit", "QTabBar"):
        assert kind in problems
    for y, widget in enumerate((label, button, combo, edit, tabs)):
        widget.setGeometry(0, y * 40, 1000, 30)
    settle(qtbot, top)
    assert clipped(top, "wide") == []


def test_the_sweep_sees_a_toolbar_hiding_actions(qtbot: QtBot, app_font: None) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = window.addToolBar("tools")
    for i in range(20):
        bar.addAction(f"Action {i}")
    window.resize(400, 300)
    window.show()
    settle(qtbot, window)
    assert any("toolbar is too narrow" in p for p in clipped(window, "narrow"))
    window.resize(WIDTH, HEIGHT)
    bar.clear()
    bar.addAction("Action")
    settle(qtbot, window)
    assert clipped(window, "wide") == []
