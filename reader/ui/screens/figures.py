"""F: every figure of both articles side by side, grouped by what it counts, conflicts first.

Each row names what is counted (`injured (Odesa)`, `drones`), the values A and B give with
the sentence each comes from, and the verdict: ⚠ a conflict, ≈ a difference of precision, a
dash for a figure only one article gives. `enter` closes the view on that passage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ...core.model import FigureRow, FigureValue
from ...core.safety import inert
from .columns import Columns
from .listing import KeyedList

VERDICTS = {"conflict": ("⚠ conflict", "bold reverse"), "precision": ("≈ precision", "bold"),
            None: ("agree", "dim")}


def _values(values: Sequence[FigureValue], side: str) -> Text:
    if not values:
        return Text("—", style="dim")
    text = Text()
    for n, value in enumerate(values):
        if n:
            text.append(", ")
        text.append(inert(value.value))
        text.append(f" {side}{value.sentence + 1}", style="dim")
    return text


def row_prompt(row: FigureRow) -> Columns:
    """What is counted, A's values, B's values, the verdict."""
    words, style = VERDICTS[row.severity] if row.a and row.b else ("one side", "dim")
    return Columns([Text(inert(row.counts), style="bold"), _values(row.a, "A"),
                    _values(row.b, "B"), Text(words, style=style)], [3, 2, 2, 1])


class FiguresScreen(ModalScreen[tuple[int, int] | None]):
    """Returns (side, sentence) of the figure chosen, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,F", "cancel", "Close"),
    ]
    DEFAULT_CSS = """
    FiguresScreen { align: center middle; background: $background; }
    FiguresScreen > Vertical {
        width: 95%; height: 90%; background: $surface; border: round $primary; padding: 0 1;
    }
    FiguresScreen OptionList { height: 1fr; }
    """

    def __init__(self, rows: Sequence[FigureRow], prompts: Sequence[Columns] | None = None
                 ) -> None:
        """`prompts`: each row drawn ready (`row_prompt`), when worked out ahead."""
        super().__init__()
        self.rows = list(rows)
        self.prompts = list(prompts) if prompts is not None else [row_prompt(r) for r in rows]

    def compose(self) -> ComposeResult:
        options = [Option(prompt, id=f"f{n}") for n, prompt in enumerate(self.prompts)]
        with Vertical():
            yield Label("Figures, conflicts first — enter: go to the passage · escape: close")
            yield KeyedList(*options) if options else Label("Neither article gives a figure.")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        row = self.rows[int((event.option.id or "f0")[1:])]
        side, values = (0, row.a) if row.a else (1, row.b)
        if values:
            self.dismiss((side, values[0].sentence))

    def action_cancel(self) -> None:
        self.dismiss(None)
