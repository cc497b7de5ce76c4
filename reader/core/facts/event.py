"""Whether two articles report the same event, judged before any fact is flagged.

Two reports of one event name the same people and places and often give the same figures;
two stories written on one template (a flood in one country, a wildfire in another) share
sentence shapes but not those. Matched sentences alone cannot tell them apart, so the verdict
rests on shared specific evidence: names of people, places below the level of a country,
organisations, and distinctive figures. A country both name counts (two reports of one
election may name nothing else in common); strongly matched sentences alone do not.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Entity, EventJudgement, Pair
from ..text.normalize import fold_with_offsets
from .binding import read_quantities
from .dates import read_dates
from .places import is_country

STRONG_PAIR = 0.5
"""A pair scoring this much shares most of its wording: strong support, never proof."""


def _figures(article: Article) -> set[tuple[str, float]]:
    """Distinctive figures of an article: not small counts, not bare years."""
    out: set[tuple[str, float]] = set()
    for sentence in article.sentences:
        folded, _ = fold_with_offsets(sentence.text)
        _, masked = read_dates(folded)
        for q in read_quantities(folded, masked):
            f = q.figure
            if f.dimension in ("ordinal", "age") or (f.dimension == "count" and f.low < 10):
                continue
            out.add((f.dimension, round(f.low, 6)))
    return out


def judge(a: Article, b: Article, pairs: Sequence[Pair], entities: Sequence[Entity]
          ) -> EventJudgement:
    """The verdict with the evidence a person can check."""
    shared = [e for e in entities if e.count[0] and e.count[1]]
    people = [e.name for e in shared if e.type == "PERSON"]
    places = [e.name for e in shared if e.type == "PLACE" and not is_country(e.name)]
    orgs = [e.name for e in shared if e.type == "ORG"]
    countries = [e.name for e in shared if e.type == "PLACE" and is_country(e.name)]
    figures = sorted(_figures(a) & _figures(b))
    strong = sum(1 for p in pairs if p.score >= STRONG_PAIR)
    names = people + places + orgs
    named_a = any(e.count[0] for e in entities)
    named_b = any(e.count[1] for e in entities)
    same = bool(names) or bool(countries) or len(figures) >= 2 or not (named_a and named_b)
    if same and not (names or countries or len(figures) >= 2):
        why = "one article names no one, so nothing tells the events apart"
    elif same:
        why = "both name " + _list(names or countries) if names or countries else \
            "both give the figures " + _list([f"{v:g}" for _, v in figures])
    else:
        why = ("no person, place, organisation or distinctive figure appears in both"
               + (f", though {strong} sentences read alike" if strong else ""))
    return EventJudgement(same, tuple(names), tuple(countries),
                          tuple(f"{v:g} ({d})" for d, v in figures), strong, why)


def _list(items: list[str]) -> str:
    shown = items[:4]
    more = f" and {len(items) - 4} more" if len(items) > 4 else ""
    return ", ".join(shown) + more
