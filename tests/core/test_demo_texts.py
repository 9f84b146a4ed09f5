"""The demo's texts read as real ones: names, titles, notes and messages checked over every
generated record (French, Polish, English) against the rules a native reader applies."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from msek_desktop.core import demo
from msek_desktop.core.db import Database
from msek_desktop.core.demo.data import _FR_FIRST_F, _FR_FIRST_M, _POSITIONS
from msek_desktop.core.demo.french import french
from msek_desktop.core.demo.messages import fitting_topics
from msek_desktop.core.demo.names import pl_feminine, sort_of
from msek_desktop.core.store import open_database
from msek_desktop.core.vocab import Language

TODAY = date(2026, 11, 25)
N = 1500
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("texts") / "msek.db", create=True)
    demo.generate(database, inquiries=N, seed=5, today=TODAY)
    yield database
    database.dispose()


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def _messages(db: Database) -> list[tuple[Any, ...]]:
    """(language, subject, message, counterpart, organisation name, kind, contact's first and
    last name, contact's organisation id, inquiry's organisation id) of every inquiry."""
    return _rows(
        db,
        "SELECT i.letter_language, i.subject, i.message, i.desired_counterpart, o.name, o.kind,"
        " c.first_name, c.last_name, c.organisation_id, i.organisation_id FROM inquiries i"
        " JOIN contacts c ON c.id = i.contact_id"
        " LEFT JOIN organisations o ON o.id = i.organisation_id",
    )


def _texts(db: Database, language: str) -> list[str]:
    """Every text of the demo written in `language` (what a reader of it sees)."""
    sql = [
        "SELECT subject, message, desired_counterpart, lost_note FROM inquiries"
        f" WHERE letter_language = '{language}'",
        "SELECT f.description, f.outcome FROM follow_ups f JOIN inquiries i"
        f" ON i.id = f.inquiry_id WHERE i.letter_language = '{language}'",
        f"SELECT notes, position FROM contacts WHERE language = '{language}'",
        f"SELECT description_{language} FROM organisations",
    ]
    country = {"fr": "FR", "pl": "PL"}.get(language)
    if country:
        sql.append(
            f"SELECT offers, seeks, tags, address FROM organisations WHERE country = '{country}'"
        )
    return [text for q in sql for row in _rows(db, q) for text in row if text]


# -- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("man", "woman"),
    [
        ("Ostrowski-Kozłowski", "Ostrowska-Kozłowska"),
        ("Nowak-Zawadzki", "Nowak-Zawadzka"),
        ("Wiśniewski-Nowak", "Wiśniewska-Nowak"),
        ("Konieczny", "Konieczna"),
        ("Czarnecki", "Czarnecka"),
        ("Pyka", "Pyka"),
        ("Świerc-Ćwik", "Świerc-Ćwik"),
    ],
)
def test_a_polish_womans_surname_is_feminine_in_each_part(man: str, woman: str) -> None:
    assert pl_feminine(man) == woman


MASCULINE = ("ski", "cki", "dzki", "ny")
FEMININE = ("ska", "cka", "dzka", "na")


def test_polish_surnames_agree_with_the_persons_sex(db: Database) -> None:
    rows = _rows(db, "SELECT honorific, last_name FROM contacts WHERE language = 'pl'")
    double = 0
    for honorific, last in rows:
        parts = last.split("-")
        double += honorific == "ms" and len(parts) > 1
        for part in parts:
            if honorific == "ms":
                assert not part.endswith(MASCULINE), last
            else:
                assert not part.endswith(FEMININE), last
    assert double > 0  # double surnames are there to be checked


def test_surnames_are_varied(db: Database) -> None:
    for language, least in (("pl", 90), ("fr", 70)):
        rows = _rows(db, f"SELECT last_name FROM contacts WHERE language = '{language}'")
        parts = Counter(p for (last,) in rows for p in last.split("-"))
        assert len(parts) >= least, language
        assert parts.most_common(1)[0][1] < 0.04 * len(rows), language


JOKES = ("Brzęczyszczykiewicz", "Źrebiec", "Chrząszcz", "Małgosia", "Żyrandol", "Test",
         "Lorem", "Foo")  # fmt: skip


def test_no_joke_or_test_names_anywhere(db: Database) -> None:
    texts = [
        text
        for sql in (
            "SELECT first_name, last_name, position, notes FROM contacts",
            "SELECT name, address, description_fr, description_pl, description_en FROM"
            " organisations",
            "SELECT subject, message, desired_counterpart FROM inquiries",
        )
        for row in _rows(db, sql)
        for text in row
        if text
    ]
    found = [(word, t) for t in texts for word in JOKES if re.search(rf"\b{word}\b", t)]
    assert found == []


def test_nobody_is_there_twice(db: Database) -> None:
    people = _rows(db, "SELECT first_name, last_name, organisation_id FROM contacts")
    assert len(set(people)) == len(people)


def test_one_town_hall_per_town(db: Database) -> None:
    rows = _rows(db, "SELECT name, kind, city FROM organisations WHERE kind = 'municipality'")
    towns = Counter(city for name, kind, city in rows if sort_of(name, kind) == "town")
    assert [city for city, n in towns.items() if n > 1] == []
    names = {name for name, *_ in rows}
    assert not names & {"Urząd Miasta Katowic", "Urząd Miasta Gliwic", "Urząd Miasta Warszawy"}


def test_celeste_is_a_womans_name(db: Database) -> None:
    assert "Céleste" in _FR_FIRST_F and "Céleste" not in _FR_FIRST_M
    honorifics = {h for (h,) in _rows(db, "SELECT honorific FROM contacts WHERE"
                                          " first_name = 'Céleste'")}  # fmt: skip
    assert honorifics <= {"ms"}


# -- titles and notes --------------------------------------------------------------------

# (title, the organisation's kind it may be held at, what its name must then say)
TITLES = [
    (r"^Principale?\b", "school", r"^Collège "),
    (r"^Proviseure?\b", "school", r"^Lycée "),
    (r"de l’école$|des écoles$", "school", r"^École "),
    (r"^(Dyrektor|Dyrektorka) szkoły$|^Wicedyrektor", "", r"Szkoł|Liceum|Zespół Szkół"),
    (r"gry na ", "music_school", r"Muzyczn"),
    (r"^Président(e)? du club$|^Prezes(ka)? klubu$|formation des jeunes|^Tren",
     "association", r"sportive|Sportowy|GKS"),
    (r"au maire|^Sekretarz miasta$|Wydziału Promocji", "municipality",
     r"^(Mairie|Ville|Miasto|Urząd)"),
    (r"^(Prorektor|Adiunkt|Maître|Maîtresse|Professeure? des universités)", "university", ""),
    (r"médiathèque|^Bibliot", "cultural", r"Médiathèque|Bibliot"),
    (r"^Conservat(eur|rice)$", "cultural", r"Musée|Cité du design"),
    (r"^(Chef|Cheffe) de chœur$|^Dyrygent", "association", r"Chor|Chór|vocal|Harmonie"),
]  # fmt: skip


def test_titles_match_the_organisation(db: Database) -> None:
    rows = _rows(
        db,
        "SELECT c.position, o.name, o.kind FROM contacts c"
        " JOIN organisations o ON o.id = c.organisation_id",
    )
    seen: Counter[str] = Counter()
    for position, name, kind in rows:
        assert position, name
        for title, at_kind, named in TITLES:
            if re.search(title, position):
                seen[title] += 1
                assert not at_kind or kind == at_kind, (position, name)
                assert re.search(named, name), (position, name)
    assert len(seen) >= len(TITLES) - 2  # nearly every rule met a title to check


def test_every_sort_of_organisation_has_titles_and_topics(db: Database) -> None:
    language = {"FR": Language.FR, "PL": Language.PL}
    for name, kind, country in _rows(db, "SELECT name, kind, country FROM organisations"):
        sort = sort_of(name, kind)
        lang = language.get(country, Language.EN)
        own = [p for p in _POSITIONS[lang] if sort in p[2].split()]
        assert own or lang is Language.EN, (name, sort)
        cities = {"FR": ("Katowice",), "PL": ("Saint-Étienne",)}.get(
            country, ("Katowice", "Saint-Étienne")
        )
        for city in cities:
            assert fitting_topics(sort, city), (name, sort, city)


# (what a man's note says, what a woman's says) where they differ
NOTES = [
    ("Préfère être contacté ", "Préfère être contactée "),
    ("Rencontré au", "Rencontrée au"),
    ("Ancien boursier", "Ancienne boursière"),
    ("Poznany ", "Poznana "),
    ("Był na", "Była na"),
]


def test_notes_agree_with_the_persons_sex(db: Database) -> None:
    rows = _rows(db, "SELECT honorific, notes FROM contacts WHERE notes != ''")
    said: set[str] = set()
    for honorific, note in rows:
        for his, hers in NOTES:
            if note.startswith(his):
                assert honorific == "mr", note
                said.add(his)
            if note.startswith(hers):
                assert honorific == "ms", note
                said.add(hers)
    assert len(said) >= 5


# -- messages ----------------------------------------------------------------------------

# (words only some senders write, who they are: a kind, a name, or "person")
SENDERS = [
    (r"étudiante? en génie mécanique|Studiuję mechanikę|I study mechanical", "person", ""),
    (r"Notre médiathèque|Nasza biblioteka|Our library", "", r"Médiathèque|Bibliot"),
    (r"Notre théâtre|Nasz teatr|Our theatre", "", r"Théâtre|Teatr|Comédie|La Comète"),
    (r"Notre festival|Nasz festiwal|Our festival", "", r"Ciné|Film"),
    (r"Notre entreprise|Nasza firma|Our company", "company", ""),
    (r"équipes U13|drużyny U13|under-13 teams", "association", r"sportive|Sportowy|GKS"),
    (r"Notre orchestre|Nasza orkiestra|Our orchestra", "",
     r"Op[ée]ra|Orkiestra|Filharmonia|Muzyczn"),
    (r"doctorants|doktorantów|PhD students", "university", ""),
    (r"nos designers|naszych projektantów|our designers", "", r"Design|Studio|Sztuk|art"),
    (r"Notre classe de|Nasza klasa gry|Our \w+ class", "",
     r"musique|Conservatoire|Muzyczn|Musical"),
    (r"personnes âgées|seniorami|elderly people", "",
     r"action sociale|Pomocy Społecznej|Caritas|Seniors|CHU|soins"),
    (r"Nos élèves|Nasi uczniowie|Our pupils|nos classes|naszych klas", "school", ""),
]  # fmt: skip

WE = {
    "fr": re.compile(r"\b(nous|notre|nos)\b", re.IGNORECASE),
    "pl": re.compile(r"\bnasz\w*|\b\w+(emy|imy|amy)\b", re.IGNORECASE),
    "en": re.compile(r"\b(we|our|us)\b", re.IGNORECASE),
}


def test_messages_fit_their_sender(db: Database) -> None:
    rows = _messages(db)
    met: set[str] = set()
    people = 0
    for lang, _subject, message, _counterpart, org, kind, *_ in rows:
        if org is None:
            people += 1
            assert not WE[lang].search(message), message  # someone on their own says "I"
        for words, sender_kind, named in SENDERS:
            if re.search(words, message):
                met.add(words)
                if sender_kind == "person":
                    assert org is None, message
                    continue
                assert org is not None, message
                assert not sender_kind or kind == sender_kind, (org, message)
                assert re.search(named, org), (org, message)
    assert people > 20
    assert len(met) >= len(SENDERS) - 2


def test_someone_writes_for_another_body_only_in_their_own_town(db: Database) -> None:
    rows = _rows(
        db,
        "SELECT c.city, o.city, i.letter_language, o.country FROM inquiries i"
        " JOIN contacts c ON c.id = i.contact_id JOIN organisations o"
        " ON o.id = i.organisation_id WHERE i.organisation_id != c.organisation_id",
    )
    assert rows  # a few write for a neighbouring body
    for own_city, city, lang, country in rows:
        assert own_city == city
        assert lang == {"FR": "fr", "PL": "pl"}.get(country, "en")


def test_the_writer_is_introduced_without_quotes_in_quotes(db: Database) -> None:
    for lang, subject, message, counterpart, *_ in _messages(db):
        for text in (subject, message, counterpart):
            assert "w imieniu instytucji" not in text
            assert not re.search(r"„[^”]*„", text), text
            assert not re.search(r"«[^»]*«", text), text
            assert not re.search(r"\"", text), text
        if lang == "pl":
            assert message.split("\n")[2].startswith("Nazywam się "), message


# what must never be written, and what must be (so that the rule is seen at work)
NEVER = [
    r"\bde le\b", r"\bà le\b", r"\bde les\b", r"\bà les\b", r"\bde l'",
    r"(wyjazd\w*|autora|nauczyciela|kucharzy|klubem|zespoły|krótkometrażowych) w "
    r"(Saint|Katowic)",
    r"(inviter un auteur|un professeur|des chefs|un club|deux groupes|venus) à (Katowice|Saint)",
    r"(invite an author|host a teacher|chefs|play a club|two bands|short films) in "
    r"(Katowice|Saint)",
    r"Witam", r"Spotkanie w biurze Domu", r"Eurocities, Bruxelles",
]  # fmt: skip
SOMETIMES = [
    "do Saint-Étienne", "z Saint-Étienne", "de Katowice", "à partir d", "od ", "from ",
    "Spotkanie w biurze MSEK",
]  # fmt: skip


def test_the_other_city_takes_the_preposition_its_sentence_needs(db: Database) -> None:
    texts = [*_texts(db, "fr"), *_texts(db, "pl"), *_texts(db, "en")]
    for pattern in NEVER:
        found = [t for t in texts if re.search(pattern, t)]
        assert found == [], pattern
    joined = "\n".join(texts)
    for words in SOMETIMES:
        assert words in joined, words
    assert re.search(r"à partir (du printemps|de l’(été|automne|hiver)) 20\d\d", joined)


def test_greetings_and_closings_go_together(db: Database) -> None:
    pairs: Counter[tuple[str, str]] = Counter()
    for lang, _subject, message, _c, _org, _kind, first, last, *_ in _messages(db):
        lines = message.split("\n")
        greeting, closing, signed = lines[0], lines[-2], lines[-1]
        pairs[(greeting, closing)] += 1
        assert signed == f"{first} {last}"
        if lang == "pl":
            assert not closing.endswith(","), closing  # "Z poważaniem", no comma
        if lang == "en":
            assert (closing == "Yours faithfully,") == (greeting == "Dear Sir or Madam,")
            if greeting == "Dear MSEK team,":
                assert closing in ("Kind regards,", "Best regards,", "Best wishes,")
        if lang == "fr" and closing.startswith("Je vous prie"):
            assert greeting == "Madame, Monsieur,"
    assert ("Szanowni Państwo,", "Z poważaniem") in pairs


def test_french_texts_are_in_french_typography(db: Database) -> None:
    texts = _texts(db, "fr")
    texts += [name for (name,) in _rows(db, "SELECT name FROM organisations WHERE country = 'FR'")]
    assert len(texts) > 1000
    for text in texts:
        assert "'" not in text, text
        assert not re.search(r"[^\u00a0\u202f][:;?!»]", text), text
        assert not re.search(r"«[^\u00a0\u202f]", text), text
    joined = "\n".join(texts)
    assert "’" in joined and f"{NBSP}?" in joined and f"{NBSP}:" in joined


@pytest.mark.parametrize(
    ("plain", "set_"),
    [
        ("Où apprendre le polonais ?", f"Où apprendre le polonais{NBSP}?"),
        ("Voyage : programme", f"Voyage{NBSP}: programme"),
        ("l'été ; l'hiver!", f"l’été{NBSP}; l’hiver{NBSP}!"),
        ("« Górnik »", f"«{NBSP}Górnik{NBSP}»"),
        (f"déjà{NBSP}: prêt", f"déjà{NBSP}: prêt"),
    ],
)
def test_french_typography_is_set_once_and_stays(plain: str, set_: str) -> None:
    assert french(plain) == set_
    assert french(set_) == set_


@pytest.mark.parametrize("seed", [1, 8, 14, 19, 20])
def test_a_small_demo_has_both_sides_work_at_its_start(
    tmp_path_factory: pytest.TempPathFactory, seed: int
) -> None:
    database = open_database(tmp_path_factory.mktemp("small") / "s.db", create=True)
    demo.generate(database, inquiries=12, seed=seed, today=TODAY)
    languages = {
        lang
        for (lang,) in _rows(
            database,
            "SELECT letter_language FROM inquiries WHERE organisation_id IS NOT NULL"
            " AND stage IN ('new', 'qualifying', 'matching')",
        )
    }
    database.dispose()
    assert {"fr", "pl"} <= languages
