"""Whether two articles report the same event, judged before any fact is flagged.

Two reports of one event name the same people and places and often give the same figures;
two stories written on one template (a flood in one country, a wildfire in another) share
sentence shapes but not those. Matched sentences alone cannot tell them apart, so the verdict
rests on shared specific evidence: names of people, places below the level of a country,
organisations, and distinctive figures. A country both name counts (two reports of one
election may name nothing else in common); strongly matched sentences alone do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Entity, EventJudgement, Pair
from .places import is_country

STRONG_PAIR = 0.5
"""A pair scoring this much shares most of its wording: strong support, never proof."""


_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+\.\d+"
                     r"(?![\w])|(?<![\w.,-])\d{2,}(?![\w,-]|\.\d)")


def _figures(article: Article) -> set[str]:
    """Distinctive figures an article writes in digits: not single digits, not years."""
    out = set()
    for sentence in article.sentences:
        for number in _FIGURE.findall(sentence.text):
            plain = number.replace(",", "")
            if len(plain) == 4 and plain[:2] in ("19", "20") and "." not in plain:
                continue
            out.add(plain)
    return out


def judge(a: Article, b: Article, pairs: Sequence[Pair], entities: Sequence[Entity]
          ) -> EventJudgement:
    """The verdict with the evidence a person can check."""
    shared = [e for e in entities if e.count[0] and e.count[1]]
    people = [e.name for e in shared if e.type == "PERSON"]
    places = [e.name for e in shared if e.type == "PLACE" and not is_country(e.name)]
    orgs = [e.name for e in shared if e.type == "ORG"]
    countries = [e.name for e in shared if e.type == "PLACE" and is_country(e.name)]
    figures = sorted(_figures(a) & _figures(b), key=lambda f: (len(f), f))
    strong = sum(1 for p in pairs if p.score >= STRONG_PAIR)
    names = people + places + orgs
    named_a, named_b = _named(entities)
    same = bool(names) or bool(countries) or len(figures) >= 2 or not (named_a and named_b)
    if same and not (names or countries or len(figures) >= 2) and _unnamed_report(a, b, entities):
        why = ("one article names no one, so nothing tells the events apart: facts are "
               "compared only in passages that read alike")
    elif same and not (names or countries or len(figures) >= 2):
        why = ("one article names no one, so nothing tells the events apart" if named_a or named_b
               else "neither article names anyone, so nothing tells the events apart")
    elif same:
        why = "both name " + _list(names or countries) if names or countries else \
            "both give the figures " + _list(figures)
    else:
        why = ("no person, place, organisation or distinctive figure appears in both"
               + (f", though {strong} sentences read alike" if strong else ""))
    return EventJudgement(same, tuple(names), tuple(countries),
                          tuple(figures), strong, why)


def undecided(event: EventJudgement, entities: Sequence[Entity], a: Article, b: Article
              ) -> bool:
    """Judged one event only because nothing tells the two apart, with a report that names no
    one beside one that names people and places (`_unnamed_report`). Two stories on one
    template (a bus crash injuring twelve, a drone strike in a named city injuring six) then
    read alike only in shape, so only passages that share most of their wording are compared
    for facts."""
    return event.same and _unnamed_report(a, b, entities) and not (
        event.shared_names or event.shared_countries or len(event.shared_figures) >= 2)


def _named(entities: Sequence[Entity]) -> tuple[bool, bool]:
    """Whether each article names anyone at all."""
    return any(e.count[0] for e in entities), any(e.count[1] for e in entities)


def _unnamed_report(a: Article, b: Article, entities: Sequence[Entity]) -> bool:
    """One article names people or places and the other, a report of several sentences,
    names no one. Two notes that both name no one, or a single sentence set against a report
    (it may name its place in other words: `Britain`, `the UK`), are not such a pair."""
    named = _named(entities)
    unnamed = b if named[0] else a
    return named[0] != named[1] and len(unnamed.sentences) >= 2


def _list(items: list[str]) -> str:
    shown = items[:4]
    more = f" and {len(items) - 4} more" if len(items) > 4 else ""
    return ", ".join(shown) + more
