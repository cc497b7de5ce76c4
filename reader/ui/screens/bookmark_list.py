"""The bookmarks of this pair: enter jumps to one, delete removes it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ...core.safety import inert
from ...core.store.bookmarks import Bookmark
from .listing import KeyedList


class BookmarkListScreen(ModalScreen[tuple[str, str] | None]):
    """Returns ("jump", id), ("delete", id) or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "cancel", "Close"),
        Binding("delete,d,x", "delete", "Delete bookmark"),
    ]
    DEFAULT_CSS = """
    BookmarkListScreen { align: center middle; }
    BookmarkListScreen > Vertical {
        width: 90%; height: 80%; background: $surface; border: round $primary; padding: 0 1;
    }
    BookmarkListScreen OptionList { height: 1fr; }
    """

    def __init__(self, bookmarks: list[Bookmark], found: set[str]) -> None:
        super().__init__()
        self.bookmarks = bookmarks
        self.found = found

    def compose(self) -> ComposeResult:
        options = []
        for bookmark in self.bookmarks:
            prompt = Text("★ ", style="bold")
            prompt.append(inert(" ".join((bookmark.a_text or bookmark.b_text).split()[:14])))
            if bookmark.note:
                prompt.append(f"\n   {inert(bookmark.note)}", style="italic")
            if bookmark.id not in self.found:
                prompt.append("\n   (passage not in the current alignment)", style="dim")
            options.append(Option(prompt, id=bookmark.id))
        with Vertical():
            yield Label(f"Bookmarks ({len(self.bookmarks)}) — enter: go to · delete: remove "
                        "· escape: close")
            yield KeyedList(*options) if options else Label("No bookmarks yet: press b on a "
                                                            "passage.")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(("jump", event.option.id or ""))

    def action_delete(self) -> None:
        lists = self.query(OptionList)
        if lists:
            option_list = lists.first()
            index = option_list.highlighted
            if index is not None:
                self.dismiss(("delete", option_list.get_option_at_index(index).id or ""))

    def action_cancel(self) -> None:
        self.dismiss(None)
