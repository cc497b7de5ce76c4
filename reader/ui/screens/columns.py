"""Texts side by side, each wrapped to its share of the width: the rows of the quotes and
figures views.

A Textual visual, not a Rich renderable: a list asks every row for its height when it opens
and then draws the rows in view, and a Rich renderable is rendered in full through Rich's
console for each of those. This lays a row out once per width (wrapping each cell with
Textual's own text type) and answers the height and the drawing from that layout.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

_GAP = "  "
_WIDTHS_KEPT = 4
"""Layouts kept per row (a resized terminal lays rows out again)."""


class Columns(Visual):
    """An optional heading line, then `cells` side by side, widths in proportion to
    `ratios`, two spaces between. The cells are Rich texts (outside words made inert by the
    caller); they are converted, never parsed as markup."""

    def __init__(self, cells: Sequence[Text], ratios: Sequence[int],
                 head: Text | None = None) -> None:
        self.cells, self.ratios, self.head = list(cells), list(ratios), head
        self._contents: tuple[list[Content], Content | None] | None = None
        self._laid: dict[int, tuple[Content, int]] = {}  # width: lines, how many
        self._drawn: dict[tuple[int, int | None, Style], list[Strip]] = {}  # each look drawn

    def _converted(self) -> tuple[list[Content], Content | None]:
        if self._contents is None:
            self._contents = ([Content.from_rich_text(cell) for cell in self.cells],
                              Content.from_rich_text(self.head) if self.head is not None else None)
        return self._contents

    def widths(self, width: int) -> list[int]:
        """Each cell's width when the row is `width` cells wide."""
        room = max(width - len(_GAP) * (len(self.cells) - 1), len(self.cells))
        total = sum(self.ratios)
        widths = [max(1, room * r // total) for r in self.ratios]
        widths[-1] = max(1, room - sum(widths[:-1]))
        return widths

    def layout(self, width: int) -> tuple[Content, int]:
        """The row's lines at this width, joined by line breaks, and how many there are."""
        found = self._laid.get(width)
        if found is not None:  # (a list asks at its width with and without a scrollbar)
            return found
        cells, head = self._converted()
        widths = self.widths(width)
        lines: list[Content] = head.wrap(max(1, width)) if head is not None else []
        wrapped = [cell.wrap(w) if cell.cell_length > w or "\n" in cell.plain else [cell]
                   for cell, w in zip(cells, widths)]
        last = len(widths) - 1
        for n in range(max(len(cell_lines) for cell_lines in wrapped)):
            pieces = []
            for k, (cell_lines, w) in enumerate(zip(wrapped, widths)):
                piece = cell_lines[n] if n < len(cell_lines) else Content("")
                if k < last:
                    piece = piece.pad_right(max(0, w - piece.cell_length)) + _GAP
                pieces.append(piece)
            lines.append(Content("").join(pieces))
        if len(self._laid) >= _WIDTHS_KEPT:
            self._laid.clear()
        self._laid[width] = found = (Content("\n").join(lines), len(lines))
        return found

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        if not width:
            return []
        plain = options.selection is None and options.post_style is None
        key = (width, height, style)
        found = self._drawn.get(key) if plain else None
        if found is None:
            laid, _ = self.layout(width)
            found = laid.render_strips(width, height, style, options)
            if plain:
                if len(self._drawn) >= 4 * _WIDTHS_KEPT:
                    self._drawn.clear()
                self._drawn[key] = found
        return found

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.layout(width)[1]
