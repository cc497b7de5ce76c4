"""How an article and a place in it are named to people: title, source, locator, citation.

A fact-checker cites "A ¶3, sentence 7" and must be able to find it in the published text, so
paragraphs are counted as the article reads (content paragraphs, furniture left out) and
sentences as the app numbers them. A source is a URL or a file name, never the folder it sits
in: an installed example lives deep in a site-packages path nobody should paste in a memo.
"""

from __future__ import annotations

from pathlib import PurePath

from ..model import Article, Comparison
from ..safety import inert
from .emphasis import MentionIndex, what_changed
from .rows import Row, row_text


def source_label(article: Article) -> str:
    """The article's URL, or its file name without any folder."""
    if article.url:
        return article.url
    if "://" in article.source:
        return article.source
    return PurePath(article.source).name or article.source


def article_title(article: Article) -> str:
    """The headline the text gives, or else the file name (plain-text files often have none)."""
    return article.title or source_label(article)


def paragraph_numbers(article: Article) -> dict[int, int]:
    """Source paragraph index → its number among the article's content paragraphs (from 1)."""
    out: dict[int, int] = {}
    for sentence in article.sentences:
        if sentence.paragraph not in out:
            out[sentence.paragraph] = len(out) + 1
    return out


def _ranges(numbers: list[int]) -> str:
    """`3`, `3–4`, `3, 7–8`: numbers in order, runs written as ranges."""
    parts: list[str] = []
    start = previous = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == previous + 1:
            previous = n
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        if n is not None:
            start = previous = n
    return ", ".join(parts)


def locator(article: Article, ids: tuple[int, ...], numbers: dict[int, int] | None = None,
            ) -> str:
    """`¶3, sentence 7` or `¶3–4, sentences 7–9`: where a passage is in its article."""
    if not ids:
        return ""
    numbers = numbers if numbers is not None else paragraph_numbers(article)
    paragraphs = sorted({numbers[article.sentences[i].paragraph] for i in ids})
    sentences = sorted(i + 1 for i in ids)
    word = "sentence" if len(sentences) == 1 else "sentences"
    return f"¶{_ranges(paragraphs)}, {word} {_ranges(sentences)}"


def side_locator(comparison: Comparison, row: Row, side: int) -> str:
    """`A ¶3, sentence 7`: the side's letter and locator, or `only in B` when it has none."""
    ids = row.a if side == 0 else row.b
    letter = "AB"[side]
    if not ids:
        return f"not in {letter}"
    return f"{letter} {locator(comparison.articles[side], ids)}"


def _byline(article: Article) -> str:
    parts = [article.outlet, f"“{article_title(article)}”" if article.title else None,
             source_label(article), article.published]
    return ", ".join(inert(p) for p in parts if p)


def citation(comparison: Comparison, row: Row, index: MentionIndex | None = None) -> str:
    """A passage as plain text to paste: each side quoted verbatim with where it comes from,
    then what changed and the discrepancies. Outside text is made inert (no controls)."""
    lines: list[str] = []
    for side, article in enumerate(comparison.articles):
        ids = row.a if side == 0 else row.b
        if not ids:
            continue
        lines.append(f"{side_locator(comparison, row, side)} — {_byline(article)}:")
        lines.append(f"“{inert(' '.join(row_text(comparison, row, side).split()))}”")
        lines.append("")
    lines.append(f"What changed: {inert(what_changed(comparison, row, index))}")
    if row.pair is not None:
        from .textreport import MARKS

        lines += [f"{MARKS[d.severity]} {d.severity} ({d.kind}): {inert(d.why)}"
                  for d in row.pair.discrepancies]
    return "\n".join(lines) + "\n"
