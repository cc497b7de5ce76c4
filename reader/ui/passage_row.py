"""Drawing one aligned passage: A and B side by side, always level, with a gutter for the match.

Both sides are laid out together, so a row is as tall as its longer side and they can never
drift apart. Article text enters only as Rich `Text` (never markup). The painter is not a
widget: the passage view asks it for the lines of the rows on screen only, so a comparison of
thousands of passages costs no more to show than one of ten. A side is laid out up to
`SHOWN_CHARACTERS` only, with a note of how much more there is and where to read it: a
passage of megabytes would otherwise take many seconds to lay out on each selection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from ..core.facts.diff import side_runs
from ..core.model import Comparison, Entity
from ..core.output.rows import Row, row_text
from ..core.output.textreport import MARKS, strongest
from ..core.safety import inert

_SEVERITY_STYLE = {"conflict": "flag", "precision": "precision", "attribution": "attribution"}
"""The row style each severity of discrepancy is drawn in (the theme sets the colours)."""

GUTTER = 5
"""Cells for the match score, its bar and the row's marks, left of the two sides."""
SHOWN_CHARACTERS = 20_000
"""Characters of one side laid out in a row (some hundred lines); the rest is in the export."""


def more_note(hidden: int) -> str:
    """What a row says under a side cut at `SHOWN_CHARACTERS`."""
    return (f"… {hidden:,} more characters: bookmark this passage (b) and export it (e) "
            "to read them all")


def columns(width: int) -> tuple[int, int]:
    """Widths of the A and B sides in a row `width` cells wide: gutter, a space, A, two
    spaces, B."""
    sides = max(width - GUTTER - 3, 2)
    return sides // 2, sides - sides // 2


@dataclass
class Marks:
    """What rows highlight besides their diff: a chosen entity, a search, bookmarked rows."""

    entity: Entity | None = None
    search: str = ""
    bookmarked: frozenset[int] = frozenset()


class RowPainter:
    """Renders rows of one comparison with the styles of the current theme."""

    def __init__(self, comparison: Comparison, styles: dict[str, Style]) -> None:
        self.comparison = comparison
        self.styles = styles

    def _side(self, row: Row, side: int, marks: Marks) -> Text:
        ids = row.a if side == 0 else row.b
        if not ids:
            label = "only in B" if side == 0 else "only in A"
            return Text(f" {label} ", style=self.styles["gap"])
        text = Text()
        own = row_text(self.comparison, row, side)
        long = len(own) > SHOWN_CHARACTERS
        if row.pair is not None:
            style = self.styles["removed" if side == 0 else "added"]
            runs = side_runs(row.pair.diff, side, own, SHOWN_CHARACTERS if long else None)
            for chunk, changed in runs:
                text.append(inert(chunk), style=style if changed else "")
            for d in row.pair.discrepancies:
                needle = inert(d.a if side == 0 else d.b)
                pattern = r"\s+".join(re.escape(word) for word in needle.split())
                text.highlight_regex(pattern, self.styles[_SEVERITY_STYLE[d.severity]])
            hidden = len(own) - sum(len(chunk) for chunk, _ in runs) if long else 0
        else:
            text.append(inert(own[:SHOWN_CHARACTERS]))
            hidden = max(len(own) - SHOWN_CHARACTERS, 0)
        if marks.entity is not None:
            for variant in sorted(marks.entity.variants, key=len, reverse=True):
                text.highlight_regex(rf"\b{re.escape(variant)}\b", self.styles["entity"])
        if marks.search:
            text.highlight_regex(f"(?i){re.escape(marks.search)}", self.styles["search"])
        if hidden:
            text.append("\n" + more_note(hidden), style=self.styles["gutter"])
        return text

    def _gutter(self, row: Row, bookmarked: bool) -> Text:
        gutter = Text(style=self.styles["gutter"])
        if row.pair is not None:
            gutter.append(f"{row.pair.score:.2f}")
            bar = round(row.pair.score * 4)
            gutter.append("\n" + "▮" * bar + "▯" * (4 - bar))
        if row.moved and row.b:
            gutter.append(f"\n↕B{row.b[0] + 1}")
        severity = strongest(row.pair.discrepancies) if row.pair is not None else None
        if severity is not None:
            gutter.append(f"\n{MARKS[severity]}", style=self.styles[_SEVERITY_STYLE[severity]])
        if bookmarked:
            gutter.append("\n★")
        return gutter

    def lines(self, console: Console, row: Row, index: int, width: int, marks: Marks,
              base: Style) -> list[list[Segment]]:
        """The row's lines at `width` cells, padded, followed by one blank spacer line."""
        a_width, b_width = columns(width)
        options = console.options
        cells = [
            console.render_lines(self._gutter(row, index in marks.bookmarked),
                                 options.update(width=GUTTER, no_wrap=True, overflow="crop"),
                                 style=base, pad=True),
            console.render_lines(self._side(row, 0, marks), options.update_width(a_width),
                                 style=base, pad=True),
            console.render_lines(self._side(row, 1, marks), options.update_width(b_width),
                                 style=base, pad=True),
        ]
        blanks = [Segment(" " * GUTTER, base), Segment(" " * a_width, base),
                  Segment(" " * b_width, base)]
        one, two = Segment(" ", base), Segment("  ", base)
        out = []
        for y in range(max(len(cell) for cell in cells)):
            gutter, a, b = (cell[y] if y < len(cell) else [blank]
                            for cell, blank in zip(cells, blanks))
            out.append([*gutter, one, *a, two, *b])
        out.append([Segment(" " * width, base)])
        return out


def estimate_height(comparison: Comparison, row: Row, width: int) -> int:
    """Lines a row will take at `width`, from a quick word-wrap count (corrected once drawn)."""
    widths = columns(width)

    def wrapped(ids: tuple[int, ...], side: int) -> int:
        column = widths[side]
        if not ids:
            return 1
        lines, used = 1, 0
        passage = comparison.articles[side].passage(ids)
        if len(passage) > SHOWN_CHARACTERS:  # cut when drawn, with a note of a line or two
            passage = passage[:SHOWN_CHARACTERS] + "\n" + more_note(len(passage))
        for word in passage.split():
            size = len(word)
            if used and used + 1 + size > column:
                lines, used = lines + 1, size
            else:
                used += size + (1 if used else 0)
            while used > column:
                lines, used = lines + 1, used - column
        return lines

    gutter = 2 + (1 if row.moved else 0) + (1 if row.flagged else 0) if row.pair else 1
    return max(wrapped(row.a, 0), wrapped(row.b, 1), gutter) + 1
