"""The lists of the Q, F and bookmark views, moved through with the reading view's keys."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class KeyedList(OptionList):
    """An option list that also answers `j`/`k` (next, previous) and `g`/`G` (first, last),
    the keys the key bar teaches for the passages, so they work the same in every list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next", show=False),
        Binding("k", "cursor_up", "Previous", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]
