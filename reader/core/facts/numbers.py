"""Quantities stated in a sentence, in a form that compares across writing styles.

`eight people`, `8 people` and `eight-person` are the same claim; `more than 40` and `over 40`
are too. Each quantity keeps the word it counts (its unit) and the word before it, which is how
two differing numbers are recognised as answers to the same question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.normalize import MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, SCALE_WORDS, fold_chars

_WORD = "|".join(sorted(list(NUMBER_WORDS) + list(SCALE_WORDS), key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![\w.])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    rf"(?:{_WORD})(?:[ -](?:and )?(?:{_WORD}))*)(?![\w])"
    r"(?P<pct>\s?(?:%|percent\b|per cent\b))?"
    r"(?P<scale>\s(?:million|billion|trillion|thousand|bn|m)\b)?"
    r"(?P<tail>-[a-z]+(?:-[a-z]+)*)?",
    re.IGNORECASE,
)
COMPARATORS = {
    "more than": ">", "over": ">", "above": ">", "at least": ">", "upwards of": ">",
    "fewer than": "<", "less than": "<", "under": "<", "below": "<", "up to": "<",
    "at most": "<", "nearly": "~", "almost": "~", "about": "~", "around": "~",
    "roughly": "~", "approximately": "~", "some": "~", "an estimated": "~",
}
"""Words before a number that qualify it, and how: above (">"), below ("<") or near ("~")."""
_MONTHS = "|".join(MONTH_ABBREVIATIONS + MONTHS)
_DATE_BEFORE = re.compile(rf"\b({_MONTHS})\.?\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^\s*({_MONTHS})\b", re.IGNORECASE)
_NOT_COUNT_BEFORE = re.compile(
    r"\b(no|the|this|that|which|every|any|each|another|the other|only)\s*$", re.IGNORECASE
)
_NEXT_WORD = re.compile(r"^[\s(]*(?:of\s+)?([A-Za-z][A-Za-z'-]*)")
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z'-]*)[\s,]*$")
_HAS_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
_WORDS_SET = frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS)
_UNIT_STOP = frozenset("of the a an and or to in on at for with by as from".split())


@dataclass(frozen=True)
class Quantity:
    """One stated number: its value, what it counts, and how it was written."""

    value: float
    unit: str
    before: str
    comparator: str
    text: str  # as written, with its unit word and comparator: "more than 40 residential"
    year: bool = False


def _word_value(text: str) -> float | None:
    total = 0.0
    current = 0.0
    for part in re.split(r"[ -]+", text.lower()):
        if part == "and" or not part:
            continue
        if part in NUMBER_WORDS:
            current += NUMBER_WORDS[part]
        elif part in SCALE_WORDS:
            current = (current or 1) * SCALE_WORDS[part]
            if SCALE_WORDS[part] >= 1000:
                total += current
                current = 0
        else:
            return None
    return total + current


def _stem(word: str) -> str:
    word = word.lower().strip("'-")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return {"people": "person", "children": "child", "men": "man", "women": "woman"}.get(
        word, word
    )


def quantities(text: str) -> list[Quantity]:
    """All counted quantities of a sentence, dates of the month excluded."""
    folded = fold_chars(text)
    if not _HAS_DIGIT.search(folded) and not _WORDS_SET.intersection(
        _LETTERS.findall(folded.lower())
    ):
        return []
    found: list[Quantity] = []
    for match in _NUMBER.finditer(folded):
        raw = match.group("num")
        start, end = match.start(), match.end()
        head, rest = folded[:start], folded[end:]
        is_digit = raw[0].isdigit()
        if is_digit:
            value = float(raw.replace(",", ""))
        else:
            word_value = _word_value(raw)
            if word_value is None or raw.lower() in SCALE_WORDS:
                continue
            value = word_value
            if raw.lower() == "one" and (_NOT_COUNT_BEFORE.search(head) or
                                         re.match(r"\s+(of|another)\b", rest)):
                continue
        if _DATE_BEFORE.search(head) or (is_digit and _DATE_AFTER.match(rest)):
            continue
        scale = (match.group("scale") or "").strip().lower()
        if scale:
            value *= SCALE_WORDS.get(scale, {"bn": 10**9, "m": 10**6}.get(scale, 1))
        tail = (match.group("tail") or "").lstrip("-")
        unit = "%" if match.group("pct") else ""
        if not unit and tail:
            unit = _stem(tail.split("-")[0])
        phrase = text[start:end].strip()
        if not unit:
            nxt = _NEXT_WORD.match(rest)
            if nxt and nxt.group(1).lower() not in _UNIT_STOP:
                unit = _stem(nxt.group(1))
                phrase = f"{phrase} {nxt.group(1)}"
        prev = _PREV_WORD.search(head)
        before = prev.group(1).lower() if prev else ""
        comparator = comparator_phrase = ""
        lowered = head.lower().rstrip()
        for words, symbol in COMPARATORS.items():
            if lowered.endswith(words):
                comparator, comparator_phrase = symbol, words
                break
        year = is_digit and "." not in raw and 1900 <= value <= 2100 and not unit
        if comparator:
            phrase = f"{head[len(lowered) - len(comparator_phrase):].strip()} {phrase}"
        found.append(Quantity(value, unit, before, comparator, phrase, year))
    return found
