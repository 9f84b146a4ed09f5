"""Reading what is exported a batch at a time: an export of 100,000 inquiries is never held
whole, as rows or as their fields' codes, consents or organisations."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Row, Select
from sqlalchemy.orm import Session

BATCH = 1000  # rows fetched at a time, with what belongs to them


def in_batches(
    session: Session, stmt: Select[*tuple[Any, ...]]
) -> Iterator[Sequence[Row[*tuple[Any, ...]]]]:
    """The rows of `stmt`, BATCH at a time, each batch read once the one before is written
    (what belongs to a batch's rows is then read by their ids)."""
    yield from session.execute(stmt.execution_options(yield_per=BATCH)).partitions()
