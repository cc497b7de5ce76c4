"""What kind of referent a group of name spans names: a person, a place, an organisation, or none.

The evidence is weighed for all of a name's mentions together (document-level consistency):
the votes the words around each mention cast (`cues`), what the name's own words show
(`groups`: organisation and facility words, a given name in front, a place's name in front of
other words, `Boston Red Sox`), and the gazetteer (a major place outweighs `X said`, a small
town does not, a town named like a common word needs context). Names with no evidence at all
(`round Robin`), titles of works, ships, headlines and acronyms of things name nothing here.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import EntityType
from . import lexicon as lx
from .groups import (
    Group,
    gazetteer_place,
    given_first,
    named_after_place,
    org_like,
    place_like,
)

TYPES: tuple[EntityType, ...] = ("PERSON", "PLACE", "ORG")
_NO_VOTES: dict[str, float] = dict.fromkeys((*TYPES, "THE", "WORK", "OWNED"), 0.0)


def junk(name: str) -> bool:
    """A lone word that only names something as part of a longer name (`University`)."""
    return len(name.split()) == 1 and name not in lx.KNOWN_ORGS and (
        name in ("May", "March") or name in lx.ORG_WORDS or name in lx.TITLES
        or name in lx.PLACE_LAST or name in lx.EVENT_LAST
    )


def vessel(name: str) -> bool:
    """`MV Faina`, `INS Tabar`: a ship, named with its prefix."""
    return " " in name and name.split()[0] in lx.VESSEL_PREFIXES


_BRAND = re.compile(r"(?!Mc|Mac|O')[A-Z][a-z]+[A-Z]|[A-Z]-[A-Z][a-z]")
"""A capital inside a word, as brands write their names (`YouGov`, `T-Mobile`), but not
`McDonald` or `O'Brien`."""


_CAMEL = re.compile(r"(?!Mac|Van|Von|Del|Des|Der|Den|Dos|Das|Las|Los|Fitz)[A-Z][a-z]{2,}[A-Z]\w*")
"""A brand's one-word name with a capital inside after three letters or more (`PizzaExpress`,
`YouGov`); surnames glued to a particle (`DeGeneres`, `MacFarlane`, `VanDyke`) are not."""
_ARTICLES = lx.FOREIGN_ARTICLES
_PREPOSITIONS = frozenset(("Under", "Over", "Into", "Out", "Beyond", "Behind", "Across",
                           "Without", "Through", "Against"))


def _plain_place(name: str, lowercase: set[str]) -> bool:
    """Whether a small place's one-word name reads as a place with no word around it saying
    so: not a word the articles write in lower case (`Cars`, `Rich`), not a given name
    (`Hannah`, `Romeo`), not spelt as a brand or an acronym (`YouGov`, `RIKEN`)."""
    return name.lower() not in lowercase and name not in lx.given_names() and \
        not name.isupper() and not _BRAND.match(name)


def _gerund(word: str) -> bool:
    """A common verb's -ing form (`Putting`, `Making`, `Running`), not a name like `Fleming`."""
    if not word.endswith("ing") or len(word) < 6 or word in lx.given_names():
        return False
    stem = word[:-3].lower()
    undoubled = stem[:-1] if stem[-1:] == stem[-2:-1] else ""  # `Putting`: `put`
    return any(s in lx.common_words() for s in (stem, stem + "e", undoubled))


def _plural_of_common(word: str) -> bool:
    """`Rovers`, `Dealings`: a common word in the plural (`Rivers` too, though a surname)."""
    lower = word.lower()
    return lower.endswith("s") and not lower.endswith("ss") and lower[:-1] in lx.common_words()


def _looks_like_person(form: str, lowercase: set[str]) -> bool:
    """A capitalised run with no other evidence reads as a person's name when its words are
    not ordinary words capitalised (`Peace Prize`, `The Truth`)."""
    tokens = form.split()
    if all(t.lower() in lx.common_words() or _plural_of_common(t) for t in tokens):
        return False  # `Slave Labour`, `Wet Dog`: a title made of words, not a name
    if tokens[0] in _ARTICLES or tokens[0] in _PREPOSITIONS or _gerund(tokens[0]):
        return False  # `Le Figaro`, `Under Pressure`, `Putting Out Fire`: no one's name
    if tokens[0].lower() in lowercase and tokens[0] not in lx.given_names():
        return False  # `Air India`, `Flappy Bird`, `Luxury Connect`: a word, then a name
    if lx.name_key(tokens[-1]) in lx.major_places() or lx.is_demonym(tokens[-1]):
        return False  # nobody's surname is a country's name
    return tokens[-1] not in lx.EVENT_LAST and tokens[-1].lower() not in lowercase


def _body_alone(group: Group, lowercase: set[str]) -> bool:
    """An organisation word written alone more than once in one article and never in lower case
    in either (`the Academy`): the articles' name for one body, not a common noun."""
    word = group.canonical
    per_side = Counter(side for side, _ in group.mentions)
    return max(per_side.values()) > 1 and word.isalpha() and not word.isupper() and \
        word.lower() not in lowercase


def _strong_place(group: Group) -> float:
    """A person-shaped name's place votes without the weak ones of a preposition: `a right hand
    from Klitschko`, `the heat was on Cheeks` say nothing against `Wladimir Klitschko`."""
    return sum(v for _, c in group.mentions if (v := c.votes.get("PLACE", 0.0)) > 1)


def decide(group: Group, lowercase: set[str], capitalised: set[str]) -> EntityType | None:
    votes = _NO_VOTES.copy()
    votes.update(group.totals())
    forms = list(group.forms)
    canonical = group.canonical
    multi = len(canonical.split()) > 1
    folded = lx.name_key(canonical)
    if vessel(canonical):
        return None
    if multi and any(t in lx.TITLE_VERBS for t in canonical.split()[1:]):
        return None  # `The Thrill Is Gone`, `How Blue Can You Get`: a song's or a book's title
    if not multi and canonical in lx.ORG_WORDS and votes.get("THE") and _body_alone(group, lowercase):
        return "ORG"  # `the Academy`, `the Navy`: the one body the articles mean
    if junk(canonical) or (multi and canonical.split()[-1] in lx.EVENT_LAST
                            and not any(t in lx.ORG_WORDS for t in canonical.split())):
        return None  # `Amazon Cooperation Treaty`: a treaty, an event or an award
    if not multi and (canonical in lx.given_names() or canonical.lower() in lx.common_words()) \
            and folded not in lx.major_places():
        votes["PLACE"] = _strong_place(group)  # `in Theo we trust`, `In Search of…`: a
        # preposition is not enough
    if folded in lx.major_places() or folded in lx.PLACE_ALIASES or \
            any(lx.name_key(f) in lx.PLACE_ALIASES for f in forms):
        votes["PERSON"] = 0.0  # a country speaks (`Brazil said`) but is nobody
        votes["ORG"] = 0.0  # nor is it a firm when it names one's country (`a UK company`)
    if not multi and canonical.isupper() and (canonical.lower() in lowercase
                                              or canonical.lower() in lx.common_words()) \
            and folded not in lx.known_orgs() and folded not in lx.PLACE_ALIASES \
            and folded not in lx.ORG_ALIASES and folded not in lx.places():
        return None  # `HELLO`: a word shouted, not an acronym
    if not multi and canonical.isupper() and (votes.get("THING") or canonical + "s" in capitalised) \
            and folded not in lx.known_orgs() and folded not in lx.ORG_ALIASES \
            and folded not in lx.PLACE_ALIASES and folded not in lx.places():
        return None  # `a DJ`, `an MRI`, `500 MW`, `MOOCs`: a thing counted, not an organisation
    if not multi and canonical.isupper() and votes["PLACE"] < 3 and folded not in lx.places() \
            and folded not in lx.PLACE_ALIASES:
        votes["PLACE"] = 0.0  # `a report from TMZ`: an acronym is a body more often than a place
    if not multi and (canonical.isupper() or "." in canonical.rstrip(".")
                      or _CAMEL.fullmatch(canonical)):
        votes["PERSON"] = 0.0  # `THR`, `People.com`: nobody's name is written so
        if "." in canonical.rstrip(".") and not canonical.isupper():
            votes["ORG"] += 2
    if multi and canonical.split()[-1][:1].isdigit():
        votes["PERSON"] = 0.0  # `Philadelphia 76ers`: only a team is named so
        votes["ORG"] += 3
    if multi and canonical.split()[0] in _ARTICLES and \
            not any(c.titled for _, c in group.mentions):
        votes["PERSON"] = 0.0  # `told Le Figaro`: a paper, not a person
    if votes.get("THE") and not votes["PERSON"]:
        if not multi and canonical.lower() in lx.common_words() and not votes["ORG"] \
                and not votes["PLACE"] and folded not in lx.known_orgs():
            return None  # `the Jam`, `the World`: a common word after `the`, nothing more
        votes["ORG"] += 2
    if folded in lx.major_places() and folded not in lx.known_orgs():
        votes["PLACE"] += 3  # `the West Bank`, `Gulf Coast`: a region named with a body's word
    elif any(org_like(f) for f in forms):
        votes["ORG"] += 5
        votes["PERSON"] = 0.0  # `Google said`, `official Xinhua News Agency`: firms speak too
    elif any(len(f.split()) > 1 and place_like(f) for f in forms):
        votes["PLACE"] += 4
    elif folded in lx.major_places() or folded in lx.PLACE_ALIASES:
        votes["PLACE"] += 3
    elif gazetteer_place(canonical) and (multi or votes["PLACE"] or _plain_place(canonical,
                                                                                 lowercase)):
        if votes["OWNED"] and not votes["PLACE"] and not votes["PERSON"]:
            votes["ORG"] += 1  # `Japan's Toyota`: a country's firm, not the town of that name
        else:  # but `Cars`, `Hannah`, `YouGov` need a word saying they are places
            votes["PLACE"] += 1.5
    elif multi and given_first(canonical) and canonical.split()[0] not in _ARTICLES:
        votes["PERSON"] += 2
        votes["PLACE"] = _strong_place(group)
    elif multi and named_after_place(canonical):
        votes["ORG"] += 2
    elif multi and not canonical.isupper() and _looks_like_person(canonical, lowercase):
        votes["PERSON"] += 1.5
        if canonical.split()[-1] in group.forms:  # its surname alone too: someone's name
            votes["PLACE"] = _strong_place(group)
    elif multi and not votes["PERSON"] and not any(
            c.votes.get("ORG", 0) >= 3 or c.votes.get("PLACE", 0) >= 2 for _, c in group.mentions):
        return None  # no evidence beyond a `the` or an `at` (but `newspaper Daily Mail` is one)
    elif canonical.isupper() and len(canonical) > 1:
        votes["ORG"] += 1
    best = max(TYPES, key=votes.__getitem__)  # the first of equals: PERSON, PLACE, ORG
    if votes["WORK"] and votes["WORK"] >= votes[best]:
        return None  # the title of a book, a film, an artwork
    if best == "PERSON" and not multi and canonical.lower() in lowercase and \
            canonical not in lx.given_names() and not any(c.titled for _, c in group.mentions):
        return None  # `told Science`: a common word capitalised, not a person's name
    return best if votes[best] > 0 else None
