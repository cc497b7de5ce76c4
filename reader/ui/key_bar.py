"""The bottom line: the keys that matter now, and the command palette key at the right.

One line drawn as text rather than a row of widgets: it costs the first frame almost nothing
and redraws in microseconds when the available keys change (at the ends of the list, when the
sidebar takes focus). Clicking a key does what pressing it does. When the line is too short
for every key, the least needed go first (the app ranks them in `KEY_BAR_RANK`); help and quit
always stay, and help lists the rest. A focused widget that sets `OWN_KEY_BAR` (the names
sidebar, where typing filters) shows only its own keys and help, since the others do not
reach the app while it has focus.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class Key(NamedTuple):
    """One key shown: its name, how it is shown, what it does, whether it can now."""

    key: str
    display: str
    description: str
    action: str
    enabled: bool


class KeyBar(Widget):
    """Keys of the focused widget and its ancestors marked to be shown, without duplicates."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--disabled"}

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .key-bar--key { color: $footer-key-foreground; text-style: bold; }
    KeyBar > .key-bar--disabled { color: $text-disabled; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._spans: list[tuple[int, int, Key]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        self.refresh()

    def keys(self) -> tuple[list[Key], Key | None]:
        """The keys to show, and the command palette's key (shown apart)."""
        shown: list[Key] = []
        actions: set[str] = set()
        palette = None
        focused = self.screen.focused
        own = focused if getattr(focused, "OWN_KEY_BAR", False) else None
        for key, (node, binding, enabled, _tip) in self.screen.active_bindings.items():
            entry = Key(key, self.app.get_key_display(binding), binding.description,
                        binding.action, enabled)
            if key == self.app.COMMAND_PALETTE_BINDING and self.app.ENABLE_COMMAND_PALETTE:
                palette = entry._replace(description="palette")
            elif own is not None and node is not own and binding.action != "help":
                continue
            elif binding.show and binding.action not in actions:
                actions.add(binding.action)
                shown.append(entry)
        return shown, palette

    def _fitting(self, shown: list[Key]) -> list[Key]:
        """The keys that fit on the line, dropping the least needed first."""
        rank: dict[str, int] = getattr(self.app, "KEY_BAR_RANK", {})
        width = self.size.width or 10_000

        def cells(entries: list[Key]) -> int:
            return sum(len(e.display) + len(e.description) + 3 for e in entries)

        kept = list(shown)
        by_need = sorted(kept, key=lambda e: rank.get(e.action, 50), reverse=True)
        for entry in by_need:
            if cells(kept) <= width or rank.get(entry.action, 50) == 0:
                break
            kept.remove(entry)
        return kept

    def render(self) -> Text:
        shown, palette = self.keys()
        shown = self._fitting(shown)
        key_style = self.get_component_rich_style("key-bar--key")
        off_style = self.get_component_rich_style("key-bar--disabled")
        text, spans = Text(no_wrap=True, overflow="crop"), []

        def add(entry: Key) -> None:
            start = text.cell_len
            text.append(f" {entry.display} ", key_style if entry.enabled else off_style)
            text.append(f"{entry.description} ", None if entry.enabled else off_style)
            spans.append((start, text.cell_len, entry))

        for entry in shown:
            add(entry)
        if palette is not None:
            width = len(palette.display) + len(palette.description) + 4
            if text.cell_len + width <= self.size.width:
                text.append(" " * (self.size.width - text.cell_len - width))
                text.append("▏", Style(dim=True))
                add(palette)
        self._spans = spans
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, entry in self._spans:
            if start <= event.x < end and entry.enabled:
                event.stop()
                self.app.simulate_key(entry.key)
                return
