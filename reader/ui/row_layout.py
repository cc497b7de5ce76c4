"""Where each passage sits in the scrolling column: row heights and the line each starts on.

Heights start as estimates (a word-wrap count, cheap for thousands of rows) and become exact
as rows are drawn; the offsets follow. Kept apart from the widget so that what is geometry and
what is drawing or selection can be read, and changed, separately.
"""

from __future__ import annotations

from bisect import bisect_right


class RowLayout:
    """Heights of the rows and their running offsets, in lines."""

    def __init__(self) -> None:
        self.heights: list[int] = []
        self.offsets: list[int] = []
        self.total = 0
        """Lines of all rows together: the height of the scrolled content."""

    def __len__(self) -> int:
        return len(self.heights)

    def reset(self, heights: list[int]) -> None:
        """New heights for every row (a new width, style or content)."""
        self.heights = heights
        self._recount()

    def fix(self, index: int, height: int) -> bool:
        """The drawn height of a row; True when it differs from what was thought."""
        if self.heights[index] == height:
            return False
        self.heights[index] = height
        self._recount()
        return True

    def row_at(self, line: int) -> int:
        """Index of the row holding a line of the content (-1 when there are no rows)."""
        return bisect_right(self.offsets, line) - 1

    def _recount(self) -> None:
        offsets, total = [], 0
        for height in self.heights:
            offsets.append(total)
            total += height
        self.offsets, self.total = offsets, total
