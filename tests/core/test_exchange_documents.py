"""Documents of an exchange (core.documents with exchange_id): attached, listed, binned and
restored like an inquiry's; their history told on the exchange's inquiry; an exchange in the
bin takes none."""

from __future__ import annotations

from typing import Any

import pytest

from msek_desktop.core import documents, exchanges, inquiries
from msek_desktop.core.db import Database
from msek_desktop.core.documents import DocumentError
from msek_desktop.core.errors import code_of

pytestmark = pytest.mark.both_databases


def make_exchange(db: Database, party: Any, inquiry_id: int | None) -> int:
    values = {"title": "Chór w Saint-Étienne", "organisation_ids": [party.organisation.id],
              "inquiry_id": inquiry_id}  # fmt: skip
    return exchanges.create_exchange(db, values, actor="anna").row.id


def document_entries(db: Database, inquiry_id: int) -> list[tuple[str, str]]:
    timeline = inquiries.get_inquiry(db, inquiry_id).timeline
    return [(t.old_value, t.new_value) for t in timeline if t.kind == "document"]


def test_an_exchange_keeps_its_documents_and_its_inquiry_tells_of_them(
    db: Database, katowice: Any
) -> None:
    inquiry = inquiries.create_inquiry(
        db, {"subject": "Chór", "contact_id": katowice.contact.id}, actor="anna"
    ).id
    exchange = make_exchange(db, katowice, inquiry)
    made = documents.attach(db, b"%PDF umowa", name="Umowa.pdf", exchange_id=exchange,
                            actor="anna")  # fmt: skip
    assert (made.exchange_id, made.inquiry_id, made.organisation_id) == (exchange, None, None)
    assert [d.name for d in documents.list_documents(db, exchange_id=exchange)] == ["Umowa.pdf"]
    assert documents.list_documents(db, inquiry_id=inquiry) == []  # the exchange's, not its
    documents.remove(db, made.id, actor="anna")
    assert [d.name for d in documents.list_bin(db, exchange_id=exchange)] == ["Umowa.pdf"]
    documents.restore(db, made.id, actor="anna")
    assert document_entries(db, inquiry) == [
        ("", "Umowa.pdf"), ("Umowa.pdf", ""), ("", "Umowa.pdf"),
    ]  # fmt: skip


def test_an_exchange_without_an_inquiry_takes_documents_without_history(
    db: Database, katowice: Any
) -> None:
    exchange = make_exchange(db, katowice, None)
    made = documents.attach(db, b"programme", name="Programme.txt", exchange_id=exchange)
    assert documents.content(db, made.id) == b"programme"


def test_an_exchange_in_the_bin_takes_no_document(db: Database, katowice: Any) -> None:
    exchange = make_exchange(db, katowice, None)
    exchanges.set_deleted(db, exchange, True, actor="anna")
    with pytest.raises(DocumentError) as refused:
        documents.attach(db, b"x", name="x.pdf", exchange_id=exchange)
    assert code_of(refused.value.message) == "document_record_deleted"
    assert refused.value.message.params["kind"] == "exchange"  # type: ignore[union-attr]
    assert str(refused.value).startswith("The exchange Chór w Saint-Étienne is deleted")
    with pytest.raises(ValueError, match="exactly one"):
        documents.list_documents(db, exchange_id=exchange, inquiry_id=1)
