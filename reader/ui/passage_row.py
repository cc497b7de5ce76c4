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

from ..core.model import Comparison, Discrepancy, Entity
from ..core.output.emphasis import MentionIndex, side_spans
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
    """What rows highlight besides their diff: a chosen entity, a search, bookmarked rows;
    `plain` shows the text without its word diff (discrepancies stay marked)."""

    entity: Entity | None = None
    search: re.Pattern[str] | None = None
    bookmarked: frozenset[int] = frozenset()
    plain: bool = False


def _shown_part(own: str) -> str:
    """The part of a side laid out in a row: all of it, or its start cut between words."""
    if len(own) <= SHOWN_CHARACTERS:
        return own
    cut = own[:SHOWN_CHARACTERS]
    space = cut.rfind(" ")
    return cut[:space] if space > 0 else cut


def _evidence(own: str, d: Discrepancy, side: int) -> tuple[int, int] | None:
    """Where a discrepancy's evidence is in a side's text: its span, or the words found."""
    start, end = d.a_span if side == 0 else d.b_span
    if end > start:
        return start, end
    words = d.a if side == 0 else d.b
    found = own.find(words) if words else -1
    return (found, found + len(words)) if found >= 0 else None


class RowPainter:
    """Renders rows of one comparison with the styles of the current theme."""

    def __init__(self, comparison: Comparison, styles: dict[str, Style],
                 index: MentionIndex | None = None) -> None:
        self.comparison = comparison
        self.styles = styles
        self.index = index or MentionIndex(comparison.entities)

    def _spans(self, row: Row, side: int, own: str, limit: int | None,
               marks: Marks) -> list[tuple[int, int, str]]:
        """Style names over ranges of `own`, weakest first: diff or emphasis, then flags."""
        spans: list[tuple[int, int, str]] = []
        if row.pair is None:
            return spans
        if not marks.plain:
            spans += side_spans(self.comparison, row, side, self.index, limit)
        for d in row.pair.discrepancies:
            where = _evidence(own, d, side)
            if where is not None:
                spans.append((*where, _SEVERITY_STYLE[d.severity]))
        return spans

    def _entity_spans(self, row: Row, side: int, entity: Entity) -> list[tuple[int, int, str]]:
        return [(n.start, n.end, "entity") for n in self.index.named(self.comparison, row, side)
                if n.entity.name == entity.name]

    def _side(self, row: Row, side: int, marks: Marks) -> Text:
        ids = row.a if side == 0 else row.b
        if not ids:
            label = "only in B" if side == 0 else "only in A"
            return Text(f" {label} ", style=self.styles["gap"])
        own = row_text(self.comparison, row, side)
        shown = _shown_part(own)
        limit = len(shown) if len(shown) < len(own) else None
        spans = self._spans(row, side, own, limit, marks)
        if marks.entity is not None:
            spans += self._entity_spans(row, side, marks.entity)
        cuts = sorted({0, len(shown), *(min(p, len(shown)) for s, e, _ in spans for p in (s, e))})
        text, at = Text(), {}
        for start, end in zip(cuts, cuts[1:]):  # inert text may be longer than the original
            at[start] = len(text)
            text.append(inert(shown[start:end]))
        at[len(shown)] = len(text)
        for start, end, name in spans:
            start, end = min(start, len(shown)), min(end, len(shown))
            if end > start:
                text.stylize(self.styles[name], at[start], at[end])
        if marks.search is not None:
            text.highlight_regex(marks.search, self.styles["search"])
        hidden = len(own) - len(shown)
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


def on_selection(segments: list[Segment], base: Style, selected: Style) -> list[Segment]:
    """A line of the selected row on the selection's background (the whole row shows it);
    words with a background of their own (tints, flags) keep theirs."""
    under = Style(bgcolor=selected.bgcolor)
    out = []
    for segment in segments:
        style = segment.style
        if style is None or style.bgcolor in (None, base.bgcolor):
            style = (style or Style()) + under
        out.append(Segment(segment.text, style))
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
