"""The scrolling column of aligned passages, with a selected row that keys move.

One widget draws every row through Textual's line API, painting only the rows on screen and
caching their lines; row heights are estimated from a word-wrap count and corrected when a row
is drawn. So thousands of passages open and move as quickly as ten. Selection is a reactive
index; the view keeps it in sight and tells the app with `PassageView.Selected`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..core.model import Comparison, Entity
from ..core.output.rows import Row
from .legend import legend
from .passage_row import Marks, RowPainter, estimate_height, on_selection
from .row_layout import RowLayout

STYLES = ("removed", "added", "shared", "flag", "precision", "attribution", "entity", "gap",
          "gutter", "search", "selected")


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
    PassageView > .passage-row--removed {
        color: $diff-removed; background: $diff-removed-background; text-style: $diff-removed-style;
    }
    PassageView > .passage-row--added {
        color: $diff-added; background: $diff-added-background; text-style: $diff-added-style;
    }
    PassageView > .passage-row--shared { text-style: $emphasis-style; }
    PassageView > .passage-row--flag { color: $background; background: $discrepancy; text-style: bold; }
    PassageView > .passage-row--precision { color: $background; background: $discrepancy-precision; }
    PassageView > .passage-row--attribution {
        color: $background; background: $discrepancy-attribution; text-style: bold;
    }
    PassageView > .passage-row--entity { color: $entity; text-style: bold underline; }
    PassageView > .passage-row--gap { color: $text-muted; background: $gap; text-style: italic; }
    PassageView > .passage-row--gutter { color: $text-muted; }
    PassageView > .passage-row--search { background: $accent 40%; }
    PassageView > .passage-row--selected { color: $accent; background: $accent 10%; }
    PassageView:focus > .passage-row--selected { color: $primary; background: $primary 16%; }
    """

    selected: reactive[int] = reactive(0, init=False, repaint=False)
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
        self._layout = RowLayout()
        self._width = 0
        self._style_key: object = None
        self._base = Style()
        self._styles: dict[str, Style] = {}
        self._painter: RowPainter | None = None
        self._in_pass = False
        self._selected_style = Style()

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
        self._style_key = None  # measured again, the selected row kept where it is on screen
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
        """Estimate every row's height for the current width and style (cheap). When the
        width changes (a resize, the sidebar shown or hidden), the selected row stays where
        it was on screen, or comes into view."""
        width = self._content_width()
        base = self.visual_style.rich_style
        key = (self.app.theme, base)
        layout = self._layout
        if width == self._width and key == self._style_key and len(layout) == len(self.rows):
            return
        reflow = bool(self._width) and 0 <= self.selected < len(layout)
        anchor = layout.offsets[self.selected] - self.scroll_offset.y if reflow else 0
        self._width, self._style_key, self._base = width, key, base
        self._styles = {name: self.get_component_rich_style(f"passage-row--{name}")
                        for name in STYLES}
        self._painter = None
        self._lines.clear()
        layout.reset([] if self.comparison is None else
                     [estimate_height(self.comparison, row, width - 1) for row in self.rows])
        self.virtual_size = Size(width, layout.total)
        if reflow:
            self._reveal(self.selected, anchor=anchor)

    def _painter_now(self) -> RowPainter:
        assert self.comparison is not None
        if self._painter is None or self._painter.comparison is not self.comparison:
            self._painter = RowPainter(self.comparison, self._styles)
        return self._painter

    def _draw(self, index: int) -> list[list[Segment]]:
        """The lines of one row (cached); fixes its height if the estimate was off."""
        lines = self._lines.get(index)
        if lines is None:
            lines = self._painter_now().lines(self.app.console, self.rows[index], index,
                                              self._width - 1, self.marks, self._base)
            self._lines[index] = lines
            if self._layout.fix(index, len(lines)):
                self.virtual_size = Size(self._width, self._layout.total)
                self.refresh()
        return lines

    def row_region(self, index: int) -> Region:
        """Where a row is in the scrolled content (drawing it first, so its height is exact)."""
        self._prepare()
        self._draw(index)
        return Region(0, self._layout.offsets[index], self._width, self._layout.heights[index])

    def _reveal(self, index: int, anchor: int | None = None, center: bool = False) -> None:
        """Scroll so the row is in view: its top `anchor` lines below the top of the view if
        that shows it, else as little as needed (or centred). The rows that can show above it
        are drawn first, so their exact heights cannot push it out of view afterwards."""
        view = max(self.scrollable_content_region.height, 1)
        above, k = 0, index
        while k > 0 and above < view:
            k -= 1
            above += len(self._draw(k))
        region = self.row_region(index)
        fits = min(region.height - 1, view)  # its spacer line may fall off the bottom
        if anchor is not None:
            y = region.y - max(0, min(anchor, view - fits))
        elif center:
            y = region.y - max(0, (view - fits) // 2)
        else:
            top = self.scroll_offset.y
            y = region.y if region.y < top else max(top, region.y + fits - view)
        self.scroll_to(y=max(0, y), animate=False, immediate=True)

    def render_lines(self, crop: Region) -> list[Strip]:
        """Lines of a region of the view: geometry and styles are checked once per pass."""
        self._prepare()
        self._selected_style = self.get_component_rich_style("passage-row--selected")
        self._in_pass = True
        try:
            return super().render_lines(crop)
        finally:
            self._in_pass = False

    def render_line(self, y: int) -> Strip:
        if not self._in_pass:
            self._prepare()
            self._selected_style = self.get_component_rich_style("passage-row--selected")
        width, base = self._width, self._base
        if not self.rows:
            return Strip.blank(width, base)
        line = self.scroll_offset.y + y
        index = self._layout.row_at(line)
        if not 0 <= index < len(self.rows):
            return Strip.blank(width, base)
        lines = self._draw(index)
        within = line - self._layout.offsets[index]
        if within >= len(lines):
            return Strip.blank(width, base)
        if index == self.selected and within < len(lines) - 1:
            selected = self._selected_style
            return Strip([Segment("▌", selected),
                          *on_selection(lines[within], self._base, selected)], width)
        return Strip([Segment(" ", base), *lines[within]], width)

    def legend(self) -> list[tuple[Text, str]]:
        """Samples of every mark the rows use, in the current theme, with what each means."""
        self._prepare()
        return legend(self._styles)

    def row_text_lines(self, index: int) -> list[str]:
        """The plain text of a drawn row, line by line (for tests and copying)."""
        self.row_region(index)
        return ["".join(segment.text for segment in line) for line in self._draw(index)]

    # -- selection -----------------------------------------------------------------------

    def watch_selected(self, old: int, new: int) -> None:
        if self.rows:
            before = self.scroll_offset.y
            self._reveal(new, center=abs(new - old) > 1)
            layout = self._layout
            if self.scroll_offset.y == before and 0 <= old < len(layout):
                for k in (old, new):  # only the two rows change: the terminal gets less
                    self.refresh_lines(layout.offsets[k], layout.heights[k])
            else:
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

    def highlight_search(self, pattern: re.Pattern[str] | None) -> None:
        """Highlight what a search finds in every row (or nothing)."""
        self._remark(search=pattern)

    def show_plain(self, plain: bool) -> None:
        """Show the text without its word diff, or with it again."""
        self._remark(plain=plain)

    def mark_bookmarked(self, indices: set[int]) -> None:
        """Show a star on bookmarked rows."""
        self._remark(bookmarked=frozenset(indices))

    def on_click(self, event: events.Click) -> None:
        if not self.rows:
            return
        index = self._layout.row_at(self.scroll_offset.y + event.y)
        if 0 <= index < len(self.rows):
            self.selected = index
        self.focus()
