"""A slow server: one deadline for the whole answer."""

from __future__ import annotations

import pytest

from reader.core.sources import web
from reader.core.sources.errors import LoadError


def test_headers_trickled_slowly_meet_the_overall_deadline(server):
    """Each header line comes well within the time limit, the whole answer does not."""
    with pytest.raises(LoadError, match="within 1 s"):
        web.fetch(f"{server.base}/trickle-headers", timeout=1.0)
