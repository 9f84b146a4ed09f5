"""`msek email REF --template NAME [--attach-letter] [--lang fr|pl|en] [--to partner ORG_ID]
--out FILE.eml`, run as the real `msek` command."""

from __future__ import annotations

import email
import hashlib
import subprocess
import sys
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from offices import two_schools

from msek_desktop.core import contacts, inquiries, proposals
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

MSEK = Path(sys.executable).with_name("msek")  # the command the package installs


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> tuple[Any, dict[str, str]]:
    """Anna Wiśniewska's Polish inquiry (with an address), Piotr Łęcki's (without one), and
    the Conservatoire Massenet as a partner with a person at it."""
    db = databases.open(tmp_path / "office.db")
    try:
        facts = databases.build(db, make_office)
    finally:
        db.dispose()
    return db.location, facts  # a file's Path, or the server's address


def make_office(db: Database) -> dict[str, str]:
    lodz, ste = two_schools(db)
    anna = contacts.create_contact(
        db,
        {"honorific": "ms", "first_name": "Anna", "last_name": "Wiśniewska", "language": "pl",
         "email": "anna.wisniewska@example.pl", "side": "katowice", "organisation_id": lodz.id},
    )  # fmt: skip
    piotr = contacts.create_contact(
        db, {"honorific": "mr", "first_name": "Piotr", "last_name": "Łęcki", "side": "katowice"}
    )
    contacts.create_contact(
        db,
        {"honorific": "mr", "first_name": "Luc", "last_name": "Martin", "side": "saint_etienne",
         "email": "luc.martin@example.fr", "organisation_id": ste.id},
    )  # fmt: skip
    wanted = {"subject": "Wymiana nauczycieli – żeńskie chóry", "assignee": "anowak"}
    with_address = inquiries.create_inquiry(db, {**wanted, "contact_id": anna.id})
    without = inquiries.create_inquiry(db, {"subject": "Teatr", "contact_id": piotr.id})
    return {"ref": with_address.ref, "silent": without.ref, "partner": str(ste.id)}


def msek(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(MSEK), *argv], capture_output=True, text=True, encoding="utf-8", check=False
    )


def read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def kept(location: Any, ref: str) -> list[proposals.ProposalRow]:
    db = open_database(location)
    try:
        return proposals.list_proposals(db, inquiries.get_by_ref(db, ref).row.id)
    finally:
        db.dispose()


def test_a_draft_with_the_letter_attached(
    office: tuple[Any, dict[str, str]], tmp_path: Path
) -> None:
    db, facts = office
    out = tmp_path / "anna.eml"
    done = msek("--db", str(db), "email", facts["ref"], "--template", "reply", "--attach-letter",
                "--out", str(out))  # fmt: skip
    assert (done.returncode, done.stderr, done.stdout) == (0, "", f"{out}\n")
    message = read(out)
    assert str(message["To"]) == "Anna Wiśniewska <anna.wisniewska@example.pl>"
    assert (
        message["Subject"] == f"Zapytanie nr {facts['ref']} – Wymiana nauczycieli – żeńskie chóry"
    )
    assert message["X-Unsent"] == "1"
    body, letter = message.iter_parts()
    assert body.get_content_charset() == "utf-8"
    assert body.get_content().startswith("Szanowna Pani,")
    (row,) = kept(db, facts["ref"])  # made and kept, as `msek proposal` makes it
    assert row.kind == "acknowledgement" and letter.get_filename() == f"{row.file_stem}.pdf"
    assert hashlib.sha256(letter.get_content()).hexdigest() == row.sha256


def test_another_language_and_an_introduction_to_a_partner(
    office: tuple[Any, dict[str, str]], tmp_path: Path
) -> None:
    db, facts = office
    out = tmp_path / "x.eml"
    out.write_text("an older draft")  # replaced, as every --out is
    done = msek("--db", str(db), "email", facts["ref"], "--template", "followup", "--lang", "fr",
                "--out", str(out))  # fmt: skip
    assert done.returncode == 0
    assert read(out).get_content().startswith("Madame,")
    assert list(read(out).iter_attachments()) == [] and kept(db, facts["ref"]) == []
    done = msek("--db", str(db), "email", facts["ref"], "--template", "introduction",
                "--to", "partner", facts["partner"], "--out", str(out))  # fmt: skip
    assert done.returncode == 0
    message = read(out)
    assert str(message["To"]) == "Luc Martin <luc.martin@example.fr>"
    assert message.get_content().startswith("Monsieur,")
    assert "Anna Wiśniewska" in message.get_content()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1999-0009", "--template", "reply"], "There is no inquiry '1999-0009'."),
        (["{silent}", "--template", "reply", "--attach-letter"],
         "Piotr Łęcki has no email address: add it to their record first; nothing was written."),
        (["{ref}", "--template", "introduction"],
         "--template introduction is written to a proposed partner: give --to partner ORG_ID."),
        (["{ref}", "--template", "reply", "--to", "partner", "{partner}"],
         "--to partner ORG_ID goes with --template introduction."),
        (["{ref}", "--template", "introduction", "--to", "partner", "999"],
         "--to partner: organisation 999 does not exist; nothing was written."),
        (["{ref}", "--template", "proposal", "--attach-letter"],
         "--template: no partner is proposed for inquiry {ref} yet: propose one first, or "
         "choose another email; nothing was written."),
    ],
)  # fmt: skip
def test_user_errors_exit_1_with_one_line_and_write_nothing(
    office: tuple[Any, dict[str, str]], tmp_path: Path, args: list[str], message: str
) -> None:
    db, facts = office
    out = tmp_path / "x.eml"
    argv = [a.format(**facts) for a in args]
    done = msek("--db", str(db), "email", *argv, "--out", str(out))
    said = message.format(**facts)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", f"msek: {said}\n")
    assert not out.exists() and list(tmp_path.glob(".msek-*")) == []
    for ref in (facts["ref"], facts["silent"]):
        assert kept(db, ref) == []  # no letter made for a draft not written


@pytest.mark.parametrize(
    "argv",
    [
        ["email", "2026-0001", "--template", "thanks", "--out", "x.eml"],
        ["email", "2026-0001", "--out", "x.eml"],  # --template is required
        ["email", "2026-0001", "--template", "reply"],  # --out too
        ["email", "2026-0001", "--template", "reply", "--lang", "de", "--out", "x.eml"],
    ],
)
def test_wrong_usage_exits_2_naming_the_templates(argv: list[str], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "msek_desktop.cli", *argv], capture_output=True, text=True,
        check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2 and "usage:" in done.stderr
    if "thanks" in argv:
        assert "'reply', 'proposal', 'followup', 'introduction'" in done.stderr
