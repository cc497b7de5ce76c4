"""A slow server: one deadline for the whole answer, and quitting never waits for it."""

from __future__ import annotations

import os

import pytest

from reader.core.sources import web
from reader.core.sources.errors import LoadError

from ..conftest import SEED_B
from ..terminal import Terminal, reader_env


def test_headers_trickled_slowly_meet_the_overall_deadline(server):
    """Each header line comes well within the time limit, the whole answer does not."""
    with pytest.raises(LoadError, match="within 1 s"):
        web.fetch(f"{server.base}/trickle-headers", timeout=1.0)


@pytest.mark.skipif(not hasattr(os, "posix_spawn"), reason="needs ptys and posix_spawn")
def test_quitting_while_a_page_is_fetched_ends_the_app_at_once(server, tmp_path):
    term = Terminal([f"{server.base}/hold", str(SEED_B)], reader_env(tmp_path), tmp_path)
    try:
        assert term.wait_for("fetching"), term.screen[-3000:]
        term.press("q")
        assert term.wait_exit(5) == 0, "still running after q"
        assert "Traceback" not in term.screen
    finally:
        term.close()
