"""Documents attached to an inquiry or an organisation (core.documents): kept in the database
with their name, size, type and SHA-256, at most 25 MB each, moved to a bin for 30 days."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from msek_desktop.core import backups, changes, documents, errors, inquiries, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.documents import MAX_BYTES, DocumentError
from msek_desktop.core.errors import code_of
from msek_desktop.core.models import Document, TimelineEntry
from msek_desktop.core.store import open_database

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server

POLISH = "Umowa_współpracy_Łódź.pdf"
FRENCH = "Programme_été_Saint-Étienne_façade.docx"
NOW = datetime(2026, 12, 6, 10, 0)


def pdf_bytes(size: int, seed: str = "x") -> bytes:
    """`size` bytes starting like a PDF, different for each seed, every byte value in them."""
    head = b"%PDF-1.7\n" + seed.encode()
    return (head + bytes(range(256)) * (size // 256 + 1))[:size]


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def entries(db: Database, **target: int) -> list[tuple[str, str, str, str, str | None]]:
    """The record's document entries: (kind, old, new, note, who)."""
    with db.read() as session:
        return [
            (t.kind, t.old_value, t.new_value, t.note, t.who)
            for t in changes.timeline(session, **target)
            if t.kind == "document"
        ]


def stored(db: Database) -> tuple[int, int]:
    """How many documents the database holds (bin included), and how many document entries."""
    with db.read() as session:
        docs = session.scalar(select(func.count()).select_from(Document))
        notes = session.scalar(
            select(func.count()).select_from(TimelineEntry).where(TimelineEntry.kind == "document")
        )
    return int(docs or 0), int(notes or 0)


@pytest.fixture
def inquiry(db: Database, katowice: Any) -> int:
    values = {"subject": "Chór", "contact_id": katowice.contact.id}
    return inquiries.create_inquiry(db, values, actor="anna").id


# -- attaching ---------------------------------------------------------------------------------


def test_a_file_is_kept_with_its_name_size_type_sha_and_who(
    db: Database, inquiry: int, tmp_path: Path
) -> None:
    data = pdf_bytes(300_000)
    path = write(tmp_path, POLISH, data)
    row = documents.attach(db, path, inquiry_id=inquiry, actor="anna")
    assert (row.name, row.size, row.media_type) == (POLISH, 300_000, "application/pdf")
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    assert (row.added_by, row.added_by_name, row.deleted_at) == ("anna", "Anna Kowalska", None)
    assert (row.inquiry_id, row.organisation_id) == (inquiry, None)
    assert documents.content(db, row.id) == data
    assert documents.list_documents(db, inquiry_id=inquiry) == [row]
    assert entries(db, inquiry_id=inquiry) == [("document", "", POLISH, "", "anna")]


def test_an_organisation_keeps_documents_with_french_and_polish_names(
    db: Database, katowice: Any, tmp_path: Path
) -> None:
    org = katowice.organisation.id
    first = documents.attach(db, write(tmp_path, FRENCH, b"PK\x03\x04 docx"),
                             organisation_id=org, actor="anna")  # fmt: skip
    # a name from a Mac comes decomposed (ł stays, ó and ą are split): kept composed
    decomposed = unicodedata.normalize("NFD", "Zaświadczenie_źródło_ąę.txt")
    second = documents.attach(db, "Zażółć gęślą jaźń".encode(), name=decomposed,
                              organisation_id=org, actor="anna")  # fmt: skip
    assert second.name == "Zaświadczenie_źródło_ąę.txt" and second.media_type == "text/plain"
    word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert first.media_type == word
    listed = documents.list_documents(db, organisation_id=org)
    assert [d.name for d in listed] == [second.name, FRENCH]  # newest first
    assert documents.content(db, second.id).decode() == "Zażółć gęślą jaźń"
    names = [e[2] for e in entries(db, organisation_id=org)]
    assert names == [FRENCH, second.name]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("C:\\Users\\anna\\Pulpit\\Umowa_współpracy_Łódź.pdf", POLISH),
        ("/home/anna/Programme été.pdf", "Programme été.pdf"),
        ("  tab\there.pdf \n", "tabhere.pdf"),
        ("a" * 300 + ".pdf", "a" * 251 + ".pdf"),
    ],
)
def test_the_name_is_kept_without_its_folder(given: str, kept: str) -> None:
    assert documents.clean_name(given) == kept


def test_an_unknown_extension_is_kept_as_bytes(db: Database, inquiry: int) -> None:
    row = documents.attach(db, b"\x00\x01", name="dane.xyz123", inquiry_id=inquiry, actor="anna")
    assert row.media_type == "application/octet-stream"


# -- refused: nothing written ----------------------------------------------------------------------


def test_one_byte_over_25_mb_is_refused_and_nothing_is_written(
    db: Database, inquiry: int, tmp_path: Path
) -> None:
    before = stored(db)
    path = write(tmp_path, "programme.pdf", pdf_bytes(MAX_BYTES + 1))
    with pytest.raises(DocumentError) as refused:
        documents.attach(db, path, inquiry_id=inquiry, actor="anna")
    assert code_of(refused.value.message) == "document_too_large"
    assert str(refused.value) == (
        "programme.pdf is 26,214,401 bytes; a document may be at most 25 MB."
    )
    with pytest.raises(DocumentError):  # the same bytes handed over directly
        documents.attach(db, pdf_bytes(MAX_BYTES + 1), name="p.pdf", inquiry_id=inquiry)
    assert stored(db) == before


def test_a_bigger_file_is_refused_before_it_is_read(
    db: Database, inquiry: int, tmp_path: Path
) -> None:
    path = tmp_path / "programme.pdf"
    with path.open("wb") as sparse:  # 31.2 MB on paper, nothing on disk: never read whole
        sparse.truncate(int(31.2 * 1024 * 1024))
    with pytest.raises(DocumentError) as refused:
        documents.attach(db, path, inquiry_id=inquiry, actor="anna")
    assert str(refused.value) == "programme.pdf is 31.2 MB; a document may be at most 25 MB."
    assert refused.value.message.params["size"] == int(31.2 * 1024 * 1024)  # type: ignore[attr-defined]
    assert stored(db) == (0, 0)


def test_exactly_25_mb_is_kept_whole(db: Database, inquiry: int, tmp_path: Path) -> None:
    data = pdf_bytes(MAX_BYTES, "limit")
    row = documents.attach(db, write(tmp_path, "full.pdf", data), inquiry_id=inquiry)
    assert row.size == MAX_BYTES
    assert documents.content(db, row.id) == data


def test_an_empty_missing_or_folder_path_is_refused_by_name(
    db: Database, inquiry: int, tmp_path: Path
) -> None:
    empty, missing = write(tmp_path, "pusty.pdf", b""), tmp_path / "brak.pdf"
    cases = [
        (empty, "document_empty", "pusty.pdf is empty (0 bytes); there is nothing to attach."),
        (missing, "file_missing", f"The file {missing} does not exist."),
        (tmp_path, "file_folder", f"{tmp_path} is a folder, not a file."),
    ]  # fmt: skip
    for path, code, message in cases:
        with pytest.raises(DocumentError) as refused:
            documents.attach(db, path, inquiry_id=inquiry, actor="anna")
        assert (code_of(refused.value.message), str(refused.value)) == (code, message)
    assert stored(db) == (0, 0)


def test_an_unreadable_path_is_refused_by_name(db: Database, inquiry: int, tmp_path: Path) -> None:
    not_a_folder = write(tmp_path, "umowa.pdf", b"%PDF")
    path = not_a_folder / "aneks.pdf"  # a file taken for a folder: cannot even be looked at
    with pytest.raises(DocumentError) as refused:
        documents.attach(db, path, inquiry_id=inquiry, actor="anna")
    assert code_of(refused.value.message) == "file_unreadable"
    assert str(refused.value) == f"The file {path} cannot be read: Not a directory."
    assert stored(db) == (0, 0)


def test_a_deleted_record_takes_no_documents(db: Database, katowice: Any, inquiry: int) -> None:
    org = katowice.organisation.id
    kept = documents.attach(db, b"%PDF", name="a.pdf", organisation_id=org, actor="anna")
    documents.remove(db, kept.id, actor="anna")
    organisations.set_deleted(db, org, True, actor="anna")
    inquiries.set_deleted(db, inquiry, True, actor="anna")
    before = stored(db)
    with pytest.raises(DocumentError) as refused:
        documents.attach(db, b"%PDF", name="b.pdf", organisation_id=org, actor="anna")
    assert str(refused.value) == (
        "Zespół Szkół Muzycznych w Łodzi is deleted: restore it before attaching documents."
    )
    with pytest.raises(DocumentError) as refused:
        documents.attach(db, b"%PDF", name="b.pdf", inquiry_id=inquiry, actor="anna")
    assert code_of(refused.value.message) == "document_record_deleted"
    assert refused.value.message.params["kind"] == "inquiry"  # type: ignore[attr-defined]
    with pytest.raises(DocumentError):  # nor documents back from the bin
        documents.restore(db, kept.id, actor="anna")
    with pytest.raises(errors.NotFoundError):
        documents.attach(db, b"%PDF", name="b.pdf", inquiry_id=9999, actor="anna")
    assert stored(db) == before


# -- reading -------------------------------------------------------------------------------------


def test_listing_never_reads_the_bytes(db: Database, inquiry: int) -> None:
    documents.attach(db, pdf_bytes(1000), name="a.pdf", inquiry_id=inquiry)
    documents.attach(db, pdf_bytes(2000), name="b.pdf", inquiry_id=inquiry)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        listed = documents.list_documents(db, inquiry_id=inquiry)
        documents.list_bin(db, inquiry_id=inquiry)
        documents.get_document(db, listed[0].id)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert [d.size for d in listed] == [2000, 1000]
    selects = [s for s in statements if "documents" in s]
    assert len(selects) == 3 and not any("content" in s for s in selects)


def test_bytes_that_no_longer_match_their_sha256_are_refused(db: Database, inquiry: int) -> None:
    row = documents.attach(db, b"%PDF original", name=POLISH, inquiry_id=inquiry)
    with db.write() as session:
        session.execute(text("UPDATE documents SET content = :c"), {"c": b"%PDF tampered"})
    with pytest.raises(DocumentError) as refused:
        documents.content(db, row.id)
    assert code_of(refused.value.message) == "document_damaged"
    assert str(refused.value).startswith(f"{POLISH} is damaged in the database")


def test_a_copy_is_saved_whole_where_asked(db: Database, inquiry: int, tmp_path: Path) -> None:
    data = pdf_bytes(70_000)
    row = documents.attach(db, data, name=POLISH, inquiry_id=inquiry)
    folder = tmp_path / "out"
    folder.mkdir()
    saved = documents.save_copy(db, row.id, folder / POLISH)
    assert saved.read_bytes() == data
    assert [p.name for p in folder.iterdir()] == [POLISH]  # no temporary file left
    with pytest.raises(DocumentError) as refused:
        documents.save_copy(db, row.id, folder / "no-such-folder" / "x.pdf")
    assert code_of(refused.value.message) == "document_unwritable"


# -- the bin -------------------------------------------------------------------------------------


def test_removed_documents_wait_in_the_bin_and_come_back(db: Database, inquiry: int) -> None:
    row = documents.attach(db, b"%PDF", name=POLISH, inquiry_id=inquiry, actor="anna")
    binned = documents.remove(db, row.id, actor="anna")
    assert binned.deleted_at is not None
    assert (binned.deleted_by, binned.deleted_by_name) == ("anna", "Anna Kowalska")
    assert binned.purge_after == binned.deleted_at + timedelta(days=30)
    assert documents.list_documents(db, inquiry_id=inquiry) == []
    assert [d.id for d in documents.list_bin(db, inquiry_id=inquiry)] == [row.id]
    assert [d.id for d in documents.list_bin(db)] == [row.id]
    documents.remove(db, row.id, actor="anna")  # already there: nothing more
    restored = documents.restore(db, row.id, actor="anna")
    assert (restored.deleted_at, restored.deleted_by, restored.deleted_by_name) == (None, None, "")
    assert documents.list_documents(db, inquiry_id=inquiry) == [restored]
    assert documents.list_bin(db) == []
    assert entries(db, inquiry_id=inquiry) == [
        ("document", "", POLISH, "", "anna"),
        ("document", POLISH, "", "", "anna"),
        ("document", "", POLISH, "restored", "anna"),
    ]


def test_the_bin_is_emptied_of_what_is_older_than_30_days(db: Database, inquiry: int) -> None:
    old = documents.attach(db, b"%PDF old", name="old.pdf", inquiry_id=inquiry)
    recent = documents.attach(db, b"%PDF recent", name="recent.pdf", inquiry_id=inquiry)
    kept = documents.attach(db, b"%PDF kept", name="kept.pdf", inquiry_id=inquiry)
    documents.remove(db, old.id, now=NOW - timedelta(days=30, minutes=1))
    documents.remove(db, recent.id, now=NOW - timedelta(days=29, hours=23))
    assert documents.purge_bin(db, NOW) == 1
    with pytest.raises(errors.NotFoundError):
        documents.content(db, old.id)
    assert [d.name for d in documents.list_bin(db)] == ["recent.pdf"]
    assert documents.purge_bin(db, NOW) == 0
    assert documents.purge_bin(db, NOW + timedelta(days=1)) == 1
    assert [d.id for d in documents.list_documents(db, inquiry_id=inquiry)] == [kept.id]
    assert documents.content(db, kept.id) == b"%PDF kept"


# -- backups ---------------------------------------------------------------------------------------


def restored_from(db: Database, saved: Path) -> Iterator[Database]:
    """Restore `saved` into `db`'s place; the database opened again there."""
    if db.on_server:
        backups.restore_server(db, saved)
        yield db
        return
    path = db.path
    db.dispose()
    backups.restore(path, saved)
    again = open_database(path)
    try:
        yield again
    finally:
        again.dispose()


def test_an_attachment_survives_backup_and_restore_byte_for_byte(
    db: Database, inquiry: int, katowice: Any, tmp_path: Path
) -> None:
    big = os.urandom(3 * 1024 * 1024) + pdf_bytes(5000)
    small = "Umowa: współpraca Łódź – Saint-Étienne".encode()
    first = documents.attach(db, write(tmp_path, POLISH, big), inquiry_id=inquiry, actor="anna")
    second = documents.attach(db, small, name=FRENCH, organisation_id=katowice.organisation.id)
    saved = backups.backup_now(db, to=tmp_path / "backup.db")
    # after the backup: one changed behind the program's back, one binned and purged
    with db.write() as session:
        session.execute(text("UPDATE documents SET content = :c WHERE id = :i"),
                        {"c": b"changed", "i": first.id})  # fmt: skip
    documents.remove(db, second.id, now=NOW - timedelta(days=40))
    documents.purge_bin(db, NOW)
    for again in restored_from(db, saved):
        for row, data in ((first, big), (second, small)):
            back = documents.content(again, row.id)
            assert back == data
            assert hashlib.sha256(back).hexdigest() == row.sha256
            assert documents.get_document(again, row.id) == row
