"""Search order: best match first when few match, newest first for a broad prefix."""

from pathlib import Path

import pytest

from msek_desktop.core import demo, inquiries
from msek_desktop.core.inquiries import InquiryFilter, listing
from msek_desktop.core.store import open_database


def test_broad_search_lists_newest_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(tmp_path / "o.db", create=True)
    demo.generate(db, inquiries=300, seed=3)
    everything = inquiries.list_inquiries(db, InquiryFilter(search="saint"), limit=1000)
    monkeypatch.setattr(listing, "RANK_LIMIT", 1)
    newest = inquiries.list_inquiries(db, InquiryFilter(search="saint"), limit=1000)
    assert {r.id for r in newest} == {r.id for r in everything}
    keys = [(r.received_on, r.id) for r in newest]
    assert keys == sorted(keys, reverse=True)
    page = inquiries.list_inquiries(db, InquiryFilter(search="saint"), limit=10, offset=10)
    assert [r.id for r in page] == [r.id for r in newest[10:20]]
    assert inquiries.count_inquiries(db, InquiryFilter(search="saint")) == len(newest)
