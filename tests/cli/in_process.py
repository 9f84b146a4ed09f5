"""`msek` run inside the test process, for the CLI tests that need no real process."""

from __future__ import annotations

import pytest

from msek_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """main(argv) as the shell would run it: the exit code, then stdout and stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: usage errors and --version
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
