"""Reopening a pair where it was left: the selected passage is saved while reading (a moment
after the last move, and on quitting) and restored after the first paint.

The position file is small and rewritten whole (`reader.core.store.positions`); a failure to
write it costs only the convenience, so it is said once and reading goes on.
"""

from __future__ import annotations

from ..core.model import Comparison
from ..core.output.rows import Row
from ..core.store import positions
from .base import ReaderBase
from .passage_view import PassageView

SAVE_AFTER = 1.5
"""Seconds after the last move before the position is written (not on every key)."""


def row_for(rows: list[Row], saved: positions.Position) -> int:
    """The row holding the saved passage's first sentence of A (else of B), else the same
    passage number, within the rows there are."""
    for side, sentence in ((0, saved.a), (1, saved.b)):
        if sentence is None:
            continue
        for k, row in enumerate(rows):
            if sentence in (row.a if side == 0 else row.b):
                return k
    return max(0, min(saved.row, len(rows) - 1))


class ResumeMixin(ReaderBase):
    """Saves and restores the selected passage of each pair."""

    _position_key: str | None = None
    _position_timer: object | None = None
    _position_failed = False

    def resume_position(self, comparison: Comparison, rows: list[Row]) -> None:
        """Go back to where this pair was left, saying so."""
        self._position_key = positions.pair_key(comparison.a.digest, comparison.b.digest)
        saved = positions.load(self.positions_path, self._position_key)
        if saved is None or not rows:
            return
        target = row_for(rows, saved)
        view = self.query_one(PassageView)
        if target and view.selected == 0:
            view.go(target)
            self.notify(f"Back at passage {target + 1}, where you left this pair "
                        "(g for the first).", timeout=4)

    def position_changed(self) -> None:
        """Save the position a moment after moves stop."""
        if self._position_key is None:
            return
        timer = self._position_timer
        if timer is not None:
            timer.reset()  # type: ignore[attr-defined]
        else:
            self._position_timer = self.set_timer(SAVE_AFTER, self.save_position)

    def save_position(self) -> None:
        self._position_timer = None
        view = self.query_one(PassageView)
        if self._position_key is None or not self.rows or view.selected >= len(self.rows):
            return
        row = self.rows[view.selected]
        position = positions.Position(row.a[0] if row.a else None, row.b[0] if row.b else None,
                                      view.selected)
        try:
            positions.save(self.positions_path, self._position_key, position)
        except OSError as exc:
            if not self._position_failed:
                self._position_failed = True
                self.notify(f"Could not remember the position: {exc.strerror or exc}",
                            severity="warning", timeout=5)

    async def action_quit(self) -> None:
        if self._position_key is not None:
            self.save_position()
        self.exit()
