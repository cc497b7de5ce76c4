"""Getting the comparison the app shows: from the helper process, or computed here.

With a helper (the usual start from the command line) the app only waits for it, in a worker
that gives up as soon as the app quits; a helper that ends early is reported and its work is
never redone here. Without one (tests, or no way to start it) the worker loads and compares
itself, checking between stages whether the app still wants the result. Articles given as
URLs are fetched with progress in the header; a failed fetch is reported with a retry key.
Nothing here touches the layout.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import work
from textual.widgets import LoadingIndicator, Static
from textual.worker import Worker, WorkerState, get_current_worker

from ..core.model import Comparison, Source
from ..core.output.rows import Row, build_rows
from ..core.safety import inert
from .base import ReaderBase
from .comparison_header import ComparisonHeader
from .passage_view import PassageView
from .prefetch import Cancelled, HelperEnded


def _never() -> bool:
    return False


class AnalysisMixin(ReaderBase):
    """Loading, comparing and finding names for `ReaderApp`, off the UI thread when slow."""

    def _compare(self, cancelled: Callable[[], bool] = _never,
                 deadline: float | None = None) -> tuple[Comparison, list[Row]] | None:
        """The comparison and its rows; None when `deadline` (time.monotonic()) passes before
        the helper has them (a worker then goes on waiting)."""
        if self.prefetch is not None:
            if deadline is None and any(isinstance(s, str) for s in self.sources):
                self.call_from_thread(self.query_one(ComparisonHeader).status, "fetching …")
            try:
                self.sources = self.prefetch.sources(cancelled, deadline)
                return self.prefetch.comparison(cancelled, deadline)
            except TimeoutError:
                return None
            except Exception as exc:
                from ..core.sources.errors import LoadError

                if isinstance(exc, LoadError):
                    self.prefetch = None  # it has said all it will; a retry loads here
                raise
        first, second = self._loaded(cancelled)
        from ..core.compare import analyse, compare_articles

        a = analyse(first)
        if cancelled():
            raise Cancelled
        b = analyse(second)
        if cancelled():
            raise Cancelled
        comparison = compare_articles(a, b, names=False)
        return comparison, build_rows(comparison)

    def _loaded(self, cancelled: Callable[[], bool]) -> tuple[Source, Source]:
        out = []
        for source in self.sources:
            if isinstance(source, str):
                from ..core.sources.load import load

                if cancelled():
                    raise Cancelled
                from ..core.sources.web import without_credentials

                self.call_from_thread(self.query_one(ComparisonHeader).status,
                                      f"fetching {without_credentials(source)} …")
                source = load(source, refresh=self.refetch)
            out.append(source)
        self.sources = (out[0], out[1])
        return self.sources

    def _completed(self, done: Comparison, cancelled: Callable[[], bool]) -> Comparison:
        """The comparison with its names and the facts that need them."""
        if self.prefetch is not None:
            self.prefetch.want_names()
            return self.prefetch.completed(cancelled)
        if done.event is not None:
            return done
        from ..core.compare import with_names

        return with_names(done)

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def run_analysis(self, done: Comparison | None) -> None:
        """Compare (unless done before the first paint), then find the names. Quitting
        cancels the worker, which stops waiting at once."""
        worker = get_current_worker()

        def cancelled() -> bool:
            return worker.is_cancelled

        try:
            if done is None:
                result = self._compare(cancelled)
                assert result is not None
                done = result[0]
                if cancelled():
                    return
                self.call_from_thread(self._show, *result)
            try:
                completed = self._completed(done, cancelled)
            except HelperEnded as exc:
                if not cancelled():
                    self.call_from_thread(self._names_failed, str(exc))
                return
            if not cancelled():
                self.call_from_thread(self._show_completed, completed)
        except Cancelled:
            return

    def _names_failed(self, why: str) -> None:
        for pending in self.query("#names-pending").results(Static):
            pending.update(f"names not found: {inert(why)}")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        from ..core.sources.errors import LoadError

        error = event.worker.error
        headers = self.query(ComparisonHeader).results(ComparisonHeader)
        header = next(iter(headers), None)
        if header is None:
            return  # the reading screen is gone: the app is closing
        if event.worker.group != "analysis":
            self.notify(f"Could not work out the quotes and figures: {inert(str(error))}",
                        severity="error", timeout=10)
            return
        self._stop_waiting("names: none, the articles could not be compared")
        if isinstance(error, LoadError):
            self.fetch_failed = True
            header.status(f"{error} — press r to retry, q to quit")
            self.notify(f"{inert(str(error))}. Press r to retry.", severity="error", timeout=30)
        else:
            header.status(f"could not compare: {error} — q to quit")
            self.notify(f"Could not compare: {inert(str(error))}", severity="error", timeout=30)
        self.refresh_bindings()

    def _stop_waiting(self, names: str) -> None:
        """Nothing is coming: no loading dots, no "finding names…"."""
        for indicator in self.query(LoadingIndicator):
            indicator.remove()
        for pending in self.query("#names-pending").results(Static):
            pending.update(names)

    def action_retry(self) -> None:
        if self.fetch_failed:
            self.fetch_failed = False
            self.refresh_bindings()
            if not self.query(LoadingIndicator):
                view = self.query_one(PassageView)
                view.parent.mount(LoadingIndicator(), before=view)  # type: ignore[union-attr]
            for pending in self.query("#names-pending").results(Static):
                pending.update("finding names…")
            self.run_analysis(None)
