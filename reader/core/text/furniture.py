"""Page furniture recognisable from one paragraph alone, wherever it stands.

Each rule reads a line's shape: its length, whether it ends like a sentence, whether it has a
finite verb, whether it is only dates and times, a `Label: value` pattern, a bracketed credit,
plus general phrasings many sites share (data files in `data/words/`). None names a site.
Rules that need the neighbouring paragraphs live in `cleaning`.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import FurnitureKind
from .normalize import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .wordlists import entries

_WORDS = Path(__file__).resolve().parent / "data" / "words"
PROMPTS = entries(_WORDS, "prompts")
DISCLAIMERS = entries(_WORDS, "disclaimers")
CAPTION_STARTS = entries(_WORDS, "caption_starts")
_CAPTION_STARTS = tuple(sorted(CAPTION_STARTS))
TAG_LABELS = entries(_WORDS, "tag_labels")
CREDIT_LABELS = entries(_WORDS, "credit_labels")
FINITE_VERBS = entries(_WORDS, "finite_verbs")
_CALENDAR = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS) | frozenset(WEEKDAYS) | frozenset(
    d[:3] for d in WEEKDAYS) | frozenset(("tues", "thur", "thurs", "sept"))
_TIME_WORDS = entries(_WORDS, "time_words") | _CALENDAR
_SAYING = frozenset(("said", "says", "told", "asked", "added", "shouted", "urged", "wrote"))

_BOILERPLATE = re.compile(
    r"^(scroll (for|to) (next|continue)|advertisement|sponsored( content)?|read more|"
    r"also read|read also|related( stories| articles| news)?|recommended( for you)?|"
    r"more from .{0,40}|story continues( below)?|share( this( article| story)?)?|"
    r"follow us( (on|for|at)\b.*|:.*)?|subscribe( (to|now|for)\b.*|:.*)?|"
    r"sign up( (for|to|now)\b.*|:.*)?|click here( to\b.*)?|download the .{0,30}app.*|"
    r"copyright .*|©.*|all rights reserved.*|listen to (this|the) (article|story).*|"
    r"\d+ min(ute)?s? read|comments?|trending( now)?|top stories|latest news|watch:?.{0,60}|"
    r"most read|most popular|you may also like|editor'?s picks?|skip to .{0,30})[.!:]?$",
    re.IGNORECASE,
)
_RELATED_LEAD = re.compile(r"^(also read|read also|read more|related|see also|watch)\s*[:|-]", re.I)
_CREDIT = re.compile(
    r"(\((ap |afp |reuters |file |getty |ani |pti |epa )?(photo|image|file|picture|pic|video)s?"
    r"\b[^()]{0,60}\)|\((ap|afp|reuters|getty images|epa|ani|pti|xinhua)( photo)?[^()]{0,40}\)|"
    r"\b(ap|afp|reuters|epa|getty images|xinhua) photo\s*/\s*[\w .'-]{2,60}\)?)\s*$",
    re.IGNORECASE,
)
_CREDIT_LEAD = re.compile(
    r"^(photo|image|picture|file photo|credit|photograph|caption)\s*(credit)?\s*[:|]", re.I
)
_AGENCIES = (
    "associated press|ap|reuters|afp|agence france-presse|pti|ians|ani|bloomberg|dpa|xinhua|"
    "upi|efe|press trust of india|al jazeera( staff| and news agencies)?|express news service|"
    "online desk|web desk|news desk|staff reporter|our correspondent|bbc news|cnn|agencies|"
    "news agencies|staff|the associated press"
)
_BYLINE = re.compile(  # case matters only for the name after `By` (`By all means` is prose)
    rf"^((by|written by|reporting by|words by)\s+(?-i:[A-Z\u00c0-\u024f]).{{1,80}}"
    rf"|({_AGENCIES})(\s*[,|/&]\s*({_AGENCIES}))*"
    r"|\(?reporting by .{2,200}\)?|.{2,40}\s*[|,]\s*(" + _AGENCIES + r"))$",
    re.IGNORECASE,
)
_DATELINE_LINE = re.compile(
    r"^((published|updated|posted|last updated|first published)( on| at)?\s*:?.{0,60}|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\w+\s+\d{1,2},?\s+\d{4}.{0,30}|"
    r"\d{1,2}\s+\w{3,9}\s+\d{4}.{0,30}|\w{3,9}\.?\s+\d{1,2},\s+\d{4}.{0,30})$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"\S\s+[|>\u203a\u00bb/]\s+\S")
_TERMINAL = re.compile(r"[.!?\u2026:;][\"'\u201d\u2019)\]]*$")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?!\d)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_DATE_WORD = re.compile(r"\b(" + "|".join(sorted(_CALENDAR, key=len, reverse=True)) + r")\b", re.I)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z.']*|\d+")
_BRACKETED = re.compile(r"^[(\[].*[)\]]$")
_LABEL = re.compile(r"(?:^|\s)([A-Za-z][A-Za-z ]{1,20}?)\s*:\s*")
_QUOTES = "\"\u201c\u201d\u00ab\u00bb"
_TAG_LIST = re.compile(r"^[^.!?]{1,200}$")


def words(text: str) -> int:
    return len(text.split())


def is_terminal(text: str) -> bool:
    """Whether a paragraph ends like prose (a sentence) rather than like a label or headline."""
    return bool(_TERMINAL.search(text.rstrip()))


def has_finite_verb(text: str) -> bool:
    """Whether a line holds one of the common finite verbs or auxiliaries of news English."""
    return any(w.lower().rstrip(".") in FINITE_VERBS for w in _TOKEN.findall(text))


def _lower(text: str) -> str:
    """Lower case, curly apostrophes straight and spaces single: enough to find phrasings."""
    return " ".join(text.lower().replace("\u2019", "'").split())


def is_timestamp(text: str) -> bool:
    """Only dates, times, time zones and words such as `Updated`, with a time of day or a
    numeric date among them (`08:24 UTC+8, 2021-09-16`, `Thu, 16 Sep, 2021 - 17:57`)."""
    if words(text) > 24 or not _TIME.search(text):
        return False
    rest = [t for t in _TOKEN.findall(text) if not t.isdigit() and len(t.rstrip(".")) > 1
            and t.lower().rstrip(".") not in _TIME_WORDS and t.lower() not in ("st", "nd", "rd", "th")]
    return len(rest) == 0


def is_tag_label(text: str) -> bool:
    return _lower(text).rstrip(":").strip() in TAG_LABELS


def tag_line(text: str) -> bool:
    """A line listing tags: `Label: a, b, c` with a tag label, or a bare list of short items."""
    lower = _lower(text)
    label, sep, rest = lower.partition(":")
    if sep and label.strip() in TAG_LABELS and rest.strip():
        return True
    items = [i for i in re.split(r"\s*[,|#\u2022]\s*", text) if i.strip()]
    return len(items) >= 2 and bool(_TAG_LIST.match(text)) and all(words(i) <= 4 for i in items)


def _credit_shape(text: str) -> bool:
    """`(Jiang Hongjing/Xinhua via AP)`, `Pic courtesy: ANI`, `Source: Xinhua Editor: Wang Qingchu`."""
    stripped = text.strip()
    n = words(stripped)
    lower = _lower(stripped)
    if _BRACKETED.match(stripped) and n <= 12 and ("/" in stripped or " via " in lower) and \
            not has_finite_verb(stripped):
        return True
    if n <= 8 and "courtesy" in lower and not is_terminal(stripped.rstrip(".")):
        return True
    labels = [" ".join(label.lower().split()[-2:]) for label in _LABEL.findall(stripped)]
    return bool(labels) and n <= 16 and all(
        label in CREDIT_LABELS or label.split()[-1] in CREDIT_LABELS for label in labels) \
        and _LABEL.match(stripped) is not None and not has_finite_verb(_LABEL.sub(" ", stripped))


def _phrased(lower: str, phrases: frozenset[str], opening: bool = False) -> bool:
    """Whether a line (folded, lower case) holds one of the phrasings (with `opening`, at the
    start of one of its sentences, and with no verb of saying: `Follow us, the officer
    shouted` is a story)."""
    if not opening:
        return any(p in lower for p in phrases)
    if any(w.rstrip(".") in _SAYING for w in _TOKEN.findall(lower)):
        return False
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+", lower)]
    return any(lower.startswith(p, k) or lower.startswith("now " + p, k) for p in phrases for k in starts)


def static_kind(text: str) -> FurnitureKind | None:
    """Furniture recognisable from a paragraph alone, wherever it stands."""
    n = words(text)
    stripped = text.strip()
    if n > 60:  # only a credit at its end or a `Read more:` lead can make a long one furniture
        if _RELATED_LEAD.match(text):
            return "related"
        return "caption" if _CREDIT.search(text[-160:]) else None
    quoted = any(q in stripped for q in _QUOTES)
    lower = _lower(stripped)
    if n <= 12 and _BOILERPLATE.match(stripped):
        return "boilerplate"
    if n <= 20 and not quoted and _phrased(lower, PROMPTS, opening=True):
        return "prompt"
    if _phrased(lower, DISCLAIMERS) and (
        _BRACKETED.match(stripped) or lower.startswith(("disclaimer", "this article",
                                                        "this story", "this report"))
    ):
        return "disclaimer"
    if is_tag_label(stripped) or (n <= 40 and ":" in stripped and tag_line(stripped)
                                  and lower.partition(":")[0].strip() in TAG_LABELS):
        return "tags"
    if is_timestamp(stripped):
        return "timestamp"
    if n <= 8 and _BREADCRUMB.search(text) and not is_terminal(text):
        return "section"
    if _RELATED_LEAD.match(text):
        return "related"
    if _CREDIT.search(text[-160:]) or _CREDIT_LEAD.match(text):
        return "caption" if n > 6 else "credit"
    if n <= 16 and _credit_shape(stripped):
        return "credit"
    if n <= 30 and not quoted and lower.startswith(_CAPTION_STARTS):
        return "caption"
    if n <= 40 and _BYLINE.match(stripped.rstrip(".")):
        return "byline"
    if n <= 12 and _DATELINE_LINE.match(stripped) and not is_terminal(text.rstrip(".")):
        return "dateline"
    return None


_FULL_DATE_END = re.compile(
    r"\b(on |in )?((" + "|".join(MONTHS) + r")\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2}(st|nd|rd|th)? ("
    + "|".join(MONTHS) + r"),? \d{4})[.)\]]*$",
    re.IGNORECASE,
)
# a subject's verb comes early in a sentence (`Reid checked`, `CEC plans`); a caption's
# participle comes after a longer noun phrase (`A street in X scattered with debris`), and a
# caption has one (`The law took effect on …` has none: a sentence)
_PRONOUNS = frozenset("i we he she they it you this these those".split())


def caption_shaped(text: str) -> bool:
    """A one-sentence description with no finite verb that ends on a full date (`A street in
    X scattered with debris after the earthquake on September 16, 2021.`): a photo caption."""
    stripped = text.strip()
    if not 6 <= words(stripped) <= 35 or not stripped.rstrip(".)]")[-1:].isdigit():
        return False
    tokens = [t.lower() for t in _TOKEN.findall(stripped)]
    return (
        6 <= words(stripped) <= 35 and not any(t.endswith(("ed", "s")) for t in tokens[1:4])
        and any(t.endswith(("ed", "ing")) for t in tokens[4:]) and bool(_FULL_DATE_END.search(stripped))
        and not has_finite_verb(stripped) and not any(q in stripped for q in _QUOTES)
        and stripped.count(". ") == 0 and bool(tokens) and tokens[0] not in _PRONOUNS
        and not any(t in _PRONOUNS for t in tokens[:3])
    )
