"""`msek --db PATH check` on a network share or in a synced folder: one line, exit 1."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest
from in_process import run

from msek_desktop.core import places
from msek_desktop.core.store import open_database


class OfficeComputer(places.RealSystem):
    """Windows with Z: mapped to a network share and OneDrive syncing `onedrive`."""

    def __init__(self, onedrive: Path) -> None:
        self.onedrive = onedrive

    def is_windows(self) -> bool:
        return True

    def environ(self) -> dict[str, str]:
        return {"OneDrive": str(self.onedrive)}

    def home(self) -> str:
        return r"C:\Users\anna"

    def realpath(self, path: str) -> str:
        return path

    def drive_type(self, root: str) -> int:
        return places.DRIVE_REMOTE if root.upper() == "Z:\\" else places.DRIVE_FIXED

    def volume_label(self, root: str) -> str:
        return "Windows"


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> OfficeComputer:
    computer = OfficeComputer(tmp_path / "OneDrive")
    monkeypatch.setattr(places, "DEFAULT_SYSTEM", computer)
    return computer


def test_check_of_a_database_on_a_share_says_why_in_one_line(
    office: OfficeComputer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", r"\\server\share\msek.db", "check")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith(r"msek: \\server\share\msek.db is on a network share (\\server\share).")
    assert "Back up or Export" in err


def test_check_of_an_existing_database_in_onedrive(
    office: OfficeComputer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "msek.db"
    open_database(path, create=True).dispose()  # made where it may be, then moved into OneDrive
    office.onedrive.mkdir()
    path = path.rename(office.onedrive / "msek.db")
    before = path.read_bytes()
    code, out, err = run(capsys, "check", "--db", str(path))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    root = PureWindowsPath(office.onedrive)  # Windows path logic, on any machine
    assert f"is inside a folder synced by OneDrive ({root})" in err
    assert path.read_bytes() == before


def test_check_of_a_database_on_a_mapped_drive(
    office: OfficeComputer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", r"Z:\Biuro\msek.db", "check")
    assert (code, out) == (1, "")
    assert err == (
        r"msek: Z:\Biuro\msek.db is on the mapped network drive Z:. "
        f"{places.NETWORK_WHY} {places.ADVICE}\n"
    )
