"""The versioned JSON document of `reader compare --json`, documented in the README."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from ..facts.ahead import ahead
from ..facts.figure_table import figure_rows
from ..facts.quote_match import match_quotes
from ..model import Article, Comparison, Entity, FigureRow, QuoteMatch
from ..safety import json_escaped
from .quotes_figures import figures_document, quotes_document

AHEAD_MIN_SENTENCES = 2000
"""From this many sentences (both articles), the quotes are matched in another process while
this one writes the rest of the document (`comparison_json`): below it, starting a process
costs more than it saves."""

VERSION = 1


def to_json(document: Any, ascii: bool = False) -> str:
    """A document as JSON safe to print and fast to write: the top level and its lists one
    item a line (each item encoded compactly, in C; an indented `json.dumps` runs in Python
    and takes about a second for a 5,000-sentence pair). Characters outside ASCII stay
    readable, but control, bidirectional and zero-width characters are `\\uXXXX` escapes;
    with `ascii`, every character outside ASCII is (for outputs that cannot hold them)."""
    encode = _encoder(ascii)
    if not isinstance(document, dict):
        return json_escaped(encode(document))
    return _joined([_entry(encode, key, value) for key, value in document.items()])


def _encoder(ascii: bool) -> Callable[[Any], str]:
    return json.JSONEncoder(ensure_ascii=ascii).encode


def _entry(encode: Callable[[Any], str], key: str, value: Any) -> str:
    """One top-level field as `to_json` writes it, without its comma."""
    if isinstance(value, list) and value:
        items = ",\n    ".join(map(encode, value))
        return f"  {encode(key)}: [\n    {items}\n  ]"
    return f"  {encode(key)}: {encode(value)}"


def _joined(entries: list[str]) -> str:
    return json_escaped("{\n" + ",\n".join(entries) + "\n}")


def _article(article: Article) -> dict[str, Any]:
    return {
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published,
        "byline": article.byline,
        "digest": article.digest,
        "sentences": [s.text for s in article.sentences],
        "paragraphs": [s.paragraph for s in article.sentences],
        "headings": [s.index for s in article.sentences if s.heading],
        "removed": [r.text for r in article.removed],
        "removed_kinds": [r.kind for r in article.removed],
        "warnings": list(article.warnings),
    }


_KEYS = ("version", "articles", "pairs", "unmatched", "same_event", "entities", "quotes",
         "figures", "coverage")
"""The fields of the document, in the documented order."""


def to_document(comparison: Comparison, quotes: Sequence[QuoteMatch] | None = None,
                figures: Sequence[FigureRow] | None = None) -> dict[str, Any]:
    """A plain dict ready for `json.dumps`; field meanings are fixed for a given version.
    `quotes` and `figures` are the comparison's quotes matched and figures table, when they
    are at hand already (both are computed otherwise)."""
    document = _document(comparison)
    document["quotes"] = quotes_document(match_quotes(comparison) if quotes is None
                                         else quotes)
    document["figures"] = figures_document(figure_rows(comparison) if figures is None
                                           else figures)
    return {key: document[key] for key in _KEYS}


def comparison_json(comparison: Comparison, ascii: bool = False,
                    quotes: Callable[[], Sequence[QuoteMatch]] | None = None) -> str:
    """`to_json(to_document(comparison))`; `quotes` gives the comparison's quotes matched
    when they are being matched already (`compare.compare_quoted`). Otherwise, for long
    articles, the quotes are matched in another process while this one finds the figures and
    writes every other field."""
    large = len(comparison.a.sentences) + len(comparison.b.sentences) >= AHEAD_MIN_SENTENCES
    quoting = ahead([lambda: match_quotes(comparison)]) if large and quotes is None else None
    encode = _encoder(ascii)
    try:
        document = _document(comparison)
        document["figures"] = figures_document(figure_rows(comparison))
        entries = {key: _entry(encode, key, value) for key, value in document.items()}
        rows = quotes() if quotes else quoting.next() if quoting else match_quotes(comparison)
    finally:
        if quoting:
            quoting.close()
    entries["quotes"] = _entry(encode, "quotes", quotes_document(rows))
    return _joined([entries[key] for key in _KEYS])


def _document(comparison: Comparison) -> dict[str, Any]:
    """Every field but the quotes and the figures (in no particular order)."""
    coverage = comparison.coverage
    return {
        "version": VERSION,
        "articles": [_article(comparison.a), _article(comparison.b)],
        "pairs": [
            {
                "a": list(pair.a),
                "b": list(pair.b),
                "score": pair.score,
                "diff": [[op, text] for op, text in pair.diff],
                "discrepancies": [
                    {"kind": d.kind, "a": d.a, "b": d.b, "severity": d.severity, "why": d.why,
                     "a_span": list(d.a_span), "b_span": list(d.b_span)}
                    for d in pair.discrepancies
                ],
            }
            for pair in comparison.pairs
        ],
        "unmatched": [list(comparison.unmatched_a), list(comparison.unmatched_b)],
        "same_event": event_document(comparison),
        "entities": entities_document(comparison.entities),
        "coverage": {
            "sentences_matched": list(coverage.sentences_matched),
            "sentences_total": list(coverage.sentences_total),
            "words_matched": list(coverage.words_matched),
            "words_total": list(coverage.words_total),
            "share": [round(coverage.share(0), 4), round(coverage.share(1), 4)],
        },
    }


def event_document(comparison: Comparison) -> dict[str, Any]:
    """Whether the two seem to report one event, and the evidence for the verdict."""
    event = comparison.event
    if event is None:
        return {"same": True, "why": "not judged", "shared_names": [], "shared_countries": [],
                "shared_figures": [], "strong_pairs": 0}
    return {"same": event.same, "why": event.why, "shared_names": list(event.shared_names),
            "shared_countries": list(event.shared_countries),
            "shared_figures": list(event.shared_figures), "strong_pairs": event.strong_pairs}


def entities_document(entities: Sequence[Entity]) -> list[dict[str, Any]]:
    """The `entities` list: one item per real-world referent, mentions with sentence spans."""
    return [
        {
            "name": e.name,
            "type": e.type,
            "variants": list(e.variants),
            "count": list(e.count),
            "side": e.side,
            "mentions": [
                {"article": m.article, "sentence": m.sentence, "start": m.start, "end": m.end}
                for m in e.mentions
            ],
        }
        for e in entities
    ]
