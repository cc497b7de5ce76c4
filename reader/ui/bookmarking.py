"""The app's side of bookmarks: which rows are bookmarked, toggling, notes. No widgets here."""

from __future__ import annotations

from ..core.model import Comparison
from ..core.output.rows import Row, row_text
from ..core.store.bookmarks import Bookmark, BookmarkError, BookmarkStore, new_bookmark


class Bookmarks:
    """Bookmarks of one compared pair, kept in step with the store on disk."""

    def __init__(self, store: BookmarkStore) -> None:
        self.store = store
        self.items: list[Bookmark] = []
        self.comparison: Comparison | None = None
        self.broken: str | None = None

    def attach(self, comparison: Comparison) -> str | None:
        """Load the bookmarks of this pair; returns a problem to report, if any."""
        self.comparison = comparison
        return self._reload()

    def _reload(self, items: list[Bookmark] | None = None) -> str | None:
        assert self.comparison is not None
        try:
            items = self.store.load() if items is None else items
        except BookmarkError as exc:
            self.broken = str(exc)
            return self.broken
        a, b = self.comparison.a.digest, self.comparison.b.digest
        self.items = [item for item in items if item.same_pair(a, b)]
        problem, self.store.problem = self.store.problem, None
        return problem

    def texts(self, row: Row) -> tuple[str, str]:
        assert self.comparison is not None
        return row_text(self.comparison, row, 0), row_text(self.comparison, row, 1)

    def find(self, row: Row) -> Bookmark | None:
        if self.comparison is None:  # not attached yet: nothing is bookmarked
            return None
        a_text, b_text = self.texts(row)
        return next((b for b in self.items if b.same_passage(a_text, b_text)), None)

    def rows_marked(self, rows: list[Row]) -> set[int]:
        return {k for k, row in enumerate(rows) if self.find(row) is not None}

    def toggle(self, row: Row) -> bool:
        """Add a bookmark on the row, or remove the one it has; True when added."""
        if self.broken:
            raise BookmarkError(self.broken)
        if self.comparison is None:
            raise BookmarkError("bookmarks are still loading; try again")
        existing = self.find(row)
        if existing is not None:
            self._reload(self.store.remove(existing.id))
            return False
        self._reload(self.store.add(self._new(row)))
        return True

    def _new(self, row: Row, note: str = "") -> Bookmark:
        assert self.comparison is not None
        a, b = self.comparison.a, self.comparison.b
        a_text, b_text = self.texts(row)
        return new_bookmark(a.source, a.digest, b.source, b.digest, a_text, b_text, note)

    def set_note(self, row: Row, note: str) -> None:
        if self.broken:
            raise BookmarkError(self.broken)
        if self.comparison is None:
            raise BookmarkError("bookmarks are still loading; try again")
        existing = self.find(row)
        if existing is None:
            self._reload(self.store.add(self._new(row, note)))
        else:
            self._reload(self.store.set_note(existing.id, note))

    def delete(self, bookmark_id: str) -> None:
        self._reload(self.store.remove(bookmark_id))
