"""What the note-taking keys do: bookmarks, notes, the bookmark list, export and copying.

A note is something a person wrote: it is never removed without asking. Modal screens are
imported when first opened: they are not needed for the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text

from ..core.output.rows import Row
from ..core.safety import inert
from ..core.store.bookmarks import BookmarkError
from .actions import ActionsMixin


class NotesMixin(ActionsMixin):
    """Bookmarks, notes, export and the clipboard for `ReaderApp`."""

    def _after_bookmark_change(self) -> None:
        self._view.mark_bookmarked(self.marks.rows_marked(self.rows))
        self._describe()

    def action_bookmark(self) -> None:
        """Bookmark the passage, or remove its bookmark; one holding a note is removed
        only once the user says so (the note would be lost)."""
        row = self._current()
        if row is None:
            return
        existing = self.marks.find(row)
        if existing is not None:
            self._remove_asking(existing.note, lambda: self._toggle(row))
        else:
            self._toggle(row)

    def _remove_asking(self, note: str, remove: Callable[[], None]) -> None:
        """Remove a bookmark at once, or, when that would lose its note, once the user
        says so (from the passages and from the bookmark list alike)."""
        if not note.strip():
            remove()
            return
        from .screens.confirm import ConfirmScreen

        question = Text("This bookmark has a note:\n")
        question.append(f"“{inert(note.strip())}”\n", style="italic")
        question.append("Remove the bookmark and its note?")

        def answered(yes: bool | None) -> None:
            if yes:
                remove()
            else:
                self.notify("Bookmark and note kept.", timeout=2)

        self.push_screen(ConfirmScreen(question, "y remove · n keep"), answered)

    def _toggle(self, row: Row) -> None:
        try:
            added = self.marks.toggle(row)
        except BookmarkError as exc:
            self.bookmark_error(exc)
            return
        self._after_bookmark_change()
        self.notify("Bookmarked." if added else "Bookmark removed.", timeout=2)

    def _delete(self, bookmark_id: str) -> None:
        try:
            self.marks.delete(bookmark_id)
        except BookmarkError as exc:
            self.bookmark_error(exc)
            return
        self._after_bookmark_change()
        self.notify("Bookmark removed.", timeout=2)

    def action_note(self) -> None:
        row = self._current()
        if row is None:
            return
        existing = self.marks.find(row)
        from .screens.prompt import PromptScreen

        def done(note: str | None) -> None:
            if note is None:
                return
            try:
                self.marks.set_note(row, note.strip())
            except BookmarkError as exc:
                self.bookmark_error(exc)
                return
            self._after_bookmark_change()

        self.push_screen(PromptScreen("Note for this passage (bookmarks it):",
                                      existing.note if existing else ""), done)

    def action_bookmarks(self) -> None:
        if self.comparison is None:
            return
        from ..core.output.markdown import find_row
        from .screens.bookmark_list import BookmarkListScreen

        at = {b.id: self.rows.index(row) for b in self.marks.items
              if (row := find_row(self.rows, self.comparison, b)) is not None}
        found = set(at)
        ordered = sorted(self.marks.items, key=lambda b: at.get(b.id, len(self.rows)))
        # in reading order, as the passages stand; those not in this alignment last

        def done(choice: tuple[str, str] | None) -> None:
            if choice is None or self.comparison is None:
                return
            verb, bookmark_id = choice
            bookmark = next((b for b in self.marks.items if b.id == bookmark_id), None)
            if bookmark is None:
                return
            if verb == "delete":
                self._remove_asking(bookmark.note, lambda: self._delete(bookmark_id))
                return
            row = find_row(self.rows, self.comparison, bookmark)
            if row is None:
                self.notify("That passage is not in the current alignment.", timeout=4)
            else:
                self._view.go(self.rows.index(row))

        self.push_screen(BookmarkListScreen(ordered, found), done)

    def action_export(self) -> None:
        if self.comparison is None:
            return
        from ..core.output.markdown import default_name, free_path, to_markdown
        from ..core.output.textreport import plural

        suggestion = free_path(Path.cwd() / default_name(self.comparison))
        shown = str(suggestion)
        if inert(shown) != shown:  # a folder name with controls: the same file, named plainly
            shown = suggestion.name
        from .screens.prompt import PromptScreen

        def done(name: str | None) -> None:
            if not name or self.comparison is None:
                return
            path = Path(name).expanduser()
            text = to_markdown(self.comparison, self.marks.items)
            try:
                with path.open("x", encoding="utf-8") as handle:
                    handle.write(text)
            except FileExistsError:
                self.notify(f"{inert(str(path))} exists; not overwritten. Choose another name.",
                            severity="warning", timeout=8)
                return
            except OSError as exc:
                self.notify(f"Cannot write {inert(str(path))}: {exc.strerror or exc}",
                            severity="error", timeout=8)
                return
            flags = self.comparison.discrepancy_count
            what = [plural(flags, "discrepancy", "discrepancies")]
            if self.marks.items:
                what.append(plural(len(self.marks.items), "bookmark"))
            self.notify(f"Exported {' and '.join(what)} to {inert(str(path))}", timeout=8)

        self.push_screen(PromptScreen("Export notes to (Markdown):", shown), done)

    def action_copy(self) -> None:
        """Put the selected passage, both sides quoted with where they are, on the clipboard
        through the terminal (OSC 52); say plainly when the terminal will not take it."""
        row = self._current()
        if row is None or self.comparison is None:
            return
        from ..core.output.citation import citation
        from .clipboard import refusal

        text = citation(self.comparison, row)
        why = refusal(text)
        if why is not None:
            self.notify(f"Not copied: {why}. Export (e) holds the passage with its citation.",
                        severity="warning", timeout=8)
            return
        self.copy_to_clipboard(text)
        self.notify(f"Copied passage {self._view.selected + 1} with its citation.", timeout=3)
