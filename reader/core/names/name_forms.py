"""How two names compare word by word: the acronyms a name may be written as, two words a
letter apart, a full name without `Jr.`, and two full names of one person. `merge` asks these
questions of the groups it may join."""

from __future__ import annotations

from . import lexicon as lx
from .groups import same_given_name, translit


def acronyms_of(words: list[str]) -> set[str]:
    """The acronyms a multi-word name may be written as: the initials of its words without
    connectors (`CEC`), with them (`DOJ`: Department of Justice), with a dotted word's letters
    (`USGS`: U.S. Geological Survey) and a hyphenated word's parts (`HP`: Hewlett-Packard)."""
    if len(words) < 2:
        return set()  # one word spells no initials of its own
    out = set()
    for keep_connectors in (False, True):
        kept = [w for w in words if keep_connectors or (
            w not in lx.CONNECTORS and w.lower() not in ("the", "and", "for"))]
        if len(kept) < 2 or not all(w[:1].isalpha() for w in kept):
            continue
        out.add("".join(w[0] for w in kept).upper())
        expanded = "".join(
            w.replace(".", "") if "." in w.rstrip(".") else
            "".join(p[:1] for p in w.split("-")) if "-" in w else w[0] for w in kept)
        out.add(expanded.upper())
    return out


def one_letter_apart(one: str, other: str) -> bool:
    """Two words of one length that differ in one letter (`Aden`, `Eden`)."""
    return len(one) == len(other) and sum(x != y for x, y in zip(one, other)) == 1


def without_suffix(tokens: list[str]) -> list[str]:
    """A full name's words without `Jr.` or `III` at the end."""
    while len(tokens) > 2 and tokens[-1] in lx.NAME_SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def same_person(one: list[str], other: list[str]) -> bool:
    """Two full names with one surname skeleton: the same person when the given names can be
    one (`same_given_name`) and any middle names of the shorter are in the longer."""
    if translit(one[-1]) != translit(other[-1]):
        return False
    if not same_given_name(one[0], other[0]):
        return False
    short, long = sorted((one[1:-1], other[1:-1]), key=len)
    rest = [translit(t) for t in long]
    return all(translit(t) in rest or any(r.startswith(t.rstrip(".").lower()) for r in rest)
               for t in short)
