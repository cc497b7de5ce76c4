"""Who, where and which organisations each article names: one entity per real-world referent.

Spans found by `candidates` are grouped by folded spelling, merged across both articles the
way a reader links them (`merge`), and typed from all mentions together (`decide`); a name
left untyped takes the type of the names listed with it (`X, Y and Z`). A name one article
writes capitalised and the other in lower case (`Northern Railway`, `Northern railway`) counts
for both.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..collector import paused
from ..model import Article, Entity, EntityType, Mention
from . import lexicon as lx
from .candidates import candidates, capitalised_words
from .cues import Candidate, listed_together
from .decide import TYPES, decide, junk, vessel
from .groups import Group, key
from .merge import Merger

_LOWER_WORD = re.compile(r"[a-z](?<=\b[a-z])[a-z'-]+\b")
"""A word in lower case (the class first lets the regex engine skip ahead to candidates)."""


def _lowercase_words(articles: tuple[Article, Article]) -> set[str]:
    """Words the articles write in lower case. A word never spans a space, so each distinct
    space-separated piece is read once: on a long article, several times faster."""
    pieces = set("\n".join(s.text for article in articles for s in article.sentences).split())
    return set(_LOWER_WORD.findall(" ".join(pieces)))


def extract(a: Article, b: Article) -> tuple[Entity, ...]:
    """The people, places and organisations named in the content of both articles.

    Finding names makes many small objects that refer to no cycle (spans, their votes, groups)
    and frees them by reference counting; the cyclic garbage collector, run meanwhile, would
    walk every object of the process again and again (a tenth to a sixth of the time on a long
    article). It is paused until the names are found (and collects what is left afterwards).
    """
    with paused():
        return _extract(a, b)


def _extract(a: Article, b: Article) -> tuple[Entity, ...]:
    lowercase = _lowercase_words((a, b))
    capitalised = capitalised_words([s.text for art in (a, b) for s in art.sentences])
    groups: dict[str, Group] = {}
    siblings: dict[int, tuple[str, list[Candidate]]] = {}
    memo: dict = {}
    spelt_out: list[tuple[str, str]] = []
    for side, article in enumerate((a, b)):
        for sentence in article.sentences:
            found = candidates(sentence.index, sentence.text, lowercase, capitalised, memo)
            listed = (sentence.text, found) if len(found) > 1 else None
            if listed and "(" in sentence.text:
                spelt_out.extend(_spelt_out(sentence.text, found))
            for candidate in found:
                k = key(candidate.text)
                if len(k) < 2:
                    continue
                group = groups.get(k)
                if group is None:
                    group = groups[k] = Group(k)
                group.add(side, candidate)
                if listed:
                    siblings[id(candidate)] = listed
    Merger(groups, spelt_out).run()
    decided: dict[str, EntityType] = {}
    for k, group in groups.items():
        kind = decide(group, lowercase, capitalised)
        if kind:
            decided[k] = kind
    owner = {id(c): k for k, g in groups.items() for _, c in g.mentions}
    for k, group in groups.items():
        if k in decided or junk(group.canonical) or vessel(group.canonical) or \
                (all(t.lower() in lowercase for t in group.canonical.split()) and not any(
                    t in lx.ORG_WORDS or t in lx.PLACE_LAST for t in group.canonical.split())):
            continue  # `Food` in `the Department for Environment, Food and Rural Affairs`
        inherited = Counter(decided[owner[id(p)]] for _, c in group.mentions
                            for p in _peers(c, siblings) if owner.get(id(p)) in decided)
        if inherited:
            decided[k] = inherited.most_common(1)[0][0]
    _mark_lower_case_mentions((a, b), groups, set(decided))
    return tuple(sorted((_entity(groups[k], t) for k, t in decided.items()), key=_order))


def _spelt_out(text: str, found: list[Candidate]) -> list[tuple[str, str]]:
    """Keys of a multi-word name and of the acronym in brackets right after it (`Foreign
    Intelligence Surveillance Act (FISA)`), when the acronym starts with the name's letter."""
    out = []
    for name, short in zip(found, found[1:]):
        if short.text.isupper() and 1 < len(short.text) <= 8 and " " in name.text and \
                text[name.end:short.start].strip() == "(" and text[short.end:short.end + 1] == ")" \
                and short.text[0] == name.text[0]:
            out.append((key(name.text), key(short.text)))
    return out


def _peers(candidate: Candidate, siblings: dict[int, tuple[str, list[Candidate]]]) -> list[Candidate]:
    """The names listed together with a span in its sentence (`X, Y and Z`)."""
    text, found = siblings.get(id(candidate), ("", []))
    return [c for c in found if c is not candidate and _same_list(text, candidate, c)]


_LIST_GOES_ON = re.compile(r"(?:'s|\u2019s)?\s*(?:,|and\b|or\b)")


def _same_list(text: str, one: Candidate, other: Candidate) -> bool:
    """`X, Y and Z`, `X and Y`, `X, including Y`; a comma alone only when the list goes on
    (`for Bennett, Instagram is…` is no list)."""
    first, second = (one, other) if one.start < other.start else (other, one)
    if not listed_together(text, first, second, including=True):
        return False
    if text[first.end:second.start].strip() != ",":
        return True
    return bool(_LIST_GOES_ON.match(text, second.end))


def _mark_lower_case_mentions(articles: tuple[Article, Article], groups: dict[str, Group],
                              decided: set[str]) -> None:
    """Mentions of a multi-word name that an article writes with lower-case words after the
    first (`Northern railway`), where only the other article has the name capitalised. Such a
    mention starts with a capitalised span of its own, so only spans are looked at."""
    wanted: dict[str, list[tuple[str, Group, int]]] = {}
    for k in decided:
        group = groups[k]
        sides = {side for side, _ in group.mentions}
        if len(sides) != 1:
            continue
        other = 1 - sides.pop()
        for form in group.forms:
            if " " in form:
                wanted.setdefault(form.split()[0].lower(), []).append((form.lower(), group, other))
    if not wanted:
        return
    found: list[tuple[Group, int, Candidate]] = []
    for group in groups.values():
        options = {text: wanted[first] for text in group.forms  # each spelling looked up once
                   if (first := text.split()[0].lower()) in wanted}
        if not options:
            continue
        for side, candidate in group.mentions:
            for form, owner, want in options.get(candidate.text, ()):
                if side != want:
                    continue
                text = articles[side].sentences[candidate.sentence].text
                end = candidate.start + len(form)
                piece = text[candidate.start:end]
                if piece.lower() == form and piece not in owner.forms and \
                        (end >= len(text) or not (text[end].isalnum() or text[end] == "-")):
                    found.append((owner, side, Candidate(candidate.sentence, candidate.start, end, piece)))
    for owner, side, candidate in found:
        owner.add(side, candidate)


def _entity(group: Group, kind: EntityType) -> Entity:
    places = sorted({(side, c.sentence, c.start, c.end) for side, c in group.mentions})
    mentions = tuple(Mention(*place) for place in places)
    in_a = bisect_left(places, (1,))  # A's come first
    count = (in_a, len(places) - in_a)
    name = group.canonical
    alias = lx.PLACE_ALIASES.get(lx.name_key(name)) or lx.ORG_ALIASES.get(lx.name_key(name))
    if alias and len(alias.split()) > len(name.split()):
        name = alias
    return Entity(name, kind, tuple(sorted(group.forms)), count, mentions)


def _order(entity: Entity) -> tuple[int, int, str]:
    return (TYPES.index(entity.type), -sum(entity.count), entity.name)
