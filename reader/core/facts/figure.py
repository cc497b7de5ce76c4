"""A figure as written: where it is, its value range in the base unit of its dimension, its
precision and qualifier; and the two lookups every part of the reader shares (the unit
written at a token, the qualifier written before a figure)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .tokens import Token

_SPACED_SHORT_UNITS = frozenset({"km", "kg", "ft", "mm", "cm", "lb", "mi", "yd", "oz", "lbs",
                                 "kms", "kgs", "day"})


@dataclass(frozen=True)
class Figure:
    """One figure as written: where it is (folded text), its value range in the base unit of
    its dimension, the precision it was written with, and its qualifier."""

    start: int
    end: int
    low: float
    high: float
    step: float
    sense: str = "="
    dimension: str = "count"
    unit: str = ""
    first: int = 0  # index of its first token
    last: int = 0  # index of its last token
    factor: float = 1.0  # scale and unit factor: a written number times this, plus offset
    offset: float = 0.0
    alternates: tuple[tuple[str, float, float, float], ...] = field(default=())
    """The same figure given again in brackets (`21 kilometres (13 miles)`): dimension, low,
    high and step of each other form."""
    compared: bool = False
    """`less than the $184 million`: a bound set by a figure the sentence states."""
    period: str = ""
    """The words that make it a rate when they stand apart from it (`each day` in `£30,000 in
    revenue each day`), to say what it is when it is shown alone."""

    @property
    def value(self) -> float:
        return self.low


def unit_at(tokens: list[Token], k: int, text: str) -> tuple[lexicon.Unit, int] | None:
    """The unit written from token k on (one to four tokens), and its last token."""
    table = lexicon.units()
    for n in (4, 3, 2, 1):
        if k + n > len(tokens):
            continue
        first, last = tokens[k], tokens[k + n - 1]
        if any(not t.is_word and t.text not in "%°/²" for t in tokens[k:k + n]):
            continue
        written = text[first.start:last.end]
        key = written if len(written) <= 2 else written.lower()
        unit = table.get(key)
        if unit is None:
            continue
        if len(written) <= 3 and not first.glued and written.lower() not in _SPACED_SHORT_UNITS:
            continue  # `in`, `m`, `t` spaced from the figure are words, not units
        return unit, k + n - 1
    return None


@lru_cache(maxsize=1)
def qualifier_before() -> re.Pattern[str]:
    phrases = sorted(lexicon.qualifiers(), key=len, reverse=True)
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-])({words})\s*(?:the\s+)?$")
