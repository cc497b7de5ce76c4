"""A bounded memory of readings, which another process's readings can fill.

The figure and date checks, the flags the articles explain themselves and the figures table
all read the same sentences (a one-sentence passage is read by the checks as a whole, then
again as a sentence). Reading is pure (the same text always gives the same result), so each
reading keeps its results per text in a `Kept`, and a long comparison can read every
sentence ahead in another process and hand the results over (`readings`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

SIZE = 1 << 16
"""Texts kept per reading: more than the sentences of two 20,000-sentence articles that hold
a figure or a date."""


class Kept(Generic[K, V]):
    """Values by key, at most `size`; the older half is forgotten when full. Values must be
    immutable (tuples of frozen dataclasses): every caller shares them."""

    def __init__(self, size: int = SIZE) -> None:
        self._size = size
        self._values: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        return self._values.get(key)

    def put(self, key: K, value: V) -> V:
        if len(self._values) >= self._size:
            for old in list(self._values)[:self._size // 2]:
                self._values.pop(old, None)
        self._values[key] = value
        return value

    def update(self, items: Iterable[tuple[K, V]]) -> None:
        for key, value in items:
            self.put(key, value)

    def items(self) -> list[tuple[K, V]]:
        return list(self._values.items())

    def clear(self) -> None:
        self._values.clear()
