"""Who a passage credits its words to: `…, Mayor Vane said`, `said Kiper`, `according to the
governor`, `the police told reporters`.

A speaker is a named person or organisation beside a verb of saying, or a role (`the mayor`,
`police`) where no name is given. Two aligned passages that credit their words to different
speakers are an attribution conflict, the kind of slip a fact-checker must see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..names import lexicon as names
from ..text.normalize import fold

_SPEECH = (r"said|says|say|told|tells|added|adds|wrote|writes|stated|states|claimed|claims|"
           r"insisted|insists|announced|announces|confirmed|confirms|denied|denies|warned|"
           r"warns|explained|noted|tweeted|posted|argued|according to")
_GROUP_ROLES = frozenset("police officials authorities officers investigators prosecutors "
                         "witnesses residents doctors firefighters spokesman spokeswoman "
                         "spokesperson".split())


@dataclass(frozen=True)
class NameSpan:
    """A name found by the entity index in a passage: where, its type and its entity."""

    start: int
    end: int
    type: str
    key: str


@dataclass(frozen=True)
class Speaker:
    """Who is credited: an entity key, or a role word; and where in the passage."""

    key: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    roles = sorted(set(names.ROLES) | _GROUP_ROLES, key=len, reverse=True)
    role = "|".join(re.escape(r) for r in roles)
    return re.compile(rf"\b(?:the |a |an |his |her |their )?(?P<role>{role})\b\s+"
                      rf"(?:(?:has|had|have)\s+)?(?:{_SPEECH})\b"
                      rf"|\b(?:{_SPEECH})\s+(?:the |a |an )?(?P<role2>{role})\b", re.I)


_SPEECH_AFTER = re.compile(rf"^(?:'s?|\u2019s?)?\s*(?:(?:has|had|have|was|were)\s+)?(?:{_SPEECH})\b",
                           re.I)
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH})\s*(?:by\s+)?(?:the\s+)?$", re.I)


def speakers(text: str, spans: tuple[NameSpan, ...]) -> list[Speaker]:
    """Speakers credited in a passage, in order."""
    out: list[Speaker] = []
    taken: list[tuple[int, int]] = []
    for span in spans:
        if span.type not in ("PERSON", "ORG"):
            continue
        if _SPEECH_AFTER.match(text[span.end:span.end + 40]) or \
                _SPEECH_BEFORE.search(text[max(0, span.start - 40):span.start]):
            out.append(Speaker(span.key, span.start, span.end))
            taken.append((span.start, span.end))
    for match in _role_pattern().finditer(text):
        group = "role" if match.group("role") else "role2"
        start, end = match.start(group), match.end(group)
        if any(s <= start < e or start <= s < end for s, e in taken):
            continue
        if any(abs(start - s) < 40 for s, _ in taken):
            continue  # `police spokesman John Smith said`: the name is the speaker
        out.append(Speaker(fold(match.group(group)), start, end))
    return sorted(out, key=lambda s: s.start)
