"""Finding the spans of a sentence that name someone or something, with the evidence of type.

A name is a run of capitalised words (with `of`, `al`, `van`… inside). Runs are cut where news
style glues other things to names: a demonym (`Russian`), a title (`President`), a sentence
opener (`Meanwhile`). What the words around a span say is recorded as votes for PERSON, PLACE
or ORG (`envoy X`, `X said`, `the city of X`, `X region`, `news agency X`); votes flow along
lists (`the Kharkiv, Sumy and Mykolaiv regions`). Deciding and merging happen in `entities`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon as lx

_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}s?")
_WORD_CHARS = r"[\w'\u2019.\-]"
_NAME_WORD = r"[^\W\d_a-z][\w'\u2019.\-]*"
_RUN = re.compile(
    rf"(?<![\w'\u2019.\-]){_NAME_WORD}(?:\s+(?:(?:"
    + "|".join(sorted(lx.CONNECTORS | {"and"}, key=len, reverse=True)) + rf"|&)\s+)*{_NAME_WORD})*"
)
"""Runs of words that start with a letter other than a-z (kept when upper case), with
connectors (`of`, `van der`) between them. Only these are tokenised: on long texts, looking at
every word would cost several times more."""
_SPACE_SPLIT = re.compile(r"\S+")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_LETTERS_DIGITS_LETTERS = re.compile(r"[^\W\d_]\d+[^\W\d_]|^[A-Z]+\d+$")
_CONTRACTION = re.compile(r"['\u2019](?:ve|re|ll|d|m|t)$", re.IGNORECASE)
_LEAD_QUOTES = "\"'\u201c\u2018(["


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Candidate:
    """A span that may name an entity, with contextual votes per type."""

    sentence: int
    start: int
    end: int
    text: str
    votes: dict[str, float] = field(default_factory=dict)
    titled: bool = False

    def vote(self, kind: str, weight: float) -> None:
        self.votes[kind] = self.votes.get(kind, 0.0) + weight


def _tokens(text: str) -> list[Token]:
    out: list[Token] = []
    for match in _words_in_runs(text):
        start = match.start()
        for word, offset, possessive in _word_parts(match.group()):
            out.append(Token(word, start + offset, start + offset + len(word), possessive))
    return out


@lru_cache(maxsize=1 << 16)
def _word_parts(word: str) -> tuple[tuple[str, int, bool], ...]:
    """The tokens one written word gives (text, offset in the word, possessive): none for a
    lower-case word other than a connector or for a contraction, the word without its
    possessive or stray full stop, a hyphenated pair of names split."""
    if not word[0].isupper():
        return ((word, 0, False),) if word in lx.CONNECTORS or word in ("and", "&") else ()
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
        if not word:
            return ()
    elif ("'" in word or "\u2019" in word) and _CONTRACTION.search(word):
        return ()
    if "-" in word:
        return tuple((t.text, t.start, t.possessive) for t in _hyphenated(word, 0, possessive))
    return ((word, 0, possessive),)


_KEEP_STOP = lx.NAME_SUFFIXES | frozenset(lx.PLACE_ABBREVIATIONS)


def _words_in_runs(text: str) -> list[re.Match[str]]:
    words: list[re.Match[str]] = []
    for run in _RUN.finditer(text):
        if " " in run.group() or "\t" in run.group() or "\n" in run.group():
            words.extend(_SPACE_SPLIT.finditer(text, run.start(), run.end()))
        else:
            words.append(run)
    return words


def _known_word(part: str) -> bool:
    key = lx.name_key(part)
    return key in lx.places() or key in lx.PLACE_ALIASES or part in lx.KNOWN_ORGS


def _hyphenated(word: str, start: int, possessive: bool) -> list[Token]:
    """`Kharkiv-Donetsk` is two names; `Russian-backed`, `US-led` are adjectives."""
    parts = word.split("-")
    if all(p[:1].isupper() for p in parts) and all(_known_word(p) for p in parts):
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
        gap_ok = bool(current) and text[current[-1].end:token.start].strip() == "" and \
            not current[-1].possessive
        if token.capital and token.text not in lx.NOT_NAMES:
            if not gap_ok and current:
                runs.append(current)
                current = []
            current.append(token)
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        joins_org = token.text == "and" and bool(current) and (
            (any(t.text == "of" for t in current) and any(t.text in lx.ORG_WORDS for t in current))
            or (_common(current[-1].text) and _org_follows(text, tokens, k + 1)
                and " ".join(t.text for t in current) not in lx.KNOWN_ORGS)
        )  # `Ministry of Science and Technology`, `Food and Agriculture Organization`
        if (
            gap_ok and (token.text in lx.CONNECTORS or joins_org or token.text == "&")
            and nxt is not None and nxt.capital
            and text[token.end:nxt.start].strip() == ""
            and (token.text != "of" or current[-1].text in lx.OF_HEADS)
        ):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return [[t for t in run] for run in runs]


def _common(word: str) -> bool:
    """A common English word, or the plural of one (`Medicines`)."""
    lower = word.lower()
    return lower in lx.common_words() or (lower.endswith("s") and lower[:-1] in lx.common_words())


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


def _trim_connectors(run: list[Token]) -> list[Token]:
    while run and run[0].text == "The":
        run = run[1:]
    while run and run[-1].text in lx.CONNECTORS:
        run = run[:-1]
    while run and run[0].text in lx.CONNECTORS and run[0].text not in ("al", "el", "bin"):
        run = run[1:]
    return run


_MID_CAPITAL = re.compile(r"(?<=[\w,;] )[A-Z][\w'\u2019-]*")


def capitalised_words(texts: list[str]) -> set[str]:
    """Words written capitalised somewhere other than at the start of a sentence."""
    return set(_MID_CAPITAL.findall("\n".join(texts)))


def _is_initial(text: str, token: Token) -> bool:
    """Whether a token opens a sentence (or a sentence inside a quotation)."""
    head = text[:token.start].rstrip().rstrip(_LEAD_QUOTES).rstrip()
    return head == "" or head.endswith((":", "\u2014", ".", "!", "?"))


def _split(
    run: list[Token], text: str, lowercase: set[str], capitalised: set[str]
) -> list[tuple[list[Token], bool]]:
    """Cut a run into name spans; the flag says a title stood before the span."""
    if run and _is_initial(text, run[0]) and not _confirmed_opener(run, capitalised):
        first = run[0].text
        if first in lx.OPENERS or first.lower() in lowercase or first.lower() in lx.ROLES or (
            first.endswith(("ing", "ly", "ed")) and first not in capitalised
        ):
            run = run[1:]
    if len(run) > 2 and run[1].text in lx.given_names() and run[0].text not in lx.given_names() \
            and (_is_initial(text, run[0]) or run[0].text.lower() in lowercase) \
            and not _known_word(run[0].text) and run[0].text not in lx.ORG_WORDS:
        run = run[1:]  # `Moviemaker Gary Ross`, `Notorious Bettie Page`: a word before a name
    if not run:
        return []
    texts = [t.text for t in run]
    title_at = -1
    for k, word in enumerate(texts[:-1]):
        if word in lx.TITLES and (k == 0 or texts[k - 1] != "of"):
            rest = texts[k + 1:]
            if not any(w in lx.ORG_WORDS or w in lx.TITLES for w in rest) and \
                    rest[-1] not in lx.PLACE_LAST:  # `Marshal Hotel` is no marshal
                title_at = k
    if title_at >= 0:
        left = [t for t in run[:title_at] if t.text not in lx.TITLES]
        out = [(part, False) for part in _strip_demonyms(left)]
        right = run[title_at + 1:]
        of_phrase = right[0].text in lx.CONNECTORS  # `Minister of Jammu`: not a person's name
        right = _trim_connectors(right)
        if right and right[-1].text.lower() in lx.ROLES:
            right = []  # `Chief Financial Officer`: a title, no name
        return out + ([(right, not of_phrase)] if right else [])
    if texts[-1] in lx.TITLES and not (len(texts) > 1 and texts[-2] in lx.given_names()):
        run = [t for t in run if t.text not in lx.TITLES]  # but `Billy King` is a name
    return [(part, False) for part in _strip_demonyms(run)]


def _confirmed_opener(run: list[Token], capitalised: set[str]) -> bool:
    """Whether the first word of a sentence-initial run is a name after all: written
    capitalised mid-sentence somewhere in either article, a known place or organisation, or a
    given name followed by a surname (`Bill Clinton said`, `Will Smith`, `Hope Hicks`)."""
    first = run[0].text
    if first in lx.OPENERS and not (len(run) > 1 and first in lx.given_names()):
        return False
    if first in capitalised or first in lx.KNOWN_ORGS:
        return True
    key = lx.name_key(first)
    if key in lx.places() and key not in lx.word_places():
        return True
    if len(run) > 1 and first in lx.given_names():
        second = run[1].text
        return second not in lx.TITLES and lx.name_key(second) not in lx.places() \
            and second not in lx.KNOWN_ORGS and second not in lx.DEMONYMS
    return False


_PHRASE_EDGES = frozenset(w for p in lx.DEMONYM_PHRASES for w in (p[0], p[-1]))


def _demonym_at(run: list[Token], start: bool) -> int:
    """How many words of a demonym (`Russian`, `South African`) open (or close) the run."""
    texts = [t.text for t in run]
    edge = texts[0] if start else texts[-1]
    if edge not in _PHRASE_EDGES and edge not in lx.TITLES and lx.is_demonym(edge) and \
            edge not in lx.DEMONYMS:
        return 1  # `Liberian`, from `Liberia`
    facility = start and len(texts) > 1 and texts[-1] in lx.PLACE_LAST
    title = edge in lx.TITLES and not facility  # `Marshal Hotel`, `King Fahd Stadium`
    if facility and edge in lx.GEO_ADJECTIVES:
        return 0  # `Pacific Coast Highway`, `Atlantic Ocean`
    if edge not in _PHRASE_EDGES:
        return 1 if edge in lx.DEMONYMS or title else 0
    for phrase in lx.DEMONYM_PHRASES:
        n = len(phrase)
        if len(texts) >= n and tuple(texts[:n] if start else texts[-n:]) == phrase:
            return n
    edge = texts[0] if start else texts[-1]
    return 1 if edge in lx.DEMONYMS or title else 0


def _strip_demonyms(run: list[Token]) -> list[list[Token]]:
    if any(t.text in lx.ORG_WORDS for t in run[1:]):
        run = _trim_connectors(run)
        return [run] if run else []
    while run and (n := _demonym_at(run, True)):
        run = run[n:]
    while run and (n := _demonym_at(run, False)):
        run = run[:-n]
    run = _trim_connectors(run)
    return [run] if run else []


_CONTEXT_WORD_OR_COMMA = re.compile(r"[\w'\u2019-]+|,")


class _Words:
    """A sentence's lower-case words and commas with their offsets, found once per sentence."""

    def __init__(self, text: str) -> None:
        found = [(m.start(), m.group()) for m in _CONTEXT_WORD_OR_COMMA.finditer(text.lower())]
        self.starts = [start for start, _ in found]
        self.words = [word for _, word in found]

    def around(self, start: int, end: int) -> tuple[list[str], list[str]]:
        """Up to three words before `start`, and six words or commas from `end` on."""
        k = bisect_left(self.starts, start)
        before = [w for w in self.words[max(0, k - 4):k] if w != ","][-3:]
        j = bisect_left(self.starts, end)
        return before, self.words[j:j + 6]


def _cue_votes(candidate: Candidate, text: str, possessive: bool, words: _Words) -> None:
    before, after = words.around(candidate.start, candidate.end)
    prev = before[-1] if before else ""
    nxt = next((w for w in after if w != ","), "")
    if candidate.titled or prev in lx.ROLES:
        candidate.vote("PERSON", 3)
    if nxt in lx.SPEECH or prev in lx.SPEECH or (
        before[-2:] == ["according", "to"] and nxt not in lx.PLACE_OWNED
    ):
        candidate.vote("PERSON", 1.5)  # outweighs a small town's name (`Jackson said`)
    if possessive and nxt in lx.ROLES:
        candidate.vote("PERSON", 1)
    if prev in lx.PLACE_CUES_BEFORE or before[-2:] == ["residents", "of"]:
        candidate.vote("PLACE", 1)
    if nxt in lx.PLACE_OWNED and after and after[0] != ",":
        candidate.vote("PLACE", 2)
    if len(before) >= 2 and before[-1] == "of" and before[-2] in lx.PLACE_CUES_NEXT:
        candidate.vote("PLACE", 3)
    if nxt in lx.PLACE_CUES_NEXT and after and after[0] != ",":
        candidate.vote("PLACE", 3)
    if after[:2] == [",", "a"] and any(w in ("city", "town", "village", "port") for w in after):
        candidate.vote("PLACE", 2)
    if prev in lx.ORG_CUES or (nxt in lx.ORG_CUES and after and after[0] != ",") or \
            after[:2] == ["news", "agency"]:
        candidate.vote("ORG", 3)
    if len(before) >= 2 and before[-2] in lx.BUSINESS_ROLES and prev in ("of", "for", "at"):
        candidate.vote("ORG", 3)  # `a spokesperson for X`, `chief executive of X`
    if " " in candidate.text and nxt in lx.WORK_WORDS and prev in _DETERMINERS and after \
            and after[0] != "," or (
        prev in ("entitled", "titled", "called") and any(w in lx.WORK_WORDS for w in before)
    ) or (len(before) >= 1 and prev in lx.WORK_WORDS and text[:candidate.start].rstrip().endswith(",")):
        candidate.vote("WORK", 3)  # `the X trilogy`, `an artwork entitled X`, `the novel, X`
    if prev == "the" and (not after or after[0] == "," or after[0] in lx.NAME_FOLLOWERS
                          or after[0] in lx.SPEECH):
        candidate.vote("THE", 1)  # `the Red Sox said`: a name used as a noun is no one's name


_LIST_GAP = re.compile(r"\s*(,|,?\s*and|,?\s*or)\s*")
_LIST_GAP_INCLUDING = re.compile(r"\s*(,|,?\s*and|,?\s*or|,\s*including)\s*")


def listed_together(text: str, first: Candidate, second: Candidate,
                    including: bool = False) -> bool:
    """Whether `second` follows `first` in a list (`X, Y and Z`; with `including`, also
    `X, including Y`), a possessive on `first` aside."""
    gap = re.sub(r"^(?:'s|\u2019s)", "", text[first.end:second.start])
    return bool((_LIST_GAP_INCLUDING if including else _LIST_GAP).fullmatch(gap))


def _propagate_lists(text: str, found: list[Candidate]) -> None:
    """Members of `X, Y and Z` share the cues that only the first or the last one has."""
    groups: list[list[Candidate]] = []
    for candidate in found:
        if groups and listed_together(text, groups[-1][-1], candidate):
            groups[-1].append(candidate)
            continue
        groups.append([candidate])
    for group in groups:
        if len(group) < 2:
            continue
        for kind in ("PLACE", "ORG"):
            best = max(c.votes.get(kind, 0.0) for c in (group[0], group[-1]))
            if best >= 3:
                for member in group:
                    member.votes[kind] = max(member.votes.get(kind, 0.0), best)


_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its"))
_OPENING_WORD = re.compile(r"[\W\d_]*([^\W\d_]+)")
_LATER_CAPITAL = re.compile(r"[^\W\d_a-z]")


def candidates(
    sentence: int, text: str, lowercase: set[str], capitalised: set[str]
) -> list[Candidate]:
    """Name spans of one sentence, in order, with contextual votes.

    `lowercase` holds words the articles also write in lower case and `capitalised` words they
    capitalise mid-sentence: together they tell a sentence opener from a name.
    """
    found: list[Candidate] = []
    words: _Words | None = None
    opener = _OPENING_WORD.match(text)
    if opener and opener.group(1) in lx.OPENERS and not _LATER_CAPITAL.search(text, opener.end()):
        return found  # `The river rose overnight.`: nothing but an opener is capitalised
    for run in _runs(text, _tokens(text)):
        if len(run) == 1 and run[0].text in lx.OPENERS and run[0].start < 4 and \
                _is_initial(text, run[0]):
            continue  # `The`, `But`, `He` opening a sentence: the commonest run of all
        for span, titled in _split(run, text, lowercase, capitalised):
            start, end = span[0].start, span[-1].end
            candidate = Candidate(sentence, start, end, text[start:end], titled=titled)
            words = words or _Words(text)
            _cue_votes(candidate, text, span[-1].possessive, words)
            found.append(candidate)
    _propagate_lists(text, found)
    return found
