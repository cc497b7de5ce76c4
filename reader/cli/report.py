"""The coloured terminal report of `reader compare`, drawn with Rich.

Article text only ever enters Rich as `Text` segments, never as markup, so `[bold red]` in an
article prints as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..core.facts.diff_sides import side_runs
from ..core.model import Article, Comparison, Entity, Pair
from ..core.output.citation import article_title
from ..core.output.textreport import MARKS, TYPE_LABELS, event_line, label, summary
from ..core.safety import inert

ONLY_A = "bold red on #3a1010"
ONLY_B = "bold green on #103a10"
FLAG = "bold black on yellow"
FLAGS = {"conflict": FLAG, "precision": "black on #c8c8a0", "attribution": "bold black on #d8a0ff"}


def _side(pair: Pair, side: int, own: str) -> Text:
    style = ONLY_A if side == 0 else ONLY_B
    text = Text()
    for chunk, changed in side_runs(pair.diff, side, own):
        text.append(inert(chunk), style=style if changed else "")
    return text


def _title(article: Article, side: str) -> Text:
    text = Text(f"{side}  ", style="bold")
    text.append(inert(article_title(article)), style="bold")  # else the file name
    text.append(f"\n   {inert(article.source)}", style="dim")
    return text


def _pairs(comparison: Comparison) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=True)
    table.add_column("A", ratio=1)
    table.add_column("B", ratio=1)
    table.add_column("score", justify="right", width=5)
    for pair in comparison.pairs:
        left = Text(f"{label('A', pair.a)} ", style="dim") + _side(
            pair, 0, comparison.a.passage(pair.a))
        right = Text(f"{label('B', pair.b)} ", style="dim") + _side(
            pair, 1, comparison.b.passage(pair.b))
        for d in pair.discrepancies:
            style = FLAGS[d.severity]
            left.append(f"\n{MARKS[d.severity]} {d.kind}: {inert(d.a)}", style=style)
            right.append(f"\n{MARKS[d.severity]} {d.kind}: {inert(d.b)}", style=style)
        table.add_row(left, right, f"{pair.score:.2f}")
    return table


def _unmatched(article: Article, ids: tuple[int, ...], side: str) -> Panel:
    body = Text()
    for n, i in enumerate(ids):
        if n:
            body.append("\n")
        body.append(f"{side}{i + 1} ", style="dim")
        body.append(inert(article.sentences[i].text))
    return Panel(body or Text("(none)", style="dim"), title=f"Only in {side} ({len(ids)})",
                 title_align="left", box=box.ROUNDED)


def _removed(article: Article, side: str) -> Panel:
    body = Text()
    for n, r in enumerate(article.removed):
        if n:
            body.append("\n")
        body.append(f"[{r.kind}] ", style="dim italic")
        body.append(inert(r.text), style="dim")
    return Panel(body or Text("(nothing)", style="dim"),
                 title=f"Page furniture removed from {side}", title_align="left", box=box.ROUNDED)


def render(comparison: Comparison, console: Console) -> None:
    """Print the whole report."""
    console.print(
        Panel(
            Group(_title(comparison.a, "A"), _title(comparison.b, "B"),
                  Text(summary(comparison), style="cyan")),
            box=box.HEAVY,
        )
    )
    warning = event_line(comparison)
    if warning:
        console.print(Text(inert(warning), style="bold black on yellow"))
    console.print(_pairs(comparison))
    console.print(_unmatched(comparison.a, comparison.unmatched_a, "A"))
    console.print(_unmatched(comparison.b, comparison.unmatched_b, "B"))
    flagged = Table(box=box.SIMPLE_HEAD, title="Discrepancies", title_justify="left")
    for column in ("where", "severity", "kind", "why"):
        flagged.add_column(column)
    for pair in comparison.pairs:
        for d in pair.discrepancies:
            flagged.add_row(f"{label('A', pair.a)} ~ {label('B', pair.b)}",
                            Text(d.severity, style=FLAGS[d.severity]), d.kind,
                            Text(inert(d.why)))
    console.print(flagged)
    console.print(entity_table(comparison.entities))
    console.print(_removed(comparison.a, "A"))
    console.print(_removed(comparison.b, "B"))


def entity_table(entities: Sequence[Entity]) -> Table:
    """People, places and organisations with mentions per article; one-sided ones marked."""
    one_sided = sum(1 for e in entities if e.side != "both")
    table = Table(box=box.SIMPLE_HEAD, title_justify="left",
                  title=f"Entities ({len(entities)}; {one_sided} in one article only)")
    table.add_column("name")
    table.add_column("type")
    table.add_column("A", justify="right")
    table.add_column("B", justify="right")
    table.add_column("")
    for e in entities:
        mark = Text("") if e.side == "both" else Text(f"only in {e.side}", style=FLAG)
        table.add_row(Text(inert(e.name)), TYPE_LABELS[e.type], str(e.count[0]),
                      str(e.count[1]), mark)
    return table
