"""What the selected row holds beyond its text: discrepancies, names, bookmark note, position."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from ..core.model import Comparison
from ..core.output.rows import Row, row_entities
from ..core.output.textreport import MARKS, label
from ..core.safety import inert
from ..core.store.bookmarks import Bookmark


class DetailPanel(Widget):
    """A short panel under the passages describing the selected row.

    Its height is fixed, so new content repaints it without laying out the screen again.
    """

    DEFAULT_CSS = """
    DetailPanel {
        height: 4;
        background: $panel;
        padding: 0 1;
        color: $foreground;
    }
    """

    def describe(self, comparison: Comparison, row: Row, index: int,
                 bookmark: Bookmark | None) -> None:
        text = Text()
        where = []
        if row.a:
            where.append(label("A", row.a))
        if row.b:
            where.append(label("B", row.b))
        text.append(f"Passage {index + 1}: {' ~ '.join(where)}", style="bold")
        if row.kind == "only_a":
            text.append("  · only in A")
        elif row.kind == "only_b":
            text.append("  · only in B")
        elif row.pair is not None:
            text.append(f"  · match {row.pair.score:.2f}")
            if row.moved:
                text.append(f"  · B tells this at sentence {row.b[0] + 1} (moved)")
            if not row.pair.changed:
                text.append("  · same wording")
            for d in row.pair.discrepancies:
                text.append(f"\n{MARKS[d.severity]} {d.severity} ({d.kind}): {inert(d.why)}",
                            style="bold" if d.severity != "precision" else "")
        named = row_entities(comparison, row)
        if named:
            text.append("\nNamed: " + ", ".join(inert(e.name) for e in named[:8]), style="dim")
        if bookmark is not None:
            note = inert(bookmark.note) if bookmark.note else "(no note: press m)"
            text.append(f"\n★ {note}")
        self._text = text
        self.refresh()

    _text: Text = Text()

    def render(self) -> Text:
        return self._text
