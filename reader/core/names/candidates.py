"""Finding the spans of a sentence that name someone or something, with the evidence of type.

A name is a run of capitalised words (with `of`, `al`, `van`… inside). Runs are cut where news
style glues other things to names: a demonym (`Russian`), a title (`President`), a sentence
opener (`Meanwhile`). What the words around a span say is recorded as votes for PERSON, PLACE
or ORG (`envoy X`, `X said`, `the city of X`, `X region`, `news agency X`); votes flow along
lists (`the Kharkiv, Sumy and Mykolaiv regions`); reading them is `cues`' part. Deciding and
merging happen in `entities`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as lx
from .cues import Candidate, cue_votes, is_initial, propagate_lists

_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}s?")
_WORD_CHARS = r"[\w'\u2019.\-]"
_NAME_WORD = r"(?:[^\W\d_a-z]|\d{2}ers\b)[\w'\u2019.\-]*"
"""A capitalised word, or a team's number-name after a place (`Philadelphia 76ers`)."""
_TEAM_NUMBER = re.compile(r"\d{2}ers\b")
_ORG_CONNECTORS = frozenset(("for", "on"))
"""Words that join an organisation's name only after its organisation word (`Institute for
Fiscal Studies`, `Council on Foreign Relations`)."""
_CAPITAL = r"[A-Z\x80-\U0010ffff](?<=[^\W\d_a-z])"
r"""A letter other than a-z (`[^\W\d_a-z]`), tested first by code point: the regex engine
passes over lower-case text in two thirds of the time it takes to test each character's class."""
_RUN = re.compile(
    _CAPITAL + r"(?<![\w'\u2019.\-].)[\w'\u2019.\-]*(?:\s+(?:(?:"
    + "|".join(sorted(lx.CONNECTORS | {"and"} | _ORG_CONNECTORS, key=len, reverse=True))
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
def _match_runs(words: str) -> tuple[_Run, ...]:
    """The runs of name words in one match of `_RUN` (offsets within it). Runs never reach
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
            or word in _ORG_CONNECTORS else ()
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
            or (_common(current[-1].text) and _org_follows(text, tokens, k + 1)
                and " ".join(t.text for t in current) not in lx.KNOWN_ORGS)
        )  # `Ministry of Science and Technology`, `Food and Agriculture Organization`
        if (
            gap_ok and (token.text in lx.CONNECTORS or joins_org or token.text == "&"
                        or token.text in _ORG_CONNECTORS)
            and nxt is not None and nxt.capital
            and text[token.end:nxt.start].strip() == ""
            and (token.text != "of" or current[-1].text in lx.OF_HEADS)
            and (token.text not in _ORG_CONNECTORS or (
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
        not _known_word(current[-1].text) and not current[-1].text.isupper() and \
        lx.name_key(current[-1].text) not in lx.major_places()  # nor `UCLA's Institute`


def _common(word: str) -> bool:
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


def _trim_connectors(run: list[Token]) -> list[Token]:
    while run and run[0].text == "The":
        run = run[1:]
    while run and (run[-1].text in lx.CONNECTORS or run[-1].text in _ORG_CONNECTORS):
        run = run[:-1]
    while run and (run[0].text in lx.CONNECTORS or run[0].text in _ORG_CONNECTORS) and \
            run[0].text not in ("al", "el", "bin"):
        run = run[1:]
    return run


_MID_CAPITAL = re.compile(r"[A-Z](?<=[\w,;] [A-Z])[\w'\u2019-]*")
"""A capital after a word or a comma and one space (the class first lets the regex engine skip
ahead to capitals)."""


def capitalised_words(texts: list[str]) -> set[str]:
    """Words written capitalised somewhere other than at the start of a sentence."""
    return set(_MID_CAPITAL.findall("\n".join(texts)))


def _split(
    run: list[Token], initial: bool, lowercase: set[str], capitalised: set[str]
) -> list[tuple[list[Token], bool]]:
    """Cut a run into name spans; the flag says a title stood before the span and `initial`
    that the run opens its sentence."""
    first_token = run[0] if run else None
    if run and initial and not _confirmed_opener(run, capitalised):
        first = run[0].text
        if first in lx.OPENERS or first.lower() in lowercase or first.lower() in lx.ROLES or (
            len(run) == 1 and _common(first) and first not in lx.given_names()) or (
            first.endswith(("ing", "ly", "ed")) and first not in capitalised
            and first not in lx.given_names()  # `Billy King spun…`
        ):
            run = run[1:]
    if len(run) > 2 and run[1].text in lx.given_names() and run[0].text not in lx.given_names() \
            and ((initial and run[0] is first_token and run[0].text not in capitalised)
                 or run[0].text.lower() in lowercase) \
            and not _known_word(run[0].text) and run[0].text not in lx.ORG_WORDS:
        run = run[1:]  # `Moviemaker Gary Ross`, `Notorious Bettie Page`: a word before a name
    if not run:
        return []
    texts = [t.text for t in run]
    title_at = -1
    for k, word in enumerate(texts[:-1]):
        if word in lx.TITLES and (k == 0 or texts[k - 1] not in ("of", "for", "on")):
            rest = texts[k + 1:]
            if not any(w in lx.ORG_WORDS or w in lx.TITLES for w in rest) and \
                    rest[-1] not in lx.PLACE_LAST:  # `Marshal Hotel` is no marshal
                title_at = k
    if title_at >= 0:
        left = [t for t in run[:title_at] if t.text not in lx.TITLES]
        if texts[title_at] in lx.OFFICE_TITLES:
            left = _before_office(left)
        out = [(part, False) for part in _strip_demonyms(left, lowercase)]
        right = run[title_at + 1:]
        of_phrase = right[0].text in lx.CONNECTORS or right[0].text in _ORG_CONNECTORS
        right = _trim_connectors(right)  # `Minister of Jammu`: not a person's name
        if of_phrase and all(_common(t.text) or t.text.lower() in lowercase
                             for t in right if t.text not in lx.CONNECTORS and t.text != "and"):
            right = []  # `Minister for Women and Equalities`: an office, no name
        if right and right[-1].text.lower() in lx.ROLES:
            right = []  # `Chief Financial Officer`: a title, no name
        while len(right) > 1 and right[0].text.lower() in lx.ROLES:
            right = right[1:]  # `Chief Executive X`: the rest of the title
        return out + ([(right, not of_phrase)] if right else [])
    if texts[-1] in lx.TITLES and not (len(texts) > 1 and texts[-2] in lx.given_names()) and \
            not ("of" in texts and any(w in lx.ORG_WORDS for w in texts)):  # `Department of Justice`
        run = [t for t in run if t.text not in lx.TITLES]  # but `Billy King` is a name
        if texts[-1] in lx.OFFICE_TITLES:
            run = _before_office(run)
    return [(part, False) for part in _strip_demonyms(run, lowercase)]


def _before_office(left: list[Token]) -> list[Token]:
    """The words before an office's title without the common words that name the office (`UK
    Environment Secretary`, `Morocco's Environment Minister`): they are no name of their own
    (but `Angels GM`, `Miami Heat coach` keep theirs)."""
    while left and left[-1].text not in lx.ORG_WORDS and _common(left[-1].text) and \
            not _known_word(left[-1].text):
        left = left[:-1]
    return left


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


def _demonym_at(run: list[Token], start: bool, lowercase: set[str]) -> int:
    """How many words of a demonym (`Russian`, `South African`) open (or close) the run."""
    edge = run[0].text if start else run[-1].text
    if edge not in _PHRASE_EDGES and edge not in lx.TITLES and edge not in lx.DEMONYMS:
        return 1 if lx.is_demonym(edge) else 0  # `Liberian`, from `Liberia`
    texts = [t.text for t in run]
    facility = start and len(texts) > 1 and texts[-1] in lx.PLACE_LAST
    title = edge in lx.TITLES and not facility and not (  # `Marshal Hotel`, `King Fahd Stadium`
        not start and len(texts) > 1 and texts[-2] in lx.given_names()
        and texts[-2].lower() not in lowercase)  # `Billy King`, not `Star Count`
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


def _strip_demonyms(run: list[Token], lowercase: set[str]) -> list[list[Token]]:
    if len(run) > 1 and (not lx.ORG_WORDS.isdisjoint([t.text for t in run[1:]]) or
                         lx.name_key(" ".join(t.text for t in run)) in lx.places()):
        # `Indian Navy`, and `Indian Ocean`, `Southern California`: a listed place's name
        run = _trim_connectors(run)
        return [run] if run else []
    while run and (n := _demonym_at(run, True, lowercase)):
        run = run[n:]
    while run and (n := _demonym_at(run, False, lowercase)):
        run = run[:-n]
    run = _trim_connectors(run)
    return [run] if run else []


_SAYS = re.compile(r"\s+(?:" + "|".join(sorted(lx.SPEECH)) + r")\b")
_OPENING_WORD = re.compile(r"[\W\d_]*([^\W\d_]+)")
_LATER_CAPITAL = re.compile(_CAPITAL)


def candidates(
    sentence: int, text: str, lowercase: set[str], capitalised: set[str],
    memo: dict[tuple[str, int, bool], list[tuple[list[Token], bool]]] | None = None,
) -> list[Candidate]:
    """Name spans of one sentence, in order, with contextual votes.

    `lowercase` holds words the articles also write in lower case and `capitalised` words they
    capitalise mid-sentence: together they tell a sentence opener from a name. `memo` keeps
    how each run of capitalised words was cut, for callers passing the same two sets for many
    sentences (names recur: cutting each once makes long articles much faster).
    """
    found: list[Candidate] = []
    lower: str | None = None
    reverse = ""
    opener = _OPENING_WORD.match(text)
    if opener and opener.group(1) in lx.OPENERS and not _LATER_CAPITAL.search(text, opener.end()):
        return found  # `The river rose overnight.`: nothing but an opener is capitalised
    for match in _RUN.finditer(text):
        offset = match.start()
        words = match.group()
        for k, run, first_start, first_end, opener_word, may_speak in _match_runs(words):
            initial = opens = is_initial(text, offset + first_start)
            if opener_word and offset + first_start < 4 and initial:
                continue  # `The`, `But`, `He` opening a sentence: the commonest run of all
            if initial and may_speak and _SAYS.match(text, offset + first_end):
                initial = False  # `White said…`: a surname opening the sentence
            memo_key = (words, k, initial)
            spans = memo.get(memo_key) if memo is not None else None
            if spans is None:
                spans = _split(run, initial, lowercase, capitalised)
                if memo is not None:
                    memo[memo_key] = spans
            for span, titled in spans:
                start, end = offset + span[0].start, offset + span[-1].end
                candidate = Candidate(sentence, start, end, text[start:end], {}, titled)
                if lower is None:
                    lower = text.lower()
                    if len(lower) != len(text):  # a letter whose lower case is longer (`İ`)
                        lower = "".join(c.lower()[0] for c in text)
                    reverse = lower[::-1]
                cue_votes(candidate, text, lower, reverse, span[-1].possessive,
                           opens if span[0] is run[0] else None)
                found.append(candidate)
    if len(found) > 1:
        propagate_lists(text, found)
    return found
