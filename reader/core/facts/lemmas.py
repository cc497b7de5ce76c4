"""A light singular form of a word, the form figures are paired by (`drones` → drone,
`people` → person)."""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

_IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman",
              "lives": "life", "feet": "foot", "police": "police"}


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """A light singular form: `drones` → drone, `injuries` → injury, `people` → person."""
    word = word.lower().strip("'")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in lexicon.person_nouns():
        return "person"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
