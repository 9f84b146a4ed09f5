"""`python -m msek_desktop`: the same as the msek-desktop program."""

import sys

from msek_desktop.app import main

sys.exit(main())
