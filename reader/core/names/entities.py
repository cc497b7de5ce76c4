"""Who, where and which organisations each article names: one entity per real-world referent.

Spans found by `candidates` are grouped by folded spelling, merged across both articles the
way a reader links them (`merge`), and typed from all mentions together (document-level
consistency) plus what the name itself shows: the gazetteer (a major place outweighs `X said`,
a small town does not, a town named like a common word needs context), organisation and
facility words, a given name in front, a place's name in front of other words (`Boston Red
Sox`). Names with no evidence at all (`round Robin`) are left out. A name one article writes
capitalised and the other in lower case (`Northern Railway`, `Northern railway`) counts for both.
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
from .groups import (
    Group,
    gazetteer_place,
    given_first,
    key,
    named_after_place,
    org_like,
    place_like,
)
from .merge import Merger

_TYPES: tuple[EntityType, ...] = ("PERSON", "PLACE", "ORG")
_NO_VOTES: dict[str, float] = dict.fromkeys((*_TYPES, "THE", "WORK", "OWNED"), 0.0)
_LOWER_WORD = re.compile(r"[a-z](?<=\b[a-z])[a-z'-]+\b")
"""A word in lower case (the class first lets the regex engine skip ahead to candidates)."""


def _lowercase_words(articles: tuple[Article, Article]) -> set[str]:
    """Words the articles write in lower case. A word never spans a space, so each distinct
    space-separated piece is read once: on a long article, several times faster."""
    pieces = set("\n".join(s.text for article in articles for s in article.sentences).split())
    return set(_LOWER_WORD.findall(" ".join(pieces)))


def _junk(name: str) -> bool:
    """A lone word that only names something as part of a longer name (`University`)."""
    return len(name.split()) == 1 and name not in lx.KNOWN_ORGS and (
        name in ("May", "March") or name in lx.ORG_WORDS or name in lx.TITLES
        or name in lx.PLACE_LAST or name in lx.EVENT_LAST
    )


def _vessel(name: str) -> bool:
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


def _strong_place(group: Group) -> float:
    """A person-shaped name's place votes without the weak ones of a preposition: `a right hand
    from Klitschko`, `the heat was on Cheeks` say nothing against `Wladimir Klitschko`."""
    return sum(v for _, c in group.mentions if (v := c.votes.get("PLACE", 0.0)) > 1)


def _decide(group: Group, lowercase: set[str], capitalised: set[str]) -> EntityType | None:
    votes = _NO_VOTES.copy()
    votes.update(group.totals())
    forms = list(group.forms)
    canonical = group.canonical
    multi = len(canonical.split()) > 1
    folded = lx.name_key(canonical)
    if _vessel(canonical):
        return None
    if multi and any(t in lx.TITLE_VERBS for t in canonical.split()[1:]):
        return None  # `The Thrill Is Gone`, `How Blue Can You Get`: a song's or a book's title
    if not multi and canonical in lx.ORG_WORDS and votes.get("THE") and max(Counter(side for side, _ in group.mentions).values()) > 1 \
            and canonical.isalpha() and canonical.lower() not in lowercase and not canonical.isupper():
        return "ORG"  # `the Academy`, `the Navy`: the one body the articles mean, never in lower case
    if _junk(canonical) or (multi and canonical.split()[-1] in lx.EVENT_LAST
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
    best = max(_TYPES, key=votes.__getitem__)  # the first of equals: PERSON, PLACE, ORG
    if votes["WORK"] and votes["WORK"] >= votes[best]:
        return None  # the title of a book, a film, an artwork
    if best == "PERSON" and not multi and canonical.lower() in lowercase and \
            canonical not in lx.given_names() and not any(c.titled for _, c in group.mentions):
        return None  # `told Science`: a common word capitalised, not a person's name
    return best if votes[best] > 0 else None



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
        kind = _decide(group, lowercase, capitalised)
        if kind:
            decided[k] = kind
    owner = {id(c): k for k, g in groups.items() for _, c in g.mentions}
    for k, group in groups.items():
        if k in decided or _junk(group.canonical) or _vessel(group.canonical) or \
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
    return (_TYPES.index(entity.type), -sum(entity.count), entity.name)
