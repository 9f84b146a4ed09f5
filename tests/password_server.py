"""A PostgreSQL cluster of a test module's own that asks for passwords (the test server trusts
its local logins): started like .ci/run's (initdb, pg_ctl; Unix socket only), stopped after."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import POSTGRES_ENV, POSTGRES_REQUIRED_ENV

PASSWORD = "Kl8-hasło-serwera"
LOGIN = "marta"


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts)
    return found[-1].parent if found else None


@contextmanager
def asking_for_passwords() -> Iterator[str]:
    """postgresql://marta@/postgres?host=DIR of a new cluster asking marta for PASSWORD."""
    bin_dir = _pg_bin()
    if bin_dir is None or not os.environ.get(POSTGRES_ENV):
        why = "PostgreSQL's server (initdb) is not installed here"
        if os.environ.get(POSTGRES_REQUIRED_ENV):
            pytest.fail(why)
        pytest.skip(why)
    folder = Path(tempfile.mkdtemp(prefix="msek-pw-"))  # short: a socket path has 107 bytes
    folder.chmod(0o755)
    secret = folder / "pw"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root
        shutil.chown(folder, "postgres")
        shutil.chown(secret, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]

    def run_pg(*argv: str) -> None:
        subprocess.run([*prefix, *argv], check=True, capture_output=True, timeout=120)

    data = folder / "data"
    try:
        run_pg(str(bin_dir / "initdb"), "-D", str(data), "-U", LOGIN, "-A", "scram-sha-256",
               f"--pwfile={secret}")  # fmt: skip
        options = f"-k {folder} -c listen_addresses='' -c fsync=off"
        log = str(folder / "log")
        run_pg(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", log, "-w", "-t", "60", "-o", options,
               "start")  # fmt: skip
        yield f"postgresql://{LOGIN}@/postgres?host={folder}"
    finally:
        if data.exists():
            subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                            "stop"], capture_output=True, timeout=120, check=False)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)
