"""`python -m reader` runs the same command as `reader`."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
