"""Normalisation for matching only: the differences a reader does not count as differences.

Two outlets write the same words with different quote marks, dashes, spaces and number styles
(`three-year-old` vs `3-year-old`). Matching and diffing compare normalised forms; the original
text is always what is shown.
"""

from __future__ import annotations

import re
import unicodedata

_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u200b": "",
        "\u00ad": "",
        "\ufeff": "",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALE_WORDS: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                       "nov", "dec")
"""The calendar words that dates, date checks and name finding all need to recognise."""

_SPACES = re.compile(r"[ \t\r\f\v]+")


def fold_chars(text: str, spaces: bool = True) -> str:
    """Map typographic variants (quotes, dashes, special spaces) to plain ASCII forms and
    collapse runs of spaces; callers that split into words anyway pass `spaces=False` and
    skip that cost."""
    if not text.isascii():
        text = _SPECIAL.sub(_special, unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text) if spaces else text


_SPECIAL_FORMS = {chr(code): to or "" for code, to in _CHAR_MAP.items()}
_SPECIAL = re.compile("[" + "".join(_SPECIAL_FORMS) + "]")
"""The characters `_CHAR_MAP` rewrites; a regex finds them several times faster than
`str.translate` walks a sentence."""


def _special(match: re.Match[str]) -> str:
    return _SPECIAL_FORMS[match.group()]


def fold(text: str) -> str:
    """The key under which two spellings of a word or name are the same: typographic
    variants, accents and case folded."""
    return strip_accents(fold_chars(text)).lower().strip()


_HYPHEN_WORD = re.compile(r"\b([A-Za-z]{3,9})(?=-[A-Za-z])")


def _digits(match: re.Match[str]) -> str:
    word = match.group(1)
    value = NUMBER_WORDS.get(word.lower())
    return word if value is None else str(value)


def numbers_to_digits(text: str) -> str:
    """Write compound number words as digits where style guides differ (`three-year-old`)."""
    return _HYPHEN_WORD.sub(_digits, text) if "-" in text else text


def for_matching(text: str) -> str:
    """The comparison form of a text: folded characters, lower case, digits for number words."""
    return numbers_to_digits(fold_chars(text)).lower()


def strip_accents(text: str) -> str:
    """Remove diacritics, so `Zelenskyy` and `Zelenškyj`-like spellings compare closer."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_RESIZING = re.compile("[" + "".join(chr(code) for code, to in _CHAR_MAP.items()
                                     if len(to or "") != 1) + "]")


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold_chars` without collapsing spaces, with where each folded character came from.

    `offsets[k]` is the index in `text` of the character that gave folded character `k`, and
    `offsets[len(folded)] == len(text)`, so a span found in the folded text maps back to the
    exact characters the reader sees, whatever ellipses, soft hyphens or accents it holds.
    """
    if text.isascii():
        return text, list(range(len(text) + 1))
    if not _RESIZING.search(text):  # every mapped character stays one character
        return text.translate(_CHAR_MAP), list(range(len(text) + 1))
    folded: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        mapped = ch.translate(_CHAR_MAP) if not ch.isascii() else ch
        for piece in mapped:
            folded.append(piece)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(folded), offsets
