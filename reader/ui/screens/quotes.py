"""Q: who said what — per speaker, their quotes in A and B level with each other.

Each speaker is a heading with how often each outlet quotes them and how many words it gives
them; under it, each quote of A beside the quote of B that reports the same remark, the words
only one has underlined (never struck: strike-through reads as "wrong"), and the kind of
match. A quote only one outlet has faces a dash. `enter` closes the view on the passage that holds the quote.
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

from ...core.facts.diff import word_diff
from ...core.facts.diff_sides import side_runs
from ...core.facts.quote_shares import SpeakerShare
from ...core.model import Quote, QuoteMatch
from ...core.output.quotes_figures import MATCH_WORDS, by_speaker
from ...core.safety import inert
from .columns import Columns
from .listing import KeyedList


def _side(row: QuoteMatch, side: int) -> Text:
    quote: Quote | None = row.a if side == 0 else row.b
    if quote is None:
        return Text("—", style="dim")
    label = f"{'AB'[side]}{quote.sentence + 1}{'' if quote.direct else ' reported'}: "
    text = Text(label, style="dim")
    other = row.b if side == 0 else row.a
    if other is None:
        text.append(inert(quote.text))
        return text
    a_text, b_text = (quote.text, other.text) if side == 0 else (other.text, quote.text)
    mark = "underline"
    for run, changed in side_runs(word_diff(a_text, b_text), side, quote.text):
        text.append(inert(run), style=mark if changed else "")
    return text


def row_prompt(row: QuoteMatch) -> Columns:
    """One quote row: the match kind, then A and B side by side."""
    return Columns([_side(row, 0), _side(row, 1)], [1, 1],
                   Text(MATCH_WORDS[row.match], style="italic"))


class QuotesScreen(ModalScreen[tuple[int, int] | None]):
    """Returns (side, sentence) of the quote chosen, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,Q", "cancel", "Close"),
    ]
    DEFAULT_CSS = """
    QuotesScreen { align: center middle; background: $background; }
    QuotesScreen > Vertical {
        width: 95%; height: 90%; background: $surface; border: round $primary; padding: 0 1;
    }
    QuotesScreen OptionList { height: 1fr; }
    """

    def __init__(self, rows: Sequence[QuoteMatch], shares: Sequence[SpeakerShare],
                 prompts: Sequence[Columns] | None = None) -> None:
        """`prompts`: each row drawn ready (`row_prompt`), when worked out ahead."""
        super().__init__()
        self.rows = list(rows)
        self.shares = {s.speaker: s for s in shares}
        self.prompts = list(prompts) if prompts is not None else [row_prompt(r) for r in rows]

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        number = {id(row): n for n, row in enumerate(self.rows)}
        for speaker, group in by_speaker(self.rows):
            heading = Text(inert(speaker) if speaker else "(speaker not stated)", style="bold")
            share = self.shares.get(speaker) if speaker else None
            if share is not None:
                heading.append(f"  A: {share.quotes[0]} quote(s), {share.words[0]} words · "
                               f"B: {share.quotes[1]} quote(s), {share.words[1]} words",
                               style="dim")
            options.append(Option(heading, disabled=True))
            for row in group:
                n = number[id(row)]
                options.append(Option(self.prompts[n], id=f"q{n}"))
        with Vertical():
            yield Label("Who said what — enter: go to the passage · escape: close")
            yield KeyedList(*options) if self.rows else Label("Neither article quotes anyone.")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        row = self.rows[int((event.option.id or "q0")[1:])]
        quote = row.a or row.b
        if quote is not None:
            self.dismiss((quote.side, quote.sentence))

    def action_cancel(self) -> None:
        self.dismiss(None)
