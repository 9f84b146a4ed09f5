"""The exchange form over a real database: recorded from an agreed inquiry (Record the
exchange…), its fields checked and marked before anything is written, core's refusals marked
under their fields, saved and read back whole, the cancellation's reason and note, a stale
edit, Delete, its documents; an organisation's Exchanges tab."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import exchange_fixtures as shared
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from msek_desktop.core import documents, exchanges, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.exchanges import OrganisationBrief
from msek_desktop.ui.context import AppContext
from msek_desktop.ui.forms.exchange_form import ExchangeForm
from msek_desktop.ui.forms.inquiry_form import InquiryForm
from msek_desktop.ui.forms.organisation_form import OrganisationForm

if TYPE_CHECKING:
    from tests.ui.conftest import Asked

db, ctx, office = shared.db, shared.ctx, shared.office  # fixtures
Office, make_exchange, TODAY = shared.Office, shared.make_exchange, shared.TODAY
pytestmark = shared.MARKS


def exchange_forms() -> list[ExchangeForm]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ExchangeForm)]


def opened(qtbot: QtBot, form: ExchangeForm) -> ExchangeForm:
    qtbot.addWidget(form)
    form.show()
    return form


def marked(form: ExchangeForm) -> dict[str, str]:
    """The fields marked refused, with what their mark says."""
    return form.field_errors.shown()


def test_an_agreed_inquiry_records_its_exchange(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    inquiry = InquiryForm(ctx, office.inquiry)
    qtbot.addWidget(inquiry)
    inquiry.show()
    button = inquiry.exchange_button
    assert button.isVisible() and button.text() == "Record the exchange…"
    button.click()
    (form,) = exchange_forms()
    assert form.windowTitle() == "New exchange"
    assert form.title_line.text() == "Chór szkolny w Saint-Étienne"  # the inquiry's subject
    assert form.organisations.ids() == [office.lodz]  # its own organisation
    assert form.fields.codes() == ("music",)
    ref = inquiries.get_inquiry(ctx.db, office.inquiry).row.ref
    assert form.inquiry_button.isVisibleTo(form) and form.inquiry_button.text() == f"Inquiry {ref}"
    assert not form.is_dirty()  # what the inquiry said is not the user's edit
    form.organisations.add(organisations.get_organisation(ctx.db, office.massenet))
    form.starts_on.set_date(date(2027, 3, 1))
    form.ends_on.set_date(date(2027, 3, 6))
    form.counts["planned_katowice"].setValue(30)
    form.items.add_row(None)  # on the first day
    form.items.set_text(0, 1, "Opéra de Saint-Étienne")
    form.funding.add_row(None)
    form.funding.set_text(0, 1, "1 200,50")
    assert form.save()
    (saved,) = exchanges.list_exchanges(ctx.db)
    detail = exchanges.get_exchange(ctx.db, saved.id)
    assert (saved.inquiry_id, saved.status, saved.planned_katowice) == (
        office.inquiry,
        "planned",
        30,
    )
    assert {o.id for o in saved.organisations} == {office.lodz, office.massenet}
    assert [(i.day, i.place) for i in detail.items] == [
        (date(2027, 3, 1), "Opéra de Saint-Étienne")
    ]
    assert [(f.source, f.amount, f.currency) for f in detail.funding] == [
        ("erasmus_plus", Decimal("1200.50"), "EUR")
    ]
    assert form.windowTitle() == "Exchange — Chór szkolny w Saint-Étienne"
    assert button.text() == "Exchange: Chór szkolny w Saint-Étienne"  # told by data_changed
    button.click()
    assert exchange_forms() == [form]  # the one already open, raised


def test_an_inquiry_not_yet_agreed_records_no_exchange(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    inquiries.move_stage(ctx.db, office.inquiry, "in_discussion", actor="anna")
    inquiry = InquiryForm(ctx, office.inquiry)
    qtbot.addWidget(inquiry)
    inquiry.show()
    assert not inquiry.exchange_button.isVisible()


def test_an_inquiry_with_several_exchanges_lists_them(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    first = make_exchange(ctx.db, office, "Koncert", inquiry_id=office.inquiry)
    make_exchange(ctx.db, office, "Warsztaty", inquiry_id=office.inquiry)
    inquiry = InquiryForm(ctx, office.inquiry)
    qtbot.addWidget(inquiry)
    inquiry.show()
    button = inquiry.exchange_button
    assert button.text() == "Exchanges (2)"
    menu = button.menu()
    assert menu is not None
    entries = [a.text() for a in menu.actions() if a.text()]
    assert entries == ["Warsztaty (—)", "Koncert (—)", "Record another exchange…"]  # newest first
    menu.actions()[[a.text() for a in menu.actions()].index("Koncert (—)")].trigger()
    assert [f.record_id for f in exchange_forms()] == [first]


def test_every_refused_field_is_marked_at_once_and_nothing_written(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = opened(qtbot, ExchangeForm(ctx, None))
    form.starts_on.set_date(date(2027, 3, 6))
    form.ends_on.set_date(date(2027, 3, 1))
    form.status.set_code("cancelled")
    form.funding.add_row(None)
    form.funding.set_text(0, 1, "1,200.50")  # refused, not guessed
    assert not form.save()
    errors = marked(form)
    assert set(errors) == {"title", "organisation_ids", "ends_on", "cancel_reason", "funding"}
    assert "line 1, amount" in errors["funding"]
    assert exchanges.list_exchanges(ctx.db, include_deleted=True) == []
    form.title_line.setText("Koncert")  # a field edited: its mark goes
    assert "title" not in marked(form)


def test_a_refused_table_brings_its_tab_forward(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = opened(qtbot, ExchangeForm(ctx, None))
    form.title_line.setText("Koncert")
    form.organisations.add(organisations.get_organisation(ctx.db, office.massenet))
    form.starts_on.set_date(date(2027, 3, 1))
    form.ends_on.set_date(date(2027, 3, 6))
    form.items.add_row(None)
    form.starts_on.set_date(date(2027, 3, 2))  # the programme's day now before the first
    assert not form.save()
    assert set(marked(form)) == {"items"}
    assert form.tabs.currentIndex() == 0 and form.tabs.tabText(0) == "Programme (1)"


def test_core_s_refusal_at_save_is_marked_under_its_field(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    gone = organisations.create_organisation(ctx.db, {"name": "Gone", "side": "katowice"})
    form = opened(qtbot, ExchangeForm(ctx, None))
    form.title_line.setText("Koncert")
    form.organisations.set_organisations([OrganisationBrief(gone.id, "Gone", "katowice")])
    organisations.set_deleted(ctx.db, gone.id, True)  # meanwhile, at another desk
    assert not form.save()
    assert set(marked(form)) == {"organisation_ids"}
    assert exchanges.list_exchanges(ctx.db, include_deleted=True) == []


def test_a_saved_exchange_reads_back_whole_and_changes(
    qtbot: QtBot, ctx: AppContext, office: Office, languages: object
) -> None:
    exchange = make_exchange(
        ctx.db, office, "Koncert", kind="concert", starts_on=date(2027, 3, 1),
        ends_on=date(2027, 3, 6), planned_saint_etienne=12, field_codes=["music"],
        items=[{"day": date(2027, 3, 2), "place": "NOSPR", "what": "Koncert"}],
        funding=[{"source": "katowice_city", "amount": "20000", "currency": "PLN", "note": "x"}],
        outcome="Dobrze",
    )  # fmt: skip
    languages.switch("fr")  # type: ignore[attr-defined]
    form = opened(qtbot, ExchangeForm(ctx, exchange))
    assert form.kind.code() == "concert" and form.status.code() == "planned"
    assert (form.starts_on.date(), form.ends_on.date()) == (date(2027, 3, 1), date(2027, 3, 6))
    assert form.counts["planned_saint_etienne"].value() == 12
    assert form.counts["actual_katowice"].value() == -1  # not known: "–"
    assert form.items.rows() == [{"day": date(2027, 3, 2), "place": "NOSPR", "what": "Koncert"}]
    assert form.funding.rows() == [
        {"source": "katowice_city", "amount": "20000,00", "currency": "PLN", "note": "x"}
    ]  # the amount as French writes it
    assert form.outcome.toPlainText() == "Dobrze"
    assert not form.is_dirty()
    form.counts["actual_katowice"].setValue(28)
    form.outcome.setPlainText("Très bien")
    assert form.is_dirty()
    assert form.save()
    detail = exchanges.get_exchange(ctx.db, exchange)
    assert (detail.row.actual_katowice, detail.outcome) == (28, "Très bien")
    assert detail.funding[0].amount == Decimal("20000.00")  # a list not changed stays as it is


def test_a_cancellation_says_why_only_when_cancelled(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    exchange = make_exchange(ctx.db, office, "Koncert")
    form = opened(qtbot, ExchangeForm(ctx, exchange))
    assert not form.cancel_reason.isVisibleTo(form)
    form.status.set_code("cancelled")
    assert form.cancel_reason.isVisibleTo(form) and form.cancel_note.isVisibleTo(form)
    form.cancel_reason.set_code("funding")
    form.cancel_note.setText("Brak dotacji")
    assert form.save()
    row = exchanges.get_exchange(ctx.db, exchange)
    assert (row.row.status, row.row.cancel_reason, row.cancel_note) == (
        "cancelled", "funding", "Brak dotacji",
    )  # fmt: skip
    form.status.set_code("planned")
    assert not form.cancel_note.isVisibleTo(form)
    assert form.values()["cancel_reason"] is None  # none kept for a planned one


def test_a_stale_edit_asks_to_reload_and_unsaved_changes_are_asked_about(
    qtbot: QtBot, asked: Asked, ctx: AppContext, office: Office
) -> None:
    exchange = make_exchange(ctx.db, office, "Koncert")
    form = opened(qtbot, ExchangeForm(ctx, exchange))
    exchanges.update_exchange(ctx.db, exchange, {"title": "Koncert chóru"}, actor="anna")
    form.title_line.setText("Koncert w operze")
    asked.answers["ask_reload"] = True
    assert not form.save()
    assert [kind for kind, *_rest in asked.shown] == ["ask_reload"]
    assert form.title_line.text() == "Koncert chóru"  # read again
    form.outcome.setPlainText("Notes")
    form.close()
    assert "ask_unsaved" in [kind for kind, *_rest in asked.shown]


def test_delete_asks_and_moves_it_to_the_bin(
    qtbot: QtBot, asked: Asked, ctx: AppContext, office: Office
) -> None:
    exchange = make_exchange(ctx.db, office, "Koncert")
    form = opened(qtbot, ExchangeForm(ctx, exchange))
    asked.answers["confirm"] = True
    form.delete_button.click()
    assert exchanges.get_exchange(ctx.db, exchange).row.deleted
    assert "Koncert" in asked.texts("confirm")[0]


def test_its_documents_tab_lists_its_files_and_adds_them(
    qtbot: QtBot, ctx: AppContext, office: Office, db: Database, tmp_path: Path
) -> None:
    exchange = make_exchange(db, office, "Koncert")
    documents.attach(db, b"%PDF", name="Umowa.pdf", exchange_id=exchange, actor="anna")
    form = opened(qtbot, ExchangeForm(ctx, exchange))
    panel = form.documents
    assert form.tabs.tabText(form.tabs.indexOf(panel)) == "Documents (1)"
    assert [r.name for r in panel.model.rows] == ["Umowa.pdf"]
    programme = tmp_path / "Programme_été.pdf"
    programme.write_bytes(b"%PDF programme")
    operation = panel.add_paths([programme])
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    listed = documents.list_documents(db, exchange_id=exchange)
    assert sorted(d.name for d in listed) == ["Programme_été.pdf", "Umowa.pdf"]
    assert form.tabs.tabText(form.tabs.indexOf(panel)) == "Documents (2)"


def test_a_new_exchange_takes_documents_once_saved(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    form = opened(qtbot, ExchangeForm(ctx, None))
    assert not form.documents.add_button.isEnabled()
    assert form.documents.table.empty.text.text() == "Save the record first to attach documents."


def test_an_organisation_shows_its_exchanges_and_opens_them(
    qtbot: QtBot, ctx: AppContext, office: Office
) -> None:
    exchange = make_exchange(ctx.db, office, "Koncert", starts_on=date(2027, 3, 1))
    exchanges.create_exchange(
        ctx.db, {"title": "Bez Massenet", "organisation_ids": [office.lodz]}, actor="anna"
    )
    organisation = OrganisationForm(ctx, office.massenet)
    qtbot.addWidget(organisation)
    organisation.show()
    tabs = organisation.tabs
    number = tabs.indexOf(organisation.exchanges.table)
    assert tabs.tabText(number) == "Exchanges (1)"
    model = organisation.exchanges.model
    assert [r.title for r in model.rows] == ["Koncert"]
    organisation.exchanges.table.activated_row.emit(model.rows[0])
    assert [f.record_id for f in exchange_forms()] == [exchange]
