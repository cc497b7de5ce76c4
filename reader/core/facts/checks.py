"""Facts a fact-checker would want flagged when two aligned passages state them differently.

Each check compares only what both sides state: a figure one outlet gives and the other omits
is a difference in the diff, not a discrepancy. Figures and dates are paired by what they are
about (`figure_checks`); places and people come from the entity index, so `in English` is no
place and `Shares in Apple` no place either; a place inside the other (`Miami`, `Florida`) is
more specific, not a contradiction; words credited to someone else are an attribution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..align.features import STOPWORDS
from ..model import Discrepancy
from ..names.lexicon import ROLES
from ..text.normalize import MONTHS, NUMBER_WORDS, SCALE_WORDS, WEEKDAYS, fold, fold_with_offsets
from .binding import lemma
from .diff import Segment, word_diff
from .figure_checks import figure_flags, nouns_changed
from .figure_joins import MULTIPLYING_WORDS
from .lexicon import currencies, qualifiers, units
from .places import inside, known
from .sides import Side
from .speakers import NameSpan, Speaker, speakers
from .tokens import ORDINALS

_QUALIFIER_WORDS = sorted({w for phrase in qualifiers() for w in phrase.split()
                           if len(w) > 2 and w.isalpha()})
_UNIT_WORDS = sorted({form.lower() for form in units() if len(form) > 2 and form.isalpha()}
                     | {w for w in currencies()[1] if w.isalpha()})
_NUMBERISH_WORDS = frozenset(
    w.lower() for w in [*NUMBER_WORDS, *SCALE_WORDS, *_QUALIFIER_WORDS, *ORDINALS, "half",
                        "dozen", "third", "thirds", "quarter", "quarters", "noon", "midnight",
                        "twice", "before", "after", *WEEKDAYS, *MONTHS, *_UNIT_WORDS,
                        *MULTIPLYING_WORDS,
                        *(w for phrase in qualifiers() for w in phrase.split() if len(w) > 2)])
_SHORT_PHRASES = re.compile(r"\b(?:" + "|".join(
    phrase.replace(" ", r"\s+") for phrase in qualifiers()
    if all(len(w) <= 2 for w in phrase.split())) + r")\b", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def _numberish(text: str) -> bool:
    """Whether changed words hold anything a figure, qualifier or date needs: a digit, a
    number, scale, unit, qualifier or calendar word; without one those checks cannot find
    anything and are skipped."""
    if _DIGIT.search(text):
        return True
    words = _NUMBERISH_WORDS
    return any(w in words for w in _LETTERS.findall(text.lower())) or bool(
        _SHORT_PHRASES.search(text))


CLOSE_PAIR = 0.6
"""Pairs scoring this much share most of their wording: the one figure of a kind on each
side can be taken to answer the same question."""
DISTANT_PAIR = 0.4
"""Below this score two aligned sentences share little but their story: what they say of a
date must rest on more than one shared word."""
SAME_CONTENT = 0.7
"""Share of the words said (speakers left out) two passages must have in common for who
said them to be compared."""
_GENERIC_SPEAKERS = frozenset("police officials official authorities sources source "
                              "spokesman spokeswoman spokesperson reports media officers "
                              "investigators witnesses residents".split())
_NAMEISH = re.compile(r"[A-Z]|\b(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")\b")
"""A changed place or speaker is capitalised or a role (`the mayor`, `the governor`)."""
_SPEECH_HINT = re.compile(r"\b(said|says|say|told|tells|added|adds|wrote|writes|stated|states|"
                          r"claimed|claims|insist|announc|confirm|denied|denies|warn|explain|"
                          r"noted|tweeted|posted|argued|according)", re.IGNORECASE)
_QUOTED = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{12,})[\"\u201c\u201d]")
_PLACE_BEFORE = re.compile(r"\b(in|at|near|from|to|into|outside|across|towards?|over)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)


def side(text: str) -> Side:
    folded, offsets = fold_with_offsets(text)
    return Side(text, folded, offsets)


def _present(span: NameSpan, own: str, other: str, other_spans: tuple[NameSpan, ...]) -> bool:
    """Whether the other side names the same entity (by the index or by its words)."""
    if any(s.key == span.key for s in other_spans):
        return True
    return fold(own[span.start:span.end]) in fold(other)


def _located(text: str, end: int) -> str:
    """The word a place phrase hangs on (`facility` in `a facility in Malibu`), as a lemma."""
    words = _LETTERS.findall(text[max(0, end - 40):end])
    return lemma(words[-1])[:6] if words else ""


def _places(a: str, b: str, names_a: tuple[NameSpan, ...], names_b: tuple[NameSpan, ...],
            context: frozenset[tuple[str, str]], score: float = 1.0) -> list[Discrepancy]:
    """Two different places in the same role: after the same preposition, and in loosely
    matched passages also hung on the same word (`killed in`, `the attack in`)."""
    only_a = [s for s in names_a if s.type == "PLACE" and not _present(s, a, b, names_b)]
    only_b = [s for s in names_b if s.type == "PLACE" and not _present(s, b, a, names_a)]
    if not only_a or not only_b:
        return []
    out = []
    taken: set[int] = set()
    for x in only_a:
        before_a = _PLACE_BEFORE.search(a[:x.start])
        if not before_a:
            continue
        for k, y in enumerate(only_b):
            before_b = _PLACE_BEFORE.search(b[:y.start])
            if k in taken or not before_b or \
                    before_a.group(1).lower() != before_b.group(1).lower():
                continue
            shown_a, shown_b = a[x.start:x.end], b[y.start:y.end]
            stated = context
            hung_apart = _located(a, before_a.start()) != _located(b, before_b.start())
            if score < DISTANT_PAIR and hung_apart:
                continue  # in sentences that share little else, one place holding the other
                # is no finer telling: `the ceremony in Los Angeles`, `televised in the US`
            if inside(shown_b, shown_a, stated):
                why = f"B is more specific: {shown_b} is in {shown_a}"
                severity = "precision"
            elif inside(shown_a, shown_b, stated):
                why = f"A is more specific: {shown_a} is in {shown_b}"
                severity = "precision"
            elif score < CLOSE_PAIR and hung_apart:
                continue  # `a rehab facility in Malibu`, `the Center in Palm Springs`: two things
            elif known(shown_a) and known(shown_b):
                why = f"A: {before_a.group(1)} {shown_a}; B: {before_b.group(1)} {shown_b}"
                severity = "conflict"
            else:  # `in Mayfair`, `in London`: one may lie in the other, for all we know
                why = (f"A: {before_a.group(1)} {shown_a}; B: {before_b.group(1)} {shown_b}"
                       " (the place list cannot say whether one lies in the other)")
                severity = "precision"
            taken.add(k)
            out.append(Discrepancy("place", shown_a, shown_b, severity,  # type: ignore[arg-type]
                                   why, (x.start, x.end), (y.start, y.end)))
            break
    return out


def _shared_quote(a: str, b: str) -> bool:
    """Whether both passages quote the same words: four or more content words in common,
    and most of the shorter quote's. Two long quotes on one subject share four words
    (`the administration`, `law`, `act`) without being one remark."""
    quoted_b = [_content(q) for q in _QUOTED.findall(b)]
    for quote in _QUOTED.findall(a):
        words = _content(quote)
        if any(len(words & other) >= 4 and _overlap(words, other) >= _SAME_QUOTE
               for other in quoted_b):
            return True
    return False


_SAME_QUOTE = 0.5
"""Share of the shorter quote's content words the other must give for the two to be one remark
(translations and trims of one remark keep most of its words)."""


def _content(text: str) -> set[str]:
    return {lemma(w)[:6] for w in re.findall(r"[^\W\d_]{3,}|\d+", fold(text))
            if w not in STOPWORDS}


def _said(text: str, found: list[Speaker]) -> set[str]:
    """The content words of a passage without its speakers: what is said."""
    for speaker in sorted(found, key=lambda s: -s.start):
        text = text[:speaker.start] + " " + text[speaker.end:]
    return {lemma(w)[:6] for w in re.findall(r"[^\W\d_]{3,}|\d+", fold(text))
            if w not in STOPWORDS}


def _overlap(x: set[str], y: set[str]) -> float:
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def attribution(a: str, b: str, names_a: tuple[NameSpan, ...],
                 names_b: tuple[NameSpan, ...], score: float) -> list[Discrepancy]:
    """The same words credited to different, specific speakers: `the mayor said` against
    `the governor said`, not `police said` against `Sheriff Isham said`."""
    if not (_SPEECH_HINT.search(a) and _SPEECH_HINT.search(b)):
        return []
    sa = [s for s in speakers(a, names_a) if s.key not in _GENERIC_SPEAKERS]
    sb = [s for s in speakers(b, names_b) if s.key not in _GENERIC_SPEAKERS]
    if not sa or not sb:
        return []
    if not _shared_quote(a, b) and (score < CLOSE_PAIR or
                                    _overlap(_said(a, sa), _said(b, sb)) < SAME_CONTENT):
        return []  # no quoted words in common: only passages that say the same thing in
        # the same words credit one statement (two outlets each quote their own source)
    keys_a, keys_b = {s.key for s in sa}, {s.key for s in sb}
    if keys_a & keys_b:
        return []
    fa, fb = fold(a), fold(b)
    if any(fold(a[s.start:s.end]) in fb for s in sa) or \
            any(fold(b[s.start:s.end]) in fa for s in sb):
        return []  # the other side names A's speaker too, in another role
    x, y = sa[0], sb[0]
    shown_a, shown_b = a[x.start:x.end], b[y.start:y.end]
    return [Discrepancy("attribution", shown_a, shown_b, "attribution",
                        f"A credits {shown_a}; B credits {shown_b}", (x.start, x.end),
                        (y.start, y.end))]


def changed_words(diff: Sequence[Segment], op: str) -> frozenset[str]:
    return frozenset(lemma(w)[:6] for kind, text in diff if kind == op
                     for w in re.findall(r"[^\W\d_]{3,}|\b\d{4}\b", fold(text))
                     if w not in STOPWORDS)


def _changed(diff: Sequence[Segment]) -> tuple[str, str]:
    return (" ".join(text for op, text in diff if op == "-"),
            " ".join(text for op, text in diff if op == "+"))


def figure_check(a: str, b: str, diff: Sequence[Segment], score: float = 1.0
                 ) -> tuple[Discrepancy, ...]:
    """Figures and dates the two sides of a pair state differently (no names needed)."""
    only_a, only_b = _changed(diff)
    moved = (changed_words(diff, "-"), changed_words(diff, "+"))
    numbers = _numberish(only_a), _numberish(only_b)
    if not all(numbers) and (any(numbers) or not (
            _numberish(a) and _numberish(b) and nouns_changed(side(a), side(b), moved))):
        return ()  # a figure only one side has, or none changed and none counts another
        # thing now: nothing can conflict
    return tuple(figure_flags(side(a), side(b), moved, close=score >= CLOSE_PAIR,
                              distant=score < DISTANT_PAIR))


def name_check(a: str, b: str, diff: Sequence[Segment], names_a: tuple[NameSpan, ...],
               names_b: tuple[NameSpan, ...], stated: frozenset[tuple[str, str]] = frozenset(),
               score: float = 1.0) -> tuple[Discrepancy, ...]:
    """Places and speakers the two sides of a pair name differently, from the entity index's
    names in each passage. `stated` holds containments the articles state (`Miami,
    Florida`)."""
    only_a, only_b = _changed(diff)
    if not (_NAMEISH.search(only_a) and _NAMEISH.search(only_b)):
        return ()
    return tuple(_places(a, b, names_a, names_b, stated, score) +
                 attribution(a, b, names_a, names_b, score))


def check(a: str, b: str, diff: Sequence[Segment] | None = None,
          names_a: tuple[NameSpan, ...] = (), names_b: tuple[NameSpan, ...] = (),
          stated: frozenset[tuple[str, str]] = frozenset(), score: float = 1.0
          ) -> tuple[Discrepancy, ...]:
    """All discrepancies between the two sides of an aligned pair, in a stable order: its
    figures and dates, then its places and speakers.

    `diff` is the pair's word diff (computed when not given): a check whose kind of fact
    does not appear in the changed words cannot find anything, so it is skipped.
    `names_a`/`names_b` are the entity index's names in each passage; without them no place
    or speaker is checked. `score` is the pair's alignment score: in a loosely matched pair
    only figures tied by what they count are compared, and words need the same content to be
    credited.
    """
    if diff is None:
        diff = word_diff(a, b)
    return figure_check(a, b, diff, score) + name_check(a, b, diff, names_a, names_b, stated,
                                                        score)
