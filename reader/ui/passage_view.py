"""The scrolling column of aligned passages, with a selected row that keys move.

One widget draws every row through Textual's line API, painting only the rows on screen and
caching their lines; row heights are estimated from a word-wrap count and corrected when a row
is drawn. So thousands of passages open and move as quickly as ten. Selection is a reactive
index; the view keeps it in sight and tells the app with `PassageView.Selected`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..core.model import Comparison, Entity
from ..core.output.rows import Row
from .passage_row import Marks, RowPainter, estimate_height

STYLES = ("removed", "added", "flag", "precision", "attribution", "entity", "gap", "gutter",
          "search", "selected")


class PassageView(ScrollView, can_focus=True):
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

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"passage-row--{name}" for name in STYLES}
    """Diff, discrepancy, name, gap and selection styles of the rows, set by the theme."""

    DEFAULT_CSS = """
    PassageView {
        height: 1fr;
        scrollbar-size-vertical: 1;
    }
    PassageView > .passage-row--removed { color: $diff-removed; text-style: $diff-removed-style; }
    PassageView > .passage-row--added { color: $diff-added; text-style: $diff-added-style; }
    PassageView > .passage-row--flag { color: $background; background: $discrepancy; text-style: bold; }
    PassageView > .passage-row--precision { color: $background; background: $discrepancy-precision; }
    PassageView > .passage-row--attribution {
        color: $background; background: $discrepancy-attribution; text-style: bold;
    }
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
        self.comparison: Comparison | None = content[0] if content else None
        self.rows: list[Row] = content[1] if content else []
        self.marks = Marks()
        self._lines: dict[int, list[list[Segment]]] = {}
        self._heights: list[int] = []
        self._offsets: list[int] = []
        self._width = 0
        self._style_key: object = None
        self._base = Style()
        self._styles: dict[str, Style] = {}

    def show(self, comparison: Comparison, rows: list[Row]) -> None:
        """Replace the content with the rows of a comparison."""
        self.comparison, self.rows = comparison, rows
        self._width = 0
        self._lines.clear()
        self.selected = 0
        self.scroll_to(0, 0, animate=False)
        self.refresh()
        self.call_after_refresh(self._announce)

    def update_rows(self, comparison: Comparison, rows: list[Row]) -> None:
        """The same passages with what is now known of them (flags found once names were):
        drawn again where they are, the selection kept."""
        self.comparison, self.rows = comparison, rows
        self._width = 0
        self._lines.clear()
        self.refresh()
        self.call_after_refresh(self._announce)

    def on_mount(self) -> None:
        if self.rows:
            self.call_after_refresh(self._announce)

    # -- geometry ------------------------------------------------------------------------

    def _content_width(self) -> int:
        return max(self.scrollable_content_region.width, 10)

    def _prepare(self) -> None:
        """Estimate every row's height for the current width and style (cheap)."""
        width = self._content_width()
        base = self.visual_style.rich_style
        key = (self.app.theme, base)
        if width == self._width and key == self._style_key and len(self._heights) == len(self.rows):
            return
        self._width, self._style_key, self._base = width, key, base
        self._styles = {name: self.get_component_rich_style(f"passage-row--{name}")
                        for name in STYLES}
        self._lines.clear()
        if self.comparison is None:
            self._heights = []
        else:
            self._heights = [estimate_height(self.comparison, row, width - 1) for row in self.rows]
        self._recount()

    def _recount(self) -> None:
        offsets, total = [], 0
        for height in self._heights:
            offsets.append(total)
            total += height
        self._offsets = offsets
        self.virtual_size = Size(self._width, total)

    def _draw(self, index: int) -> list[list[Segment]]:
        """The lines of one row (cached); fixes its height if the estimate was off."""
        lines = self._lines.get(index)
        if lines is None:
            assert self.comparison is not None
            painter = RowPainter(self.comparison, self._styles)
            lines = painter.lines(self.app.console, self.rows[index], index, self._width - 1,
                                  self.marks, self._base)
            self._lines[index] = lines
            if len(lines) != self._heights[index]:
                self._heights[index] = len(lines)
                self._recount()
                self.refresh()
        return lines

    def row_region(self, index: int) -> Region:
        """Where a row is in the scrolled content (drawing it first, so its height is exact)."""
        self._prepare()
        self._draw(index)
        return Region(0, self._offsets[index], self._width, self._heights[index])

    def render_line(self, y: int) -> Strip:
        self._prepare()
        width, base = self._width, self._base
        if not self.rows:
            return Strip.blank(width, base)
        line = self.scroll_offset.y + y
        index = bisect_right(self._offsets, line) - 1
        if not 0 <= index < len(self.rows):
            return Strip.blank(width, base)
        lines = self._draw(index)
        within = line - self._offsets[index]
        if within >= len(lines):
            return Strip.blank(width, base)
        if index == self.selected and within < len(lines) - 1:
            bar = Segment("▌", self.get_component_rich_style("passage-row--selected"))
        else:
            bar = Segment(" ", base)
        return Strip([bar, *lines[within]], width)

    def row_text_lines(self, index: int) -> list[str]:
        """The plain text of a drawn row, line by line (for tests and copying)."""
        self.row_region(index)
        return ["".join(segment.text for segment in line) for line in self._draw(index)]

    # -- selection -----------------------------------------------------------------------

    def watch_selected(self, old: int, new: int) -> None:
        if self.rows:
            region = self.row_region(new)
            if abs(new - old) > 1:
                self.scroll_to_region(region, animate=False, center=True)
            else:
                self.scroll_to_region(region, animate=False)
            self.refresh()
        self._announce()

    def _announce(self) -> None:
        if 0 <= self.selected < len(self.rows):
            self.post_message(self.Selected(self.selected, self.rows[self.selected]))

    def move(self, delta: int) -> None:
        if self.rows:
            self.selected = max(0, min(len(self.rows) - 1, self.selected + delta))

    def go(self, index: int) -> None:
        if self.rows:
            self.selected = max(0, min(len(self.rows) - 1, index))

    def find(self, test: Callable[[Row], bool], forward: bool = True,
             wrap: bool = False) -> int | None:
        """Index of the next (or previous) row passing `test`, from the selection."""
        n = len(self.rows)
        steps = range(1, n) if wrap else range(1, (n - self.selected) if forward
                                               else self.selected + 1)
        for step in steps:
            k = (self.selected + step) % n if forward else (self.selected - step) % n
            if test(self.rows[k]):
                return k
        return None

    # -- highlights ----------------------------------------------------------------------

    def _remark(self, **changes: object) -> None:
        for key, value in changes.items():
            setattr(self.marks, key, value)
        self._lines.clear()
        self.refresh()

    def highlight_entity(self, entity: Entity | None) -> None:
        """Highlight every mention of an entity (or none)."""
        self._remark(entity=entity)

    def highlight_search(self, text: str) -> None:
        """Highlight a searched string in every row."""
        self._remark(search=text)

    def mark_bookmarked(self, indices: set[int]) -> None:
        """Show a star on bookmarked rows."""
        self._remark(bookmarked=frozenset(indices))

    def on_click(self, event: events.Click) -> None:
        if not self.rows:
            return
        line = self.scroll_offset.y + event.y
        index = bisect_right(self._offsets, line) - 1
        if 0 <= index < len(self.rows):
            self.selected = index
        self.focus()
