"""The app and its helper process: never blocked by it, never redoing its work."""

from __future__ import annotations

import os
import signal
import threading

import pytest
from textual.widgets import LoadingIndicator

import reader.core.compare as engine
from reader.core.model import Source
from reader.core.sources.load import load
from reader.ui.app import SYNC_LIMIT, ReaderApp
from reader.ui.comparison_header import ComparisonHeader
from reader.ui.prefetch import Prefetch

from ..conftest import SEED_A, SEED_B


def _record_comparisons(monkeypatch) -> list[bool]:
    """Every comparison made in this process: whether it ran on the UI (main) thread."""
    calls: list[bool] = []
    real = engine.compare_articles

    def recording(*args, **kwargs):
        calls.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "compare_articles", recording)
    return calls


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and posix_spawn")
async def test_a_stopped_helper_is_reported_and_its_work_not_redone(tmp_path, dirs, monkeypatch):
    fifo = tmp_path / "nobody-writes"
    os.mkfifo(fifo)
    prefetch = Prefetch.start((str(fifo), str(SEED_B)))  # a helper that waits for ever
    assert prefetch is not None
    compared_here = _record_comparisons(monkeypatch)
    stop = threading.Timer(1.0, os.kill, (prefetch.pid, signal.SIGKILL))
    stop.start()
    try:
        app = ReaderApp((load(str(SEED_A)), load(str(SEED_B))), prefetch=prefetch)
        async with app.run_test(size=(160, 45)) as pilot:
            header = app.query_one(ComparisonHeader)
            for _ in range(200):
                await pilot.pause(0.05)
                if "could not compare" in str(header.render()):
                    break
            assert "the comparison process was stopped (SIGKILL)" in str(header.render())
            assert compared_here == [] and not app.rows
            await pilot.press("q")
    finally:
        stop.cancel()
        prefetch.close()


async def test_large_inputs_are_compared_off_the_ui_thread(dirs, monkeypatch):
    """Above the size compared before the first paint, the screen comes first."""

    def article(side: str) -> Source:
        text = " ".join(f"The {side} council {n} voted on budget line {n * 7} in Wenlow ward {n}."
                        for n in range(900))
        return Source(name=f"{side}.txt", text=text)

    a, b = article("north"), article("south")
    assert len(a.text) + len(b.text) > SYNC_LIMIT  # about 120,000 characters
    compared_on_ui_thread = _record_comparisons(monkeypatch)
    app = ReaderApp((a, b))
    async with app.run_test(size=(160, 45)) as pilot:
        assert app.query(LoadingIndicator)  # the first frame does not wait
        for _ in range(1200):  # a busy machine may take a while; the UI answers meanwhile
            await pilot.pause(0.05)
            if app.rows:
                break
        assert app.rows
    assert compared_on_ui_thread == [False]


def _shown(widget) -> str:
    return " ".join("".join(s.text for s in line).strip()
                    for line in widget.render_lines(widget.region.reset_offset))


class _SlowNames:
    """A stand-in helper that has the comparison at once and the names only when let go."""

    def __init__(self, sources):
        from reader.core.compare import analyse, compare_articles
        from reader.core.output.rows import build_rows

        self._sources = sources
        self._comparison = compare_articles(*map(analyse, sources), names=False)
        self._rows = build_rows(self._comparison)
        self.release = threading.Event()

    def sources(self, cancelled=None, deadline=None):
        return self._sources

    def comparison(self, cancelled=None, deadline=None):
        return self._comparison, self._rows

    def want_names(self):
        pass

    def completed(self, cancelled=None):
        from reader.core.compare import with_names

        while not self.release.wait(0.02):
            if cancelled is not None and cancelled():
                from reader.ui.prefetch import Cancelled

                raise Cancelled
        return with_names(self._comparison)

    def close(self):
        pass


async def test_the_header_never_counts_names_that_are_still_being_found(dirs):
    sources = (load(str(SEED_A)), load(str(SEED_B)))
    helper = _SlowNames(sources)
    app = ReaderApp(sources, prefetch=helper)  # type: ignore[arg-type]
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.rows:
                break
        await pilot.pause(0.1)
        header = _shown(app.query_one(ComparisonHeader))
        assert "finding names…" in header and "in one article only" not in header
        helper.release.set()
        for _ in range(100):
            await pilot.pause(0.02)
            if app.query("#entities"):
                break
        header = _shown(app.query_one(ComparisonHeader))
        assert "28 names in one article only" in header and "finding names" not in header


async def test_the_selection_stays_in_view_when_the_names_arrive(dirs):
    from reader.ui.passage_view import PassageView

    sources = (load(str(SEED_A)), load(str(SEED_B)))
    helper = _SlowNames(sources)
    app = ReaderApp(sources, prefetch=helper)  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.rows:
                break
        view = app.query_one(PassageView)
        view.go(35)
        await pilot.pause(0.1)
        top = view.row_region(35).y - view.scroll_offset.y
        helper.release.set()
        for _ in range(100):
            await pilot.pause(0.02)
            if app.query("#entities"):
                break
        await pilot.pause(0.1)
        assert view.selected == 35
        assert view.row_region(35).y - view.scroll_offset.y == top
