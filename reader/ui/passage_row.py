"""One aligned passage: A and B side by side, always level, with a gutter for the match.

Both sides render in one grid, so a row is as tall as its longer side and they can never
drift apart. Article text enters only as Rich `Text` (never markup). Colours and styles come
from component classes, which the theme sets.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from ..core.diff import side_runs
from ..core.model import Comparison, Entity
from ..core.rows import Row
from ..core.safety import inert


class PassageRow(Widget):
    """A row of the side-by-side view; `index` is its position in the view."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "passage-row--removed",
        "passage-row--added",
        "passage-row--flag",
        "passage-row--entity",
        "passage-row--gap",
        "passage-row--gutter",
        "passage-row--search",
    }

    DEFAULT_CSS = """
    PassageRow {
        height: auto;
        padding: 0 1 1 0;
        border-left: blank;
    }
    PassageRow.-selected {
        background: $boost;
        border-left: thick $accent;
    }
    PassageRow > .passage-row--removed { color: $diff-removed; text-style: $diff-removed-style; }
    PassageRow > .passage-row--added { color: $diff-added; text-style: $diff-added-style; }
    PassageRow > .passage-row--flag { color: $background; background: $discrepancy; text-style: bold; }
    PassageRow > .passage-row--entity { color: $entity; text-style: bold underline; }
    PassageRow > .passage-row--gap { color: $text-muted; background: $gap; text-style: italic; }
    PassageRow > .passage-row--gutter { color: $text-muted; }
    PassageRow > .passage-row--search { background: $accent 40%; }
    """

    def __init__(self, comparison: Comparison, row: Row, index: int) -> None:
        super().__init__()
        self.comparison = comparison
        self.row = row
        self.index = index
        self.entity: Entity | None = None
        self.search: str = ""
        self.bookmarked = False

    def _side(self, side: int) -> Text:
        row = self.row
        ids = row.a if side == 0 else row.b
        if not ids:
            label = "only in B" if side == 0 else "only in A"
            return Text(f" {label} ", style=self.get_component_rich_style("passage-row--gap"))
        text = Text()
        if row.pair is not None:
            style = self.get_component_rich_style(
                "passage-row--removed" if side == 0 else "passage-row--added"
            )
            for chunk, changed in side_runs(row.pair.diff, side):
                text.append(inert(chunk), style=style if changed else "")
            flag = self.get_component_rich_style("passage-row--flag")
            for d in row.pair.discrepancies:
                needle = d.a if side == 0 else d.b
                text.highlight_regex(re.escape(inert(needle)), flag)
        else:
            article = self.comparison.articles[side]
            text.append(inert(" ".join(article.sentences[i].text for i in ids)))
        if self.entity is not None:
            style = self.get_component_rich_style("passage-row--entity")
            for variant in sorted(self.entity.variants, key=len, reverse=True):
                text.highlight_regex(rf"\b{re.escape(variant)}\b", style)
        if self.search:
            text.highlight_regex(f"(?i){re.escape(self.search)}",
                                 self.get_component_rich_style("passage-row--search"))
        return text

    def _gutter(self) -> Text:
        row = self.row
        gutter = Text(style=self.get_component_rich_style("passage-row--gutter"))
        if row.pair is not None:
            gutter.append(f"{row.pair.score:.2f}")
            bar = round(row.pair.score * 4)
            gutter.append("\n" + "▮" * bar + "▯" * (4 - bar))
        if row.moved and row.b:
            gutter.append(f"\n↕B{row.b[0] + 1}")
        if row.flagged:
            gutter.append("\n⚠", style=self.get_component_rich_style("passage-row--flag"))
        if self.bookmarked:
            gutter.append("\n★")
        return gutter

    def render(self) -> Table:
        grid = Table.grid(expand=True, padding=(0, 1))
        grid.add_column(width=5, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_column(ratio=1)
        grid.add_row(self._gutter(), self._side(0), self._side(1))
        return grid
