"""Markdown notes of a comparison: bookmarked passages, or else what disagrees and what is missing.

The output is CommonMark: article text is escaped so nothing in it becomes formatting, words
only A has are ~~struck~~, words only B has are **bold**. Control, bidirectional and
zero-width characters are shown as escapes (`\\x1b`), as on screen, so printing the notes
(`-o -`) cannot drive the terminal; file names sit in code spans that nothing can close.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from pathlib import Path

from ..facts.diff import side_runs
from ..model import Comparison, Pair
from ..safety import inert
from ..store.bookmarks import Bookmark
from .quotes_figures import markdown_sections
from .rows import Row, build_rows, row_entities, row_text
from .textreport import summary

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
"""Characters that can start markup anywhere in a line. Parentheses and `!` only act after
`]` or before `[`, which are escaped, so they stay as written: "(IWMI)" reads as itself."""
_TICKS = re.compile("`+")


def escape(text: str) -> str:
    """Text that CommonMark shows literally, on one line, control characters made visible."""
    text = _SPECIAL.sub(r"\\\1", " ".join(inert(text).split()))
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)  # `1\. not a list`
    return re.sub(r"^([-=+#])", r"\\\1", text)


def code_span(text: str) -> str:
    """`text` as an inline code span shown literally: its fence is one backtick longer than
    any run inside (CommonMark), so no backtick in a file name can end it early."""
    body = inert(text).replace("\n", "\\x0a")
    fence = "`" * (max((len(run) for run in _TICKS.findall(body)), default=0) + 1)
    if body[:1] in ("`", " ") or body[-1:] in ("`", " "):
        body = f" {body} "  # CommonMark strips one space from each side, and only that
    return f"{fence}{body}{fence}"


def _side_markdown(pair: Pair, side: int, own: str) -> str:
    """One side with its own words marked; the spaces around each run stay outside the
    marks (CommonMark ignores `~~ x~~`) and are never lost between runs."""
    mark = "~~" if side == 0 else "**"
    out = []
    for text, changed in side_runs(pair.diff, side, own):
        body = escape(text)
        if changed and body:
            body = f"{mark}{body}{mark}"
        out.append((" " if text[:1].isspace() else "") + body
                   + (" " if text[-1:].isspace() and body else ""))
    return "".join(out).strip()


def _passage(comparison: Comparison, row: Row | None, a_text: str, b_text: str) -> list[str]:
    lines: list[str] = []
    if row is not None and row.pair is not None:
        a_md = _side_markdown(row.pair, 0, row_text(comparison, row, 0))
        b_md = _side_markdown(row.pair, 1, row_text(comparison, row, 1))
    else:
        a_md, b_md = escape(a_text) or "*(nothing in A)*", escape(b_text) or "*(nothing in B)*"
    lines += [f"> **A:** {a_md}", ">", f"> **B:** {b_md}", ""]
    if row is not None and row.pair is not None:
        if row.pair.discrepancies:
            lines.append("Discrepancies:")
            lines += [f"- {d.severity} ({d.kind}): {escape(d.why)}"
                      for d in row.pair.discrepancies]
            lines.append("")
        lines.append(f"Match score: {row.pair.score:.2f}")
        lines.append("")
    if row is not None:
        named = row_entities(comparison, row)
        if named:
            lines.append("Named: " + ", ".join(escape(e.name) for e in named))
            lines.append("")
    return lines


def find_row(rows: Sequence[Row], comparison: Comparison, bookmark: Bookmark) -> Row | None:
    """The row of the current alignment that holds a bookmarked passage, if any."""
    for row in rows:
        if (row_text(comparison, row, 0), row_text(comparison, row, 1)) == (
            bookmark.a_text, bookmark.b_text
        ):
            return row
    return None


def to_markdown(comparison: Comparison, bookmarks: Sequence[Bookmark], now: float | None = None,
                ) -> str:
    """The notes document."""
    rows = build_rows(comparison)
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(now if now is not None else time.time()))
    one_sided = [e for e in comparison.entities if e.side != "both"]
    lines = ["# Comparison notes", ""]
    for side, article in zip("AB", comparison.articles):
        title = escape(article.title) if article.title else "*(no headline)*"
        lines.append(f"- **{side}:** {title} — {code_span(article.source)}")
    lines += [f"- **Exported:** {stamp}", "", "## Summary", "", escape(summary(comparison)), ""]
    if one_sided:
        lines.append("Named by one article only: " + ", ".join(
            f"{escape(e.name)} ({e.side})" for e in one_sided))
        lines.append("")
    if bookmarks:
        lines += [f"## Bookmarks ({len(bookmarks)})", ""]
        for n, bookmark in enumerate(bookmarks, 1):
            row = find_row(rows, comparison, bookmark)
            lines += [f"### {n}. {escape(_headline(bookmark))}", ""]
            lines += _passage(comparison, row, bookmark.a_text, bookmark.b_text)
            if bookmark.note.strip():
                lines += ["Note: " + escape(bookmark.note.strip()), ""]
        return _finish(comparison, lines)
    flagged = [row for row in rows if row.flagged]
    lines += [f"## Discrepancies ({sum(len(r.pair.discrepancies) for r in flagged if r.pair)})", ""]
    for row in flagged:
        lines += _passage(comparison, row, row_text(comparison, row, 0), row_text(comparison, row, 1))
    for kind, side in (("only_a", "A"), ("only_b", "B")):
        only = [row for row in rows if row.kind == kind]
        lines += [f"## Only in {side} ({len(only)})", ""]
        lines += [f"- {escape(row_text(comparison, row, 0 if side == 'A' else 1))}" for row in only]
        lines.append("")
    return _finish(comparison, lines)


def _finish(comparison: Comparison, lines: list[str]) -> str:
    """The notes with the quotes and figures sections after everything else."""
    return "\n".join(lines + markdown_sections(comparison, escape)).rstrip() + "\n"


def _headline(bookmark: Bookmark) -> str:
    words = (bookmark.a_text or bookmark.b_text).split()
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")


def free_path(path: Path) -> Path:
    """`path`, or `name-2.md`, `name-3.md`… if it exists: an export never overwrites a file."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def default_name(comparison: Comparison) -> str:
    base = comparison.b.title or comparison.a.title or Path(comparison.a.source).stem
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")[:40] or "comparison"
    return f"reader-notes-{slug}.md"
