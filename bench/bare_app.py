"""The baseline for first paint: a bare Textual app showing two texts in two plain panes."""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static


class Bare(App[None]):
    def __init__(self, a: str, b: str) -> None:
        super().__init__()
        self.texts = (a, b)

    def compose(self) -> ComposeResult:
        with Horizontal():
            for text in self.texts:
                with VerticalScroll():
                    yield Static(text, markup=False)


if __name__ == "__main__":
    Bare(Path(sys.argv[1]).read_text(), Path(sys.argv[2]).read_text()).run()
