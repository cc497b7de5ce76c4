"""What the selected row holds beyond its text: position, bookmark note, discrepancies, names.

Four lines, one fact each, never wrapped: a long line ends in "…" rather than pushing the lines
under it out of the panel. The bookmark line comes right after the position, so a star and its
note are always seen; the names go last and give way first.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from ..core.model import Comparison
from ..core.output.emphasis import MentionIndex
from ..core.output.rows import Row
from ..core.output.textreport import MARKS, label, plural
from ..core.safety import inert
from ..core.store.bookmarks import Bookmark

HEIGHT = 4


class DetailPanel(Widget):
    """A short panel under the passages describing the selected row.

    Its height is fixed, so new content repaints it without laying out the screen again.
    """

    DEFAULT_CSS = f"""
    DetailPanel {{
        height: {HEIGHT};
        background: $panel;
        padding: 0 1;
        color: $foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }}
    """

    def describe(self, comparison: Comparison, row: Row, index: int,
                 bookmark: Bookmark | None, search: tuple[int, int] | None = None) -> None:
        lines: list[Text] = []
        where = []
        if row.a:
            where.append(label("A", row.a))
        if row.b:
            where.append(label("B", row.b))
        first = Text(f"Passage {index + 1}: {' ~ '.join(where)}", style="bold")
        if row.kind == "only_a":
            first.append("  · only in A")
        elif row.kind == "only_b":
            first.append("  · only in B")
        elif row.pair is not None:
            first.append(f"  · match {row.pair.score:.2f}")
            if row.moved:
                first.append(f"  · B tells this at sentence {row.b[0] + 1} (moved)")
            if not row.pair.changed:
                first.append("  · same wording")
        if search is not None:
            at, total = search
            first.append(f"  · search: {at} of {total}" if at
                         else f"  · search: {plural(total, 'passage')} elsewhere (n, N)",
                         style="reverse" if at else "")
        lines.append(first)
        if bookmark is not None:
            note = inert(" ".join(bookmark.note.split())) if bookmark.note else "(no note: press m)"
            lines.append(Text(f"★ {note}"))
        flags = list(row.pair.discrepancies) if row.pair is not None else []
        for d in flags:
            lines.append(Text(f"{MARKS[d.severity]} {d.severity} ({d.kind}): {inert(d.why)}",
                              style="bold" if d.severity != "precision" else ""))
        if self._index is None or self._indexed is not comparison:
            self._index, self._indexed = MentionIndex(comparison.entities), comparison
        named = self._index.entities_in(row)
        if named:
            lines.append(Text("Named: " + ", ".join(inert(e.name) for e in named),
                              style="dim"))
        if len(lines) > HEIGHT:
            hidden = len(lines) - HEIGHT + 1
            lines = lines[:HEIGHT - 1] + [Text(f"… {plural(hidden, 'more line')} (y copies the "
                                               "passage with every flag)", style="dim")]
        self._text = Text("\n").join(lines)
        self.refresh()

    _text: Text = Text()
    _index: MentionIndex | None = None
    _indexed: Comparison | None = None

    def render(self) -> Text:
        return self._text
