"""Groups of name spans that are one referent, and what a name's own words say about its type.

A group starts as every span with one folded spelling; `merge` joins groups a reader would
link. The shape tests here (`org_like`, `place_like`, `named_after_place`) read only the words
of a name and the shipped lists, never the text around it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon as lx
from .cues import Candidate

_SPELLING = (("centre", "center"), ("theatre", "theater"), ("organisation", "organization"),
             ("defence", "defense"), ("harbour", "harbor"), ("labour", "labor"))
_SPELLING_RE = re.compile(r"\b(" + "|".join(a for a, _ in _SPELLING) + r")\b")
_SPELLING_MAP = dict(_SPELLING)
_ISE = re.compile(r"\b(\w{4,})is(e|ed|es|ing|ation|ations)\b")
_KEYS: dict[str, str] = {}


@dataclass
class Group:
    """Spans taken to name one referent: their spellings and where each one stands."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    mentions: list[tuple[int, Candidate]] = field(default_factory=list)
    _canonical: str | None = None
    _votes: dict[str, float] | None = None
    _person: bool | None = None

    def add(self, side: int, candidate: Candidate) -> None:
        self.forms[candidate.text] += 1
        self.mentions.append((side, candidate))
        self._canonical = self._votes = self._person = None

    def absorb(self, other: Group) -> None:
        self.forms.update(other.forms)
        self.mentions.extend(other.mentions)
        self._canonical = self._votes = self._person = None

    @property
    def canonical(self) -> str:
        """The fullest form; among equals, the one the short mentions agree with."""
        if self._canonical is None:
            forms = self.forms
            if len(forms) == 1:
                self._canonical = next(iter(forms))
                return self._canonical

            def support(form: str) -> int:
                last = form.split()[-1]
                return forms[form] + sum(n for f, n in forms.items() if f == last)

            def rank(form: str) -> tuple[int, int, int, int, str]:
                words = form.split()
                capitals = sum(w[:1].isupper() for w in words)
                return (len(words), capitals, support(form), len(form), form)

            self._canonical = max(forms, key=rank)
        return self._canonical

    def votes(self, kind: str) -> float:
        """The weight of one kind of evidence over all mentions."""
        return self.totals().get(kind, 0.0)

    def totals(self) -> dict[str, float]:
        """The weight of each kind of evidence over all mentions (summed once, then kept)."""
        if self._votes is None:
            total: dict[str, float] = {}
            for _, candidate in self.mentions:
                for name, weight in candidate.votes.items():
                    total[name] = total.get(name, 0.0) + weight
            self._votes = total
        return self._votes


def key(text: str) -> str:
    """The grouping key of a span: folded, aliases resolved, British and American spellings
    of name words (`Centre`/`Center`) made one."""
    found = _KEYS.get(text)
    if found is None:
        folded = lx.name_key(text)
        alias = lx.PLACE_ALIASES.get(folded) or lx.ORG_ALIASES.get(folded)
        folded = lx.name_key(alias) if alias else folded
        if any(a in folded for a, _ in _SPELLING):
            folded = _SPELLING_RE.sub(lambda m: _SPELLING_MAP[m.group(1)], folded)
        if "is" in folded:
            folded = _ISE.sub(r"\1iz\2", folded)  # `Recognised` = `Recognized`
        if "." in folded:
            folded = " ".join(w.rstrip(".") if len(w) > 2 else w for w in folded.split())
        found = _KEYS[text] = folded
    return found


@lru_cache(maxsize=1 << 16)
def translit(word: str) -> str:
    """A spelling skeleton under which common transliteration variants coincide."""
    word = lx.name_key(word)
    word = re.sub(r"(.)\1", r"\1", word)
    for a, b in (("iy", "i"), ("yi", "i"), ("y", "i"), ("kh", "h"), ("ph", "f"), ("w", "v"),
                 ("ck", "k"), ("ou", "u"), ("j", "i")):
        word = word.replace(a, b)
    return word


@lru_cache(maxsize=1 << 16)
def org_like(form: str) -> bool:
    tokens = form.split()
    return (
        lx.name_key(form) in lx.known_orgs()
        or any(t in lx.ORG_WORDS or t == "&" for t in tokens)
        or (len(tokens) > 1 and lx.name_key(tokens[0]) in lx.known_orgs())
        or ("for" in tokens and tokens.index("for") > 0
            and tokens[tokens.index("for") - 1] in lx.PLACE_LAST)
    )  # `Center for Biological Diversity`: a place's word before `for` heads a body's name


@lru_cache(maxsize=1 << 16)
def gazetteer_place(form: str) -> bool:
    """In the place list and not a common word that needs context (`Nice`, `Reading`)."""
    folded = lx.name_key(form)
    return folded in lx.places() and folded not in lx.word_places()


@lru_cache(maxsize=1 << 16)
def place_like(form: str) -> bool:
    tokens = form.split()
    if lx.name_key(form) in lx.PLACE_ALIASES:
        return True
    if len(tokens) > 1 and (tokens[-1] in lx.PLACE_LAST or tokens[0] in lx.PLACE_FIRST):
        return True
    if len(tokens) > 1 and all(t in lx.COMPASS for t in tokens[:-1]) and \
            lx.name_key(tokens[-1]) in lx.major_places():
        return True  # `North East England`
    if len(tokens) == 2 and tokens[0] in lx.COMPASS and tokens[1] not in lx.ORG_WORDS and \
            tokens[1] not in lx.given_names() and tokens[1].lower() not in lx.common_words():
        return True  # `East Midlands`, `West Bengal`: a compass point and a name is a region
    return gazetteer_place(form)


@lru_cache(maxsize=1 << 16)
def named_after_place(form: str) -> bool:
    """`Boston Red Sox`, `Canada Post`, `Hollywood Reporter`: a place's name followed by words
    that do not make a place, so the whole names a team, company or outlet based there."""
    tokens = form.split()
    if len(tokens) < 2 or tokens[0] in lx.given_names() or place_like(form):
        return False
    for cut in range(min(3, len(tokens) - 1), 0, -1):
        head = lx.name_key(" ".join(tokens[:cut]))
        if head in lx.PLACE_ALIASES or (head in lx.places() and head not in lx.word_places()):
            # a place's name may also be a given name (`Vladimir`, `Jordan`): the rest must
            # read as a team's or a firm's (`Celtics`, `Post`), not as a surname
            last = tokens[-1]
            return not any(t in lx.PLACE_LAST for t in tokens[cut:]) and (
                last.endswith("s") and not last.endswith("ss") or last in lx.ORG_WORDS
                or last.lower() in lx.common_words())  # `Ohio State`, `Us Weekly`
    return False


@lru_cache(maxsize=1 << 16)
def given_first(form: str) -> bool:
    """A multi-word name whose first word is a common given name (`Mark Smith`)."""
    tokens = form.split()
    return len(tokens) > 1 and tokens[0] in lx.given_names() and not org_like(form) \
        and not place_like(form)


def person_like(group: Group) -> bool:
    """A multi-word name that reads as a person's (kept on the group until it changes)."""
    if group._person is None:
        group._person = _person_like(group)
    return group._person


def _person_like(group: Group) -> bool:
    form = group.canonical
    tokens = form.split()
    return (len(tokens) > 1 and tokens[-1] not in lx.EVENT_LAST and not org_like(form)
            and not place_like(form) and not group.votes("THE")
            and (not named_after_place(form) or group.votes("PERSON") > 0))


def _consonants(word: str) -> str:
    """First letter, consonants, last letter: vowels of transliteration vary (`Muhammad`)."""
    word = word.replace("x", "ks")
    return word[0] + "".join(c for c in word[1:-1] if c not in "aeiou") + word[-1]


def same_given_name(one: str, other: str) -> bool:
    """Whether two given names can be one person's: the same spelling skeleton, an initial
    and a name it starts (`J.`, `John`), or a short form and its full form (`Bill`, `William`;
    `Mo`, `Maurice`). A shared prefix alone (`Mark`, `Mary`) is not enough."""
    a, b = one.rstrip("."), other.rstrip(".")
    if translit(a) == translit(b):
        return True
    if len(a) == 1 or len(b) == 1:
        return a[:1].upper() == b[:1].upper()
    short, long = sorted((translit(a), translit(b)), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True  # `Chris` of `Christopher`, `Sam` of `Samuel` (but `Mark` is not `Mary`)
    if len(short) >= 5 and _consonants(short) == _consonants(long):
        return True  # `Mohammad`, `Muhammed`; `Aleksandr`, `Alexander`
    fulls_a = lx.DIMINUTIVES.get(a, frozenset()) | {a}
    fulls_b = lx.DIMINUTIVES.get(b, frozenset()) | {b}
    return bool(fulls_a & fulls_b)
