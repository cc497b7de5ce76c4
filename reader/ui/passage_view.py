"""The scrolling column of aligned passages, with a selected row that keys move.

Selection is a reactive index; the view keeps the selected row in sight and tells the app
with `PassageView.Selected`. Jumps ("next row with a discrepancy") are answered here from the
rows the core computed; nothing about the articles is recomputed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive

from ..core.model import Comparison, Entity
from ..core.rows import Row
from .passage_row import PassageRow


def _rows_to_fill(comparison: Comparison, rows: list[Row], width: int, height: int) -> int:
    """How many rows cover the first screen, estimated from text length (with a margin)."""
    column = max((width - 10) // 2, 10)
    lines = 0
    for k, row in enumerate(rows):
        longest = max(
            sum(len(comparison.a.sentences[i].text) + 1 for i in row.a),
            sum(len(comparison.b.sentences[j].text) + 1 for j in row.b),
        )
        lines += longest // column + 2
        if lines > height * 1.5:
            return k + 1
    return len(rows)


class PassageView(VerticalScroll, can_focus=True):
    """All rows of a comparison; one selected."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "app.move(1)", "Next passage", show=False),
        Binding("up", "app.move(-1)", "Previous passage", show=False),
        Binding("home", "app.first", "First passage", show=False),
        Binding("end", "app.last", "Last passage", show=False),
        Binding("pagedown", "app.page(1)", "Page down", show=False),
        Binding("pageup", "app.page(-1)", "Page up", show=False),
    ]
    """Arrows and page keys move the selection (not just the scroll position)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "passage-row--removed",
        "passage-row--added",
        "passage-row--flag",
        "passage-row--entity",
        "passage-row--gap",
        "passage-row--gutter",
        "passage-row--search",
        "passage-row--selected",
    }
    """Diff, discrepancy, name and gap styles of every row, set by the theme."""

    DEFAULT_CSS = """
    PassageView {
        height: 1fr;
        scrollbar-size-vertical: 1;
    }
    PassageView > .passage-row--removed { color: $diff-removed; text-style: $diff-removed-style; }
    PassageView > .passage-row--added { color: $diff-added; text-style: $diff-added-style; }
    PassageView > .passage-row--flag { color: $background; background: $discrepancy; text-style: bold; }
    PassageView > .passage-row--entity { color: $entity; text-style: bold underline; }
    PassageView > .passage-row--gap { color: $text-muted; background: $gap; text-style: italic; }
    PassageView > .passage-row--gutter { color: $text-muted; }
    PassageView > .passage-row--search { background: $accent 40%; }
    PassageView > .passage-row--selected { color: $accent; }
    PassageView:focus > .passage-row--selected { color: $primary; }
    """

    selected: reactive[int] = reactive(0, init=False)
    """Index of the selected row."""

    class Selected(Message):
        """The selected row changed."""

        def __init__(self, index: int, row: Row) -> None:
            super().__init__()
            self.index = index
            self.row = row

    def __init__(self, content: tuple[Comparison, list[Row]] | None = None,
                 **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.comparison, self.rows = content if content is not None else (None, [])
        self.entity: Entity | None = None
        self.search = ""
        self.bookmarked: set[int] = set()

    def _row(self, index: int) -> PassageRow:
        assert self.comparison is not None
        widget = PassageRow(self.comparison, self.rows[index], index)
        widget.entity, widget.search = self.entity, self.search
        widget.bookmarked = index in self.bookmarked
        widget.set_class(index == self.selected, "-selected")
        return widget

    def compose(self) -> ComposeResult:
        """The rows that fill a first screen; the rest follow the first paint."""
        if self.comparison is not None:
            size = self.app.size
            width = size.width - (0 if size.width < 110 else 32)
            first = _rows_to_fill(self.comparison, self.rows, width, size.height)
            yield from (self._row(k) for k in range(first))

    def on_mount(self) -> None:
        if self.rows:
            self.call_after_refresh(self._mount_rest)

    def _mount_rest(self) -> None:
        mounted = len(self.children)
        if mounted < len(self.rows):
            self.mount_all(self._row(k) for k in range(mounted, len(self.rows)))
        self.call_after_refresh(self._announce)

    def show(self, comparison: Comparison, rows: list[Row]) -> None:
        """Replace the content with the rows of a comparison."""
        self.comparison = comparison
        self.rows = rows
        self.remove_children()
        self.selected = 0
        self.mount_all(self._row(k) for k in range(len(rows)))
        self.call_after_refresh(self._announce)

    @property
    def row_widgets(self) -> list[PassageRow]:
        return list(self.query(PassageRow))

    def watch_selected(self, old: int, new: int) -> None:
        widgets = self.row_widgets
        if 0 <= old < len(widgets):
            widgets[old].remove_class("-selected")
            widgets[old].refresh()
        if 0 <= new < len(widgets):
            widgets[new].add_class("-selected")
            widgets[new].refresh()
            if abs(new - old) > 1:  # a jump: show the passage with some context above it
                self.scroll_to_center(widgets[new], animate=False)
            else:
                self.scroll_to_widget(widgets[new], animate=False, top=False)
        self._announce()

    def _announce(self) -> None:
        widgets = self.row_widgets
        if 0 <= self.selected < len(widgets):
            widgets[self.selected].add_class("-selected")
            self.post_message(self.Selected(self.selected, self.rows[self.selected]))

    def move(self, delta: int) -> None:
        if self.rows:
            self.selected = max(0, min(len(self.rows) - 1, self.selected + delta))

    def go(self, index: int) -> None:
        if self.rows:
            self.selected = max(0, min(len(self.rows) - 1, index))

    def find(self, test: Callable[[Row], bool], forward: bool = True, wrap: bool = False) -> int | None:
        """Index of the next (or previous) row passing `test`, from the selection."""
        n = len(self.rows)
        steps = range(1, n) if wrap else range(1, (n - self.selected) if forward else self.selected + 1)
        for step in steps:
            k = (self.selected + step) % n if forward else (self.selected - step) % n
            if test(self.rows[k]):
                return k
        return None

    def _restyle(self, change: Callable[[PassageRow], None]) -> None:
        for widget in self.row_widgets:
            change(widget)
            widget.refresh_content()

    def highlight_entity(self, entity: Entity | None) -> None:
        """Highlight every mention of an entity (or none)."""
        self.entity = entity
        self._restyle(lambda w: setattr(w, "entity", entity))

    def highlight_search(self, text: str) -> None:
        """Highlight a searched string in every row."""
        self.search = text
        self._restyle(lambda w: setattr(w, "search", text))

    def mark_bookmarked(self, indices: set[int]) -> None:
        """Show a star on bookmarked rows."""
        self.bookmarked = set(indices)
        self._restyle(lambda w: setattr(w, "bookmarked", w.index in indices))

    @on(Click)
    def _clicked(self, event: Click) -> None:
        widget = event.widget
        while widget is not None and not isinstance(widget, PassageRow):
            widget = widget.parent  # type: ignore[assignment]
        if isinstance(widget, PassageRow):
            self.selected = widget.index
            self.focus()
