"""Search ignores case and diacritics (Polish ł included), matches prefixes, ranks, pages."""

from __future__ import annotations

from datetime import date

import pytest

from msek_desktop.core import contacts, inquiries, organisations, search
from msek_desktop.core.db import Database
from msek_desktop.core.inquiries import InquiryFilter

pytestmark = pytest.mark.both_databases  # an SQLite file, then the office server


def org(db: Database, name: str, **values: str) -> int:
    return organisations.create_organisation(
        db, {"name": name, "side": values.pop("side", "katowice"), **values}
    ).id


def inquiry(db: Database, contact_id: int, subject: str, **values) -> str:
    return inquiries.create_inquiry(
        db, {"subject": subject, "contact_id": contact_id, **values}
    ).ref


def refs(db: Database, **flt) -> list[str]:
    return [r.ref for r in inquiries.list_inquiries(db, InquiryFilter(**flt), limit=500)]


# --- folding ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Łódź", "lodz"),
        ("Wiśniewska", "wisniewska"),
        ("żółć", "zolc"),
        ("ŻÓŁĆ", "zolc"),
        ("Œuvre", "oeuvre"),
        ("ÉCOLE", "ecole"),
        ("Saint-Étienne", "saint-etienne"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
        ("Gdańsk Śląsk", "gdansk slask"),
        ("ﬁlharmonia", "filharmonia"),  # the fi ligature
        ("plain", "plain"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert search.fold(text) == folded


def test_words_and_match_expression() -> None:
    assert search.words("Zespół Szkół, Łódź!") == ["zespol", "szkol", "lodz"]
    assert search.match_expression('Łódź "AND" (x*') == '"lodz"* "and"* "x"*'
    assert search.match_expression(" ,.;!? ") is None
    assert search.match_expression("") is None


def test_rowid_encodes_kind_and_id() -> None:
    seen = {search.rowid(k, i) for k in search.Kind for i in range(1, 50)}
    assert len(seen) == 3 * 49
    assert search.rowid(search.Kind.CONTACT, 7) % 4 == search.Kind.CONTACT


# --- finding with and without diacritics -----------------------------------------------------


def test_contact_found_without_diacritics(db: Database, katowice, saint_etienne) -> None:
    for query in ("wisniewska", "Wiśniewska", "WISNIEWSKA", "wiśniewska", "wisn", "Wiś"):
        found = contacts.find_contacts(db, query)
        assert [c.id for c in found] == [katowice.contact.id], query


def test_organisation_found_without_diacritics(db: Database, katowice, saint_etienne) -> None:
    assert [o.id for o in organisations.find_organisations(db, "lodz")] == [
        katowice.organisation.id
    ]
    assert [o.id for o in organisations.find_organisations(db, "ŁÓDŹ")] == [
        katowice.organisation.id
    ]
    assert [o.id for o in organisations.find_organisations(db, "etienne")] == [
        saint_etienne.organisation.id
    ]


def test_inquiry_found_without_diacritics(db: Database, katowice, saint_etienne) -> None:
    wanted = inquiry(db, katowice.contact.id, "Warsztaty żółć i błękit")
    other = inquiry(db, saint_etienne.contact.id, "Échange d'élèves")
    assert refs(db, search="zolc") == [wanted]
    assert refs(db, search="blekit") == [wanted]
    assert refs(db, search="eleves") == [other]
    # Through the names of the contact and organisation, too.
    assert refs(db, search="wisniewska") == [wanted]
    assert refs(db, search="lodz") == [wanted]
    assert refs(db, search="massenet") == [other]
    # And by ref.
    assert refs(db, search=wanted) == [wanted]


def test_organisation_name_with_l_stroke_found_by_plain_l(db: Database) -> None:
    wanted = org(db, "Łódzkie Centrum Wydarzeń")
    org(db, "Lyon Musique")
    assert [o.id for o in organisations.find_organisations(db, "lodzkie")] == [wanted]


# --- prefixes, several words, ranking, paging ------------------------------------------------


def test_every_word_matches_as_a_prefix(db: Database, katowice, saint_etienne) -> None:
    assert [c.id for c in contacts.find_contacts(db, "wi")] == [katowice.contact.id]
    assert [c.id for c in contacts.find_contacts(db, "dup")] == [saint_etienne.contact.id]
    assert contacts.find_contacts(db, "wisniewskax") == []


def test_several_words_must_all_match(db: Database, katowice, saint_etienne) -> None:
    assert [c.id for c in contacts.find_contacts(db, "ewa wisn")] == [katowice.contact.id]
    assert [c.id for c in contacts.find_contacts(db, "wisn ewa")] == [katowice.contact.id]
    assert contacts.find_contacts(db, "ewa dupont") == []
    # The organisation's name is part of a contact's entry.
    assert [c.id for c in contacts.find_contacts(db, "jean massenet")] == [saint_etienne.contact.id]


def test_better_match_comes_first(db: Database) -> None:
    # Alphabetically the weak match comes first, so only ranking puts the strong one on top.
    weak = org(db, "Dom Kultury Teatr i Muzyka Zagłębia w Dąbrowie Górniczej Centrum Sztuki")
    strong = org(db, "Teatr Śląski", website="https://teatr.example.pl", email="teatr@teatr.pl")
    assert [o.id for o in organisations.find_organisations(db, "teatr")] == [strong, weak]
    assert [o.id for o in organisations.find_organisations(db, "")][:2] == [weak, strong]


def test_better_inquiry_match_comes_first(db: Database, katowice) -> None:
    weak = inquiry(
        db,
        katowice.contact.id,
        "Wymiana uczniów szkół muzycznych, warsztaty i koncerty w ramach projektu jazz",
        received_on=date(2025, 1, 10),
    )
    strong = inquiry(db, katowice.contact.id, "Jazz jazz jazz", received_on=date(2024, 1, 10))
    # Without a search, newest first: weak then strong.
    assert refs(db) == [weak, strong]
    assert refs(db, search="jazz") == [strong, weak]


def test_paging_gives_disjoint_pages(db: Database, katowice) -> None:
    ids = {org(db, f"Szkoła Podstawowa nr {n}") for n in range(7)}
    org(db, "Filharmonia")
    pages = [organisations.find_organisations(db, "szkola", limit=3, offset=o) for o in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 3, 1]
    seen = [o.id for p in pages for o in p]
    assert len(seen) == len(set(seen))
    assert set(seen) == ids

    for n in range(5):
        inquiry(db, katowice.contact.id, f"Koncert numer {n}")
    inq_pages = [
        inquiries.list_inquiries(db, InquiryFilter(search="koncert"), limit=2, offset=o)
        for o in (0, 2, 4, 6)
    ]
    assert [len(p) for p in inq_pages] == [2, 2, 1, 0]
    inq_seen = [r.ref for p in inq_pages for r in p]
    assert len(set(inq_seen)) == 5
    assert inquiries.count_inquiries(db, InquiryFilter(search="koncert")) == 5


def test_search_across_kinds(db: Database, katowice) -> None:
    inquiry(db, katowice.contact.id, "Koncert")
    with db.read() as session:
        matches = search.search(session, "wisniewska")
        kinds = {(m.kind, m.id) for m in matches}
        assert (search.Kind.CONTACT, katowice.contact.id) in kinds
        assert any(m.kind is search.Kind.INQUIRY for m in matches)
        assert all(isinstance(m.rank, float) for m in matches)
        first = search.search(session, "wisniewska", limit=1)
        second = search.search(session, "wisniewska", limit=1, offset=1)
        assert len(first) == len(second) == 1
        assert first != second
        assert search.search(session, "!!!") == []


# --- odd queries --------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "   ", "!!!", "-- ,.;:", "«»", "'", "…"])
def test_query_without_words_is_no_filter(db: Database, katowice, saint_etienne, query) -> None:
    inquiry(db, katowice.contact.id, "Koncert")
    everyone = {katowice.contact.id, saint_etienne.contact.id}
    assert {c.id for c in contacts.find_contacts(db, query)} == everyone
    assert len(organisations.find_organisations(db, query)) == 2
    assert len(refs(db, search=query)) == 1
    assert inquiries.count_inquiries(db, InquiryFilter(search=query)) == 1


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"wis',
        "*",
        "wis*",
        "AND",
        "OR",
        "NOT",
        "ewa AND",
        "NOT ewa",
        "(",
        "(ewa",
        ")",
        "NEAR(ewa dupont)",
        "body:ewa",
        "^ewa",
        "ewa + dupont",
        "-ewa",
        "{ewa}",
        "[ewa]",
        "ewa\x00",
        "'; DROP TABLE contacts; --",
        "a" * 500,
    ],
)
def test_fts_syntax_in_queries_never_raises(db: Database, katowice, query: str) -> None:
    inquiry(db, katowice.contact.id, "Koncert")
    assert isinstance(contacts.find_contacts(db, query), list)
    assert isinstance(organisations.find_organisations(db, query), list)
    assert isinstance(refs(db, search=query), list)
    assert inquiries.count_inquiries(db, InquiryFilter(search=query)) >= 0
    with db.read() as session:
        assert isinstance(search.search(session, query), list)
    # Still there afterwards.
    assert [c.id for c in contacts.find_contacts(db, "ewa")] == [katowice.contact.id]


def test_quoted_words_are_plain_words(db: Database, katowice) -> None:
    assert [c.id for c in contacts.find_contacts(db, '"ewa"')] == [katowice.contact.id]
    assert [c.id for c in contacts.find_contacts(db, "(ewa)")] == [katowice.contact.id]
    assert [c.id for c in contacts.find_contacts(db, "ewa*")] == [katowice.contact.id]


# --- keeping the index current ------------------------------------------------------------


def test_renaming_an_organisation_reindexes_its_inquiries_and_contacts(
    db: Database, katowice, saint_etienne
) -> None:
    ref = inquiry(db, katowice.contact.id, "Koncert")
    assert refs(db, search="muzycznych") == [ref]

    organisations.update_organisation(
        db, katowice.organisation.id, {"name": "Filharmonia Zabrzańska"}, actor="anna"
    )

    assert refs(db, search="zabrzanska") == [ref]
    assert refs(db, search="muzycznych") == []
    assert [c.id for c in contacts.find_contacts(db, "zabrzanska")] == [katowice.contact.id]
    assert contacts.find_contacts(db, "muzycznych") == []
    assert [o.id for o in organisations.find_organisations(db, "zabrz")] == [
        katowice.organisation.id
    ]
    assert organisations.find_organisations(db, "muzycznych") == []


def test_renaming_a_contact_reindexes_their_inquiries(db: Database, katowice) -> None:
    ref = inquiry(db, katowice.contact.id, "Koncert")
    contacts.update_contact(
        db,
        katowice.contact.id,
        {"last_name": "Żurawska", "email": "ewa.zurawska@example.pl"},
        actor="anna",
    )
    assert refs(db, search="zurawska") == [ref]
    assert refs(db, search="wisniewska") == []
    assert [c.id for c in contacts.find_contacts(db, "zuraw")] == [katowice.contact.id]
    assert contacts.find_contacts(db, "wisniewska") == []


def test_editing_an_inquiry_reindexes_it(db: Database, katowice, saint_etienne) -> None:
    row = inquiries.create_inquiry(db, {"subject": "Koncert", "contact_id": katowice.contact.id})
    inquiries.update_inquiry(db, row.id, {"subject": "Résidence d'artistes"}, actor="anna")
    assert refs(db, search="residence") == [row.ref]
    assert refs(db, search="koncert") == []
    inquiries.update_inquiry(db, row.id, {"contact_id": saint_etienne.contact.id}, actor="anna")
    assert refs(db, search="dupont") == [row.ref]
    assert refs(db, search="wisniewska") == []
    inquiries.update_inquiry(db, row.id, {"message": "Prośba o spotkanie w Gliwicach"})
    assert refs(db, search="gliwicach") == [row.ref]


def test_search_index_matches_a_full_rebuild(db: Database, katowice, saint_etienne) -> None:
    inquiry(db, katowice.contact.id, "Koncert")
    organisations.update_organisation(db, katowice.organisation.id, {"city": "Gliwice"})
    contacts.update_contact(db, saint_etienne.contact.id, {"first_name": "Jérôme"})

    def entries() -> list[tuple[int, str]]:
        with db.read() as session:
            result = session.connection().exec_driver_sql(
                f"SELECT rowid, body FROM {search.TABLE} ORDER BY rowid"
            )
            return [tuple(r) for r in result]

    incremental = entries()
    with db.write() as session:
        search.rebuild(session.connection())
    assert entries() == incremental
    assert len(incremental) == 2 + 2 + 1


# --- deleted records ----------------------------------------------------------------------


def test_deleted_records_are_not_found_by_default(db: Database, katowice) -> None:
    row = inquiries.create_inquiry(db, {"subject": "Koncert", "contact_id": katowice.contact.id})
    inquiries.set_deleted(db, row.id, True)
    contacts.set_deleted(db, katowice.contact.id, True)
    organisations.set_deleted(db, katowice.organisation.id, True)

    assert refs(db, search="koncert") == []
    assert inquiries.count_inquiries(db, InquiryFilter(search="koncert")) == 0
    assert contacts.find_contacts(db, "wisniewska") == []
    assert organisations.find_organisations(db, "lodz") == []

    assert refs(db, search="koncert", deleted=True) == [row.ref]
    assert [c.id for c in contacts.find_contacts(db, "wisniewska", deleted=True)] == [
        katowice.contact.id
    ]
    assert [o.id for o in organisations.find_organisations(db, "lodz", deleted=True)] == [
        katowice.organisation.id
    ]

    contacts.set_deleted(db, katowice.contact.id, False)
    assert [c.id for c in contacts.find_contacts(db, "wisniewska")] == [katowice.contact.id]
