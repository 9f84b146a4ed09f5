"""Documents travel with the office's data (core.copying, generic over the models' tables): a
file moved to the office server and copied back to a desk keeps every byte, a 25 MB one too."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from msek_desktop.core import backups, copying, documents, moving, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.documents import MAX_BYTES
from msek_desktop.core.server import ServerAddress
from msek_desktop.core.store import open_database

POLISH = "Umowa_współpracy_Łódź.pdf"


def test_documents_go_to_the_server_and_back_to_a_desk_copy_byte_for_byte(
    tmp_path: Path,
    new_database: Callable[..., Database],
    new_server_database: Callable[..., Any],
) -> None:
    desk = new_database(tmp_path / "desk.db")
    org = organisations.create_organisation(
        desk, {"name": "Zespół Szkół Muzycznych w Łodzi", "side": "katowice"}
    ).id
    largest = os.urandom(MAX_BYTES)
    small = "Umowa o współpracy – Łódź / Saint-Étienne".encode()
    kept = {
        documents.attach(desk, largest, name="programme.pdf", organisation_id=org).id: largest,
        documents.attach(desk, small, name=POLISH, organisation_id=org).id: small,
    }
    binned = documents.attach(desk, b"%PDF old", name="stary.pdf", organisation_id=org)
    documents.remove(desk, binned.id)
    rows = {d.id: d for d in [*documents.list_documents(desk, organisation_id=org),
                              *documents.list_bin(desk)]}  # fmt: skip

    address: ServerAddress = new_server_database(empty=True)
    moving.move_to(desk.engine, desk.path, address)  # checked table by table, bytes included
    office = open_database(address)
    try:
        copy = backups.backup_now(office)  # a desk copy: the server's data in a new file
        for document_id, data in kept.items():
            assert documents.content(office, document_id) == data
        assert documents.get_document(office, binned.id) == rows[binned.id]  # the bin too
    finally:
        office.dispose()
    back = open_database(copy, migrate=False)
    try:
        for document_id, data in kept.items():
            got = documents.content(back, document_id)
            assert hashlib.sha256(got).hexdigest() == rows[document_id].sha256
            assert got == data
        assert documents.list_documents(back, organisation_id=org) == [
            rows[i] for i in sorted(kept, reverse=True)
        ]
    finally:
        back.dispose()


def test_files_are_copied_a_few_at_a_time(
    tmp_path: Path, new_database: Callable[..., Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    """However many documents there are, a copy holds at most BLOB_CHUNK of them in memory
    (measured: 600 MB of documents took 759 MB to copy read 2000 rows at a time, 359 MB read
    4 at a time, as for 300 MB)."""
    desk = new_database(tmp_path / "desk.db")
    org = organisations.create_organisation(desk, {"name": "Chór", "side": "katowice"}).id
    for number in range(2 * copying.BLOB_CHUNK + 1):
        documents.attach(desk, f"%PDF {number}".encode(), name=f"{number}.pdf", organisation_id=org)
    written: dict[str, list[int]] = {}
    write = copying._write

    def counting(conn: Any, table: Any, rows: Any, at: Any) -> None:
        written.setdefault(table.name, []).append(len(rows))
        write(conn, table, rows, at)

    monkeypatch.setattr(copying, "_write", counting)
    copying.to_new_file(desk.engine, desk.path, tmp_path / "copy.db")
    assert written["documents"] == [4, 4, 1]
    assert written["organisations"] == [1]  # other tables as before: all in one round
