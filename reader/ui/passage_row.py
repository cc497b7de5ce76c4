"""One aligned passage: A and B side by side, always level, with a gutter for the match.

Both sides render in one grid, so a row is as tall as its longer side and they can never
drift apart. Article text enters only as Rich `Text` (never markup). Colours and styles come
from the view's component classes, which the theme sets.
"""

from __future__ import annotations

import re

from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from ..core.diff import side_runs
from ..core.model import Comparison, Entity
from ..core.rows import Row
from ..core.safety import inert


class PassageRow(Widget):
    """A row of the side-by-side view; `index` is its position in the view."""

    DEFAULT_CSS = """
    PassageRow {
        height: auto;
        padding: 0 1 1 0;
    }
    """

    def __init__(self, comparison: Comparison, row: Row, index: int) -> None:
        super().__init__()
        self.comparison = comparison
        self.row = row
        self.index = index
        self.entity: Entity | None = None
        self.search: str = ""
        self.bookmarked = False
        self._strips_key: tuple[object, ...] | None = None
        self._selected_key: tuple[object, ...] | None = None
        self._lines: list[list[Segment]] = []
        self._shown: list[Strip] = []

    def _style(self, name: str) -> Style:
        """A theme style, resolved once by the view for all its rows."""
        parent = self.parent
        return parent.get_component_rich_style(name) if isinstance(parent, Widget) else Style()

    def _side(self, side: int) -> Text:
        row = self.row
        ids = row.a if side == 0 else row.b
        if not ids:
            label = "only in B" if side == 0 else "only in A"
            return Text(f" {label} ", style=self._style("passage-row--gap"))
        text = Text()
        if row.pair is not None:
            style = self._style(
                "passage-row--removed" if side == 0 else "passage-row--added"
            )
            for chunk, changed in side_runs(row.pair.diff, side):
                text.append(inert(chunk), style=style if changed else "")
            flag = self._style("passage-row--flag")
            for d in row.pair.discrepancies:
                needle = d.a if side == 0 else d.b
                text.highlight_regex(re.escape(inert(needle)), flag)
        else:
            article = self.comparison.articles[side]
            text.append(inert(" ".join(article.sentences[i].text for i in ids)))
        if self.entity is not None:
            style = self._style("passage-row--entity")
            for variant in sorted(self.entity.variants, key=len, reverse=True):
                text.highlight_regex(rf"\b{re.escape(variant)}\b", style)
        if self.search:
            text.highlight_regex(f"(?i){re.escape(self.search)}",
                                 self._style("passage-row--search"))
        return text

    def _gutter(self) -> Text:
        row = self.row
        gutter = Text(style=self._style("passage-row--gutter"))
        if row.pair is not None:
            gutter.append(f"{row.pair.score:.2f}")
            bar = round(row.pair.score * 4)
            gutter.append("\n" + "▮" * bar + "▯" * (4 - bar))
        if row.moved and row.b:
            gutter.append(f"\n↕B{row.b[0] + 1}")
        if row.flagged:
            gutter.append("\n⚠", style=self._style("passage-row--flag"))
        if self.bookmarked:
            gutter.append("\n★")
        return gutter

    def _state(self, width: int) -> tuple[object, ...]:
        return (width, self.entity.name if self.entity else None, self.search, self.bookmarked,
                self.app.theme, self.rich_style)

    def _strips(self, width: int) -> list[Strip]:
        """The row drawn at a width: text cached until what it shows changes; the selection
        bar in the first column is added per line, so moving the selection never re-wraps."""
        key = self._state(width)
        if self._strips_key != key:
            console = self.app.console
            options = console.options.update_width(max(width - 1, 1))
            self._lines = console.render_lines(self._grid(), options, style=self.rich_style,
                                               pad=True)
            self._strips_key = key
            self._selected_key = None
        selected = self.has_class("-selected")
        if self._selected_key != (key, selected):
            bar = Segment("▌", self._style("passage-row--selected")) if selected else \
                Segment(" ", self.rich_style)
            self._shown = [Strip([bar, *line], width) for line in self._lines]
            self._selected_key = (key, selected)
        return self._shown

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._strips(width))

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        strips = self._strips(width)
        return strips[y] if 0 <= y < len(strips) else Strip.blank(width, self.rich_style)

    def refresh_content(self) -> None:
        """Redraw after a change of highlight (entity, search, bookmark)."""
        self._strips_key = None
        self.refresh(layout=True)

    def _grid(self) -> Table:
        grid = Table.grid(expand=True, padding=(0, 1))
        grid.add_column(width=5, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_column(ratio=1)
        grid.add_row(self._gutter(), self._side(0), self._side(1))
        return grid
