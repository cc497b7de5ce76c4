"""The page furniture taken out of both articles (captions, bylines, buttons), on demand.

`f` opens it with the focus, so the arrows scroll it when it holds more than fits; `f` or
`escape` closes it. The app builds it the first time it is opened, not for the first frame.
A long item is shortened at a word, never in the middle of one.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..core.model import Comparison
from ..core.safety import inert

ITEM_CHARACTERS = 240
"""Characters of one removed item shown; the rest is said to follow."""


def shortened(text: str, size: int = ITEM_CHARACTERS) -> str:
    """`text` on one line, cut at the last whole word within `size` characters."""
    text = " ".join(text.split())
    if len(text) <= size:
        return text
    cut = text[:size + 1].rsplit(" ", 1)[0] if " " in text[:size + 1] else text[:size]
    return cut.rstrip(" ,;:") + " …"


class FurniturePanel(VerticalScroll, can_focus=True):
    """What was removed from A and B and why, scrollable."""

    OWN_KEY_BAR: ClassVar[bool] = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll_up", "Scroll", key_display="↑↓", show=True),
        Binding("down,j", "scroll_down", "Scroll down", show=False),
        Binding("f,escape", "app.furniture", "Close", key_display="f/esc"),
    ]
    DEFAULT_CSS = """
    FurniturePanel {
        display: none;
        height: auto;
        max-height: 33%;
        color: $text-muted;
        padding: 0 1;
        border-bottom: dashed $panel;
        scrollbar-size-vertical: 1;
    }
    FurniturePanel.-shown { display: block; }
    FurniturePanel:focus { border-bottom: dashed $primary; }
    FurniturePanel > Static { text-style: italic; }
    """

    def __init__(self, comparison: Comparison, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        yield Static(self._listing(self.comparison), id="furniture-text")

    @staticmethod
    def _listing(comparison: Comparison) -> Text:
        """What was removed from each article, one item a line."""
        text = Text()
        for side, article in zip("AB", comparison.articles):
            for removed in article.removed:
                text.append(f"{side} [{removed.kind}] ", style="bold")
                text.append(inert(shortened(removed.text)) + "\n")
        if not text:
            text.append("Nothing was removed from either article.")
        text.rstrip()
        return text

    def shown_text(self) -> str:
        """The panel's text as drawn (for tests)."""
        return str(self.query_one("#furniture-text", Static).render())
