"""The list of people, places and organisations, grouped, with counts per article.

Entities only one article names carry a mark, since that gap is what users look for first.
Choosing one posts `EntitySidebar.Chosen`; the app highlights and jumps to its mentions. The
app mounts the list once the names are known, in place of a "finding names" line. The names
take the width the sidebar has (it widens with the terminal); typing while the list has the
focus filters it, and the key bar then shows the list's own keys.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.model import Entity
from ..core.safety import inert
from ..core.text.normalize import fold

GROUPS = (("PERSON", "People"), ("PLACE", "Places"), ("ORG", "Organisations"))
COUNTS = 8
"""Cells right of a name: the one-side badge and the counts in A and B."""


class EntitySidebar(OptionList):
    """Entities by type; `enter` or a click chooses one; typing filters."""

    OWN_KEY_BAR: ClassVar[bool] = True
    """Typed letters filter here, so the app's letter keys do not apply."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Move", key_display="↑↓"),
        Binding("enter", "select", "Highlight & jump", key_display="enter"),
        Binding("backspace", "unfilter(1)", "Delete", show=False),
        Binding("escape", "unfilter(0)", "Clear", key_display="esc"),
        Binding("tab", "app.focus_next", "Passages", key_display="tab"),
    ]
    DEFAULT_CSS = """
    EntitySidebar {
        height: 1fr;
        border-left: solid $panel;
        padding: 0;
    }
    """

    class Chosen(Message):
        """An entity was chosen."""

        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, entities: tuple[Entity, ...], **kwargs: object) -> None:
        self.all_entities = entities
        self.entities: dict[str, Entity] = {}
        self.typed = ""
        self._drawn_width = 0
        super().__init__(**kwargs)  # type: ignore[arg-type]

    def on_mount(self) -> None:
        self._relist()  # once mounted: the names take the width there is

    def show(self, entities: tuple[Entity, ...]) -> None:
        """List these entities instead."""
        self.all_entities = entities
        self._relist()

    def _relist(self) -> None:
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        self.clear_options()
        self.add_options(self._entity_options(self.all_entities))
        if highlighted is not None and highlighted in self.entities:
            self.highlighted = self.get_option_index(highlighted)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._drawn_width:
            self._relist()

    def _name_width(self) -> int:
        return max((self.scrollable_content_region.width or 32) - COUNTS - 3, 12)  # padding

    def _entity_options(self, entities: tuple[Entity, ...]) -> list[Option]:
        self._drawn_width = self.size.width
        width = self._name_width()
        wanted = fold(self.typed)
        self.entities = {}
        options: list[Option] = []
        if self.typed:
            options.append(Option(Text(f"filter: {inert(self.typed)}▏ (esc clears)",
                                       style="italic"), disabled=True))
        for kind, label in GROUPS:
            members = [(n, e) for n, e in enumerate(entities) if e.type == kind
                       and (not wanted or any(wanted in fold(v) for v in (e.name, *e.variants)))]
            if not members:
                continue
            header = f"{label} ({len(members)})"
            options.append(Option(Text(f"{header:<{width}}    A  B", style="bold"),
                                  disabled=True))
            for n, entity in members:
                key = f"{kind}-{n}"
                self.entities[key] = entity
                name = inert(entity.name)
                name = name if len(name) <= width else name[:width - 1] + "…"
                prompt = Text(name.ljust(width))
                if entity.side != "both":
                    prompt.append(f" {entity.side}", style="bold reverse")
                else:
                    prompt.append("  ")
                prompt.append(f"{entity.count[0]:>3}{entity.count[1]:>3}")
                options.append(Option(prompt, id=key))
        if not self.entities:
            none = "no name matches" if self.typed else "no names found"
            options.append(Option(Text(none, style="italic"), disabled=True))
        return options

    def on_key(self, event: events.Key) -> None:
        """Letters, digits, spaces and the marks names hold add to the filter."""
        ch = event.character or ""
        if len(ch) != 1 or not (ch.isalnum() or ch in "-'’." or (ch == " " and self.typed)):
            return
        event.stop()
        event.prevent_default()
        self.typed += ch
        self._relist()
        self._highlight_first()

    def _highlight_first(self) -> None:
        first = next((k for k in range(self.option_count)
                      if not self.get_option_at_index(k).disabled), None)
        self.highlighted = first

    async def action_unfilter(self, one: int) -> None:
        """Backspace drops a typed letter; escape clears the filter, or else the highlight."""
        if not self.typed:
            if not one:
                await self.app.run_action("clear_highlights")
            return
        self.typed = self.typed[:-1] if one else ""
        self._relist()
        self._highlight_first()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self.entities.get(event.option.id or "")
        if entity is not None:
            self.post_message(self.Chosen(entity))
