"""``python -m conflictkg``: the same as the ``conflictkg`` command."""

import sys

from conflictkg.cli import main

sys.exit(main())
