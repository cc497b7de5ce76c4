"""F1 / ? : every key the app knows, from its own bindings, so the list cannot go stale."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """A table of keys and what they do; any of escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76; max-width: 95%; height: auto; max-height: 90%;
        background: $surface; border: round $primary; padding: 1 2;
    }
    """

    def __init__(self, bindings: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = bindings

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, description in self.keys:
            table.add_row(key, description)
        with VerticalScroll():
            yield Static("[b]reader[/b] — keys (also in the command palette, ctrl+p)\n")
            yield Static(table)
            yield Static(
                "\nRows: A left, B right. Struck words only A has, underlined words only B "
                "has; ↕B12 means B tells it elsewhere. Grey cells are passages one article "
                "does not have. In the gutter: ⚠ a conflict (the two cannot both be true), "
                "❝ the same words credited to someone else, ≈ a difference of precision (a "
                "rounding, a qualifier, a more specific place); P makes x skip the ≈ ones."
            )
