"""What a letter cannot print as asked, in the window: the batch of letters says it too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, demo, inquiries, settings
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter
from msek_desktop.letters.checks import LetterWarning
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.batch_letters import BatchLettersDialog, batch_warnings
from msek_desktop.ui.dialogs.letter_warnings import warning_text
from msek_desktop.ui.i18n import Languages

if TYPE_CHECKING:
    from tests.ui.conftest import Asked


@pytest.fixture
def db(tmp_path: Path, new_database: Callable[..., Database]) -> Database:
    return new_database(tmp_path / "w.db", demo.generate, inquiries=12, seed=1)


def test_a_batch_tells_which_letters_print_boxes_and_that_the_logo_is_left_out(
    qtbot: QtBot, db: Database, tmp_path: Path, asked: Asked
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (30, 20)).save(logo)
    settings.save(db, {"office.logo": str(logo)})
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"replaced" * 10)  # garbage since
    rows = inquiries.list_inquiries(db, InquiryFilter(open=None), limit=3)
    with_contact = [r for r in rows if inquiries.get_inquiry(db, r.id).contact is not None]
    detail = inquiries.get_inquiry(db, with_contact[0].id)
    assert detail.contact is not None
    contacts.update_contact(db, detail.contact.id, {"last_name": "Kim 金"})
    dialog = BatchLettersDialog(AppContext(db, "anowak", Languages()), [r.id for r in rows])
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "letters.pdf"))
    dialog.make()
    assert dialog.operation is not None
    with qtbot.waitSignal(dialog.operation.finished, timeout=30_000):
        pass
    ((kind, _title, text),) = asked.shown
    assert kind == "warn"
    lines = text.split("\n")
    assert lines[0] == f"3 letters are in the file {tmp_path / 'letters.pdf'}"
    boxed = [  # every letter to that contact (the demo's people may write more than once)
        r.ref
        for r in rows
        if getattr(inquiries.get_inquiry(db, r.id).contact, "id", None) == detail.contact.id
    ]
    assert lines[2:] == [
        f"The letterhead logo {logo} cannot be used: the image is damaged or incomplete. "
        "The letter is made without it.",
        *(f"{ref}: The last name contains characters the letter font cannot print: "
          "金 (U+91D1); they will show as boxes." for ref in boxed),
    ]  # fmt: skip
    assert (tmp_path / "letters.pdf").exists()


def test_many_warnings_are_counted() -> None:
    one = LetterWarning("font", "body", "金")
    text = batch_warnings([(f"2026-{n:04}", one) for n in range(1, 12)])
    lines = text.split("\n")
    assert len(lines) == 9 and lines[-1] == "…and 3 more warnings."
    assert lines[0] == f"2026-0001: {warning_text(one)}"


def test_a_partner_is_named_as_written_even_with_a_percent_sign() -> None:
    assert warning_text(LetterWarning("font", "partner.city", "金", owner="Dom %2")) == (
        "The city of the partner Dom %2 contains characters the letter font cannot print: 金 "
        "(U+91D1); they will show as boxes."
    )
