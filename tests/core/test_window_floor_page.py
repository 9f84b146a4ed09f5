"""The window's bare floor (tests/bench/window_probe.py `bare --db`) reads the page the
Inquiries screen shows first: the same inquiries, in the same order, with the same columns."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from msek_desktop.core import demo
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter, list_inquiries

PROBE = Path(__file__).parents[1] / "bench" / "window_probe.py"


def _probe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("window_probe_floor", PROBE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_floor_reads_the_programs_first_page(
    tmp_path: Path, new_database: Callable[..., Database]
) -> None:
    path = tmp_path / "floor.db"
    db = new_database(path, demo.generate, inquiries=260, seed=3, today=date(2026, 11, 1))
    probe = _probe()
    program = list_inquiries(db, InquiryFilter(open=True), limit=probe.FIRST_PAGE)
    db.dispose()  # its last writes in the file, as the floor finds it
    same_page(probe.first_page(str(path)), program, probe.FIRST_PAGE)


def test_the_servers_floor_reads_the_programs_first_page(
    new_server_database: Callable[..., Database],
) -> None:
    db = new_server_database()
    demo.generate(db, inquiries=260, seed=3, today=date(2026, 11, 1))
    probe = _probe()
    program = list_inquiries(db, InquiryFilter(open=True), limit=probe.FIRST_PAGE)
    url = db.location.url  # type: ignore[union-attr]  # as the window's --db names it
    same_page(probe.first_page(url), program, probe.FIRST_PAGE)


def same_page(floor: list[tuple[Any, ...]], program: list[Any], page: int) -> None:
    """The floor's rows are the program's page: the same ids, in order, the same cells
    (dates as text, as the floor shows them)."""
    floor = [tuple(v.isoformat() if isinstance(v, date) else v for v in r) for r in floor]
    assert len(program) == page  # more open inquiries than a page: LIMIT counts
    assert [r[0] for r in floor] == [r.id for r in program]
    for plain, row in zip(floor, program, strict=True):
        contact = row.contact.id if row.contact else None
        organisation = row.organisation.id if row.organisation else None
        due = row.next_followup.isoformat() if row.next_followup else None
        assert plain[1:3] == (row.ref, row.received_on.isoformat())
        assert plain[6:9] == (row.subject, row.stage, row.priority)
        assert plain[9:11] == (row.assignee, row.assignee_name)
        assert (plain[11], plain[12], plain[17]) == (due, contact, organisation)
        assert set((plain[24] or "").split(",")) - {""} == set(row.fields)
