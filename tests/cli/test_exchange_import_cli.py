"""`msek import FILE --what exchanges [--dry-run] [--json]`, and `msek export --what exchanges`
imported back: exit codes, the JSON report, one line for what is wrong, nothing written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from in_process import run

from msek_desktop.core import exchanges, organisations
from msek_desktop.core.db import Database
from msek_desktop.core.store import open_database

if TYPE_CHECKING:
    from tests.conftest import DatabaseFiles

GOOD = (
    "Tytuł;Rodzaj;Początek;Koniec;Organizacje (Katowice);Organizacje (Saint-Étienne)\n"
    "Koncert chóru;koncert;2026-06-01;2026-06-05;Filharmonia Śląska;Opéra de Saint-Étienne\n"
)
BAD = "title;organisations\nKoncert;Nikt Nieznany\n"


@pytest.fixture
def office(tmp_path: Path, databases: DatabaseFiles) -> Path:
    return databases.file(tmp_path / "office.db", make_office)  # or the office server's


def make_office(db: Database) -> None:
    organisations.create_organisation(db, {"name": "Filharmonia Śląska", "side": "katowice"})
    organisations.create_organisation(
        db, {"name": "Opéra de Saint-Étienne", "side": "saint_etienne"}
    )


def titles(path: Path) -> list[str]:
    db = open_database(path)
    try:
        return [r.title for r in exchanges.list_exchanges(db)]
    finally:
        db.dispose()


def test_dry_run_then_real(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "wymiany.csv"
    src.write_bytes(GOOD.encode("cp1250"))
    code, out, err = run(
        capsys, "--db", str(office), "import", str(src), "--what", "exchanges", "--dry-run",
        "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["created"] == {"exchanges": 1}
    assert (report["dry_run"], report["written"], report["errors"]) == (True, False, [])
    assert titles(office) == []
    code, out, err = run(capsys, "--db", str(office), "import", str(src), "--what", "exchanges")
    assert (code, out, err) == (0, "Imported 1 exchanges.\n", "")
    assert titles(office) == ["Koncert chóru"]


def test_a_bad_file_is_one_line_and_writes_nothing(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.csv"
    src.write_text(BAD, encoding="utf-8-sig")
    code, out, err = run(capsys, "--db", str(office), "import", str(src), "--what", "exchanges")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("msek: nothing was imported: 1 problem(s)")
    assert "line 2, organisations: no organisation named 'Nikt Nieznany'" in err
    code, out, _err = run(
        capsys, "--db", str(office), "import", str(src), "--what", "exchanges", "--json"
    )
    assert code == 1 and json.loads(out)["errors"][0]["line"] == 2
    assert titles(office) == []


def test_what_must_be_known(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.csv"
    src.write_text(GOOD, encoding="utf-8")
    code, _out, err = run(capsys, "--db", str(office), "import", str(src), "--what", "people")
    assert code == 2 and "--what" in err


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_of_exchanges_imports_back(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    src = tmp_path / "in.csv"
    src.write_text(GOOD, encoding="utf-8")
    run(capsys, "--db", str(office), "import", str(src), "--what", "exchanges")
    out_file = tmp_path / f"out{suffix}"
    code, out, err = run(
        capsys, "--db", str(office), "export", str(out_file), "--what", "exchanges"
    )
    assert (code, out, err) == (0, f"{out_file}\n", "")
    # the same exchanges again: refused whole, nothing written twice
    code, _out, err = run(
        capsys, "--db", str(office), "import", str(out_file), "--what", "exchanges"
    )
    assert code == 1 and "already recorded" in err
    assert titles(office) == ["Koncert chóru"]


def test_a_bad_programme_item_is_named_by_line_and_item(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "programme.csv"
    src.write_text(
        "Titre;Organismes;Début;Fin;Programme\n"
        'Concert;Filharmonia Śląska;2026-06-01;2026-06-05;"2026-06-02 | NOSPR | Concert\n'
        '2026-06-31 | Opéra | Répétition"\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(office), "import", str(src), "--what", "exchanges")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "line 2, programme: item 2, day: is not a valid date" in err
    assert titles(office) == []
    src.write_text(
        "Titre;Organismes;Début;Fin;Programme\n"
        'Concert;Filharmonia Śląska;2026-06-01;2026-06-05;"2026-06-02 | NOSPR | Concert\n'
        '2026-06-03 | Opéra | Répétition"\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(office), "import", str(src), "--what", "exchanges")
    assert (code, out, err) == (0, "Imported 1 exchanges.\n", "")
    (row,) = exchanges.list_exchanges(db := open_database(office))
    try:
        assert [(i.place, i.what) for i in exchanges.get_exchange(db, row.id).items] == [
            ("NOSPR", "Concert"), ("Opéra", "Répétition"),
        ]  # fmt: skip
    finally:
        db.dispose()
