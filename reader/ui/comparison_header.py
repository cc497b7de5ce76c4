"""The top of the screen: both articles' titles and sources, and the coverage at a glance."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from ..core.model import Article, Comparison
from ..core.output.citation import article_title, source_label
from ..core.output.textreport import MARKS, event_line, plural
from ..core.safety import inert


def _bar(share: float, width: int = 10) -> str:
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)


class ComparisonHeader(Static):
    """Titles, sources and a coverage summary; says "comparing…" until the result is in."""

    DEFAULT_CSS = """
    ComparisonHeader {
        height: auto;
        max-height: 7;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    """

    def __init__(self, names: tuple[str, str], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.names = names
        self.comparison: Comparison | None = None

    def on_mount(self) -> None:
        self.status("comparing…")

    def status(self, message: str) -> None:
        """Show both articles' names and what is happening (fetching, comparing, an error)."""
        text = Text()
        for side, name in zip("AB", self.names):
            text.append(f"{side} ", style="bold")
            text.append(inert(name if "://" in name else Path(name).name) + "\n")
        text.append(inert(message), style="italic")
        self.update(text)

    @staticmethod
    def _article(article: Article, side: str) -> Text:
        """`A Title  Outlet · byline · date`; a file without a headline is named by its file
        name, so that is not said twice."""
        text = Text(f"{side} ", style="bold")
        text.append(inert(article_title(article)), style="bold" if article.title else "italic")
        where = article.outlet or (source_label(article) if article.title else None)
        details = [part for part in (where, article.byline, article.published) if part]
        if details:
            text.append("  " + " · ".join(inert(part) for part in details), style="dim")
        return text

    def show(self, comparison: Comparison, names_ready: bool = True) -> None:
        """The titles, the coverage, the flags, and a plain warning when the two do not seem
        to report one event. Until the names are found, it says so rather than count none."""
        self.comparison = comparison
        c = comparison.coverage
        grid = Table.grid(expand=True, padding=(0, 2))
        grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        grid.add_column(justify="right", no_wrap=True)
        grid.add_row(self._article(comparison.a, "A"),
                     Text(f"A {_bar(c.share(0))} {c.share(0):4.0%} matched"))
        grid.add_row(self._article(comparison.b, "B"),
                     Text(f"B {_bar(c.share(1))} {c.share(1):4.0%} matched"))
        flags = Text(f"{plural(len(comparison.pairs), 'aligned passage')} · "
                     f"{len(comparison.unmatched_a)} only in A · "
                     f"{len(comparison.unmatched_b)} only in B")
        counts: Counter[str] = Counter(d.severity for p in comparison.pairs
                                       for d in p.discrepancies)
        for severity, word in (("conflict", "conflict"), ("attribution", "attribution"),
                               ("precision", "precision")):
            n = counts[severity]
            if n or (severity == "conflict" and (comparison.event is None
                                                 or comparison.event.same)):
                label = word if severity == "precision" or n == 1 else word + "s"
                flags.append(" · ")
                flags.append(f"{MARKS[severity]} {n} {label}",
                             style="bold" if n and severity != "precision" else "")
        if names_ready:
            one_sided = sum(1 for e in comparison.entities if e.side != "both")
            flags.append(f" · {plural(one_sided, 'name')} in one article only")
        else:
            flags.append(" · finding names…", style="italic")
        parts: list[Table | Text] = [grid, flags]
        warning = event_line(comparison)
        if warning:
            parts.append(Text(f"⚠ {inert(warning)}", style="bold reverse"))
        self.update(Group(*parts))
