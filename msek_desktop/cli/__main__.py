"""`python -m msek_desktop.cli`: the msek command line."""

import sys

from msek_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
