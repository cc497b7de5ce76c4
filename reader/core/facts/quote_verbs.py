"""Verbs of saying in running text, and the word lists they come from.

`said`, `told`, `according to`, `was quoted as saying`, `adding that`: where a cue may be.
A verb of saying that is also a plural noun (`amid reports that`, `Putin's comments came`)
is no one speaking.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ..names import lexicon as names
from ..text.wordlists import entries
from .word_pattern import find_whole_words, whole_words

_WORDS = Path(__file__).resolve().parent / "data" / "words"


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return entries(_WORDS, "speech_verbs")


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Nouns a description of a speaker ends in: offices (`mayor`) and others (`witness`)."""
    return entries(_WORDS, "speaker_nouns") | names.ROLES


@lru_cache(maxsize=1)
def adverbs() -> frozenset[str]:
    return entries(_WORDS, "speech_adverbs")


@lru_cache(maxsize=1)
def object_verbs() -> frozenset[str]:
    """Verbs of saying that report a clause only after `that` (`noted the role of`)."""
    return entries(_WORDS, "object_verbs")


PARTICIPLES = frozenset("adding noting insisting arguing warning explaining claiming alleging"
                         .split())
_AS_SAYING = re.compile(r"[^.\n]{0,60}?\bas saying\b")
_PRONOUN_CLAUSE = re.compile(r" (?:he|she|they|we|i) [a-z]", re.IGNORECASE)
"""`adding he would`: a participle that reports a clause without `that`."""


@lru_cache(maxsize=1)
def _sought() -> re.Pattern[bytes]:
    """The words `verbs_in` looks at: verbs of saying and the words that open a cue."""
    return whole_words(speech_verbs() | PARTICIPLES | {"saying", "according", "quoted"})


def verbs_in(text: str) -> Iterator[tuple[str, int, int]]:
    """The verbs of saying in the text: (verb, start, end)."""
    verbs = speech_verbs()
    for start, end, word in find_whole_words(text, _sought()):
        before = _word_before(text, start)
        if word in _NOUN_LIKE and (before in _BEFORE_A_NOUN or before.endswith(("'s", "\u2019s"))):
            continue  # `amid reports that`, `Putin's comments came`: nouns, not someone saying
        if word in verbs or word == "saying":
            yield word, start, end
        elif word == "according" and text.startswith(" to", end) and not text[end + 3:end + 4
                                                                              ].isalpha():
            yield "according to", start, end + 3
        elif word == "quoted" and _AS_SAYING.match(text, end):
            yield word, start, end
        elif word in PARTICIPLES and (text.startswith(" that", end) or
                                       _PRONOUN_CLAUSE.match(text, end)):
            yield word, start, end


_NOUN_LIKE = frozenset({"reports", "claims", "comments", "remarks"})
"""Verbs of saying that are also plural nouns."""
_BEFORE_A_NOUN = frozenset("amid despite following after of the these those such news media "
                           "press unconfirmed earlier recent conflicting his her their its "
                           "your my our".split())
"""Words after which `reports` is the noun (`amid reports that …`)."""


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 30):start].split()
    return words[-1].lower() if words else ""
