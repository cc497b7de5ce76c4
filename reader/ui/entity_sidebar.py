"""The list of people, places and organisations, grouped, with counts per article.

Entities only one article names carry a mark, since that gap is what users look for first.
Choosing one posts `EntitySidebar.Chosen`; the app highlights and jumps to its mentions.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.model import Entity
from ..core.safety import inert

GROUPS = (("PERSON", "People"), ("PLACE", "Places"), ("ORG", "Organisations"))


class EntitySidebar(OptionList):
    """Entities by type; `enter` or a click chooses one."""

    DEFAULT_CSS = """
    EntitySidebar {
        width: 32;
        height: 1fr;
        border-left: solid $panel;
        background: $surface;
        padding: 0;
    }
    EntitySidebar.-hidden { display: none; }
    """

    class Chosen(Message):
        """An entity was chosen."""

        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, **kwargs: object) -> None:
        super().__init__(Option(Text("finding names…", style="italic"), disabled=True),
                         **kwargs)  # type: ignore[arg-type]
        self.entities: dict[str, Entity] = {}

    def show(self, entities: tuple[Entity, ...]) -> None:
        self.clear_options()
        self.entities = {}
        for kind, label in GROUPS:
            members = [e for e in entities if e.type == kind]
            if not members:
                continue
            header = f"{label} ({len(members)})"
            self.add_option(Option(Text(f"{header:<21}  A  B", style="bold"), disabled=True))
            for n, entity in enumerate(members):
                key = f"{kind}-{n}"
                self.entities[key] = entity
                name = inert(entity.name)
                name = name if len(name) <= 20 else name[:19] + "…"
                prompt = Text(name.ljust(20))
                if entity.side != "both":
                    prompt.append(f" {entity.side}", style="bold reverse")
                else:
                    prompt.append("  ")
                prompt.append(f"{entity.count[0]:>3}{entity.count[1]:>3}")
                self.add_option(Option(prompt, id=key))
        if not self.entities:
            self.add_option(Option(Text("no names found", style="italic"), disabled=True))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self.entities.get(event.option.id or "")
        if entity is not None:
            self.post_message(self.Chosen(entity))
