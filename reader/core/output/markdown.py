"""Markdown notes of a comparison, written to be pasted into a story memo.

The notes open with each article's outlet, title, URL or file name and date; then every
discrepancy (severity and why, from the fact layer), then the bookmarks, each in reading
order; then what only one article has. Each passage is quoted verbatim with where it is (`A ¶3,
sentence 7`) and followed by a separate "What changed" line, so the quote itself carries no
marks. Sections with nothing in them are left out, and counts read as people write them.

The output is CommonMark. Article text is escaped only where a character would otherwise
become formatting, a link or HTML (`(IWMI)` stays as written); control, bidirectional and
zero-width characters are shown as escapes (`\\x1b`), as on screen, so printing the notes
(`-o -`) cannot drive the terminal; file names sit in code spans that nothing can close.

The quotes and figures sections (`quotes_figures.markdown_sections`) come last.
"""

from __future__ import annotations

import re
import string
import time
from collections.abc import Sequence
from pathlib import Path

from ..model import Article, Comparison
from ..safety import inert
from ..store.bookmarks import Bookmark
from .citation import article_title, locator, paragraph_numbers, side_locator, source_label
from .emphasis import MentionIndex, what_changed
from .quotes_figures import markdown_sections
from .rows import Row, build_rows, row_entities, row_text
from .textreport import MARKS, event_line, plural, strongest, summary

_PUNCTUATION = frozenset(string.punctuation)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_TICKS = re.compile("`+")
_AUTOLINK = re.compile(r"https?://[^\s<>`\\\x00-\x20\x7f]+")
SEVERITY_NAMES = {"conflict": "Conflict", "attribution": "Attribution", "precision": "Precision"}


def _escape_char(text: str, i: int) -> bool:
    """Whether the character at `i` must be escaped to stay literal inside a line."""
    ch = text[i]
    before, after = text[i - 1:i], text[i + 1:i + 2]
    if ch == "\\":
        return not after or after in _PUNCTUATION  # elsewhere a backslash is literal
    if ch == "`":
        return True
    if ch == "[":  # a link needs `](`, or `]:` for a definition; the notes define no
        return "](" in text or "]:" in text  # reference, so `[points]` alone stays literal
    if ch in "*_":  # emphasis needs a delimiter next to a non-space; `_` also not inside a word
        if (not before or before.isspace()) and (not after or after.isspace()):
            return False
        return not (ch == "_" and before.isalnum() and after.isalnum())
    if ch == "<":
        return after.isalpha() or after in ("/", "!", "?")
    if ch == "&":
        return bool(_ENTITY.match(text, i))
    if ch == "~":  # strike-through in GitHub's dialect takes two tildes
        return text.count("~") > 1
    return False


def escape(text: str, line_start: bool = True) -> str:
    """Text that CommonMark shows literally, on one line, control characters made visible.

    Only what would become markup is escaped. `line_start`: the text may begin a line, so a
    leading `#`, `-`, `1.`… is escaped too (the notes always put a label first, so they pass
    False)."""
    text = " ".join(inert(text).split())
    out = [("\\" + ch if _escape_char(text, i) else ch) for i, ch in enumerate(text)]
    text = "".join(out)
    if line_start:
        text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)  # `1\. not a list`
        text = re.sub(r"^([-=+#>])", r"\\\1", text)
    return text


def _inline(text: str) -> str:
    return escape(text, line_start=False)


def code_span(text: str) -> str:
    """`text` as an inline code span shown literally: its fence is one backtick longer than
    any run inside (CommonMark), so no backtick in a file name can end it early."""
    body = inert(text).replace("\n", "\\x0a")
    fence = "`" * (max((len(run) for run in _TICKS.findall(body)), default=0) + 1)
    if body[:1] in ("`", " ") or body[-1:] in ("`", " "):
        body = f" {body} "  # CommonMark strips one space from each side, and only that
    return f"{fence}{body}{fence}"


def _where(article: Article) -> str:
    """A URL as a link when it can be one, else a code span (file names, odd URLs)."""
    label = source_label(article)
    if article.url or "://" in article.source:
        if _AUTOLINK.fullmatch(label):
            return f"<{label}>"
    return code_span(label)


def _article_line(side: str, article: Article) -> str:
    parts = []
    if article.title:
        parts.append(_inline(article_title(article)))
    if article.outlet:
        parts.append(_inline(article.outlet))
    parts.append(_where(article))
    if article.byline:
        parts.append("by " + _inline(article.byline))
    if article.published:
        parts.append("published " + _inline(article.published))
    return f"- **{side}:** " + " — ".join(parts)


def _quote(comparison: Comparison, row: Row, numbers: tuple[dict[int, int], dict[int, int]],
           ) -> list[str]:
    """Both sides of a row as one block quote, verbatim, each with its locator."""
    lines: list[str] = []
    for side, article in enumerate(comparison.articles):
        ids = row.a if side == 0 else row.b
        if not ids:
            continue
        where = f"{'AB'[side]} {locator(article, ids, numbers[side])}"
        if lines:
            lines.append(">")
        lines.append(f"> **{where}:** {_inline(row_text(comparison, row, side))}")
    return lines


def _flags(row: Row) -> list[str]:
    if row.pair is None:
        return []
    return [f"- {MARKS[d.severity]} **{SEVERITY_NAMES[d.severity]}** ({d.kind}): "
            f"{_inline(d.why)}" for d in row.pair.discrepancies]


class _Notes:
    """What every section needs, computed once."""

    def __init__(self, comparison: Comparison, rows: list[Row]) -> None:
        self.comparison = comparison
        self.rows = rows
        self.numbers = (paragraph_numbers(comparison.a), paragraph_numbers(comparison.b))
        self.index = MentionIndex(comparison.entities)

    def heading(self, n: int, row: Row) -> str:
        where = " ~ ".join(side_locator(self.comparison, row, side) for side in (0, 1)
                           if (row.a if side == 0 else row.b))
        severity = strongest(row.pair.discrepancies) if row.pair is not None else None
        mark = f"{MARKS[severity]} {SEVERITY_NAMES[severity]}: " if severity else ""
        return f"### {n}. {mark}{where}"

    def entry(self, n: int, row: Row, note: str = "") -> list[str]:
        lines = [self.heading(n, row), "", *_quote(self.comparison, row, self.numbers), ""]
        lines += [f"What changed: {_inline(what_changed(self.comparison, row, self.index))}", ""]
        flags = _flags(row)
        if flags:
            lines += [*flags, ""]
        named = row_entities(self.comparison, row)
        if named:
            lines += ["Named: " + ", ".join(_inline(e.name) for e in named), ""]
        if note.strip():
            lines += ["Note: " + _inline(note.strip()), ""]
        return lines


def _header(comparison: Comparison, stamp: str) -> list[str]:
    lines = ["# Comparison notes", ""]
    lines += [_article_line(side, article) for side, article in zip("AB", comparison.articles)]
    lines += [f"- **Exported:** {stamp}", ""]
    warning = event_line(comparison)
    if warning:
        lines += [f"**Not one event?** {_inline(warning)}", ""]
    lines += ["## Summary", "", _inline(summary(comparison)), ""]
    one_sided = [e for e in comparison.entities if e.side != "both"]
    if one_sided:
        lines += ["Named by one article only: " + ", ".join(
            f"{_inline(e.name)} ({e.side})" for e in one_sided), ""]
    return lines


def _discrepancies(notes: _Notes, found: dict[int, Bookmark]) -> list[str]:
    flagged = [(k, row) for k, row in enumerate(notes.rows) if row.flagged]
    if not flagged:
        return []
    count = sum(len(row.pair.discrepancies) for _, row in flagged if row.pair is not None)
    title = str(count) if count == len(flagged) else f"{count}, in {plural(len(flagged), 'passage')}"
    lines = [f"## Discrepancies ({title})", ""]
    for n, (k, row) in enumerate(flagged, 1):
        note = found[k].note if k in found else ""
        lines += notes.entry(n, row, note)
    return lines


def _bookmarks(notes: _Notes, bookmarks: Sequence[Bookmark]) -> tuple[list[str], dict[int, Bookmark]]:
    """The bookmarks section in reading order, and which row each found bookmark is on."""
    if not bookmarks:
        return [], {}
    at: dict[tuple[str, str], int] = {}
    for k, row in enumerate(notes.rows):
        at.setdefault((row_text(notes.comparison, row, 0), row_text(notes.comparison, row, 1)), k)
    placed = [(at.get((b.a_text, b.b_text)), n, b) for n, b in enumerate(bookmarks)]
    placed.sort(key=lambda item: (item[0] is None, item[0] or 0, item[1]))
    lines = [f"## Bookmarks ({len(bookmarks)})", ""]
    found: dict[int, Bookmark] = {}
    for n, (at_row, _, bookmark) in enumerate(placed, 1):
        if at_row is not None:
            found[at_row] = bookmark
            lines += notes.entry(n, notes.rows[at_row], bookmark.note)
            continue
        lines += [f"### {n}. A passage no longer aligned this way", ""]
        sides = [(s, t) for s, t in (("A", bookmark.a_text), ("B", bookmark.b_text)) if t]
        for m, (side, text) in enumerate(sides):
            lines += ([">"] if m else []) + [f"> **{side}:** {_inline(text)}"]
        lines.append("")
        if bookmark.note.strip():
            lines += ["Note: " + _inline(bookmark.note.strip()), ""]
    return lines, found


def _only_in(notes: _Notes) -> list[str]:
    lines: list[str] = []
    for kind, side in (("only_a", 0), ("only_b", 1)):
        only = [row for row in notes.rows if row.kind == kind]
        if not only:
            continue
        letter = "AB"[side]
        lines += [f"## Only in {letter} ({plural(len(only), 'passage')})", ""]
        for row in only:
            ids = row.a if side == 0 else row.b
            where = locator(notes.comparison.articles[side], ids, notes.numbers[side])
            lines.append(f"- **{letter} {where}:** "
                         f"{_inline(row_text(notes.comparison, row, side))}")
        lines.append("")
    return lines


def to_markdown(comparison: Comparison, bookmarks: Sequence[Bookmark], now: float | None = None,
                ) -> str:
    """The notes document."""
    rows = build_rows(comparison)
    notes = _Notes(comparison, rows)
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(now if now is not None else time.time()))
    marked, found = _bookmarks(notes, bookmarks)
    lines = _header(comparison, stamp) + _discrepancies(notes, found) + marked + _only_in(notes)
    lines += markdown_sections(comparison, _cell)
    return "\n".join(lines).rstrip() + "\n"


def _cell(text: str) -> str:
    """Article text for the quotes and figures sections, which hold a table: a `|` would
    end its cell (`\\|` reads as `|` everywhere else too)."""
    return _inline(text).replace("|", "\\|")


def find_row(rows: Sequence[Row], comparison: Comparison, bookmark: Bookmark) -> Row | None:
    """The row of the current alignment that holds a bookmarked passage, if any."""
    for row in rows:
        if (row_text(comparison, row, 0), row_text(comparison, row, 1)) == (
            bookmark.a_text, bookmark.b_text
        ):
            return row
    return None


def free_path(path: Path) -> Path:
    """`path`, or `name-2.md`, `name-3.md`… if it exists: an export never overwrites a file."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def default_name(comparison: Comparison) -> str:
    base = comparison.b.title or comparison.a.title or Path(comparison.a.source).stem
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")
    if len(slug) > 40:  # whole words only: `…-on-ending`, not `…-on-ending-ukra`
        slug = slug[:41].rsplit("-", 1)[0] if "-" in slug[:41] else slug[:40]
    return f"reader-notes-{slug or 'comparison'}.md"
