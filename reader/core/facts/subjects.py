"""Who a passage is about, so that figures about two different people are not compared.

Outlets often set an event beside earlier ones: "He hosted the ceremony five times" in one
article is about a predecessor, "He presided over that ceremony three times" in the other about
the new host. Both sentences share their words and pair well, yet their figures do not describe
one fact. A passage's subject is the person named at its start, or, when it opens with a
personal pronoun, the person the sentences before it were about (the entity index says which
names are people and which names in the two articles are one person).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article
from .speakers import NameSpan

_PRONOUN = re.compile(r"(?:He|She|His|Her)\b")
_SUBJECT_REACH = 40
"""A name this close to the start of a sentence is taken as its subject."""
_LOOK_BACK = 4
"""Sentences searched, nearest first, for the person a pronoun refers to."""


def _opening_person(spans: Sequence[NameSpan]) -> str | None:
    people = [s for s in spans if s.type == "PERSON" and s.start <= _SUBJECT_REACH]
    return min(people, key=lambda s: s.start).key if people else None


def _first_person(spans: Sequence[NameSpan]) -> str | None:
    people = [s for s in spans if s.type == "PERSON"]
    return min(people, key=lambda s: s.start).key if people else None


def subject(article: Article, index: dict[int, list[NameSpan]], first: int) -> str | None:
    """The person (entity key) the passage starting at sentence `first` is about, if clear."""
    opening = _opening_person(index.get(first, ()))
    if opening is not None or not _PRONOUN.match(article.sentences[first].text):
        return opening
    for i in range(first - 1, max(-1, first - 1 - _LOOK_BACK), -1):
        person = _first_person(index.get(i, ()))
        if person is not None:
            return person
    return None


def different_people(subject_a: str | None, subject_b: str | None,
                     names_a: Sequence[NameSpan], names_b: Sequence[NameSpan]) -> bool:
    """Each passage is about someone, and neither names the other's person."""
    if subject_a is None or subject_b is None or subject_a == subject_b:
        return False
    return (subject_a not in {s.key for s in names_b}
            and subject_b not in {s.key for s in names_a})
