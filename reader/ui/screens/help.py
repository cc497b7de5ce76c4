"""F1 / ? : what every mark on screen means, drawn in the theme's own styles, then every key
the app knows, from its own bindings, so the list cannot go stale."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """The legend and a table of keys; any of escape, q, ? or F1 closes it. On a small
    terminal it scrolls with the keys that move through passages (j/k, space, g/G) as well
    as the arrows and page keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close"),
        Binding("j", "scroll(1)", "Scroll down", show=False),
        Binding("k", "scroll(-1)", "Scroll up", show=False),
        Binding("space", "scroll(10)", "Page down", show=False),
        Binding("g", "scroll(-100000)", "Top", show=False),
        Binding("G", "scroll(100000)", "End", show=False),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 84; max-width: 95%; height: auto; max-height: 90%;
        background: $surface; border: round $primary; padding: 1 2;
    }
    HelpScreen .problem { color: $warning; margin-bottom: 1; }
    """

    def __init__(self, bindings: list[tuple[str, str]], legend: list[tuple[Text, str]],
                 problems: list[str] | None = None) -> None:
        super().__init__()
        self.keys = bindings
        self.legend = legend
        self.problems = problems or []
        """Problems met at start (theme files skipped), kept here after their notice goes."""

    def compose(self) -> ComposeResult:
        marks = Table.grid(padding=(0, 2))
        marks.add_column(no_wrap=True)
        marks.add_column()
        for sample, meaning in self.legend:
            marks.add_row(sample, meaning)
        keys = Table.grid(padding=(0, 2))
        keys.add_column(style="bold", no_wrap=True)
        keys.add_column()
        for key, description in self.keys:
            keys.add_row(key, description)
        with VerticalScroll() as body:
            body.border_title = "Help"
            body.border_subtitle = "↑↓ j k scroll · esc closes"
            for problem in self.problems:
                yield Static(Text(f"⚠ {problem}", style="bold"), classes="problem")
            yield Static(Text("What the marks mean", style="bold"))
            yield Static(Text("Each row is one passage: A on the left, B on the right. "
                              "w switches between marked and plain text.\n"))
            yield Static(marks)
            yield Static(Text("\nKeys (also in the command palette, ctrl+p)", style="bold"))
            yield Static(keys)

    def action_scroll(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)
