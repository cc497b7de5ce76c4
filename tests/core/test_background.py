"""The helper process that compares while the app starts: what it sends, and when."""

from __future__ import annotations

import os
import select

import pytest

from reader.core.model import Source
from reader.core.sources.errors import LoadError
from reader.core.sources.load import load
from reader.ui.prefetch import Prefetch
from tests.conftest import SEED_A, SEED_B

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _started(sources: tuple[Source | str, Source | str]) -> Prefetch:
    prefetch = Prefetch.start(sources)
    assert prefetch is not None
    return prefetch


def test_sends_sources_then_the_comparison_then_names_only_when_asked(seed_comparison):
    prefetch = _started((str(SEED_A), str(SEED_B)))
    try:
        sources = prefetch.receive()
        assert [s.text for s in sources] == [load(str(p)).text for p in (SEED_A, SEED_B)]
        comparison, rows = prefetch.receive()
        assert comparison.pairs == seed_comparison.pairs
        assert rows and rows[0].a == (0,)
        # The names wait for the app: nothing more arrives until it asks.
        assert select.select([prefetch.fd], [], [], 0.5)[0] == []
        prefetch.want_entities()
        entities = prefetch.receive()
        assert {e.name for e in entities} == {e.name for e in seed_comparison.entities}
    finally:
        prefetch.close()


def test_closing_without_asking_for_names_ends_the_helper():
    prefetch = _started((str(SEED_A), str(SEED_B)))
    prefetch.receive()
    prefetch.receive()
    prefetch.close()  # returns only once the child has exited
    with pytest.raises(ChildProcessError):
        os.waitpid(prefetch.pid, os.WNOHANG)


def test_a_file_that_cannot_be_read_is_reported_as_the_load_error(tmp_path):
    missing = tmp_path / "gone.txt"
    prefetch = _started((str(missing), str(SEED_B)))
    try:
        received = prefetch.receive()
        assert isinstance(received, LoadError)
        assert "gone.txt" in str(received)
        with pytest.raises(EOFError):
            prefetch.receive()
    finally:
        prefetch.close()
