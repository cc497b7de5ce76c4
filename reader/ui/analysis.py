"""Getting the comparison the app shows: from the CLI's child process, or computed here.

Articles given as URLs are fetched here (in the worker, with progress in the header); a
failed fetch is reported with a retry key. Nothing here touches the layout.
"""

from __future__ import annotations

from textual import work
from textual.worker import Worker, WorkerState

from ..core.model import Comparison, Source
from ..core.output.rows import Row, build_rows
from ..core.safety import inert
from .base import ReaderBase
from .comparison_header import ComparisonHeader


class AnalysisMixin(ReaderBase):
    """Loading, comparing and finding names for `ReaderApp`, off the UI thread when slow."""

    def _receive(self) -> object | None:
        """The next result from the child process started by the CLI, if it delivers."""
        if self.prefetch is None:
            return None
        try:
            return self.prefetch.receive()
        except Exception:  # any failure there: compute here instead
            self.prefetch.close()
            self.prefetch = None
            return None

    def _loaded(self) -> tuple[Source, Source]:
        if any(isinstance(s, str) for s in self.sources):
            self.call_from_thread(self.query_one(ComparisonHeader).status, "fetching …")
        received = self._receive()
        if isinstance(received, Exception):
            self.prefetch = None  # the child has said all it will; a retry loads here
            raise received
        if received is not None:
            self.sources = received  # type: ignore[assignment]
            return self.sources  # type: ignore[return-value]
        out = []
        for source in self.sources:
            if isinstance(source, str):
                from ..core.sources.load import load

                self.call_from_thread(self.query_one(ComparisonHeader).status,
                                      f"fetching {source} …")
                source = load(source, refresh=self.refetch)
            out.append(source)
        self.sources = (out[0], out[1])
        return self.sources

    def _compare(self) -> tuple[Comparison, list[Row]]:
        first, second = self._loaded()
        received = self._receive()
        if received is not None:
            return received  # type: ignore[return-value]
        from ..core.compare import analyse, compare_articles

        a, b = analyse(first), analyse(second)
        comparison = compare_articles(a, b)
        return comparison, build_rows(comparison)

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def run_analysis(self, done: Comparison | None) -> None:
        """Compare (unless done before the first paint), then find the names."""
        if done is None:
            done, rows = self._compare()
            self.call_from_thread(self._show, done, rows)
        if self.prefetch is not None:
            self.prefetch.want_entities()
        entities = self._receive()
        if entities is None:
            entities = done.entities
        self.call_from_thread(self._show_entities, entities)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        from ..core.sources.errors import LoadError

        error = event.worker.error
        if isinstance(error, LoadError):
            self.fetch_failed = True
            self.query_one(ComparisonHeader).status(f"{error} — press r to retry, q to quit")
            self.notify(f"{inert(str(error))}. Press r to retry.", severity="error", timeout=30)
        else:
            self.notify(f"Could not compare: {inert(str(error))}", severity="error", timeout=30)
        self.refresh_bindings()

    def action_retry(self) -> None:
        if self.fetch_failed:
            self.fetch_failed = False
            self.refresh_bindings()
            self.run_analysis(None)
