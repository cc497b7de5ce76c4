"""Runs of capitalised words in a sentence, the raw material of names.

A run is cut where news style glues other things to names (a comma, a connector that only
joins organisation names, a possessive owner); each word is split at hyphens and apostrophes
into the parts a name can be made of. `candidates` reads the runs for names and their cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as lx

_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}s?")
_WORD_CHARS = r"[\w'\u2019.\-]"
_NAME_WORD = r"(?:[^\W\d_a-z]|\d{2}ers\b)[\w'\u2019.\-]*"
"""A capitalised word, or a team's number-name after a place (`Philadelphia 76ers`)."""
_TEAM_NUMBER = re.compile(r"\d{2}ers\b")
ORG_CONNECTORS = frozenset(("for", "on"))
"""Words that join an organisation's name only after its organisation word (`Institute for
Fiscal Studies`, `Council on Foreign Relations`)."""
CAPITAL = r"[A-Z\x80-\U0010ffff](?<=[^\W\d_a-z])"
r"""A letter other than a-z (`[^\W\d_a-z]`), tested first by code point: the regex engine
passes over lower-case text in two thirds of the time it takes to test each character's class."""
RUN = re.compile(
    CAPITAL + r"(?<![\w'\u2019.\-].)[\w'\u2019.\-]*(?:\s+(?:(?:"
    + "|".join(sorted(lx.CONNECTORS | {"and"} | ORG_CONNECTORS, key=len, reverse=True))
    + rf"|&)\s+)*{_NAME_WORD})*"
)
"""Runs of words that start with a letter other than a-z (kept when upper case), with
connectors (`of`, `van der`) between them; the first letter is tested before what precedes it,
which lets the regex engine pass over lower-case text quickly. Only these are tokenised: on long
texts, looking at every word would cost several times more."""
_SPACE_SPLIT = re.compile(r"\S+")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_LETTERS_DIGITS_LETTERS = re.compile(r"[^\W\d_]\d+[^\W\d_]|^[A-Z]+\d+$")
_CONTRACTION = re.compile(r"['\u2019](?:ve|re|ll|d|m|t)$", re.IGNORECASE)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()  # `76ers`


_Run = tuple[int, list[Token], int, int, bool, bool]
"""A run's place among its match's runs, its tokens, where its first token starts and ends in
the match, whether it is one opener word (`The`) and whether, alone, it may be a surname that
speaks (`White said`)."""


@lru_cache(maxsize=1 << 14)
def match_runs(words: str) -> tuple[_Run, ...]:
    """The runs of name words in one match of `RUN` (offsets within it). Runs never reach
    past a match, so the same words are cut once however often they are written."""
    out: list[Token] = []
    for match in _SPACE_SPLIT.finditer(words):
        start = match.start()
        for word, offset, possessive in _word_parts(match.group()):
            out.append(Token(word, start + offset, start + offset + len(word), possessive))
    runs = []
    for k, run in enumerate(_runs(words, out)):
        first = run[0].text
        alone = len(run) == 1
        runs.append((k, run, run[0].start, run[0].end, alone and first in lx.OPENERS,
                     alone and first not in lx.OPENERS and not first.endswith(("ing", "ly", "ed"))))
    return tuple(runs)


@lru_cache(maxsize=1 << 16)
def _word_parts(word: str) -> tuple[tuple[str, int, bool], ...]:
    """The tokens one written word gives (text, offset in the word, possessive): none for a
    lower-case word other than a connector or for a contraction, the word without its
    possessive or stray full stop, a hyphenated pair of names split."""
    if not word[0].isupper() and not _TEAM_NUMBER.match(word):
        return ((word, 0, False),) if word in lx.CONNECTORS or word in ("and", "&") \
            or word in ORG_CONNECTORS else ()
    if _PLURAL_ACRONYM.fullmatch(word) or _LETTERS_DIGITS_LETTERS.search(word):
        return ()  # `BMWs`, `MPs`: things or people counted; `Grow2Feed`, `DA14`: codes
    possessive = False
    if word[-1] in "s'\u2019-.":
        if _CONTRACTION.search(word):  # `We've`, `Don't`: never a name
            return ()
        for suffix in ("'s", "\u2019s", "'", "\u2019"):
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                word, possessive = word[: -len(suffix)], True
                break
        word = word.rstrip("-")
        if word.endswith(".") and not _ACRONYM.fullmatch(word) and word not in lx.TITLES \
                and word not in lx.NOT_NAMES and word not in _KEEP_STOP \
                and not (len(word) == 2 and word[0].isupper()):  # `James R. Dabney`
            word = word.rstrip(".")
            if word.endswith(("'", "\u2019")) and not possessive:
                word = word[:-1]  # `'Eric Clapton'.`: a closing quote, then the stop
        if not word:
            return ()
    elif ("'" in word or "\u2019" in word) and _CONTRACTION.search(word):
        return ()
    if "-" in word:
        return tuple((t.text, t.start, t.possessive) for t in _hyphenated(word, 0, possessive))
    return ((word, 0, possessive),)


_KEEP_STOP = lx.NAME_SUFFIXES | frozenset(lx.PLACE_ABBREVIATIONS)


def known_word(part: str) -> bool:
    key = lx.name_key(part)
    return key in lx.places() or key in lx.PLACE_ALIASES or part in lx.KNOWN_ORGS


def _hyphenated(word: str, start: int, possessive: bool) -> list[Token]:
    """`Kharkiv-Donetsk` is two names; `Russian-backed`, `US-led` are adjectives."""
    parts = word.split("-")
    if all(p[:1].isupper() for p in parts) and all(known_word(p) for p in parts):
        out = []
        offset = start
        for k, part in enumerate(parts):
            last = k == len(parts) - 1
            out.append(Token(part, offset, offset + len(part), possessive and last))
            offset += len(part) + 1
        return out
    first = lx.name_key(parts[0])
    if not parts[-1][:1].isupper() and (
        parts[0] in lx.DEMONYMS or first in lx.major_places() or first in lx.PLACE_ALIASES
        or parts[0] in lx.KNOWN_ORGS or parts[-1] in lx.HYPHEN_SUFFIXES
    ):
        word = word.lower()
    return [Token(word, start, start + len(word), possessive)]


def _runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    current: list[Token] = []
    for k, token in enumerate(tokens):
        gap_ok = bool(current) and (
            text[current[-1].end:token.start].strip() == "" and not current[-1].possessive
            or current[-1].possessive and _named_for_owner(text, current, token))
        if token.capital and token.text not in lx.NOT_NAMES:
            if not gap_ok and current:
                runs.append(current)
                current = []
            current.append(token)
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        joins_org = token.text == "and" and bool(current) and (
            (any(t.text in ("of", "for", "on") for t in current)
             and any(t.text in lx.ORG_WORDS or t.text in lx.TITLES for t in current))
            or any(t.text == "for" and p.text in lx.PLACE_LAST for p, t in zip(current, current[1:]))
            or (common_word(current[-1].text) and _org_follows(text, tokens, k + 1)
                and " ".join(t.text for t in current) not in lx.KNOWN_ORGS)
        )  # `Ministry of Science and Technology`, `Food and Agriculture Organization`
        if (
            gap_ok and (token.text in lx.CONNECTORS or joins_org or token.text == "&"
                        or token.text in ORG_CONNECTORS)
            and nxt is not None and nxt.capital
            and text[token.end:nxt.start].strip() == ""
            and (token.text != "of" or current[-1].text in lx.OF_HEADS)
            and (token.text not in ORG_CONNECTORS or (
                (current[-1].text in lx.ORG_WORDS
                 or (token.text == "for" and current[-1].text in lx.OF_HEADS))
                and nxt.text not in lx.NOT_NAMES
                and nxt.text not in lx.PLACE_LAST))  # but `Bank on Highway 99`
        ):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


def _named_for_owner(text: str, current: list[Token], token: Token) -> bool:
    """`King's College`, `St Mary's Hospital`, `Sam's Club`: a possessive inside the name of a
    body or a building (but `China's Ministry of Defence` is China's ministry)."""
    return token.capital and (token.text in lx.ORG_WORDS or token.text in lx.PLACE_LAST) and \
        text[current[-1].end:token.start].strip() in ("'s", "\u2019s") and \
        not known_word(current[-1].text) and not current[-1].text.isupper() and \
        lx.name_key(current[-1].text) not in lx.major_places()  # nor `UCLA's Institute`


def common_word(word: str) -> bool:
    """A common English word, or the plural of one (`Medicines`)."""
    lower = word.lower()
    return lower in lx.common_words() or (lower.endswith("s") and lower[:-1] in lx.common_words()) \
        or (lower.endswith("ies") and lower[:-3] + "y" in lx.common_words())


def _org_follows(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the capitalised words from `k` on, up to a gap, end in an organisation word
    without being a known organisation's name or starting with a place's
    (`Guardian and Washington Post` is two names)."""
    words: list[str] = []
    while k < len(tokens) and tokens[k].capital and (
            not words or text[tokens[k - 1].end:tokens[k].start].strip() == ""):
        words.append(tokens[k].text)
        k += 1
    if not words or words[-1] not in lx.ORG_WORDS:
        return False
    return " ".join(words) not in lx.KNOWN_ORGS and words[0] not in lx.KNOWN_ORGS and \
        lx.name_key(words[0]) not in lx.places()


def trim_connectors(run: list[Token]) -> list[Token]:
    while run and run[0].text == "The":
        run = run[1:]
    while run and (run[-1].text in lx.CONNECTORS or run[-1].text in ORG_CONNECTORS):
        run = run[:-1]
    while run and (run[0].text in lx.CONNECTORS or run[0].text in ORG_CONNECTORS) and \
            run[0].text not in ("al", "el", "bin"):
        run = run[1:]
    return run
