"""Changed facts in real sentences: is each one flagged?

Every sentence with a figure or date in one part of `../shared/benchmarks/` (ECB+ topics 1-12
and OneStopEnglish even titles develop; the rest is held out) is changed by each rule below
that applies to it: a number in digits made larger, a number word replaced by another (in
words or digits), a month, weekday or year replaced, a qualifier turned round (`more than` →
`less than`), two different numbers of one sentence swapped. Each change makes a fact that
cannot be true together with the original, so each should raise a flag. Rules are general
(none knows the sentence); `--show N` lists the development part's misses.

Run: python bench/bench_changes.py [--part dev|test] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_forms import _MONTHS, sentences  # noqa: E402
from bench_forms import _SMALL as _WORDS  # noqa: E402

from reader.core.facts.checks import check  # noqa: E402

_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_NUMBER = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,/:]|\.\d|-\d)")


_NAMING = re.compile(r"(?:[A-Z][\w.]*|No\.|#|[Nn]umber)\s*$")
_TIME_AFTER = re.compile(r"^\s*(?:[ap]\.?m\b|hrs\b|hours\b|GMT|UTC|IST|EST|PST|[:.]\d)")


def _plain(s: str, match: re.Match[str]) -> bool:
    """A number that counts or measures: not a year, a time, a day of a month or a label
    (`No. 12`, `Highway 214`, `Nov 30`)."""
    value = int(match.group(1).replace(",", ""))
    head = s[max(0, match.start(1) - 12):match.start(1)]
    return not (1900 <= value <= 2100 or value == 0 or _NAMING.search(head)
                or _TIME_AFTER.match(s[match.end(1):]))


def _larger(s: str) -> str:
    """The first plain number grows by about a third."""
    for match in _NUMBER.finditer(s):
        value = int(match.group(1).replace(",", ""))
        if not _plain(s, match):
            continue
        new = value + max(1, value // 3)
        written = f"{new:,}" if "," in match.group(1) else str(new)
        return s[:match.start(1)] + written + s[match.end(1):]
    return s


def _other_word(s: str) -> str:
    """A number word becomes another (`three` → `five`, `six` → `8`)."""
    match = re.search(r"\b(two|three|four|five|six|seven|eight|nine|ten)\b(?!-| of them)", s)
    if match is None:
        return s
    value = _WORDS.index(match.group(1))
    new = value + 2
    written = _WORDS[new] if new < len(_WORDS) and value % 2 else str(new)
    return s[:match.start()] + written + s[match.end():]


def _month(s: str) -> str:
    match = re.search(r"\b(" + "|".join(_MONTHS) + r")\b(?= \d| of \d|,? \d{4})", s)
    if match is None:
        return s
    new = _MONTHS[(_MONTHS.index(match.group(1)) + 2) % 12]
    return s[:match.start()] + new + s[match.end():]


def _weekday(s: str) -> str:
    match = re.search(r"\b(" + "|".join(_DAYS) + r")\b", s)
    if match is None:
        return s
    new = _DAYS[(_DAYS.index(match.group(1)) + 2) % 7]
    return s[:match.start()] + new + s[match.end():]


def _year(s: str) -> str:
    match = re.search(r"(?<![\w$£€.,-])(19[5-9]\d|20[0-2]\d)(?![\w%,-]|\.\d)", s)
    if match is None:
        return s
    return s[:match.start()] + str(int(match.group(1)) - 3) + s[match.end():]


def _qualifier(s: str) -> str:
    turns = [("more than", "less than"), ("over", "under"), ("at least", "at most"),
             ("fewer than", "more than"), ("less than", "more than"), ("under", "over")]
    for old, new in turns:
        match = re.search(rf"\b{old} (?=\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)",
                          s)
        if match:
            return s[:match.start()] + new + " " + s[match.end():]
    return s


def _swap(s: str) -> str:
    """The first two different plain numbers of the sentence change places."""
    found = [m for m in _NUMBER.finditer(s) if _plain(s, m)]
    for first, second in zip(found, found[1:]):
        if first.group(1) != second.group(1):
            return (s[:first.start(1)] + second.group(1) + s[first.end(1):second.start(1)]
                    + first.group(1) + s[second.end(1):])
    return s


RULES: dict[str, Callable[[str], str]] = {
    "larger number": _larger, "other number word": _other_word, "month": _month,
    "weekday": _weekday, "year": _year, "qualifier turned": _qualifier, "swap": _swap,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    tried: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    shown = 0
    for sentence in sentences(args.part):
        for name, rule in RULES.items():
            changed = rule(sentence)
            if changed == sentence:
                continue
            tried[name] += 1
            if check(sentence, changed):
                caught[name] += 1
            elif args.part == "dev" and shown < args.show:
                shown += 1
                print(f"[{name}]\n  A: {sentence}\n  B: {changed}\n")
    total, hit = sum(tried.values()), sum(caught.values())
    print(f"{args.part}: {hit} of {total} changed facts flagged ({100 * hit / max(total, 1):.1f}%)")
    for name in RULES:
        if tried[name]:
            print(f"  {name:18} {caught[name]:4} / {tried[name]}")


if __name__ == "__main__":
    main()
