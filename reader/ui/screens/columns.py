"""Texts side by side, each wrapped to its share of the width: the rows of the quotes and
figures views.

Cheaper to draw than a Rich table (which measures every cell before laying it out), which
matters because a list draws every row when it opens, to know how tall each one is.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.text import Text


class Columns:
    """An optional heading line, then `cells` side by side, widths in proportion to
    `ratios`, two spaces between."""

    def __init__(self, cells: Sequence[Text], ratios: Sequence[int],
                 head: Text | None = None) -> None:
        self.cells, self.ratios, self.head = list(cells), list(ratios), head

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        gaps = 2 * (len(self.cells) - 1)
        room = max(options.max_width - gaps, len(self.cells))
        total = sum(self.ratios)
        widths = [max(1, room * r // total) for r in self.ratios]
        widths[-1] = max(1, room - sum(widths[:-1]))
        if self.head is not None:
            yield from self.head.render(console)
            yield Segment.line()
        wrapped = [cell.wrap(console, width) for cell, width in zip(self.cells, widths)]
        for n in range(max(len(lines) for lines in wrapped)):
            line = Text()
            for k, (lines, width) in enumerate(zip(wrapped, widths)):
                piece = lines[n].copy() if n < len(lines) else Text()
                if k < len(widths) - 1:
                    piece.align("left", width)
                    piece.append("  ")
                line.append_text(piece)
            yield from line.render(console)
            yield Segment.line()
