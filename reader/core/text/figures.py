"""Figures written the same way whichever style an outlet follows: times, counts, amounts.

Newsrooms write one time as `3:45 AM`, `3.45am` or `3:45 a.m.` and one count as `18` or
`eighteen`. `canonical_figures` rewrites such spellings into one token each, so that two
sentences giving the same figure share a word for matching; the original text is never
changed. Anything that looks like a figure but is not one of these patterns is left as it is.
"""

from __future__ import annotations

import re

from .normalize import NUMBER_WORDS

_DIGIT = re.compile(r"\d")
_ANY = re.compile(
    r"\d\s*[ap]\.?\s?m\b|\d:\d|\d\s*(?:million|mn|mm|billion|bn|thousand)\b", re.IGNORECASE
)
_TIME = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*[ap]\.?\s?m\b)", re.IGNORECASE)
_SCALED = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:(million|mn|mm)|(billion|bn)|(thousand))\b", re.IGNORECASE
)
_TENS = "|".join(k for k, v in NUMBER_WORDS.items() if v >= 20 and v % 10 == 0)
_UNITS = "|".join(k for k, v in NUMBER_WORDS.items() if 1 <= v <= 9)
_COMPOUND = re.compile(rf"\b({_TENS})[- ]({_UNITS})\b", re.IGNORECASE)


def _time(match: re.Match[str]) -> str:
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3).lower()
    if not 1 <= hour <= 12 or minute > 59:
        return match.group(0)
    hour = hour % 12 + (12 if half == "p" else 0)
    return f" t{hour:02d}{minute:02d} "


def _clock(match: re.Match[str]) -> str:
    return f" t{int(match.group(1)):02d}{match.group(2)} "


def _scaled(match: re.Match[str]) -> str:
    suffix = "m" if match.group(2) else "bn" if match.group(3) else "k"
    return f" {match.group(1)}{suffix} "


def _compound(match: re.Match[str]) -> str:
    return str(NUMBER_WORDS[match.group(1).lower()] + NUMBER_WORDS[match.group(2).lower()])


def canonical_figures(text: str) -> str:
    """`text` with times as `tHHMM` (24-hour), `4.2 million` / `4.2m` as `4.2m`, `$3bn` as
    `3bn`, and compound number words (`twenty-two`) as digits."""
    if "ty" in text:
        text = _COMPOUND.sub(_compound, text)
    if not _DIGIT.search(text) or not _ANY.search(text):
        return text
    text = _TIME.sub(_time, text)
    if ":" in text:
        text = _CLOCK.sub(_clock, text)
    return _SCALED.sub(_scaled, text)
