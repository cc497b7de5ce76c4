"""Dates and times stated in a sentence, as fields that compare across writing styles.

`3 December`, `Dec. 3` and `December 3rd` are the same date; `4:33am` and `4.33 a.m.` the
same time; `1230 hours` is `12.30pm`. Each mention keeps only the fields it states (a weekday
alone, a month and day, a year, a clock time with its zone), so a mention that says more is
never taken to contradict one that says less. Their spans are in the folded text; the figure
reader skips them, so the day of a date is never read as a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text.normalize import MONTHS, WEEKDAYS
from .memo import Kept

_MONTH_NUMBER = {m: k for k, m in enumerate(MONTHS, 1)}
_MONTH_NUMBER.update({m[:3]: k for m, k in list(_MONTH_NUMBER.items())})
_MONTH_NUMBER["sept"] = 9
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_ZONE = (r"(?:\s*\(?\s*(?P<zone>GMT|UTC|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|CET|CEST|EET|"
         r"JST|AEST|AEDT|local time|local))?")
_AMPM = r"(?P<ampm>[AaPp]\.?\s?[Mm]\b\.?)"
_PATTERNS = [
    ("date", re.compile(rf"\b{_DAY}\s+{_MONTH}\s+(?P<yy>\d\d)\b(?![:.]\d)")),
    ("date", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?")),
    ("date", re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR}\b)?")),
    ("date", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    ("date", re.compile(rf"\b(?:last|next|this|in|since|by|until|early|late|mid-?|from|and|or|"
                        rf"through|during|of)\s+{_MONTH}(?!\s*\d)", re.IGNORECASE)),
    ("iso", re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("time", re.compile(rf"\b(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<min>[0-5]\d)\s*{_AMPM}?{_ZONE}")),
    ("time", re.compile(rf"\b(?P<h>1[0-2]|0?[1-9])\s*{_AMPM}{_ZONE}")),
    ("time", re.compile(r"\b(?P<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)\s*(?:hours|hrs|hr\b|h\b)?"
                        rf"{_ZONE}")),
    ("noon", re.compile(r"\b(?P<word>noon|midday|midnight)\b", re.IGNORECASE)),
    ("weekday", re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)s?\b")),
    # a span of years (`(1999-2003)`), not a count from 1999 to 2003; not before a word
    # (`2000-2020 tonnes`)
    ("span", re.compile(rf"(?<![\w$£€.,-]){_YEAR}(?=[-\u2013](?P<later>1[89]\d\d|20\d\d)"
                        r"(?![\w%-]|,\d|\.\d)(?!\s*[a-z]))")),
    ("span", re.compile(rf"(?<=(?<![\w$£€.,-])(?P<earlier>1[89]\d\d|20\d\d)[-\u2013]){_YEAR}"
                        r"(?![\w%-]|,\d|\.\d)(?!\s*[a-z])")),
    ("year", re.compile(rf"(?<![\w$£€.,-]){_YEAR}(?![\w%-]|,\d|\.\d)")),
    # an older year only after a word that dates it (`born in 1564`; not `1564 men`)
    ("year", re.compile(r"(?:(?<=\bin )|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\bby )|"
                        r"(?<=\bof ))(?P<year>1[0-7]\d\d)(?![\w%-]|,\d|\.\d)")),
]
_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"noon|midday|midnight|day\b|January|February|March|April|May|June|July|"
                    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
                    r"Aug|Sep|Oct|Nov|Dec", re.IGNORECASE)
_WITHOUT_DIGITS = frozenset({"noon", "weekday", "date"})
_MONTH_START = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)
_OLD_YEAR = re.compile(r"1[0-7]\d\d")
_NEEDS = [next((k for k, part in enumerate(("(?P<month>", "(?P<weekday>", "(?P<year>1[0-7]"))
                if part in pattern.pattern), -1) for _, pattern in _PATTERNS]
"""What each pattern needs in a text to match: a month name (which starts with one of
`_MONTH_START`, in either case), a weekday name (which holds `day`), an older year; or
nothing (-1). Most sentences have none of these, and a pattern that cannot match is not
run."""
_AT = re.compile(r"\b(at|around|by|until|till|from|since|before|after|about|to)\s*$", re.I)
_PLURAL_NEXT = re.compile(r"^\s+([a-z]{3,})s\b")
_NOT_YEAR_BEFORE = re.compile(r"(No\.?|number|#|[A-Z][\w-]*)\s*$")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)$")
_MAY_BEFORE = re.compile(r"(?:in|since|until|by|last|next|early|late|mid-?|through|during)\s",
                        re.IGNORECASE)
"""Words that make a capitalised `May` after them the month, not a name or the verb."""
_LONGEST_SPAN = 60
"""Years further apart than this, joined by a dash, are more likely a range of amounts."""


@dataclass(frozen=True)
class DateMention:
    """One date or time in a sentence: the fields it states, and where (folded text)."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    minutes: int | None = None
    zone: str = ""
    twelve_hour: bool = False
    """A clock time without a.m. or p.m. that could be either (`6:41`): it agrees with
    the same time twelve hours on (`18:41`)."""
    relation: str = ""
    """`before` or `after` when the text places something on that side of the date (`just
    before 1am`); `lead` is where those words start."""
    lead: int = -1

    def fields(self) -> dict[str, int]:
        names = ("year", "month", "day", "weekday", "minutes")
        return {n: v for n in names if (v := getattr(self, n)) is not None}


def _clock(hour: int, minute: int, ampm: str | None) -> int | None:
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    return hour * 60 + minute


def _time(match: re.Match[str], text: str) -> DateMention | None:
    groups = match.groupdict()
    zone = (groups.get("zone") or "").lower().replace("local time", "local")
    if groups.get("hm"):
        has_suffix = bool(match.group(0)[4:].strip())
        if not has_suffix:
            return None  # a bare four-digit number is a year or a count
        minutes = int(groups["hm"][:2]) * 60 + int(groups["hm"][2:])
    else:
        ampm = groups.get("ampm")
        if groups.get("sep") == "." and not ampm and not zone and not _AT.search(
                text[max(0, match.start() - 30):match.start()]):
            return None  # `8.30` alone is a decimal number
        clock = _clock(int(groups["h"]), int(groups.get("min") or 0), ampm)
        if clock is None:
            return None
        minutes = clock
    end = match.end() if zone else match.end("ampm") if groups.get("ampm") else \
        match.end("min") if groups.get("min") else match.end()
    if groups.get("hm") and not zone:
        end = match.end()
    twelve = not groups.get("hm") and not groups.get("ampm") and 1 <= int(groups["h"]) <= 12
    return DateMention(match.start(), end, minutes=minutes, zone=zone, twelve_hour=twelve)


def _mention(kind: str, match: re.Match[str], text: str) -> DateMention | None:
    groups = match.groupdict()
    if kind == "date":
        month = _MONTH_NUMBER[groups["month"].lower().rstrip(".")]
        day = int(groups["day"]) if groups.get("day") else None
        if day is not None and not 1 <= day <= 31:
            return None
        if groups["month"][:1].islower() or (groups["month"] == "May" and day is None
                                               and not groups.get("year") and not (
                _MAY_BEFORE.match(match.group(0)) and not text.startswith("'", match.end()))):
            return None  # `in march`, `may`: words, not months; `in May` is the month
        year = int(groups["year"]) if groups.get("year") else \
            2000 + int(groups["yy"]) if groups.get("yy") else None
        start = match.start("month") if day is None and not groups.get("year") else match.start()
        return DateMention(start, match.end(), year=year, month=month, day=day)
    if kind == "iso":
        return DateMention(match.start(), match.end(), year=int(groups["year"]),
                           month=int(groups["m"]), day=int(groups["d"]))
    if kind == "time":
        return _time(match, text)
    if kind == "noon":
        minutes = 0 if groups["word"].lower() == "midnight" else 720
        return DateMention(match.start(), match.end(), minutes=minutes)
    if kind == "weekday":
        return DateMention(match.start(), match.end(),
                           weekday=WEEKDAYS.index(groups["weekday"].lower()))
    if kind == "span":
        year, other = int(groups["year"]), int(groups.get("later") or groups["earlier"])
        earlier, later = (year, other) if groups.get("later") else (other, year)
        if not 0 < later - earlier <= _LONGEST_SPAN:
            return None
        return DateMention(match.start(), match.end(), year=year)
    head = text[max(0, match.start() - 60):match.start()]
    if _PLURAL_NEXT.match(text[match.end():]) or (
            _NOT_YEAR_BEFORE.search(head) and not _SENTENCE_START.search(
                head[:_NOT_YEAR_BEFORE.search(head).start()])):  # type: ignore[union-attr]
        return None  # `2000 booths`, `Boeing 2020`, `No. 1995`
    return DateMention(match.start(), match.end(), year=int(groups["year"]))


def read_dates(text: str) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """Dates and times of a folded sentence, in order, none overlapping another; and the
    spans of every date or time read, bracketed repeats included, for the figure reader to
    skip. Read once per text: the checks, the flags the articles explain and the figures
    table read the same sentences."""
    kept = KEPT.get(text)
    if kept is None:
        dates, spans = _read(text)
        kept = KEPT.put(text, (tuple(dates), tuple(spans)))
    return list(kept[0]), list(kept[1])


KEPT: Kept[str, tuple[tuple[DateMention, ...], tuple[tuple[int, int], ...]]] = Kept()
"""`read_dates` by text."""


def _read(text: str) -> tuple[list[DateMention], list[tuple[int, int]]]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    digits = _DIGIT.search(text) is not None
    if not digits and not _WORDS.search(text):
        return [], []
    present = (_MONTH_START.search(text) is not None, "day" in text,
               digits and _OLD_YEAR.search(text) is not None, True)
    for (kind, pattern), need in zip(_PATTERNS, _NEEDS):
        if (not digits and kind not in _WITHOUT_DIGITS) or not present[need]:
            continue
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            mention = _mention(kind, match, text)
            if mention is not None:
                found.append(mention)
                taken.append((mention.start, mention.end))
    return [_related(m, text) for m in _with_alternates(sorted(found, key=lambda m: m.start),
                                                         text)], taken


_RELATION = re.compile(r"\b((?:just|shortly|soon|right|long|well|minutes|hours|days|weeks|"
                       r"moments)\s+)?(before|after)\s+(?:the\s+)?$", re.IGNORECASE)


def _related(mention: DateMention, text: str) -> DateMention:
    head = text[max(0, mention.start - 30):mention.start]
    match = _RELATION.search(head)
    if match is None:
        return mention
    lead = mention.start - len(head) + match.start()
    return replace(mention, relation=match.group(2).lower(), lead=lead)


def _with_alternates(found: list[DateMention], text: str) -> list[DateMention]:
    """A time given again in brackets in another zone (`8 a.m. local time (0300 GMT)`) is one
    time: the bracketed form is dropped, its zone-free twin keeps the first form."""
    out: list[DateMention] = []
    for mention in found:
        if out and mention.minutes is not None and out[-1].minutes is not None and \
                text[out[-1].end:mention.start].strip() == "(":
            continue
        out.append(mention)
    return out
