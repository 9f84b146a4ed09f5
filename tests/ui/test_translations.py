"""The translations: complete .ts files, up-to-date .qm files, and a window that speaks them.

A developer who adds `tr("Ctx", "text")` without translating it fails test_code_strings_are_all
translated: run `python packaging/translations.py`, translate the new entries in the three .ts
files (English too: plural forms), and run it again to compile the .qm files.
"""

from __future__ import annotations

import filecmp
import functools
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, demo, exchanges, followups, organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.batch_letters import BatchLettersDialog
from msek_desktop.ui.dialogs.first_run import ChooseStaffDialog, DemoOffer, StaffDialog
from msek_desktop.ui.dialogs.letter_preview import LetterPreview
from msek_desktop.ui.dialogs.proposal_dialog import ProposalDialog
from msek_desktop.ui.forms.contact_form import ContactForm
from msek_desktop.ui.forms.exchange_form import ExchangeForm
from msek_desktop.ui.forms.followup_actions import OutcomeDialog, RescheduleDialog
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm
from msek_desktop.ui.i18n import NATIVE_NAMES, Languages, tr
from msek_desktop.ui.kit import table
from msek_desktop.ui.window.crash import CrashDialog
from msek_desktop.ui.window.main_window import SCREENS, MainWindow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "pl", "en")
PLURAL_FORMS = {"fr": 2, "pl": 3, "en": 2}
PLACEHOLDER = re.compile(r"%(?:n|\d)")
ACCELERATOR = re.compile(r"&(?!&)")
NBSP = "\u00a0"


def load_translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


translations = load_translations_script()


# -- the .ts files ----------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # one text, or the plural forms
    numerus: bool
    kind: str | None  # "unfinished", "vanished", "obsolete" or None when done


@functools.cache
def messages(lang: str) -> tuple[Message, ...]:
    found = []
    for context in ET.parse(I18N / f"msek_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, message.findtext("source")
            plural = translation.findall("numerusform")
            forms = tuple(f.text or "" for f in plural) or (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    forms,
                    message.get("numerus") == "yes",
                    translation.get("type"),
                )
            )
    return tuple(found)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


# languages whose first plural form is for 1 alone (French's is also for 0: it keeps %n)
SINGULAR_ONLY_ONE = frozenset({"en", "pl"})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    problems = []
    for m in messages(lang):
        where = f"{m.context}: {m.source!r}"
        if m.kind is not None:
            problems.append(f"{where} is {m.kind}")
        if not all(f.strip() for f in m.forms):
            problems.append(f"{where} has an empty translation")
        if m.numerus and len(m.forms) != PLURAL_FORMS[lang]:
            problems.append(f"{where} has {len(m.forms)} plural forms")
        for index, form in enumerate(m.forms):
            wanted = placeholders(m.source)
            if m.numerus and index == 0 and lang in SINGULAR_ONLY_ONE and "%n" not in form:
                wanted = [p for p in wanted if p != "%n"]  # "once", "raz": said for 1 alone
            if placeholders(form) != wanted:
                problems.append(f"{where}: placeholders differ in {form!r}")
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(m.source)):
                problems.append(f"{where}: accelerator lost in {form!r}")
            if m.source.endswith("…") != form.endswith("…"):
                problems.append(f"{where}: trailing … differs in {form!r}")
    assert problems == []


def test_every_language_has_the_same_messages() -> None:
    keys = {lang: sorted((m.context, m.source) for m in messages(lang)) for lang in LANGUAGES}
    assert keys["fr"] == keys["pl"] == keys["en"]
    assert len(keys["en"]) > 300


def test_english_is_the_source_text_with_plurals_resolved() -> None:
    for m in messages("en"):
        if not m.numerus:
            assert m.forms == (m.source,), m
        else:
            assert m.forms[-1] == m.source, m
    plural = {m.source: m.forms for m in messages("en") if m.numerus}
    assert plural["%n inquiries"] == ("%n inquiry", "%n inquiries")


def test_french_typography() -> None:
    """A no-break space before : ; ? ! and inside « »; no English quotes."""
    for m in messages("fr"):
        for form in m.forms:
            assert not re.search(r"[^\u00a0][:;?!»]|«[^\u00a0]", form.replace("%1", "x")), form
            assert not re.search('["“”]', form), form


def test_polish_quotes() -> None:
    for m in messages("pl"):
        for form in m.forms:
            assert not re.search('["“«»]', form), form
            assert form.count("„") == form.count("”"), form


def test_one_accelerator_letter_per_menu_item_of_the_menu_bar() -> None:
    menu_bar = ("&File", "&Go", "&Help")
    for lang in LANGUAGES:
        by_source = {m.source: m.forms[0] for m in messages(lang) if m.context == "MainWindow"}
        for group in (menu_bar, ("&New inquiry", "&Refresh", "&Quit")):
            letters = [ACCELERATOR.split(by_source[s])[1][0].lower() for s in group]
            assert len(set(letters)) == len(letters), (lang, letters)


# -- compiled files and code ------------------------------------------------------------


def test_compiled_qm_files_match_the_ts_files(tmp_path: Path) -> None:
    translations.release(I18N, out=tmp_path, quiet=True)
    for lang in LANGUAGES:
        name = f"msek_{lang}.qm"
        assert filecmp.cmp(tmp_path / name, I18N / name, shallow=False), (
            f"{name} is stale: run python packaging/translations.py"
        )


def test_code_strings_are_all_translated() -> None:
    """Updating copies of the .ts files from the code finds nothing left to translate."""
    assert translations.check(I18N) == {lang: [] for lang in LANGUAGES}


def test_qt_translations_of_its_own_dialogs_are_installed(
    qtbot: QtBot, languages: Languages
) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    for lang, cancel in (("fr", "Annuler"), ("pl", "Anuluj"), ("en", "Cancel")):
        languages.switch(lang)
        qtbot.waitUntil(
            lambda c=cancel: box.button(QDialogButtonBox.StandardButton.Cancel).text() == c
        )


# -- the running window -----------------------------------------------------------------


@pytest.fixture
def database(db_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(db_path, demo.generate, inquiries=120, seed=2)


@pytest.fixture
def ctx(database: Database, languages: Languages) -> AppContext:
    return AppContext(db=database, me="anowak", languages=languages)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    return win


def navigation(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


NAVIGATION = {
    "en": [
        "My day",
        "Inquiries",
        "People",
        "Organisations",
        "Follow-ups",
        "Exchanges",
        "Dashboard",
        "Settings",
    ],
    "fr": [
        "Ma journée",
        "Demandes",
        "Personnes",
        "Organismes",
        "Relances",
        "Échanges",
        "Tableau de bord",
        "Paramètres",
    ],
    "pl": [
        "Mój dzień",
        "Zapytania",
        "Osoby",
        "Instytucje",
        "Przypomnienia",
        "Wymiany",
        "Pulpit",
        "Ustawienia",
    ],
}


def test_switching_language_retitles_the_window(
    qtbot: QtBot, window: MainWindow, languages: Languages
) -> None:
    assert navigation(window) == NAVIGATION["en"]
    for lang in ("fr", "pl", "en"):
        languages.switch(lang)
        qtbot.waitUntil(lambda lang=lang: navigation(window) == NAVIGATION[lang])
        assert window.menu_file.title() == {"fr": "&Fichier", "pl": "&Plik", "en": "&File"}[lang]
        assert window.screens["my_day"].title() == NAVIGATION[lang][0]


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1 zapytanie"),
        (3, "3 zapytania"),
        (5, "5 zapytań"),
        (22, "22 zapytania"),
        (25, "25 zapytań"),
        (12, "12 zapytań"),
        (0, "0 zapytań"),
    ],
)
def test_polish_has_three_plural_forms(
    qapp: object, languages: Languages, n: int, text: str
) -> None:
    languages.switch("pl")
    assert tr("Inquiries", "%n inquiries", None, n) == text


@pytest.mark.parametrize(("n", "text"), [(0, "0 demande"), (1, "1 demande"), (2, "2 demandes")])
def test_french_plural_counts_zero_as_singular(
    qapp: object, languages: Languages, n: int, text: str
) -> None:
    languages.switch("fr")
    assert tr("Inquiries", "%n inquiries", None, n) == text


def test_english_plural(qapp: object, languages: Languages) -> None:
    languages.switch("en")
    assert tr("People", "%n people", None, 1) == "1 person"
    assert tr("People", "%n people", None, 7) == "7 people"


# -- no English left on screen ----------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    where: str
    text: str
    visible: bool
    needs_text: bool  # a button, tab, header or group box: empty means something is missing


def header_texts(view: QTableView, where: str, visible: bool) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount(QModelIndex())):
        text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        shown = visible and not view.isColumnHidden(column)
        yield Shown(f"{where} header {column}", str(text or ""), shown, True)


def own_texts(widget: QWidget, where: str, visible: bool) -> Iterator[Shown]:
    """The texts a widget shows itself: label, button, group box title, placeholder."""
    if isinstance(widget, QLabel):
        yield Shown(where, widget.text(), visible, False)
    elif isinstance(widget, QAbstractButton):
        arrow = isinstance(widget, QToolButton) and widget.arrowType() != Qt.ArrowType.NoArrow
        yield Shown(where, widget.text(), visible, widget.icon().isNull() and not arrow)
    elif isinstance(widget, QGroupBox):
        yield Shown(where, widget.title(), visible, False)
    elif isinstance(widget, QLineEdit):
        yield Shown(where, widget.placeholderText(), visible, False)


def item_texts(widget: QWidget, where: str, visible: bool) -> Iterator[Shown]:
    """Tabs, combo and list items, table headers."""
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield Shown(f"{where} tab {i}", widget.tabText(i), visible, True)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield Shown(f"{where} item {i}", widget.itemText(i), visible, False)
    elif isinstance(widget, QListWidget):
        for i in range(widget.count()):
            yield Shown(f"{where} item {i}", widget.item(i).text(), visible, False)
    elif isinstance(widget, QTableView):
        yield from header_texts(widget, where, visible)


def widget_texts(widget: QWidget, top: QWidget) -> Iterator[Shown]:
    where = f"{type(widget).__name__} {widget.objectName()!r}"
    visible = widget is top or widget.isVisibleTo(top)
    for extra in (widget.accessibleName(), widget.toolTip(), widget.windowTitle()):
        if extra:
            yield Shown(where, extra, visible, False)
    yield from own_texts(widget, where, visible)
    yield from item_texts(widget, where, visible)
    for action in widget.actions():
        if action.text():
            yield Shown(f"{where} action", action.text(), visible, False)
        menu = action.menu()
        if menu is not None:
            yield Shown(f"{where} menu", menu.title(), visible, True)


def shown_texts(top: QWidget) -> list[Shown]:
    found = list(widget_texts(top, top))
    for child in top.findChildren(QWidget):
        found.extend(widget_texts(child, top))
    return found


def untranslated(lang: str, top: QWidget, label: str) -> list[str]:
    """Texts that are an English source of the .ts but not any translation in `lang`.

    Record data (names from the database) is not a source, so it is never reported; nor are
    the languages offered in Settings, each written in its own language ("English")."""
    sources = {m.source for m in messages(lang)} - set(NATIVE_NAMES.values())
    translated = {form for m in messages(lang) for form in m.forms}
    problems = []
    for shown in shown_texts(top):
        if shown.text in sources and shown.text not in translated:
            problems.append(f"{label}: {shown.where}: untranslated {shown.text!r}")
        if shown.visible and shown.needs_text and not shown.text.strip():
            problems.append(f"{label}: {shown.where}: empty")
    return problems


def letter_pdf(db: Database, inquiry_id: int) -> bytes:
    from msek_desktop.core.proposals import LetterRequest
    from msek_desktop.letters import LetterService, preview

    return preview(LetterService(db).draft(LetterRequest(inquiry_id)).facts)


def dialogs(qtbot: QtBot, ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    """Every form and dialog of the window, opened on demo records."""
    db = ctx.db
    inquiry = next(iter(followups.list_followups(db, None, today=date.today())))
    contact = contacts.find_contacts(db, "", limit=1)[0]
    organisation = organisations.find_organisations(db, "", limit=1)[0]
    member = staff.list_staff(db)[0]
    exchange = exchanges.list_exchanges(db)[0]  # the demo's newest
    made = [
        ("inquiry form", InquiryForm(ctx, inquiry.inquiry_id)),
        ("new inquiry form", InquiryForm(ctx, None)),
        ("person form", ContactForm(ctx, contact.id)),
        ("organisation form", OrganisationForm(ctx, organisation.id)),
        ("new person dialog", ContactForm(ctx, None, create_only=True)),
        ("new organisation dialog", OrganisationForm(ctx, None, create_only=True)),
        ("exchange form", ExchangeForm(ctx, exchange.id)),
        ("new exchange form", ExchangeForm(ctx, None)),
        ("staff dialog", StaffDialog(db, member)),
        ("choose staff dialog", ChooseStaffDialog(db)),
        ("outcome dialog", OutcomeDialog(inquiry)),
        ("reschedule dialog", RescheduleDialog(inquiry, date.today())),
        ("crash dialog", CrashDialog("Traceback …", Path("msek-desktop.log"))),
        ("demo offer", DemoOffer()),
        ("proposal dialog", ProposalDialog(ctx, inquiry.inquiry_id)),
        ("batch letters dialog", BatchLettersDialog(ctx, [inquiry.inquiry_id])),
        (
            "letter preview",
            LetterPreview(
                letter_pdf(db, inquiry.inquiry_id),
                title=inquiry.inquiry_ref,
                suggested_name="letter.pdf",
            ),
        ),
    ]
    for label, widget in made:
        qtbot.addWidget(widget)
        yield label, widget


def screens_and_tabs(window: MainWindow) -> Iterator[str]:
    for key, _cls in SCREENS:
        screen = window.show_screen(key)
        tabs = screen.findChildren(QTabWidget)
        if not tabs:
            yield key
        for tab_widget in tabs:
            for i in range(tab_widget.count()):
                tab_widget.setCurrentIndex(i)
                yield f"{key} tab {i}"


@pytest.mark.parametrize("lang", ["fr", "pl"])
def test_no_english_text_is_left_on_any_screen(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, languages: Languages, lang: str
) -> None:
    languages.switch(lang)
    qtbot.waitUntil(lambda: navigation(window) == NAVIGATION[lang])
    assert isinstance(window, QMainWindow)
    problems = []
    for label in screens_and_tabs(window):
        problems += untranslated(lang, window, label)
    for label, widget in dialogs(qtbot, ctx):
        problems += untranslated(lang, widget, label)
        widget.close()
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_a_screen_built_after_the_switch_is_translated(
    qtbot: QtBot, ctx: AppContext, languages: Languages
) -> None:
    languages.switch("pl")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert navigation(win) == NAVIGATION["pl"]
    assert QCoreApplication.translate("Labels", "Lost") == "Bez rezultatu"


def test_the_sweep_sees_english_left_on_screen(window: MainWindow) -> None:
    """Without switching, the French check must find the English texts: it looks where it should."""
    for key, _cls in SCREENS:  # each screen is built when first shown or looked up
        window.screens[key]
    problems = "\n".join(untranslated("fr", window, "en"))
    for english in ("'My day'", "'Follow-ups'", "'&File'", "'Search inquiries'"):
        assert f"untranslated {english}" in problems


@pytest.mark.parametrize(
    ("lang", "short", "long"),
    [
        ("en", "04/12/2026", "Friday, 4 December 2026"),  # British: day first, never 12/4/26
        ("fr", "04/12/2026", "vendredi 4 décembre 2026"),
        ("pl", "4.12.2026", "piątek, 4 grudnia 2026"),
    ],
)
def test_dates_are_written_as_the_office_reads_them(
    qtbot: QtBot, languages: Languages, lang: str, short: str, long: str
) -> None:
    languages.switch(lang)
    assert table.display(date(2026, 12, 4)) == short
    assert QLocale().toString(QDate(2026, 12, 4), QLocale.FormatType.LongFormat) == long
