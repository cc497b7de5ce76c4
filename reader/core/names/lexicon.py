"""Word lists that name-finding leans on: titles, demonyms, organisation and place words.

These are closed classes of English news writing (nobody invents a new title or demonym per
story), so they are listed; open classes (people, towns, agencies) are found from structure and
context instead. The lists are data, one file each in `data/words/`; place names come from a
GeoNames extract shipped in `data/places.txt`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..text.normalize import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, fold
from ..text.wordlists import entries, words

_WORDS = Path(__file__).resolve().parent / "data" / "words"


def _entries(name: str) -> frozenset[str]:
    return entries(_WORDS, name)


def _words(name: str) -> frozenset[str]:
    return words(_WORDS, name)


def _phrases(name: str) -> frozenset[tuple[str, ...]]:
    """A list's multi-word entries as word tuples (`South African`), matched whole."""
    return frozenset(tuple(e.split()) for e in _entries(name) if " " in e)


def _single(name: str) -> frozenset[str]:
    """A list's one-word entries."""
    return frozenset(e for e in _entries(name) if " " not in e)


TITLES = _words("titles")
ROLES = _words("roles")
SPEECH = _words("speech")
DEMONYMS = _single("demonyms")
DEMONYM_PHRASES = _phrases("demonyms")
DIMINUTIVES: dict[str, frozenset[str]] = {}
for _line in _entries("diminutives"):
    _full, _, _short = _line.partition(":")
    for _name in _short.split():
        DIMINUTIVES[_name] = DIMINUTIVES.get(_name, frozenset()) | {_full.strip()}
PAGE_WORDS = _words("page_words")
NAME_FOLLOWERS = _words("name_followers")
HYPHEN_SUFFIXES = _words("hyphen_suffixes")
COMPASS = _words("compass")
GEO_ADJECTIVES = _words("geo_adjectives")
WORK_WORDS = _words("work_words")
TITLE_VERBS = _words("title_verbs")
VESSEL_PREFIXES = _words("vessel_prefixes")
BUSINESS_ROLES = _words("business_roles")
NAME_SUFFIXES = _words("name_suffixes")
PLACE_ABBREVIATIONS = {
    short.strip(): full.strip()
    for short, _, full in (e.partition(":") for e in _entries("place_abbreviations"))
}
ORG_WORDS = _words("org_words")
PLACE_LAST = _words("place_last")
PLACE_FIRST = _words("place_first")
CONNECTORS = _words("connectors")
OF_HEADS = ORG_WORDS | PLACE_LAST | frozenset(
    "Secretary Minister Bank Republic Kingdom Gulf Isle Horn Cape".split())
PLACE_CUES_NEXT = _words("place_cues_next")
PLACE_CUES_BEFORE = _words("place_cues_before")
FACILITY_NOUNS = _words("facility_nouns")
OFFICE_TITLES = _words("office_titles")
PLACE_OWNED = _words("place_owned")
ORG_CUES = _words("org_cues")
KNOWN_ORGS = _entries("known_orgs")
PLACE_ALIASES = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "uae": "United Arab Emirates", "united states of america": "United States",
}
PLACE_ALIASES.update({fold(short): full for short, full in PLACE_ABBREVIATIONS.items()})
ORG_ALIASES = {"un": "United Nations", "u.n.": "United Nations", "eu": "European Union"}
NOT_NAMES = _words("not_names") | PAGE_WORDS | _words("common_acronyms") | {day.title() for day in WEEKDAYS} \
    | {month.title() for month in MONTHS if month != "may"} \
    | {f"{short.title()}." for short in MONTH_ABBREVIATIONS}
"""Capitalised words that never name a person, place or organisation here (`May` can: Theresa
May; it is dropped only when it stands alone)."""
EVENT_LAST = _words("event_last")
FOREIGN_ARTICLES = frozenset(("Le", "La", "Les", "El", "Il", "Der", "Die", "Das", "Los", "Las"))
"""A foreign article opening a name makes a title or a place (`Le Figaro`, `El Agustino`)."""
OPENERS = _words("openers")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The comparison key of a name: folded (`normalize.fold`), possessive removed."""
    text = fold(name)
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """All folded place names, the major ones, and those that are also common words.

    The file holds ASCII names only, so lower-casing is all the folding it needs; a tab and a
    tier (`major`, `word`) may follow a name (see tools/build_gazetteer.py).
    """
    path = Path(__file__).resolve().parent / "data" / "places.txt"
    lines = path.read_text(encoding="utf-8").lower().split("\n")
    every = set(lines)  # built in C; the few lines with a tier are put right below
    major: set[str] = set()
    word: set[str] = set()
    for line in [line for line in lines if "\t" in line or line.startswith("#")]:
        every.discard(line)
        name, _, tier = line.partition("\t")
        if line.startswith("#"):
            continue
        every.add(name)
        (major if tier == "major" else word if tier == "word" else every).add(name)
    every.discard("")
    return frozenset(every), frozenset(major), frozenset(word)


def places() -> frozenset[str]:
    """Folded place names of the shipped gazetteer, loaded on first use."""
    return _gazetteer()[0]


def major_places() -> frozenset[str]:
    """Countries, states, first-level regions, continents and cities of a million or more."""
    return _gazetteer()[1]


def word_places() -> frozenset[str]:
    """Places whose name is also a common English word (`Nice`, `Reading`): need context."""
    return _gazetteer()[2]


@lru_cache(maxsize=1 << 14)
def is_demonym(word: str) -> bool:
    """A listed demonym, or one formed from a major place's name (`Liberian`, `Liberians`)."""
    if word in DEMONYMS:
        return True
    for ending in ("ns", "n"):
        if word.endswith(ending) and len(word) > 4 and \
                name_key(word[: -len(ending)]) in major_places():
            return True
    return False


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Common lower-case English words (`slave`, `labour`, `wet`), from data/common_words.txt."""
    path = Path(__file__).resolve().parent / "data" / "common_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (`Mark`, `Hope`), title-cased, from data/given_names.txt."""
    path = Path(__file__).resolve().parent / "data" / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def known_orgs() -> frozenset[str]:
    return frozenset(name_key(name) for name in KNOWN_ORGS)
