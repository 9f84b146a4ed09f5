"""PyInstaller entry of the windowed msek-desktop program."""

import sys

from msek_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
