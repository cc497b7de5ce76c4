"""The lexical evidence alignment rests on: content terms weighted by how rare they are.

Each sentence becomes a set of content terms, each with a multiplier. Two outlets write the same
fact in different words, so terms are made to meet where the words differ only in form:
- light stemming (`killed` / `killing`), figures in one form (`3:45 AM` / `3.45 am`, `eighteen`
  / `18`, `4.2 million` / `$4.2m`, see `text.figures`), `United States` / `US`;
- verbs and nouns of the same event in one class (`killed` / `died` / `dead`, `injured` /
  `hurt`), from the general list `data/words/events.txt`;
- a counted thing as a role term (`12 people` and `15 people` share `#people`), so a figure
  that differs between outlets still says the sentences are about the same count;
- names as a spelling skeleton (`Novoselytsia` / `Novoselitsa`, `Hua-lien` / `Hualien`);
- words of an attribution (`…, police said`, `according to X`) count for little, so two
  sentences sharing only their speaker are not taken for the same fact.
How much each term weighs is `evidence.py`'s business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import not_
from pathlib import Path

from ..text.figures import canonical_figures
from ..text.normalize import NUMBER_WORDS, fold_chars, numbers_to_digits, strip_accents
from ..text.wordlists import entries, words

_WORDS = Path(__file__).resolve().parent / "data" / "words"
STOPWORDS = words(_WORDS, "stopwords")
ATTRIBUTION_VERBS = words(_WORDS, "attribution")
_ALIASES = (
    (re.compile(r"\b(the )?United States( of America)?\b|\bU\.S\.(A\.)?|\bUSA?\b"), " usa "),
    (re.compile(r"\b(the )?United Kingdom\b|\bU\.K\.|\bUK\b|\bBritain\b"), " ukgb "),
    (re.compile(r"\b(the )?United Nations\b|\bU\.N\.|\bUN\b"), " unorg "),
    (re.compile(r"\b(the )?European Union\b|\bEU\b"), " euorg "),
    (re.compile(r"\bper ?cent\b", re.IGNORECASE), " % "),
)
_ALIAS_HINT = re.compile(r"United|U\.|US|UK|UN|EU|Britain|European|cent")
_TOKEN = re.compile(
    r"t\d{4}\b|\d+(?:-\d+)+\b|\d+(?:[.,]\d+)*(?:(?:-[^\W\d_]+)+|m|bn|k)?|[^\W\d_]+(?:['-][^\W\d_]+)*|%"
)
_SPLIT = re.compile(rf"({_TOKEN.pattern})")
_VERBS = "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True))
_SPEECH = re.compile(rf"\b(?:{_VERBS})\b|\b(?:according to|quoted by|cited by)\b", re.IGNORECASE)
_SPEECH_WORDS = ATTRIBUTION_VERBS | {"according", "quoted", "cited"}
_CLAUSE_MARKS = ",;:\"'"
_AFTER_SPEECH = re.compile(r"(?:\s+(?:on|last|this|late|early)\s+\w+)?(?:\s+that)?\s")
_CLAUSE_END = re.compile(r"[,;:.!?]")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
_TAIL = re.compile(r"[^,;:!?\"]{0,40}?[.!?\"']*\s*$")
WEAK = 0.25
"""Multiplier of words inside an attribution: the speaker is not the fact."""
STEM = 6
_VOWELS = re.compile(r"[aeiouy]+")
_DIGITS = frozenset("0123456789")
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
def _parts(token: str, name: bool) -> tuple[str, ...]:
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


def _is_year(term: str) -> bool:
    return len(term) == 4 and term.isdigit() and 1800 <= int(term) <= 2100


@dataclass(frozen=True)
class Tokens:
    """A sentence's words in matching form, with which are names and which attribution."""

    words: tuple[str, ...]
    capital: tuple[bool, ...]
    weak: tuple[bool, ...]
    spaced: tuple[bool, ...]
    """Whether only a space separates a word from the next (`12 people`, not `12, people`)."""


def _folded(text: str) -> str:
    """Text in matching form: typographic variants, accents, number words, figures, aliases."""
    folded = canonical_figures(numbers_to_digits(strip_accents(fold_chars(text, spaces=False))))
    if _ALIAS_HINT.search(folded):
        for pattern, replacement in _ALIASES:
            folded = pattern.sub(replacement, folded)
    return folded


def tokens(text: str) -> Tokens:
    """The words of one sentence as `terms` needs them."""
    folded = _folded(text)
    parts = _SPLIT.split(folded)
    gaps, raw = parts[0::2], parts[1::2]
    if not raw:
        return Tokens((), (), (), ())
    lowered = "\x00".join(raw).lower().split("\x00")
    if "'" in folded:
        lowered = [w[:-2] if w[-2:] == "'s" else w for w in lowered]
    spoken = not _SPEECH_WORDS.isdisjoint(lowered) and _SPEECH.search(folded)
    weak = _weak(folded, gaps, raw) if spoken else (False,) * len(raw)
    return Tokens(tuple(lowered), tuple([w[0].isupper() for w in raw]), weak,
                  tuple([g == " " for g in gaps[1:-1]] + [False]))


def _attribution_spans(folded: str) -> list[tuple[int, int]]:
    """Character spans of attribution clauses: `…, X said.` at the end, `X said (that)` at the
    start, `according to X` anywhere."""
    spans = []
    for m in _SPEECH.finditer(folded):
        start, end = m.span()
        if m.group()[0] in "aAqQcC" and " " in m.group():  # according to / quoted by / cited by
            stop = _CLAUSE_END.search(folded, end)
            spans.append((start, stop.start() if stop else len(folded)))
            continue
        if _PASSIVE.search(folded, 0, start):  # `was announced as host` reports no speaker
            continue
        clause = max(folded.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
        if clause > 0 and start - clause <= 80 and _TAIL.match(folded, end):
            spans.append((clause, len(folded)))
        elif clause == 0 and start <= 60 and not _CLAUSE_END.search(folded, 0, start):
            after = _AFTER_SPEECH.match(folded, end)
            spans.append((0, after.end() if after else end))
    return spans


def _weak(folded: str, gaps: list[str], raw: list[str]) -> tuple[bool, ...]:
    """Which words sit inside an attribution clause."""
    spans = _attribution_spans(folded)
    if not spans:
        return (False,) * len(raw)
    out = []
    at = 0
    for gap, word in zip(gaps, raw):
        at += len(gap)
        out.append(any(a <= at < b for a, b in spans))
        at += len(word)
    return tuple(out)


def names_of(sentences: Sequence[Tokens]) -> frozenset[str]:
    """Words written capitalised and never in lower case anywhere in the two articles: names
    (a capital at the start of a sentence says nothing, but a word that is never written in
    lower case loses no match by being read as a name)."""
    upper: set[str] = set()
    lower: set[str] = set()
    for sentence in sentences:
        upper.update(compress(sentence.words, sentence.capital))
        lower.update(compress(sentence.words, map(not_, sentence.capital)))
    return frozenset(upper - lower)


def terms(sentence: Tokens, names: frozenset[str] = frozenset()) -> dict[str, float]:
    """Content terms of a sentence and their multipliers (1, or `WEAK` in an attribution)."""
    out: dict[str, float] = {}
    found, weak, spaced = sentence.words, sentence.weak, sentence.spaced
    any_weak = True in weak
    n = len(found)
    get = out.get
    read = list(map(_parts, found, map(names.__contains__, found)))
    for k, parts in enumerate(read):
        word = found[k]
        if word in _PHRASE_START and k + 1 < n and f"{word} {found[k + 1]}" in _PHRASES:
            parts = (EVENTS[f"{word} {found[k + 1]}"],)
        elif not parts:
            continue
        value = WEAK if any_weak and weak[k] else 1.0
        for term in parts:
            if get(term, 0.0) < value:
                out[term] = value
            if spaced[k] and term[0] in _DIGITS and not _is_year(term):
                counted = read[k + 1]
                if counted and counted[0][0].isalpha() and counted[0][0] != "=":
                    role = "#" + counted[0]
                    if get(role, 0.0) < value:
                        out[role] = value
    return out
