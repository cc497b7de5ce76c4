"""The list of people, places and organisations, grouped, with counts per article.

Entities only one article names carry a mark, since that gap is what users look for first.
Choosing one posts `EntitySidebar.Chosen`; the app highlights and jumps to its mentions. The
app mounts the list once the names are known, in place of a "finding names" line.
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
        self.entities: dict[str, Entity] = {}
        super().__init__(*self._entity_options(entities), **kwargs)  # type: ignore[arg-type]

    def show(self, entities: tuple[Entity, ...]) -> None:
        """List these entities instead."""
        self.clear_options()
        self.add_options(self._entity_options(entities))

    def _entity_options(self, entities: tuple[Entity, ...]) -> list[Option]:
        self.entities = {}
        options = []
        for kind, label in GROUPS:
            members = [e for e in entities if e.type == kind]
            if not members:
                continue
            header = f"{label} ({len(members)})"
            options.append(Option(Text(f"{header:<21}  A  B", style="bold"), disabled=True))
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
                options.append(Option(prompt, id=key))
        if not self.entities:
            options.append(Option(Text("no names found", style="italic"), disabled=True))
        return options

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self.entities.get(event.option.id or "")
        if entity is not None:
            self.post_message(self.Chosen(entity))
