"""A rebuild's inquiry documents (search_docs.every_inquiry_doc: on SQLite the names of each
contact and organisation folded once) are those made of inquiry_select's rows, whatever the
texts: accents, marks beginning a part, empty parts, no contact or organisation."""

from __future__ import annotations

import pytest

from msek_desktop.core import contacts, inquiries, organisations, search_docs
from msek_desktop.core.db import Database

# texts folding changes (as tests/core/test_search_docs.py's), a mark beginning a part
NAMES = ["Łódź Wiśniewska", "\u0301accent", "Straße ﬁlharmonia", "ΣΟΦΙΑ ς", "e\u0301",
         "𝐀𝐁 \U0001d165x", "Œillet Ørsted þorn", "plain"]  # fmt: skip


@pytest.mark.both_databases
def test_inquiry_documents_are_those_of_the_joined_rows(db: Database, katowice) -> None:
    orgs = [
        organisations.create_organisation(
            db, {"name": f"{name} {n}", "side": "katowice", "city": NAMES[-n]}
        ).id
        for n, name in enumerate(NAMES)
    ]
    people = [
        contacts.create_contact(
            db, {"first_name": name if n % 2 else "", "last_name": NAMES[-n - 1],
                 "side": "katowice", "organisation_id": orgs[n] if n % 3 else None},
        ).id
        for n, name in enumerate(NAMES)
    ]  # fmt: skip
    for n, name in enumerate(NAMES):
        inquiries.create_inquiry(
            db,
            {"subject": name, "contact_id": people[n], "side": "katowice",
             "organisation_id": orgs[-n] if n % 4 else None, "message": "\u0301" + name * n},
        )  # fmt: skip
    with db.read() as session:
        conn = session.connection()
        joined = [
            doc
            for rows in search_docs.every_row(conn, search_docs.inquiry_select())
            for doc in search_docs.whole_docs(search_docs.INQUIRY, rows)
        ]
        made = [doc for docs in search_docs.every_inquiry_doc(conn) for doc in docs]
    assert len(joined) == len(NAMES)
    assert sorted(made) == sorted(joined)
