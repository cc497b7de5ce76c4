"""Whether one place lies inside another: Miami is in Florida, Odesa in Ukraine.

From the shipped GeoNames extract (`data/places_within.txt`) and from what the articles
themselves say (`Rancho Mirage, Calif.`, `Nashville, Tennessee`), so that a report naming the
city where another names the state is told apart from one naming another city.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..text.normalize import fold

_FILE = Path(__file__).resolve().parent / "data" / "places_within.txt"


@lru_cache(maxsize=1)
def _within() -> dict[str, frozenset[str]]:
    """Place → the places it lies in. The file holds Latin-script names whose folding is
    lower-casing and plain apostrophes, done once on the whole text."""
    text = _FILE.read_text(encoding="utf-8").lower().replace("\u2019", "'")
    table: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        place, *larger = line.split("|")
        table.setdefault(place, set()).update(larger)
    return {k: frozenset(v) for k, v in table.items()}


def inside(small: str, large: str, stated: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """Whether `small` lies in `large`, by the gazetteer or by a pair `stated` in the text."""
    key_small, key_large = fold(small), fold(large)
    if (key_small, key_large) in stated:
        return True
    containers = _within().get(key_small, frozenset())
    if key_large in containers:
        return True
    return any(key_large in _within().get(c, frozenset()) for c in containers)


def known(name: str) -> bool:
    """Whether the gazetteer knows where a place lies (a district or a small town it lacks
    may well lie inside a place it knows)."""
    return fold(name) in _within() or is_country(name)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(c for containers in _within().values() for c in containers
                     if c not in _within())


def is_country(name: str) -> bool:
    """Whether a place name is a country (the largest place the gazetteer knows)."""
    return fold(name) in _countries()
