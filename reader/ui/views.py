"""The quotes (`Q`) and figures (`F`) views: worked out ahead for a usual pair once its names
are known, or when first asked for a long one, in a worker; choosing a line selects its
passage. The screens load when first opened, not before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from ..core.model import Comparison
from ..core.output.rows import row_sentences
from .actions import ActionsMixin

if TYPE_CHECKING:
    from .base import ViewData

VIEWS_AHEAD = 20_000
"""Pairs up to this many characters get their quotes and figures worked out ahead (a few
tens of milliseconds); longer ones when Q or F is first pressed, in a worker."""


def _views_of(comparison: Comparison) -> ViewData:
    """Everything the two views show, worked out in the worker: opening one only lays out
    the rows in view."""
    from ..core.facts.figure_table import figure_rows
    from ..core.facts.quote_match import match_quotes
    from ..core.facts.quote_shares import speaker_shares
    from .screens import figures, quotes

    rows = match_quotes(comparison)
    table = figure_rows(comparison)
    return (comparison, rows, speaker_shares(rows), table, [quotes.row_prompt(r) for r in rows],
            [figures.row_prompt(r) for r in table])


class ViewsMixin(ActionsMixin):
    """Q and F for `ReaderApp`."""

    def _go_to_sentence(self, where: tuple[int, int] | None) -> None:
        """Select the passage holding sentence `where` = (side, index), chosen in a view."""
        if where is None:
            return
        target = self._view.find(lambda row: where in row_sentences(row), wrap=True)
        if target is not None:
            self._go(target)

    def prepare_views(self, comparison: Comparison) -> None:
        """Work out the quotes and figures views of a usual pair once its names are known,
        so Q and F only draw them; a long pair's wait for its first Q or F."""
        if sum(len(s.text) for a in comparison.articles for s in a.sentences) <= VIEWS_AHEAD:
            self._work_out_views(comparison, None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="views")
    def _work_out_views(self, comparison: Comparison, show: str | None) -> None:
        views = _views_of(comparison)
        self._views = views
        if show is not None and not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_view, show, views)

    def _show_view(self, kind: str, views: ViewData) -> None:
        if views[0] is not self.comparison:
            return  # the names arrived meanwhile: worked out again for the new comparison
        if kind == "quotes":
            from .screens.quotes import QuotesScreen

            self.push_screen(QuotesScreen(views[1], views[2], views[4]), self._go_to_sentence)
        else:
            from .screens.figures import FiguresScreen

            self.push_screen(FiguresScreen(views[3], views[5]), self._go_to_sentence)

    def _open_view(self, kind: str) -> None:
        if self.comparison is None:
            return
        if self._views is not None and self._views[0] is self.comparison:
            self._show_view(kind, self._views)
        else:
            self.notify(f"Working out the {kind}…", timeout=2)
            self._work_out_views(self.comparison, kind)

    def action_quotes(self) -> None:
        self._open_view("quotes")

    def action_figures(self) -> None:
        self._open_view("figures")
