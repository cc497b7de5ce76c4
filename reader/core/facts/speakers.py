"""Who a passage credits its words to: `…, Mayor Vane said`, `said Kiper`, `according to the
governor`, `the police told reporters` (never whom they were told to).

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
def _roles() -> frozenset[str]:
    return frozenset(r.lower() for r in names.ROLES) | _GROUP_ROLES


_TOLD_WORDS = ("told", "tells", "tell")
"""Verbs whose object is whom words were said to (`told police`), never who said them."""
_SPEECH_WORD = re.compile(rf"\b(?:{_SPEECH})\b", re.I)
_ROLE_BEFORE = re.compile(r"(?<![\w-])([\w-]+)\s+(?:(?:has|had|have)\s+)?$", re.I)
_ROLE_AFTER = re.compile(r"\s+(?:(?:the|a|an)\s+)?([\w-]+)\b", re.I)


def _role_mentions(text: str) -> list[tuple[int, int]]:
    """Spans of role words credited with speech: `the mayor said`, `said the mayor` (not
    `told police`: the police were told)."""
    roles = _roles()
    out = []
    resume = 0
    for match in _SPEECH_WORD.finditer(text):
        if match.start() < resume:
            continue
        head_start = max(resume, match.start() - 40)
        before = _ROLE_BEFORE.search(text, head_start, match.start())
        if before and before.group(1).lower() in roles:
            out.append((before.start(1), before.end(1)))
            resume = match.end()
            continue
        after = _ROLE_AFTER.match(text, match.end())
        if after and after.group(1).lower() in roles and \
                match.group(0).lower() not in _TOLD_WORDS:  # `told police`: police heard it
            out.append((after.start(1), after.end(1)))
            resume = after.end()
    return out


_SPEECH_AFTER = re.compile(rf"^(?:'s?|\u2019s?)?\s*(?:(?:has|had|have|was|were)\s+)?(?:{_SPEECH})\b",
                           re.I)
_TOLD = re.compile(rf"\b(?:{'|'.join(_TOLD_WORDS)})\s*(?:the\s+)?$", re.I)
"""`He told the judge`, `told People`: whom words were said to, never who said them."""
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH})\s*(?:by\s+)?(?:the\s+)?$", re.I)


def speakers(text: str, spans: tuple[NameSpan, ...]) -> list[Speaker]:
    """Speakers credited in a passage, in order."""
    out: list[Speaker] = []
    taken: list[tuple[int, int]] = []
    for span in spans:
        if span.type not in ("PERSON", "ORG"):
            continue
        head = text[max(0, span.start - 40):span.start]
        if _SPEECH_AFTER.match(text[span.end:span.end + 40]) or (
                _SPEECH_BEFORE.search(head) and not _TOLD.search(head)):
            out.append(Speaker(span.key, span.start, span.end))
            taken.append((span.start, span.end))
    for start, end in _role_mentions(text):
        if any(s <= start < e or start <= s < end for s, e in taken):
            continue
        if any(abs(start - s) < 40 for s, _ in taken):
            continue  # `police spokesman John Smith said`: the name is the speaker
        out.append(Speaker(fold(text[start:end]), start, end))
    return sorted(out, key=lambda s: s.start)
