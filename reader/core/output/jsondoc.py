"""The versioned JSON document of `reader compare --json`, documented in the README."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Article, Comparison, Entity
from ..safety import json_escaped
from .quotes_figures import quotes_and_figures

VERSION = 1


def to_json(document: Any, ascii: bool = False) -> str:
    """A document as JSON safe to print and fast to write: the top level and its lists one
    item a line (each item encoded compactly, in C; an indented `json.dumps` runs in Python
    and takes about a second for a 5,000-sentence pair). Characters outside ASCII stay
    readable, but control, bidirectional and zero-width characters are `\\uXXXX` escapes;
    with `ascii`, every character outside ASCII is (for outputs that cannot hold them)."""
    encode = json.JSONEncoder(ensure_ascii=ascii).encode
    if not isinstance(document, dict):
        return json_escaped(encode(document))
    lines = []
    for n, (key, value) in enumerate(document.items()):
        comma = "," if n < len(document) - 1 else ""
        if isinstance(value, list) and value:
            items = ",\n    ".join(map(encode, value))
            lines.append(f"  {encode(key)}: [\n    {items}\n  ]{comma}")
        else:
            lines.append(f"  {encode(key)}: {encode(value)}{comma}")
    return json_escaped("{\n" + "\n".join(lines) + "\n}")


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


def to_document(comparison: Comparison) -> dict[str, Any]:
    """A plain dict ready for `json.dumps`; field meanings are fixed for a given version."""
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
        **quotes_and_figures(comparison),
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
