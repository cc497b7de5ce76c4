"""The quotes and figures views as JSON items, plain-text lines and Markdown sections.

Who said what (each quote of A beside the quote of B reporting the same remark, per speaker)
and every figure side by side (conflicts first) are computed once by the fact layer; this
module only writes them out. Article text is made inert everywhere and escaped in Markdown.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..facts.figure_table import figure_rows
from ..facts.quote_match import match_quotes
from ..facts.quote_shares import SpeakerShare, speaker_shares
from ..model import Comparison, FigureRow, FigureValue, Quote, QuoteMatch
from ..safety import inert
from .textreport import plural

MATCH_WORDS = {"same": "same words", "variant": "variant", "attribution": "other speaker",
               "paraphrase": "paraphrase", "one-sided": "one side only"}
"""How each kind of quote match is named to people."""


def _quote(quote: Quote | None) -> dict[str, Any] | None:
    if quote is None:
        return None
    return {"text": quote.text, "sentence": quote.sentence, "direct": quote.direct}


def quotes_document(rows: Sequence[QuoteMatch]) -> list[dict[str, Any]]:
    """The `quotes` list of the compare JSON."""
    return [{"speaker": row.speaker, "match": row.match, "a": _quote(row.a), "b": _quote(row.b)}
            for row in rows]


def speakers_document(shares: Sequence[SpeakerShare]) -> list[dict[str, Any]]:
    """The `speakers` list of `reader quotes --json`: quotes and words per outlet."""
    return [{"speaker": s.speaker, "quotes": list(s.quotes), "words": list(s.words)}
            for s in shares]


def _value(value: FigureValue) -> dict[str, Any]:
    return {"value": value.value, "sentence": value.sentence}


def figures_document(rows: Sequence[FigureRow]) -> list[dict[str, Any]]:
    """The `figures` list of the compare JSON."""
    return [{"counts": row.counts, "a": [_value(v) for v in row.a],
             "b": [_value(v) for v in row.b], "severity": row.severity} for row in rows]


def quotes_and_figures(comparison: Comparison) -> dict[str, list[dict[str, Any]]]:
    """Both lists, ready to add to the compare document."""
    return {"quotes": quotes_document(match_quotes(comparison)),
            "figures": figures_document(figure_rows(comparison))}


def by_speaker(rows: Sequence[QuoteMatch]) -> list[tuple[str | None, list[QuoteMatch]]]:
    """Rows grouped under their speaker, speakers in the order of the rows; unattributed
    quotes last."""
    groups: dict[str | None, list[QuoteMatch]] = {}
    for row in rows:
        groups.setdefault(row.speaker, []).append(row)
    named = [(k, v) for k, v in groups.items() if k is not None]
    return named + ([(None, groups[None])] if None in groups else [])


def _side_line(label: str, quote: Quote | None) -> str:
    if quote is None:
        return f"    {label}: —"
    how = "" if quote.direct else " (reported)"
    return f"    {label}{how} [{label}{quote.sentence + 1}]: {inert(quote.text)}"


def quote_lines(rows: Sequence[QuoteMatch]) -> Iterator[str]:
    """`reader quotes` for people: per speaker, how often and how much each outlet quotes
    them, then their quotes in A and B level with each other."""
    shares = {s.speaker: s for s in speaker_shares(rows)}
    if not rows:
        yield "Neither article quotes anyone."
        return
    for speaker, group in by_speaker(rows):
        name = inert(speaker) if speaker else "(speaker not stated)"
        share = shares.get(speaker) if speaker else None
        counts = (f" — A: {share.quotes[0]} quote(s), {share.words[0]} words; B: "
                  f"{share.quotes[1]} quote(s), {share.words[1]} words") if share else ""
        yield f"{name}{counts}"
        for row in group:
            yield f"  {MATCH_WORDS[row.match]}:"
            yield _side_line("A", row.a)
            yield _side_line("B", row.b)
        yield ""


def _values(values: Sequence[FigureValue], side: str) -> str:
    return ", ".join(f"{inert(v.value)} ({side}{v.sentence + 1})" for v in values) or "—"


def figure_lines(rows: Sequence[FigureRow]) -> Iterator[str]:
    """`reader figures` for people: what is counted, A's and B's values, the verdict."""
    if not rows:
        yield "Neither article gives a figure."
        return
    marks = {"conflict": "⚠ conflict", "precision": "≈ precision", None: ""}
    for row in rows:
        both = row.a and row.b
        verdict = marks[row.severity] if both else "one side only"
        yield (f"{inert(row.counts)}: A {_values(row.a, 'A')} · B {_values(row.b, 'B')}"
               + (f"  {verdict}" if verdict else ""))


def markdown_sections(comparison: Comparison, escape: Any) -> list[str]:
    """The `Quotes` and `Figures` sections of the Markdown notes; `escape` makes article
    text literal CommonMark."""
    rows = match_quotes(comparison)
    lines = [f"## Quotes ({sum(1 for r in rows for q in (r.a, r.b) if q)})", ""] if rows else []
    shares = {s.speaker: s for s in speaker_shares(rows)}
    for speaker, group in by_speaker(rows):
        share = shares.get(speaker) if speaker else None
        head = escape(speaker) if speaker else "*(speaker not stated)*"
        if share:
            head += (f" — A: {plural(share.quotes[0], 'quote')}, "
                     f"{plural(share.words[0], 'word')}; B: {plural(share.quotes[1], 'quote')}, "
                     f"{plural(share.words[1], 'word')}")
        lines += [f"### {head}", ""]
        for row in group:
            lines.append(f"- {MATCH_WORDS[row.match]}")
            for side, quote in (("A", row.a), ("B", row.b)):
                if quote is None:
                    lines.append(f"  - **{side}:** —")
                else:
                    how = "" if quote.direct else " *(reported)*"
                    lines.append(f"  - **{side}{quote.sentence + 1}:**{how} {escape(quote.text)}")
        lines.append("")
    figures = figure_rows(comparison)
    if figures:  # no empty sections
        lines += [f"## Figures ({len(figures)})", ""]
        lines += ["| counts | A | B | verdict |", "| --- | --- | --- | --- |"]
        for figure in figures:
            verdict = (figure.severity or "agree") if figure.a and figure.b else "one side only"
            cells = [escape(figure.counts), escape(_values(figure.a, "A")),
                     escape(_values(figure.b, "B")), verdict]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return lines
