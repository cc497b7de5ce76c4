"""The baseline for key latency: a Textual app that does nothing on `j` but say which
passage it would be at, in the same words `bench_app.py` waits for ("Passage 2:")."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static


class Counter(App[None]):
    BINDINGS = [("j", "next", "Next")]

    def __init__(self) -> None:
        super().__init__()
        self.at = 1

    def compose(self) -> ComposeResult:
        yield Static(f"Passage {self.at}:", id="at")

    def action_next(self) -> None:
        self.at += 1
        self.query_one("#at", Static).update(f"Passage {self.at}:")


if __name__ == "__main__":
    Counter().run()
