"""The person form's legal basis, No letters / No email / No phone and Consents tab
(ui.forms.consent_panel), the history saying consents in words, and the batch of letters
naming who is skipped for having refused letters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import directory_fixtures as shared
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from msek_desktop.core import contacts, history, inquiries
from msek_desktop.core.privacy import consent
from msek_desktop.core.rows import ContactRow
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.dialogs.batch_letters import BatchLettersDialog
from msek_desktop.ui.forms import consent_panel
from msek_desktop.ui.forms.contact_form import ContactForm

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

db, ctx, similar = shared.db, shared.ctx, shared.similar  # a file with "ola", its context
pytestmark = shared.MARKS


@pytest.fixture
def ewa(ctx: AppContext) -> ContactRow:
    return contacts.create_contact(
        ctx.db, {"first_name": "Ewa", "last_name": "Nowak", "side": "katowice"}, actor="ola"
    )


def opened(qtbot: QtBot, ctx: AppContext, contact_id: int | None) -> ContactForm:
    form = shared.kept(qtbot, ContactForm(ctx, contact_id))
    form.show()
    return form


def answering(monkeypatch: pytest.MonkeyPatch, fill: Callable[[Any], None]) -> list[Any]:
    """Consent dialogs filled by `fill` and saved, instead of waiting for the user; the
    dialogs shown, kept to look at."""
    shown: list[Any] = []

    def exec_(dialog: Any) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.save()
        return int(dialog.result())

    for cls in (consent_panel.ConsentDialog, consent_panel.WithdrawDialog):
        monkeypatch.setattr(cls, "exec", exec_)
    return shown


def test_legal_basis_and_refusals_are_saved_and_said_in_the_history(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow
) -> None:
    form = opened(qtbot, ctx, ewa.id)
    assert form.legal_basis.code() == "own_request"
    assert [box.text() for box in form.refusals.values()] == [
        "No letters", "No email", "No phone",
    ]  # fmt: skip
    assert not any(box.isChecked() for box in form.refusals.values())
    form.refusals["no_letters"].setChecked(True)
    form.legal_basis.set_code("consent")
    assert form.is_dirty() and form.save()
    row = contacts.get_contact(ctx.db, ewa.id)
    assert (row.no_letters, row.no_email, row.legal_basis) == (True, False, "consent")
    form.stream.reload()
    lines = [form.stream.list.item(n).text() for n in range(form.stream.list.count())]
    assert any(line.endswith("changed: No letters: no → yes") for line in lines)
    assert any(line.endswith("changed: Legal basis: Their own request → Consent") for line in lines)
    again = opened(qtbot, ctx, ewa.id)
    assert again.refusals["no_letters"].isChecked() and again.legal_basis.code() == "consent"


def test_a_new_person_starts_with_their_own_request_and_no_refusal(
    qtbot: QtBot, ctx: AppContext, similar: Any
) -> None:
    form = opened(qtbot, ctx, None)
    form.last_name.setText("Lis")
    form.side.set_code("katowice")
    form.refusals["no_phone"].setChecked(True)
    assert form.save()
    row = contacts.get_contact(ctx.db, form.record_id)
    assert (row.legal_basis, row.no_phone, row.no_letters) == ("own_request", True, False)


def test_consents_are_added_and_withdrawn_in_their_tab(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = opened(qtbot, ctx, ewa.id)
    panel = form.consents
    tabs = form.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Consents (0)"

    def give(dialog: Any) -> None:
        dialog.purpose.set_code("newsletter")
        dialog.given_how.set_code("email")
        dialog.source.setText("asked at the Lyon fair")

    shown = answering(monkeypatch, give)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and shown[0].result()
    assert [(r.purpose, r.given_how, r.source) for r in panel.model.rows] == [
        ("newsletter", "email", "asked at the Lyon fair"),
    ]
    assert tabs.tabText(tabs.indexOf(panel)) == "Consents (1)"
    assert not panel.withdraw_button.isEnabled()  # nothing chosen yet
    first = panel.model.index(0, 0)
    flags = QItemSelectionModel.SelectionFlag
    panel.table.selectionModel().select(first, flags.ClearAndSelect | flags.Rows)
    assert panel.withdraw_button.isEnabled()
    answering(monkeypatch, lambda dialog: dialog.withdrawn_how.set_code("phone"))
    panel.withdraw()
    (row,) = consent.list_consents(ctx.db, ewa.id)
    assert (row.withdrawn_on, row.withdrawn_how) == (ctx.today(), "phone")
    assert tabs.tabText(tabs.indexOf(panel)) == "Consents (0)"
    assert panel.model.data(panel.model.index(0, 1)) == "Withdrawn"
    said = [e for e in history.entries(ctx.db, contact_id=ewa.id) if e.kind == "consent"]
    assert [e.new_value for e in said] == ["withdrawn", "given"]
    form.stream.reload()
    lines = [form.stream.list.item(n).text() for n in range(form.stream.list.count())]
    assert any("consent withdrawn: Newsletters (Phone, " in line for line in lines)
    assert any("consent given: Newsletters (Email, " in line for line in lines)


def test_a_day_in_the_future_is_marked_and_nothing_is_written(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = opened(qtbot, ctx, ewa.id)
    tomorrow = ctx.today() + timedelta(days=1)

    def give(dialog: Any) -> None:
        dialog.given_on.setDate(tomorrow)

    shown = answering(monkeypatch, give)
    form.consents.add()
    (dialog,) = shown
    assert not dialog.result()  # it stays open
    assert dialog.errors.labels["given_on"].text() == "Cannot be in the future."
    assert consent.list_consents(ctx.db, ewa.id) == []


def test_a_person_not_saved_has_no_consent_to_add(qtbot: QtBot, ctx: AppContext) -> None:
    form = opened(qtbot, ctx, None)
    assert not form.consents.add_button.isEnabled()


def test_the_batch_names_who_refused_letters_before_and_after(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow, asked: Asked, tmp_path: Path
) -> None:
    jan = contacts.create_contact(ctx.db, {"first_name": "Jan", "last_name": "Lis",
                                           "side": "katowice"})  # fmt: skip
    contacts.update_contact(ctx.db, ewa.id, {"no_letters": True})
    refused = inquiries.create_inquiry(ctx.db, {"subject": "Chór", "contact_id": ewa.id})
    other = inquiries.create_inquiry(ctx.db, {"subject": "Teatr", "contact_id": jan.id})
    dialog = shared.kept(qtbot, BatchLettersDialog(ctx, [refused.id, other.id]))
    assert not dialog.refused.isHidden()
    assert dialog.refused.text().splitlines() == [
        "Skipped at the person's request:",
        f"{refused.ref}: Ewa Nowak asked not to receive letters.",
    ]
    assert dialog.heading.text() == "1 letters will be made, one for each selected inquiry."
    dialog.path.setText(str(tmp_path / "letters.pdf"))
    dialog.make()
    assert dialog.operation is not None
    with qtbot.waitSignal(dialog.operation.finished, timeout=30_000):
        pass
    (said,) = asked.texts()
    assert f"{refused.ref}: Ewa Nowak asked not to receive letters." in said
    assert [p.inquiry_id for p in dialog.result_.proposals] == [other.id]


def test_write_and_call_are_disabled_for_who_refused_them(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow
) -> None:
    values = {"email": "ewa@example.pl", "phone": "32 123 45 67", "no_email": True}
    contacts.update_contact(ctx.db, ewa.id, values)
    form = opened(qtbot, ctx, ewa.id)
    write, call = form.link_buttons["email"], form.link_buttons["phone"]
    assert not write.isEnabled() and call.isEnabled()
    assert write.toolTip() == "Ewa Nowak asked not to receive emails."
    form.refusals["no_email"].setChecked(False)
    form.refusals["no_phone"].setChecked(True)
    assert write.isEnabled() and not call.isEnabled()
    assert call.toolTip() == "Ewa Nowak asked not to be called."
    form.phone.setText("32 123 45 68")  # an edit of the number keeps the refusal
    assert not call.isEnabled()


def test_a_refused_call_stays_disabled_in_another_language(
    qtbot: QtBot, ctx: AppContext, ewa: ContactRow
) -> None:
    contacts.update_contact(ctx.db, ewa.id, {"phone": "32 123 45 67", "no_phone": True})
    form = opened(qtbot, ctx, ewa.id)
    call = form.link_buttons["phone"]
    ctx.languages.switch("pl")
    try:
        qtbot.waitUntil(lambda: call.text() == "Zadzwoń")
        qtbot.wait(20)  # the buttons' own refresh, then the form's
        assert not call.isEnabled()
    finally:
        ctx.languages.switch("en")
