"""Dates and times two aligned passages state differently: paired by the words around them,
compared field by field (day, month, year, weekday, clock time in UTC where zones are given),
and `before`/`after` a time told apart. A page's own timestamp is never a fact."""

from __future__ import annotations

import re

from ..align.assignment import max_weight_matching
from ..align.features import STOPWORDS
from ..model import Discrepancy
from ..text.normalize import MONTHS, WEEKDAYS
from . import lexicon
from .binding import lemma
from .dates import DateMention
from .sides import Side
from .tokens import is_number_word, tokenize

_MONTH_OR_DAY = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    m[:3] for m in MONTHS) | {"sept", "st", "nd", "rd", "th"}
_SAID = frozenset("said says told tells reported reports announced added confirmed stated "
                  "wrote posted tweeted updated published".split())


_SAID_GAP = frozenset("on late early here there in a statement".split())
"""Words between a verb of saying and the date it is dated by (`said here Friday`)."""
_SINCE = frozenset("since until till".split())
"""Words that make a date the start or end of a period (`since September`, `until May`)."""


def _date_context(side: Side, mention: DateMention) -> tuple[frozenset[str], str]:
    """Content words around a date (roles folded: `died` and `killed` are one), and what the
    date is: of a statement (`officials said here Saturday`), the start or end of a period
    (`since September`), or of the event itself ("")."""
    before = [t for t in tokenize(side.folded[max(0, mention.start - 60):mention.start])
              if t.is_word][-4:]
    after = [t for t in tokenize(side.folded[mention.end:mention.end + 60]) if t.is_word][:4]
    gap = 0
    while gap < min(len(before) - 1, 2) and before[-1 - gap].lower in _SAID_GAP:
        gap += 1
    said = "said" if before and before[-1 - gap].lower in _SAID else ""
    if not said and before and before[-1].lower in _SINCE:
        said = "since" if before[-1].lower == "since" else "until"
    elif not said and before and before[-1].lower in ("to", "through") and \
            any(t.lower in ("from", "between") for t in before[:-1]):
        said = "until"  # `from September 2010 to January 2011`: the end of a stay
    words = set()
    for token in before + after:
        word = token.lower
        if len(word) > 2 and word not in STOPWORDS and not is_number_word(word):
            words.add(lexicon.roles().get(word) or lemma(word)[:6])
    return frozenset(words), said


_CALENDAR_WORDS = frozenset("am pm a.m p.m gmt utc ist est bst local time hrs hours updated "
                            "posted published last first".split())


_WORD = re.compile(r"[^\W\d_]{3,}")
"""A word of three letters or more (the tokenizer's words are runs of letters)."""


def _dateline(side: Side) -> bool:
    """A passage that is a date and time with no word in lower case beside them (`December
    22nd, 2008 8:55 am`, `TNN Nov 12, 2011, 05.51AM IST MUMBAI`): a page's timestamp."""
    return not any(word.islower() and word not in _CALENDAR_WORDS and word not in _MONTH_OR_DAY
                   for word in _WORD.findall(side.folded))


def _zone_of(mention: DateMention, mentions: list[DateMention]) -> str:
    """The time zone a date is given in: its own, or that of a time written right beside it
    (`0241 GMT Friday`)."""
    if mention.zone:
        return mention.zone
    for other in mentions:
        if other.zone and (0 <= mention.start - other.end <= 2 or
                           0 <= other.start - mention.end <= 2):
            return other.zone
    return ""


def _next_day(fx: dict[str, int], fy: dict[str, int], differing: list[str]) -> bool:
    """The two differ by one day, as one moment does in two time zones."""
    if "weekday" in differing and (fx["weekday"] - fy["weekday"]) % 7 not in (1, 6):
        return False
    return "day" not in differing or abs(fx["day"] - fy["day"]) == 1


def date_flags(a: Side, b: Side, dates_a: list[DateMention], dates_b: list[DateMention],
               close: bool = True, distant: bool = False
               ) -> list[tuple[DateMention, Discrepancy]]:
    """Dates and times about the same thing (the words around them agree), compared field by
    field; the date of a statement is only compared with the date of a statement. In a
    closely matched pair a lone day or time on each side is one date whatever its words; in a
    loose pair (two outlets telling the story differently) each may date another moment of it,
    the day a victim was named against the day of the crash, so the words must agree; in a
    `distant` pair (two sentences that share little but the story) two words must."""
    if _dateline(a) or _dateline(b):
        return []  # `December 22nd, 2008 8:55 am`: when a page was posted, not a fact
    context_a = [_date_context(a, x) for x in dates_a]
    context_b = [_date_context(b, y) for y in dates_b]
    fields_a = [x.fields() for x in dates_a]
    fields_b = [y.fields() for y in dates_b]
    same_clock = [] if distant else [  # `at 9:25 on 10th Nov` against `at 9:25am on November
        (k, m) for k, f in enumerate(fields_a) for m, g in enumerate(fields_b)  # 11`: one
        if "minutes" in f and f.get("minutes") == g.get("minutes")]  # moment, two days
    edges = []
    for i, fx in enumerate(fields_a):
        for j, fy in enumerate(fields_b):
            shared = set(fx) & set(fy)
            (words_a, said_a), (words_b, said_b) = context_a[i], context_b[j]
            if not shared or said_a != said_b:
                continue
            agree = all(fx[k] == fy[k] for k in shared)
            common = len(words_a & words_b)
            telling = len(words_a & words_b - lexicon.day_parts())
            specific = bool({"day", "minutes", "weekday"} & shared) or (
                "month" in shared and "year" not in fx and "year" not in fy)  # `In April`
            # against `in May`; a month with its year may date another moment (`his death in
            # December 2013` against `In June 2013, six months before he died`)
            single = close and len(dates_a) == len(dates_b) == 1 and specific
            timed = any(k != i and m != j for k, m in same_clock)
            if not agree and not single and not timed and telling < (2 if distant else 1):
                continue  # in a loose pair one shared word (`met` in 1947, `met` in 1950)
                # is a coincidence of two moments of one life, not one moment dated twice
            weight = len(shared) + common + (1.5 if agree else 0.0)
            weight -= 0.5 * abs(i / len(dates_a) - j / len(dates_b))
            if weight > 0:
                edges.append((i, j, round(weight, 6)))
    out = []
    for i, j, _ in max_weight_matching(edges):
        x, y = dates_a[i], dates_b[j]
        fx, fy = fields_a[i], fields_b[j]
        differing = [k for k in set(fx) & set(fy) if fx[k] != fy[k]]
        zones = lexicon.zones()
        if x.zone != y.zone and x.zone in zones and y.zone in zones and "minutes" in fx and \
                "minutes" in fy:
            utc_a, utc_b = fx["minutes"] - zones[x.zone], fy["minutes"] - zones[y.zone]
            if utc_a % 1440 == utc_b % 1440 or (
                    (x.twelve_hour or y.twelve_hour) and utc_a % 720 == utc_b % 720):
                differing = [k for k in differing if k != "minutes"]
            elif "minutes" not in differing:
                differing.append("minutes")
        elif "minutes" in differing and ((x.zone and y.zone and x.zone != y.zone) or (
                (x.twelve_hour or y.twelve_hour) and fx["minutes"] % 720 == fy["minutes"] % 720)):
            differing.remove("minutes")
        if differing and set(differing) <= {"weekday", "day"} and \
                _zone_of(x, dates_a) != _zone_of(y, dates_b) and _next_day(fx, fy, differing):
            differing = []  # `0241 GMT Friday` is Thursday evening in Los Angeles
        related = x.relation and y.relation and x.relation != y.relation
        if not differing and not related:
            continue
        start_a = x.lead if related else x.start
        start_b = y.lead if related else y.start
        a_span, b_span = a.span(start_a, x.end), b.span(start_b, y.end)
        shown_a, shown_b = a.text[slice(*a_span)], b.text[slice(*b_span)]
        out.append((x, Discrepancy("date", shown_a, shown_b, "conflict",
                                   f"A: {shown_a}; B: {shown_b}", a_span, b_span)))
    return out
