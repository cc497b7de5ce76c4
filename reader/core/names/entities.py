"""Who, where and which organisations each article names: one entity per real-world referent.

Spans found by `names` are grouped by folded spelling, then merged across both articles the way
a reader links them: a surname to the full name (`Putin` = `Vladimir Putin`), transliteration
variants (`Yury` = `Yuri`, `Zelensky` = `Zelenskyy`), aliases (`US` = `United States`),
acronyms to their expansions, an outlet's name with and without `TV`. The type comes from all
mentions together (document-level consistency) plus what the name itself shows (gazetteer,
organisation words). Names with no evidence at all (`round Robin`) are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article, Entity, EntityType, Mention
from . import lexicon as lx
from .candidates import Candidate, candidates, capitalised_words, listed_together

_TYPES: tuple[EntityType, ...] = ("PERSON", "PLACE", "ORG")
_ORG_SUFFIXES = frozenset("tv news inc ltd group agency corp co radio online".split())


@dataclass
class _Group:
    key: str
    forms: Counter[str] = field(default_factory=Counter)
    mentions: list[tuple[int, Candidate]] = field(default_factory=list)

    def absorb(self, other: _Group) -> None:
        self.forms.update(other.forms)
        self.mentions.extend(other.mentions)

    @property
    def canonical(self) -> str:
        """The fullest form; among equals, the one the short mentions agree with."""

        def support(form: str) -> int:
            last = form.split()[-1]
            return self.forms[form] + sum(n for f, n in self.forms.items() if f == last)

        return max(self.forms, key=lambda f: (len(f.split()), support(f), len(f), f))


def _translit(word: str) -> str:
    """A spelling skeleton under which common transliteration variants coincide."""
    word = lx.name_key(word)
    word = re.sub(r"(.)\1", r"\1", word)
    for a, b in (("iy", "i"), ("yi", "i"), ("y", "i"), ("kh", "h"), ("ph", "f"), ("w", "v"),
                 ("ck", "k"), ("ou", "u"), ("j", "i")):
        word = word.replace(a, b)
    return word


def _key(text: str) -> str:
    folded = lx.name_key(text)
    alias = lx.PLACE_ALIASES.get(folded) or lx.ORG_ALIASES.get(folded)
    return lx.name_key(alias) if alias else folded


def _lowercase_words(articles: tuple[Article, Article]) -> set[str]:
    words: set[str] = set()
    for article in articles:
        for sentence in article.sentences:
            words.update(w for w in re.findall(r"\b[a-z][a-z'-]+\b", sentence.text))
    return words


def _org_like(form: str) -> bool:
    tokens = form.split()
    return (
        lx.name_key(form) in lx.known_orgs()
        or any(t in lx.ORG_WORDS for t in tokens)
        or (len(tokens) > 1 and lx.name_key(tokens[0]) in lx.known_orgs())
    )


def _place_like(form: str) -> bool:
    tokens = form.split()
    if lx.name_key(form) in lx.PLACE_ALIASES:
        return True
    if len(tokens) > 1 and (tokens[-1] in lx.PLACE_LAST or tokens[0] in lx.PLACE_FIRST):
        return True
    return lx.name_key(form) in lx.places()


def _person_like(group: _Group) -> bool:
    form = group.canonical
    return (len(form.split()) > 1 and form.split()[-1] not in lx.EVENT_LAST
            and not _org_like(form) and not _place_like(form))


class _Merger:
    def __init__(self, groups: dict[str, _Group]) -> None:
        self.groups = groups

    def merge(self, keep: str, drop: str) -> None:
        if keep != drop and keep in self.groups and drop in self.groups:
            self.groups[keep].absorb(self.groups.pop(drop))

    def people(self) -> None:
        """Transliteration variants of full names, then a surname (or, failing that, a given
        name) alone to the one full name it can belong to."""
        persons = [g for g in self.groups.values() if _person_like(g)]
        by_skeleton: dict[str, str] = {}
        for group in sorted(persons, key=lambda g: (-len(g.mentions), g.key)):
            tokens = group.canonical.split()
            skeleton = " ".join(_translit(t) for t in tokens)
            loose = f"{_translit(tokens[0])[:3]} {_translit(tokens[-1])}"
            target = by_skeleton.get(skeleton) or by_skeleton.get(loose)
            if target and target in self.groups:
                self.merge(target, group.key)
            else:
                by_skeleton[skeleton] = by_skeleton[loose] = group.key
        surnames: dict[str, set[str]] = {}
        for group in self.groups.values():
            if _person_like(group):
                surnames.setdefault(_translit(group.canonical.split()[-1]), set()).add(group.key)
        given: dict[str, set[str]] = {}
        for group in self.groups.values():
            if _person_like(group):
                given.setdefault(_translit(group.canonical.split()[0]), set()).add(group.key)
        for group in list(self.groups.values()):
            if len(group.canonical.split()) == 1 and group.key in self.groups:
                skeleton = _translit(group.canonical)
                owners = surnames.get(skeleton, set()) or given.get(skeleton, set())
                if len(owners) == 1:
                    self.merge(next(iter(owners)), group.key)

    def organisations(self) -> None:
        """`India Today` = `India Today TV`; `CPC` = `Caspian Pipeline Consortium`."""
        for group in list(self.groups.values()):
            tokens = group.key.split()
            if len(tokens) > 1 and tokens[-1] in _ORG_SUFFIXES:
                self.merge(group.key, " ".join(tokens[:-1]))
        initials: dict[str, str] = {}
        for group in self.groups.values():
            words = [w for w in group.canonical.split() if w not in lx.CONNECTORS
                     and w.lower() not in ("the", "and", "for")]
            if len(words) > 1:
                initials.setdefault("".join(w[0] for w in words).upper(), group.key)
        for group in list(self.groups.values()):
            form = group.canonical
            if form.isupper() and form.isalpha() and form in initials:
                self.merge(initials[form], group.key)


def _junk(name: str) -> bool:
    """A lone word that only names something as part of a longer name (`University`)."""
    return len(name.split()) == 1 and (
        name in ("May", "March") or name in lx.ORG_WORDS or name in lx.TITLES
        or name in lx.PLACE_LAST or name in lx.EVENT_LAST
    )


def _looks_like_person(form: str, lowercase: set[str]) -> bool:
    """A capitalised run with no other evidence reads as a person's name when its words are
    not ordinary words capitalised (`Peace Prize`, `The Truth`)."""
    tokens = form.split()
    return tokens[-1] not in lx.EVENT_LAST and tokens[-1].lower() not in lowercase


def _decide(group: _Group, lowercase: set[str]) -> EntityType | None:
    votes: dict[str, float] = dict.fromkeys(_TYPES, 0.0)
    for _, candidate in group.mentions:
        for kind, weight in candidate.votes.items():
            votes[kind] += weight
    forms = list(group.forms)
    canonical = group.canonical
    if any(_org_like(f) for f in forms):
        votes["ORG"] += 5
    elif any(len(f.split()) > 1 and _place_like(f) for f in forms):
        votes["PLACE"] += 4
    elif _place_like(canonical):
        votes["PLACE"] += 3
    elif len(canonical.split()) > 1 and _looks_like_person(canonical, lowercase):
        votes["PERSON"] += 1.5
    elif len(canonical.split()) > 1 and not votes["PERSON"]:
        return None
    elif canonical.isupper() and len(canonical) > 1:
        votes["ORG"] += 1
    if _junk(canonical):
        return None
    best = max(_TYPES, key=lambda t: (votes[t], -_TYPES.index(t)))
    return best if votes[best] > 0 else None


def extract(a: Article, b: Article) -> tuple[Entity, ...]:
    """The people, places and organisations named in the content of both articles."""
    lowercase = _lowercase_words((a, b))
    capitalised = capitalised_words([s.text for art in (a, b) for s in art.sentences])
    groups: dict[str, _Group] = {}
    peers: dict[int, list[Candidate]] = {}
    for side, article in enumerate((a, b)):
        for sentence in article.sentences:
            found = candidates(sentence.index, sentence.text, lowercase, capitalised)
            for candidate in found:
                key = _key(candidate.text)
                if not key or len(key) < 2:
                    continue
                group = groups.setdefault(key, _Group(key))
                group.forms[candidate.text] += 1
                group.mentions.append((side, candidate))
                peers[id(candidate)] = [c for c in found if c is not candidate and
                                        _same_list(sentence.text, candidate, c)]
    merger = _Merger(groups)
    merger.people()
    merger.organisations()
    decided: dict[str, EntityType] = {}
    for key, group in groups.items():
        kind = _decide(group, lowercase)
        if kind:
            decided[key] = kind
    owner = {id(c): key for key, g in groups.items() for _, c in g.mentions}
    for key, group in groups.items():
        if key in decided or _junk(group.canonical):
            continue
        inherited = Counter(decided[owner[id(p)]] for _, c in group.mentions
                            for p in peers.get(id(c), []) if owner.get(id(p)) in decided)
        if inherited:
            decided[key] = inherited.most_common(1)[0][0]
    return tuple(sorted((_entity(groups[k], t) for k, t in decided.items()), key=_order))


def _same_list(text: str, one: Candidate, other: Candidate) -> bool:
    first, second = (one, other) if one.start < other.start else (other, one)
    return listed_together(text, first, second, including=True)


def _entity(group: _Group, kind: EntityType) -> Entity:
    mentions = tuple(sorted(
        {Mention(side, c.sentence, c.start, c.end) for side, c in group.mentions},
        key=lambda m: (m.article, m.sentence, m.start),
    ))
    count = (sum(1 for m in mentions if m.article == 0), sum(1 for m in mentions if m.article == 1))
    name = group.canonical
    alias = lx.PLACE_ALIASES.get(lx.name_key(name)) or lx.ORG_ALIASES.get(lx.name_key(name))
    if alias and len(alias.split()) > len(name.split()):
        name = alias
    return Entity(name, kind, tuple(sorted(group.forms)), count, mentions)


def _order(entity: Entity) -> tuple[int, int, str]:
    return (_TYPES.index(entity.type), -sum(entity.count), entity.name)
