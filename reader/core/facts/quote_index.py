"""One article's names and quotations indexed by offset, for the questions the quote readers
ask at every attribution: which names stand between two offsets, which name ends just before
one, whether an offset is inside a quotation, which name of a group (an entity, a surname) was
the last before an offset.

Scanning every name or quotation for each attribution grows with the square of the article
(seconds for an article of 5,000 sentences); these answers come from sorted offsets
(`bisect`) and stay the same as those scans'.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence

from .speakers import NameSpan

SPEAKING = ("PERSON", "ORG", "PLACE")
"""The kinds of name that can speak (a place stands for its government)."""


def stripped_end(text: str, at: int) -> int:
    """Where `text[:at].rstrip()` ends, without copying all the text before `at`."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


class SpanIndex:
    """Names sorted by (start, end), as `quotes` lists them, found by offset."""

    def __init__(self, spans: Sequence[NameSpan]) -> None:
        self.spans = list(spans)
        self.starts = [s.start for s in self.spans]
        self.by_end: dict[int, list[NameSpan]] = {}
        for span in self.spans:
            self.by_end.setdefault(span.end, []).append(span)

    def between(self, low: int, high: int) -> list[NameSpan]:
        """The names starting in [low, high), in order."""
        return self.spans[bisect_left(self.starts, low):bisect_left(self.starts, high)]

    def first_from(self, low: int) -> NameSpan | None:
        """The first name starting at `low` or after."""
        k = bisect_left(self.starts, low)
        return self.spans[k] if k < len(self.spans) else None

    def ending(self, at: int, text: str = "") -> NameSpan | None:
        """The speaking name that ends at `at` or up to three characters before it (with only
        a possessive between, when `text` is given): the one ending last, the first listed of
        those ending there."""
        for end in range(at, at - 4, -1):
            for span in self.by_end.get(end, ()):
                if span.type in SPEAKING and (not text or not text[end:at].strip(" '\u2019s")):
                    return span
        return None


class Covered:
    """Whether an offset falls in one of a set of [start, end) ranges (quotations)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [start for start, _ in ordered]
        self.reach: list[int] = []  # the furthest end of the ranges up to each one
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def __contains__(self, offset: int) -> bool:
        k = bisect_right(self.starts, offset) - 1
        return k >= 0 and self.reach[k] > offset

    def any_starting(self, low: int, high: int) -> bool:
        """Whether a range starts in [low, high)."""
        return bisect_left(self.starts, low) < bisect_left(self.starts, high)


class Grouped:
    """Names sorted into groups (by entity, by surname…), each in reading order, so that the
    last of a group before an offset is found at once."""

    def __init__(self, names: list[NameSpan], group: Callable[[NameSpan], str | None],
                 among: Iterable[int] | None = None) -> None:
        """`among`: the indices of the names that may belong to a group (default: all)."""
        self.groups: dict[str, tuple[list[int], list[int]]] = {}  # (starts, indices in names)
        for n in range(len(names)) if among is None else among:
            span = names[n]
            found = group(span)
            if found is not None:
                starts, indices = self.groups.setdefault(found, ([], []))
                starts.append(span.start)
                indices.append(n)

    def last(self, group: str, at: int) -> int:
        """The index of the group's last name starting before `at`, or -1."""
        starts, indices = self.groups.get(group, ([], []))
        k = bisect_left(starts, at)
        return indices[k - 1] if k else -1
