"""One side of an aligned pair as the fact checks read it: the passage as shown and folded."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Side:
    """One side's passage as shown, its folded form, and the map between the two."""

    text: str
    folded: str
    offsets: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the shown text of a span of the folded text."""
        first = self.offsets[start]
        return first, (self.offsets[end - 1] + 1 if end > start else first)
