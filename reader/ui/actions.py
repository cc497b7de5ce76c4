"""What the reading keys do: moves, jumps, search, highlights and the view's toggles.

Modal screens are imported when first opened: they are not needed for the first paint.
"""

from __future__ import annotations

from ..core.output.rows import Row
from ..core.safety import inert
from .base import ReaderBase
from .passage_view import PassageView

JUMPS = {
    "flag": (lambda row: row.flagged, "discrepancy"),
    "conflict": (lambda row: row.conflicting, "conflict or attribution"),
    "change": (lambda row: row.changed, "difference"),
    "gap": (lambda row: row.kind != "pair", "unmatched passage"),
}
ALWAYS = ("quit", "help", "next_theme", "sidebar", "furniture", "toggle_plain", "clear_highlights")
"""Actions that need no passages (while comparing, or after a failure)."""


class ActionsMixin(ReaderBase):
    """Reading actions of `ReaderApp`, kept apart from its layout and data flow."""

    search_hits: list[int] = []
    """Passages holding the current search, in reading order."""
    _search_typed: str = ""

    @property
    def _view(self) -> PassageView:
        return self.query_one(PassageView)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":  # offered, in the key bar too, only after a failed fetch
            return self.fetch_failed
        if not self.rows:
            return True if action in ALWAYS else None
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

    def _go(self, index: int) -> None:
        """Select a passage and describe it at once, so the row and the panel under it are
        drawn in the same frame (the `Selected` message would come a frame later)."""
        self._view.go(index)
        self._describe()

    def action_move(self, delta: int) -> None:
        self._go(self._view.selected + delta)

    def action_page(self, direction: int) -> None:
        self._go(self._view.selected + direction * 5)

    def action_first(self) -> None:
        self._go(0)

    def action_last(self) -> None:
        self._go(len(self.rows) - 1)

    def action_jump(self, kind: str, direction: int) -> None:
        if kind == "flag" and self.skip_precision:
            kind = "conflict"
        test, label = JUMPS[kind]
        target = self._view.find(test, forward=direction > 0)
        if target is None:
            where = "after" if direction > 0 else "before"
            self.notify(f"No {label} {where} this passage.", timeout=3)
        else:
            self._go(target)

    def action_toggle_precision(self) -> None:
        """Let `x` skip differences of precision (roundings, hedges, a more specific place),
        or stop at them again; the choice is remembered."""
        self.skip_precision = not self.skip_precision
        self.remember("skip_precision", self.skip_precision)
        self.notify("x now skips precision differences (≈)" if self.skip_precision
                    else "x now stops at every discrepancy, precision (≈) included", timeout=4)
        self.refresh_bindings()

    def action_toggle_plain(self) -> None:
        """Show the passages as plain text, or with their word differences again; the
        choice is remembered. Discrepancies stay marked either way."""
        plain = not self._view.marks.plain
        self._view.show_plain(plain)
        self.remember("plain", plain)
        self.notify("Plain text: differences of wording are not marked (w to mark them)"
                    if plain else "Word differences marked (w for plain text)", timeout=3)

    # -- search --------------------------------------------------------------------------

    def action_search(self) -> None:
        from .screens.prompt import PromptScreen

        def done(text: str | None) -> None:
            if text is None:
                return
            self._search_for(text)

        self.push_screen(PromptScreen("Search both articles (quote style and case do not "
                                      "matter):", self._search_typed), done)

    def _search_for(self, typed: str) -> None:
        from ..core.output.search import matching_rows, search_pattern

        self._search_typed = " ".join(typed.split())
        pattern = search_pattern(typed)
        self._view.highlight_search(pattern)
        if pattern is None or self.comparison is None:
            self.search_hits = []
            self._describe()
            return
        self.search_hits = matching_rows(self.comparison, self.rows, pattern)
        if not self.search_hits:
            self.notify(f"“{inert(self._search_typed)}” is in neither article.", timeout=4)
            self._describe()
            return
        at = self._view.selected
        target = next((k for k in self.search_hits if k >= at), self.search_hits[0])
        self._go(target)
        self.notify(f"“{inert(self._search_typed)}”: {self.search_hits.index(target) + 1} of "
                    f"{len(self.search_hits)} · n next, N back", timeout=3)

    def action_search_next(self, direction: int) -> None:
        """The next (1) or previous (-1) passage holding the search, round the ends."""
        hits = self.search_hits
        if not hits:
            if self._search_typed:
                self.notify(f"“{inert(self._search_typed)}” is in neither article.", timeout=4)
            return
        at = self._view.selected
        if direction > 0:
            target = next((k for k in hits if k > at), hits[0])
        else:
            target = next((k for k in reversed(hits) if k < at), hits[-1])
        self._go(target)  # the panel says "search: 2 of 7"; a notice per key would pile up

    def search_position(self, index: int) -> tuple[int, int] | None:
        """(which match, how many) when the row at `index` holds the search, (0, how many)
        when it does not, None without a search."""
        if not self._search_typed or not self.search_hits:
            return None
        hits = self.search_hits
        return (hits.index(index) + 1 if index in hits else 0, len(hits))

    def action_clear_highlights(self) -> None:
        """Esc: forget the highlighted name and the search."""
        view = self._view
        if view.marks.entity is None and view.marks.search is None:
            return
        view.highlight_entity(None)
        view.highlight_search(None)
        self._search_typed, self.search_hits = "", []
        self._describe()
        self.notify("Highlights cleared.", timeout=2)

    # -- panels and help -----------------------------------------------------------------

    def action_furniture(self) -> None:
        """Show or hide the removed furniture; the panel is built the first time it is
        wanted, not for the first frame."""
        from .furniture_panel import FurniturePanel

        found = self.query(FurniturePanel)
        if not found:
            if self.comparison is None:
                return
            panel = FurniturePanel(self.comparison, id="furniture")
            self._view.parent.mount(panel, before=0)  # type: ignore[union-attr]
        else:
            panel = found.first()
        shown = not panel.has_class("-shown")
        panel.set_class(shown, "-shown")
        if shown:
            self.call_after_refresh(panel.focus)
        else:
            self._view.focus()

    def action_sidebar(self) -> None:
        sidebar = self.query_one("#sidebar")
        shown = sidebar.display  # by the terminal's width unless chosen here before
        sidebar.set_class(shown, "-hidden").set_class(not shown, "-shown")

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        self.dismiss_hint()
        self.push_screen(HelpScreen(self.key_help(), self._view.legend(), self.theme_problems))

    def _current(self) -> Row | None:
        return self.rows[self._view.selected] if self.rows else None
