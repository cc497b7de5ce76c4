"""What the keys do: navigation, jumps, search, bookmarks, export, toggles.

Modal screens are imported when first opened: they are not needed for the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from ..core.model import Comparison
from ..core.output.rows import Row, row_sentences, row_text
from ..core.safety import inert
from ..core.store.bookmarks import BookmarkError
from .base import ReaderBase
from .passage_view import PassageView

if TYPE_CHECKING:
    from .base import ViewData

JUMPS = {
    "flag": (lambda row: row.flagged, "discrepancy"),
    "conflict": (lambda row: row.conflicting, "conflict or attribution"),
    "change": (lambda row: row.changed, "difference"),
    "gap": (lambda row: row.kind != "pair", "unmatched passage"),
}


VIEWS_AHEAD = 20_000
"""Pairs up to this many characters get their quotes and figures worked out ahead (a few
tens of milliseconds); longer ones when Q or F is first pressed, in a worker."""


def _views_of(comparison: Comparison) -> ViewData:
    from ..core.facts.figure_table import figure_rows
    from ..core.facts.quote_match import match_quotes, speaker_shares

    rows = match_quotes(comparison)
    return comparison, rows, speaker_shares(rows), figure_rows(comparison)


class ActionsMixin(ReaderBase):
    """Actions of `ReaderApp`, kept apart from its layout and data flow."""

    @property
    def _view(self) -> PassageView:
        return self.query_one(PassageView)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return True if self.fetch_failed else None
        if not self.rows:
            return None if action not in ("quit", "help", "next_theme", "sidebar") else True
        at = self._view.selected
        if action in ("first",) or (action in ("move", "page") and parameters[0] == -1):
            return True if at > 0 else None
        if action in ("last",) or (action in ("move", "page") and parameters[0] == 1):
            return True if at < len(self.rows) - 1 else None
        if action == "jump":  # shown as unavailable when no passage is of that kind at all
            kind = str(parameters[0])
            if kind == "flag" and self.skip_precision:
                kind = "conflict"
            return True if self._jump_possible(kind) else None
        return True

    def _jump_possible(self, kind: str) -> bool:
        """Whether any passage is of this kind (counted once per list of rows shown)."""
        if self._jumps_for is not self.rows:
            self._jumps_for = self.rows
            self._jumps = {name: any(test(row) for row in self.rows)
                           for name, (test, _label) in JUMPS.items()}
        return self._jumps[kind]

    def action_move(self, delta: int) -> None:
        self._view.move(delta)

    def action_page(self, direction: int) -> None:
        self._view.move(direction * 5)

    def action_first(self) -> None:
        self._view.go(0)

    def action_last(self) -> None:
        self._view.go(len(self.rows) - 1)

    def action_jump(self, kind: str, direction: int) -> None:
        if kind == "flag" and self.skip_precision:
            kind = "conflict"
        test, label = JUMPS[kind]
        target = self._view.find(test, forward=direction > 0)
        if target is None:
            where = "after" if direction > 0 else "before"
            self.notify(f"No {label} {where} this passage.", timeout=3)
        else:
            self._view.go(target)

    def action_toggle_precision(self) -> None:
        """Let `x` skip differences of precision (roundings, hedges, a more specific place),
        or stop at them again; the choice is remembered."""
        self.skip_precision = not self.skip_precision
        self.remember("skip_precision", self.skip_precision)
        self.notify("x now skips precision differences (≈)" if self.skip_precision
                    else "x now stops at every discrepancy, precision (≈) included", timeout=4)
        self.refresh_bindings()

    def action_search(self) -> None:
        from .screens.prompt import PromptScreen

        def done(text: str | None) -> None:
            if text is None:
                return
            self._view.highlight_search(text.strip())
            if self._view.marks.search:
                self.action_search_next()

        self.push_screen(PromptScreen("Search both articles:", self._view.marks.search), done)

    def _matches(self, row: Row) -> bool:
        assert self.comparison is not None
        needle = self._view.marks.search.lower()
        return any(needle in row_text(self.comparison, row, side).lower() for side in (0, 1))

    def action_search_next(self) -> None:
        searched = self._view.marks.search
        if not searched or self.comparison is None:
            return
        total = sum(1 for row in self.rows if self._matches(row))
        target = self._view.find(self._matches, wrap=True)
        if target is None and not self._matches(self.rows[self._view.selected]):
            self.notify(f"“{inert(searched)}” is in neither article.", timeout=4)
            return
        if target is not None:
            self._view.go(target)
        self.notify(f"“{inert(searched)}”: {total} passage(s); n for the next.", timeout=3)

    def _current(self) -> Row | None:
        return self.rows[self._view.selected] if self.rows else None

    def _after_bookmark_change(self) -> None:
        self._view.mark_bookmarked(self.marks.rows_marked(self.rows))
        self._describe()

    def action_bookmark(self) -> None:
        row = self._current()
        if row is None:
            return
        try:
            added = self.marks.toggle(row)
        except BookmarkError as exc:
            self.bookmark_error(exc)
            return
        self._after_bookmark_change()
        self.notify("Bookmarked." if added else "Bookmark removed.", timeout=2)

    def action_note(self) -> None:
        row = self._current()
        if row is None:
            return
        existing = self.marks.find(row)
        from .screens.prompt import PromptScreen

        def done(note: str | None) -> None:
            if note is None:
                return
            try:
                self.marks.set_note(row, note.strip())
            except BookmarkError as exc:
                self.bookmark_error(exc)
                return
            self._after_bookmark_change()

        self.push_screen(PromptScreen("Note for this passage (bookmarks it):",
                                      existing.note if existing else ""), done)

    def action_bookmarks(self) -> None:
        if self.comparison is None:
            return
        from ..core.output.markdown import find_row
        from .screens.bookmark_list import BookmarkListScreen

        found = {b.id for b in self.marks.items
                 if find_row(self.rows, self.comparison, b) is not None}

        def done(choice: tuple[str, str] | None) -> None:
            if choice is None or self.comparison is None:
                return
            verb, bookmark_id = choice
            bookmark = next((b for b in self.marks.items if b.id == bookmark_id), None)
            if bookmark is None:
                return
            if verb == "delete":
                try:
                    self.marks.delete(bookmark_id)
                except BookmarkError as exc:
                    self.bookmark_error(exc)
                self._after_bookmark_change()
                self.notify("Bookmark removed.", timeout=2)
                return
            row = find_row(self.rows, self.comparison, bookmark)
            if row is None:
                self.notify("That passage is not in the current alignment.", timeout=4)
            else:
                self._view.go(self.rows.index(row))

        self.push_screen(BookmarkListScreen(list(self.marks.items), found), done)

    def action_export(self) -> None:
        if self.comparison is None:
            return
        from ..core.output.markdown import default_name, free_path, to_markdown

        suggestion = free_path(Path.cwd() / default_name(self.comparison))
        shown = str(suggestion)
        if inert(shown) != shown:  # a folder name with controls: the same file, named plainly
            shown = suggestion.name
        from .screens.prompt import PromptScreen

        def done(name: str | None) -> None:
            if not name or self.comparison is None:
                return
            path = Path(name).expanduser()
            text = to_markdown(self.comparison, self.marks.items)
            try:
                with path.open("x", encoding="utf-8") as handle:
                    handle.write(text)
            except FileExistsError:
                self.notify(f"{inert(str(path))} exists; not overwritten. Choose another name.",
                            severity="warning", timeout=8)
                return
            except OSError as exc:
                self.notify(f"Cannot write {inert(str(path))}: {exc.strerror or exc}",
                            severity="error", timeout=8)
                return
            what = f"{len(self.marks.items)} bookmark(s)" if self.marks.items else \
                "discrepancies and unmatched passages"
            self.notify(f"Exported {what} to {inert(str(path))}", timeout=8)

        self.push_screen(PromptScreen("Export notes to (Markdown):", shown), done)

    def _go_to_sentence(self, where: tuple[int, int] | None) -> None:
        """Select the passage holding sentence `where` = (side, index), chosen in a view."""
        if where is None:
            return
        target = self._view.find(lambda row: where in row_sentences(row), wrap=True)
        if target is not None:
            self._view.go(target)

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

            self.push_screen(QuotesScreen(views[1], views[2]), self._go_to_sentence)
        else:
            from .screens.figures import FiguresScreen

            self.push_screen(FiguresScreen(views[3]), self._go_to_sentence)

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

    def action_furniture(self) -> None:
        self.query_one("#furniture").toggle_class("-shown")

    def action_sidebar(self) -> None:
        sidebar = self.query_one("#sidebar")
        shown = sidebar.display  # by the terminal's width unless chosen here before
        sidebar.set_class(shown, "-hidden").set_class(not shown, "-shown")

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        self.push_screen(HelpScreen(self.key_help()))
