from pathlib import Path

import pytest

from msek_desktop.core import errors, settings
from msek_desktop.core.store import open_database


def test_defaults_then_saved_values(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.db", create=True)
    values = settings.load(db)
    assert values["office.name"] == "Maison de Saint-Étienne à Katowice"
    assert values["backups.keep_daily"] == 7
    saved = settings.save(db, {"office.email": "biuro@msek.eu", "office.phone": "32 123 45 67"})
    assert saved["office.email"] == "biuro@msek.eu"
    assert saved["office.phone"] == "+48 32 123 45 67"
    assert settings.load(db)["office.phone"] == "+48 32 123 45 67"


def test_invalid_value_writes_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.db", create=True)
    with pytest.raises(errors.ValidationError) as caught:
        settings.save(db, {"office.name": "MSEK Katowice", "office.email": "biuro@"})
    assert "office.email" in caught.value.by_field()
    assert settings.load(db)["office.name"] == "Maison de Saint-Étienne à Katowice"


def test_unknown_key_is_refused(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.db", create=True)
    with pytest.raises(errors.UserError, match="no setting"):
        settings.save(db, {"office.colour": "blue"})
