"""The terms of single words that alignment rests on, made to meet where outlets differ in form.

Each word becomes zero or more content terms (`reading` reads whole sentences; `evidence`
weighs the terms). Two outlets write the same fact in different words, so terms are made to meet
where the words differ only in form:
- light stemming (`killed` / `killing`), figures in one form (`3:45 AM` / `3.45 am`, `eighteen`
  / `18`, `4.2 million` / `$4.2m`, see `text.figures`), `United States` / `US`;
- verbs and nouns of the same event in one class (`killed` / `died` / `dead`, `injured` /
  `hurt`), from the general list `data/words/events.txt`;
- a counted thing as a role term (`12 people` and `15 people` share `#people`), so a figure
  that differs between outlets still says the sentences are about the same count;
- names as a spelling skeleton (`Novoselytsia` / `Novoselitsa`, `Hua-lien` / `Hualien`);
- words of an attribution (`…, police said`, `according to X`) count for little, so two
  sentences sharing only their speaker are not taken for the same fact (see `reading`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..text.normalize import NUMBER_WORDS
from ..text.wordlists import entries, words

_WORDS = Path(__file__).resolve().parent / "data" / "words"
STOPWORDS = words(_WORDS, "stopwords")
ATTRIBUTION_VERBS = words(_WORDS, "attribution")
SINGULAR = words(_WORDS, "singular")
STEM = 6
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")


def _event_classes() -> dict[str, str]:
    """Each word of a line of `events.txt` mapped to one class term, the line's first word."""
    out: dict[str, str] = {}
    for line in sorted(entries(_WORDS, "events")):
        members = line.split()
        for word in members:
            out.setdefault(word.replace("_", " "), "=" + members[0])
    return out


EVENTS = _event_classes()
_PHRASES = {phrase for phrase in EVENTS if " " in phrase}
_PHRASE_START = {phrase.split()[0] for phrase in _PHRASES}


def stem(word: str) -> str:
    """A light English stem: plural, `-ing` and `-ed` off, cut to `STEM` characters."""
    if word in SINGULAR:
        return word[:STEM]
    n = len(word)
    if n > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif n > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        word = word[:-2]
    elif n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = _undouble(word[:-3])
    elif len(word) > 4 and word.endswith("ed"):
        word = _undouble(word[:-2])
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word[:STEM]


def _undouble(word: str) -> str:
    return word[:-1] if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz" else word


def skeleton(word: str) -> str:
    """A name's spelling key: letters only, a plural `s` off, and after the first letter no
    vowels, no `h` and no doubled letters, so that transliterations and slips coincide
    (`Novoselytsia` / `Novoselitsa`, `Salaluddin` / `Salahaddin`, `Somali` / `Somalis`)."""
    letters = "".join(ch for ch in word if ch.isalpha())
    if len(letters) > 4 and letters.endswith("s") and not letters.endswith("ss"):
        letters = letters[:-1]
    rest = _VOWELS.sub("", letters[1:].replace("ph", "f").replace("w", "v").replace("h", ""))
    return "^" + _DOUBLE.sub(r"\1", letters[:1] + rest)


@lru_cache(maxsize=262144)
def _term(token: str, name: bool) -> str | None:
    if token[0].isdigit():
        return None if "-" in token else token.replace(",", "")
    if token[0] == "t" and len(token) == 5 and token[1:].isdigit():
        return token
    value = NUMBER_WORDS.get(token)
    if value is not None:
        return str(value) if value > 1 else None
    if token in EVENTS:
        return EVENTS[token]
    if "-" in token or "'" in token:
        if token.endswith("n't"):
            return None
        head, _, tail = token.partition("'")
        token = head + tail if len(head) <= 2 and tail.isalpha() else head  # O'Brien, d'Alene
        if "-" in token and not name:
            return None
        token = token.replace("-", "")
    if token in STOPWORDS or len(token) <= 2:
        return "%" if token == "%" else None
    if name and len(token) >= 5:
        key = skeleton(token)
        if len(key) >= 4:  # three consonants or more: short keys would join unrelated names
            return key
    return stem(token)


@lru_cache(maxsize=262144)
def parts(token: str, name: bool) -> tuple[str, ...]:
    """Terms of one token; an unnamed hyphenated word gives its parts and its joined form."""
    term = _term(token, name)
    if name and "-" in token:  # `Woodburn-area` names Woodburn too; `Hua-lien` stays whole
        parts = [_term(part, True) for part in token.split("-") if len(part) >= 5]
        return tuple(dict.fromkeys([t for t in (term, *parts) if t]))
    if term is not None:
        return (term,)
    if "-" not in token or name:
        return ()
    pieces = token.split("-")
    out = [t for part in pieces if part and (t := _term(part, False))]
    if all(p.isdigit() for p in pieces):  # a record or score, `52-3`: distinctive as written
        out.append(token)
    elif len(pieces) == 2 and all(p.isalpha() for p in pieces):
        joined = _term(token.replace("-", ""), False)
        if joined and joined not in out:
            out.append(joined)
    return tuple(out)


def is_year(term: str) -> bool:
    """Whether a number term is a year (a year counts nothing: `2008 Olympics` has no role)."""
    return len(term) == 4 and term.isdigit() and 1800 <= int(term) <= 2100
