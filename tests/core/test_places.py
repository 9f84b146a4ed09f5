"""core.places: a database on a network share or in a cloud-synced folder is refused.

The Windows calls are faked (FakeSystem), so these tests run the Windows logic on any machine.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from msek_desktop.core import errors, places
from msek_desktop.core.store import open_database

HOME = r"C:\Users\anna"
APPDATA = HOME + r"\AppData\Roaming"
LOCALAPPDATA = HOME + r"\AppData\Local"
REMOVABLE = 2


@dataclass
class FakeSystem:
    """This computer as the check sees it; every call is recorded, any can be made to fail."""

    windows: bool = True
    env: dict[str, str] = field(
        default_factory=lambda: {"APPDATA": APPDATA, "LOCALAPPDATA": LOCALAPPDATA}
    )
    home_dir: str = HOME
    files: dict[str, str] = field(default_factory=dict)
    drives: dict[str, int] = field(default_factory=dict)  # root -> GetDriveTypeW; default fixed
    labels: dict[str, str] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)  # realpath results
    mounts_text: str = "/dev/vda / ext4 rw,relatime 0 0\n"
    failing: set[str] = field(default_factory=set)
    calls: list[str] = field(default_factory=list)

    def _call(self, name: str) -> None:
        self.calls.append(name)
        if name in self.failing:
            raise OSError(f"{name} failed (faked)")

    def is_windows(self) -> bool:
        return self.windows

    def environ(self) -> Mapping[str, str]:
        self._call("environ")
        return self.env

    def home(self) -> str:
        self._call("home")
        return self.home_dir

    def realpath(self, path: str) -> str:
        self._call("realpath")
        return self.links.get(path, path)

    def read_text(self, path: str) -> str:
        self._call("read_text")
        kind = PureWindowsPath if self.windows else PurePosixPath  # \\ and / alike on Windows
        for name, text in self.files.items():
            if kind(name) == kind(path):
                return text
        raise FileNotFoundError(path)

    def drive_type(self, root: str) -> int:
        self._call("drive_type")
        return self.drives.get(root.upper(), places.DRIVE_FIXED)

    def volume_label(self, root: str) -> str:
        self._call("volume_label")
        return self.labels.get(root.upper(), "Windows")

    def mounts(self) -> str:
        self._call("mounts")
        return self.mounts_text


def refusal(path: str | PureWindowsPath, system: FakeSystem) -> str:
    with pytest.raises(errors.UnsafePlaceError) as info:
        places.check_place(path, system)
    return info.value.message


def passes(path: str, system: FakeSystem) -> bool:
    places.check_place(path, system)
    return True


def dropbox_info(**accounts: str) -> str:
    return json.dumps({kind: {"path": p, "host": 1} for kind, p in accounts.items()})


# --- network shares ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        r"\\server\share\msek.db",
        r"\\SERVER\Share\office\data\msek.db",
        r"\\?\UNC\server\share\office\msek.db",
        r"\\?\unc\server\share\msek.db",
        "//server/share/msek.db",
    ],
)
def test_unc_paths_are_refused_by_string_before_any_call(path: str) -> None:
    system = FakeSystem()
    message = refusal(path, system)
    assert "is on a network share (\\\\server\\share)" in message.lower()
    assert "file locking does not work reliably" in message
    assert "this computer's own disk" in message
    assert "Back up or Export" in message
    assert system.calls == []


def test_the_message_names_the_place_first() -> None:
    message = refusal(r"\\nas\biuro\msek.db", FakeSystem())
    assert message.startswith(r"\\nas\biuro\msek.db is on a network share (\\nas\biuro). ")


def test_a_windows_path_object_is_checked_like_its_text() -> None:
    message = refusal(PureWindowsPath("//nas/biuro/msek.db"), FakeSystem())
    assert message.startswith(r"\\nas\biuro\msek.db is on a network share (\\nas\biuro). ")


def test_a_long_path_to_a_local_disk_is_not_unc() -> None:
    assert passes(r"\\?\C:\Users\anna\Documents\msek.db", FakeSystem())


def test_a_mapped_network_drive_is_refused() -> None:
    system = FakeSystem(drives={"Z:\\": places.DRIVE_REMOTE})
    message = refusal(r"Z:\Biuro\msek.db", system)
    assert r"Z:\Biuro\msek.db is on the mapped network drive Z:. " in message
    assert "drive_type" in system.calls
    assert "realpath" not in system.calls  # the drive said enough: no slow call on a share
    assert "on the mapped network drive Z:" in refusal(r"z:\msek.db", system)


def test_a_local_drive_passes() -> None:
    system = FakeSystem(drives={"Z:\\": places.DRIVE_REMOTE})
    assert passes(r"C:\Users\anna\Documents\msek.db", system)
    assert passes(r"D:\msek.db", system)


def test_a_path_that_resolves_to_a_share_is_refused() -> None:
    """A link (or a mapped drive whose type could not be read) leading to \\\\server\\share."""
    path = r"C:\Users\anna\Biuro\msek.db"
    system = FakeSystem(links={path: r"\\?\UNC\nas\biuro\msek.db"})
    assert "is on a network share (\\\\nas\\biuro)" in refusal(path, system)


def test_a_path_that_resolves_to_a_mapped_drive_is_refused() -> None:
    path = r"C:\Biuro\msek.db"
    system = FakeSystem(links={path: r"Y:\msek.db"}, drives={"Y:\\": places.DRIVE_REMOTE})
    assert "on the mapped network drive Y:" in refusal(path, system)


# --- OneDrive ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("var", "root"),
    [
        ("OneDrive", HOME + r"\OneDrive"),
        ("OneDriveConsumer", HOME + r"\OneDrive"),
        ("OneDriveCommercial", HOME + r"\OneDrive - MSEK Sp. z o.o"),
    ],
)
def test_onedrive_folders_from_the_environment_are_refused(var: str, root: str) -> None:
    system = FakeSystem()
    system.env[var] = root
    message = refusal(root + r"\Documents\Biuro\msek.db", system)
    assert f"is inside a folder synced by OneDrive ({root}). " in message
    assert "sync program copies the database" in message
    assert "this computer's own disk" in message


def test_personal_and_business_onedrive_together() -> None:
    system = FakeSystem()
    system.env |= {
        "OneDrive": HOME + r"\OneDrive",
        "OneDriveCommercial": HOME + r"\OneDrive - MSEK",
    }
    assert "OneDrive" in refusal(HOME + r"\OneDrive - MSEK\msek.db", system)
    assert "OneDrive" in refusal(HOME + r"\OneDrive\msek.db", system)


def test_beside_a_synced_folder_is_not_inside_it() -> None:
    system = FakeSystem()
    system.env["OneDrive"] = HOME + r"\OneDrive"
    assert passes(HOME + r"\OneDriveX\msek.db", system)
    assert passes(HOME + r"\OneDrive - MSEK\msek.db", system)  # business folder not synced here
    assert passes(HOME + r"\OneDrive.db", system)
    assert passes(HOME + r"\Documents\OneDrive\msek.db", system)


def test_comparisons_ignore_case_and_slashes_on_windows() -> None:
    system = FakeSystem()
    system.env["OneDrive"] = "C:\\Users\\Anna\\OneDrive\\"  # with a trailing backslash
    assert "OneDrive" in refusal(r"c:\users\ANNA\onedrive\msek.db", system)
    assert "OneDrive" in refusal("C:/Users/anna/OneDrive/Biuro/msek.db", system)
    assert "OneDrive" in refusal(r"C:\Users\anna\Documents\..\OneDrive\msek.db", system)


def test_a_link_into_onedrive_is_refused() -> None:
    path = r"D:\Biuro\msek.db"
    system = FakeSystem(links={path: HOME + r"\OneDrive\Biuro\msek.db"})
    system.env["OneDrive"] = HOME + r"\OneDrive"
    assert "synced by OneDrive" in refusal(path, system)


# --- Dropbox -----------------------------------------------------------------------------------


def test_dropbox_personal_folder_from_info_json_in_appdata() -> None:
    info = APPDATA + r"\Dropbox\info.json"
    system = FakeSystem(files={info: dropbox_info(personal=r"D:\Dropbox")})
    message = refusal(r"D:\Dropbox\Biuro\msek.db", system)
    assert r"is inside a folder synced by Dropbox (D:\Dropbox). " in message
    assert passes(r"D:\Dropbox (Old)\msek.db", system)


def test_dropbox_business_folder_from_info_json_in_localappdata() -> None:
    info = LOCALAPPDATA + r"\Dropbox\info.json"
    folders = dropbox_info(personal=HOME + r"\Dropbox", business=HOME + r"\Dropbox (MSEK)")
    system = FakeSystem(files={info: folders})
    assert "synced by Dropbox" in refusal(HOME + r"\Dropbox (MSEK)\Biuro\msek.db", system)
    assert "synced by Dropbox" in refusal(HOME + r"\dropbox\msek.db", system)


@pytest.mark.parametrize("text", ["{not json", "[]", '{"personal": "C:\\\\Dropbox"}', "null"])
def test_an_unreadable_dropbox_info_json_lets_the_path_pass(text: str) -> None:
    system = FakeSystem(files={APPDATA + r"\Dropbox\info.json": text})
    assert passes(r"C:\Dropbox\msek.db", system)


# --- Google Drive ------------------------------------------------------------------------------


def test_the_google_drive_volume_is_refused() -> None:
    system = FakeSystem(labels={"G:\\": "Google Drive"})
    message = refusal(r"G:\Shared drives\Biuro\msek.db", system)
    assert r"is inside Google Drive (G:). " in message
    assert "sync program copies the database" in message


@pytest.mark.parametrize("folder", ["My Drive", "Mon Drive", "Mój dysk", "MY DRIVE"])
def test_my_drive_at_a_drive_root_is_refused_even_without_the_label(folder: str) -> None:
    system = FakeSystem(failing={"volume_label"})
    assert "synced by Google Drive" in refusal(rf"G:\{folder}\Biuro\msek.db", system)


@pytest.mark.parametrize("folder", ["Google Drive", "My Drive", "Mój dysk"])
def test_google_drive_folders_in_the_home_folder_are_refused(folder: str) -> None:
    root = rf"{HOME}\{folder}"
    message = refusal(rf"{root}\Biuro\msek.db", FakeSystem())
    assert f"synced by Google Drive ({root})" in message


def test_my_drive_elsewhere_is_not_google_drive() -> None:
    system = FakeSystem()
    assert passes(r"C:\Data\My Drive\msek.db", system)
    assert passes(HOME + r"\Google Drive Backup\msek.db", system)


def test_a_removable_drive_is_not_asked_for_its_label() -> None:
    system = FakeSystem(drives={"E:\\": REMOVABLE}, labels={"E:\\": "Google Drive"})
    assert passes(r"E:\msek.db", system)
    assert "volume_label" not in system.calls


# --- failed probes never block --------------------------------------------------------------------


def test_every_probe_failing_lets_a_local_path_pass(caplog: pytest.LogCaptureFixture) -> None:
    failing = {"environ", "home", "realpath", "read_text", "drive_type", "volume_label"}
    system = FakeSystem(failing=failing)
    with caplog.at_level("DEBUG", logger="msek_desktop.core.places"):
        assert passes(r"Z:\Biuro\msek.db", system)
    assert "GetDriveTypeW(Z:\\) failed" in caplog.text
    assert all(r.levelname == "DEBUG" for r in caplog.records)


def test_a_failed_drive_probe_passes_and_the_other_checks_still_run() -> None:
    system = FakeSystem(failing={"drive_type"}, drives={"Z:\\": places.DRIVE_REMOTE})
    assert passes(r"Z:\Biuro\msek.db", system)
    system.env["OneDrive"] = r"Z:\OneDrive"
    assert "synced by OneDrive" in refusal(r"Z:\OneDrive\msek.db", system)


def test_unc_is_refused_even_when_every_probe_fails() -> None:
    failing = {"environ", "home", "realpath", "read_text", "drive_type", "volume_label"}
    assert "network share" in refusal(r"\\nas\biuro\msek.db", FakeSystem(failing=failing))


# --- Linux -------------------------------------------------------------------------------------

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
nas:/export/biuro /mnt/biuro nfs4 rw,relatime,vers=4.2 0 0
//nas/office /mnt/office cifs rw,vers=3.0 0 0
/dev/vdb /mnt/biuro/local ext4 rw 0 0
anna@host:/srv /home/anna/remote fuse.sshfs rw 0 0
//nas/with\\040space /mnt/with\\040space smb3 rw 0 0
hostshare /mnt/host 9p rw 0 0
/dev/vdc /mnt/later ext4 rw 0 0
nas:/later /mnt/later nfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/biuro/msek.db", ("nas:/export/biuro", "nfs4")),
        ("/mnt/biuro", ("nas:/export/biuro", "nfs4")),
        ("/mnt/office/a/b/msek.db", ("//nas/office", "cifs")),
        ("/home/anna/remote/msek.db", ("anna@host:/srv", "fuse.sshfs")),
        ("/mnt/with space/msek.db", ("//nas/with space", "smb3")),
        ("/mnt/later/msek.db", ("nas:/later", "nfs")),  # the last mount on a point wins
        ("/mnt/biuro/local/msek.db", None),  # a local disk mounted inside the share
        ("/mnt/biurox/msek.db", None),
        ("/mnt/host/msek.db", None),  # 9p: a VM's or WSL's own host disk
        ("/home/anna/msek.db", None),
    ],
)
def test_network_mounts_from_proc_mounts(path: str, expected: tuple[str, str] | None) -> None:
    assert places.network_mount(MOUNTS, path) == expected


def test_linux_refuses_a_network_mount() -> None:
    system = FakeSystem(windows=False, home_dir="/home/anna", mounts_text=MOUNTS)
    message = refusal("/mnt/biuro/msek.db", system)
    assert message.startswith("/mnt/biuro/msek.db is on a network share (nas:/export/biuro, nfs4).")
    assert passes("/home/anna/msek.db", system)


def test_linux_follows_links_to_a_network_mount() -> None:
    system = FakeSystem(
        windows=False, mounts_text=MOUNTS, links={"/home/anna/biuro.db": "/mnt/office/biuro.db"}
    )
    assert "network share (//nas/office, cifs)" in refusal("/home/anna/biuro.db", system)


def test_linux_refuses_the_dropbox_folder() -> None:
    info = dropbox_info(personal="/home/anna/Dropbox", business="/home/anna/Dropbox (MSEK)")
    system = FakeSystem(
        windows=False, home_dir="/home/anna", files={"/home/anna/.dropbox/info.json": info}
    )
    assert "synced by Dropbox (/home/anna/Dropbox)" in refusal("/home/anna/Dropbox/x.db", system)
    assert "Dropbox (MSEK)" in refusal("/home/anna/Dropbox (MSEK)/x.db", system)
    assert passes("/home/anna/dropbox/x.db", system)  # case matters here
    assert passes("/home/anna/DropboxX/x.db", system)


def test_linux_without_proc_mounts_passes() -> None:
    system = FakeSystem(windows=False, failing={"mounts", "home"})
    assert passes("/mnt/biuro/msek.db", system)


def test_this_machine_passes_a_temporary_folder(tmp_path: Path) -> None:
    places.check_place(tmp_path / "msek.db")


# --- open_database ---------------------------------------------------------------------------


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeSystem:
    """A Windows computer with OneDrive, as the default System of core.places."""
    system = FakeSystem()
    monkeypatch.setattr(places, "DEFAULT_SYSTEM", system)
    return system


def test_open_database_refuses_a_share_and_writes_nothing(
    fake: FakeSystem, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # on Linux the UNC text is a relative file name: nothing may appear
    with pytest.raises(errors.UnsafePlaceError, match="network share"):
        open_database(Path(r"\\server\share\msek.db"), create=True)
    assert list(work.iterdir()) == []
    assert fake.calls == []


def test_open_database_refuses_a_new_file_in_onedrive(fake: FakeSystem, tmp_path: Path) -> None:
    onedrive = tmp_path / "OneDrive"
    onedrive.mkdir()
    fake.env["OneDrive"] = str(onedrive)
    with pytest.raises(errors.UnsafePlaceError, match="synced by OneDrive"):
        open_database(onedrive / "Biuro" / "msek.db", create=True)
    assert list(onedrive.iterdir()) == []


def test_open_database_refuses_an_existing_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dropbox = tmp_path / "Dropbox"
    path = dropbox / "msek.db"
    open_database(path, create=True).dispose()  # made while nothing was faked
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    before = path.read_bytes()
    info = str(Path(tmp_path, "AppData", "Dropbox", "info.json"))
    system = FakeSystem(
        env={"APPDATA": str(Path(tmp_path, "AppData"))},
        files={info: dropbox_info(personal=str(dropbox))},
    )
    monkeypatch.setattr(places, "DEFAULT_SYSTEM", system)
    with pytest.raises(errors.UnsafePlaceError, match="synced by Dropbox") as refused:
        open_database(path)
    assert isinstance(refused.value, errors.DatabaseError)
    assert path.read_bytes() == before
    assert [p.name for p in dropbox.iterdir()] == ["msek.db"]  # no -wal, no -shm
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_restore_into_a_new_file_in_onedrive_is_refused_before_writing(
    fake: FakeSystem, tmp_path: Path
) -> None:
    from msek_desktop.core import backups

    made = open_database(tmp_path / "office.db", create=True)
    backup = backups.backup_now(made)
    made.dispose()
    onedrive = tmp_path / "OneDrive"
    onedrive.mkdir()
    fake.env["OneDrive"] = str(onedrive)
    with pytest.raises(errors.UnsafePlaceError, match="synced by OneDrive"):
        backups.restore(onedrive / "msek.db", backup)
    assert list(onedrive.iterdir()) == []
