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

from . import lexicon as lx
from .cues import Candidate, cue_votes, is_initial, propagate_lists
from .name_runs import (
    CAPITAL,
    ORG_CONNECTORS,
    RUN,
    Token,
    common_word,
    known_word,
    match_runs,
    trim_connectors,
)

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
            len(run) == 1 and common_word(first) and first not in lx.given_names()) or (
            first.endswith(("ing", "ly", "ed")) and first not in capitalised
            and first not in lx.given_names()  # `Billy King spun…`
        ):
            run = run[1:]
    if len(run) > 2 and run[1].text in lx.given_names() and run[0].text not in lx.given_names() \
            and ((initial and run[0] is first_token and run[0].text not in capitalised)
                 or run[0].text.lower() in lowercase) \
            and not known_word(run[0].text) and run[0].text not in lx.ORG_WORDS:
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
        of_phrase = right[0].text in lx.CONNECTORS or right[0].text in ORG_CONNECTORS
        right = trim_connectors(right)  # `Minister of Jammu`: not a person's name
        if of_phrase and all(common_word(t.text) or t.text.lower() in lowercase
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
    while left and left[-1].text not in lx.ORG_WORDS and common_word(left[-1].text) and \
            not known_word(left[-1].text):
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
        run = trim_connectors(run)
        return [run] if run else []
    while run and (n := _demonym_at(run, True, lowercase)):
        run = run[n:]
    while run and (n := _demonym_at(run, False, lowercase)):
        run = run[:-n]
    run = trim_connectors(run)
    return [run] if run else []


_SAYS = re.compile(r"\s+(?:" + "|".join(sorted(lx.SPEECH)) + r")\b")
_OPENING_WORD = re.compile(r"[\W\d_]*([^\W\d_]+)")
_LATER_CAPITAL = re.compile(CAPITAL)


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
    for match in RUN.finditer(text):
        offset = match.start()
        words = match.group()
        for k, run, first_start, first_end, opener_word, may_speak in match_runs(words):
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
