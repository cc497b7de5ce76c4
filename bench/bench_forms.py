"""Equivalent ways of writing a figure, applied to real sentences: does any raise a flag?

Every sentence with a figure in the development part of `../shared/benchmarks/` (ECB+ topics
1-12, OneStopEnglish even titles) or the held-out part is rewritten by each rule below that
applies to it (digits to words and back, scale words, currency symbol or name, per cent forms,
unit names and abbreviations, clock styles, date orders, a conversion added in brackets). The
rewrite states the same facts, so every flag raised on it is a false alarm. Rules are general
(no rule knows the sentence); `--show N` lists the development part's false alarms.

Run: python bench/bench_forms.py [--part dev|test] [--show N]
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

from splits import ECBPLUS, ONESTOP, ecb_documents, ose_titles  # noqa: E402

from reader.core.compare import analyse  # noqa: E402
from reader.core.facts.checks import check  # noqa: E402
from reader.core.sources.load import from_text  # noqa: E402

_SMALL = "zero one two three four five six seven eight nine ten eleven twelve".split()
_MONTHS = ("January February March April May June July August September October November "
           "December").split()


_WORD = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_DIGIT = r"([2-9]|1[0-2])"
_LINK = r"( or | and | to )"


def _digits_to_words(s: str) -> str:
    """`5 or 6` → `five or six`; one number or a pair joined as a range, nothing in a date."""
    month = "|".join(m[:3] for m in _MONTHS)
    pattern = rf"(?<![\d.,$£€:/-])\b{_DIGIT}(?:{_LINK}{_DIGIT})?\b(?![\d.,%:/-]|\s*(?:a\.?m|p\.?m" \
              rf"|am|pm|{month})\b)"
    return re.sub(pattern, lambda m: _SMALL[int(m.group(1))] + (
        f"{m.group(2)}{_SMALL[int(m.group(3))]}" if m.group(2) else ""), s, count=1)


def _words_to_digits(s: str) -> str:
    """`three or four` → `3 or 4`; not `two-thirds`, `one of them`."""
    pattern = rf"\b{_WORD}(?:{_LINK}{_WORD})?\b(?!-|\s+(?:dozen|of them|of whom|thirds?|quarters?))"
    return re.sub(pattern, lambda m: str(_SMALL.index(m.group(1))) + (
        f"{m.group(2)}{_SMALL.index(m.group(3))}" if m.group(2) else ""), s, count=1)


def _million_short(s: str) -> str:
    return re.sub(r"([$£€])(\d+(?:\.\d+)?) (million|billion)\b",
                  lambda m: f"{m.group(1)}{m.group(2)}{'m' if m.group(3) == 'million' else 'bn'}",
                  s, count=1)


def _million_long(s: str) -> str:
    return re.sub(r"([$£€])(\d+(?:\.\d+)?)(m|bn)\b",
                  lambda m: f"{m.group(1)}{m.group(2)} {'million' if m.group(3) == 'm' else 'billion'}",
                  s, count=1)


def _currency_word(s: str) -> str:
    names = {"$": "dollars", "£": "pounds", "€": "euros"}
    return re.sub(r"([$£€])(\d[\d,]*(?:\.\d+)?)(?: (million|billion))?(?![\d.,-]|m\b|bn\b)",
                  lambda m: f"{m.group(2)}{' ' + m.group(3) if m.group(3) else ''} "
                            f"{names[m.group(1)]}", s, count=1)


def _percent(s: str) -> str:
    if "%" in s:
        return re.sub(r"(\d)%", r"\1 per cent", s, count=1)
    return re.sub(r"(\d) (?:per cent|percent)\b", r"\1%", s, count=1)


def _thousands(s: str) -> str:
    return re.sub(r"\b(\d{1,3}),(\d{3})\b(?![,.]\d)", r"\1\2", s, count=1)


def _clock(s: str) -> str:
    return re.sub(r"\b(\d{1,2}):(\d\d) ?([ap])\.?m\.?", r"\1.\2\3m", s, count=1)


def _date_order(s: str) -> str:
    month = "|".join(_MONTHS)
    return re.sub(rf"\b({month}) (\d{{1,2}})\b(?!,? \d{{4}}|:)", r"\2 \1", s, count=1)


def _unit_name(s: str) -> str:
    table = {"km": "kilometres", "kg": "kilograms", "mph": "miles per hour", "m": "metres",
             "ft": "feet", "cm": "centimetres"}
    return re.sub(r"\b(\d[\d,.]*) ?(km|kg|mph|ft|cm)\b",
                  lambda m: f"{m.group(1)} {table[m.group(2)]}", s, count=1)


def _over(s: str) -> str:
    return re.sub(r"(?<!no )\bmore than (\d)", r"over \1", s, count=1)


def _nearly(s: str) -> str:
    return re.sub(r"\bnearly (\d)", r"almost \1", s, count=1)


def _about(s: str) -> str:
    return re.sub(r"\babout (\d)", r"around \1", s, count=1)


def _dozen(s: str) -> str:
    return re.sub(r"(?<!to )(?<!and )(?<!or )(?<!-)\b12 (?=[a-z])", "a dozen ", s, count=1)


def _aged(s: str) -> str:
    """`Smith, 49, said` → `Smith, aged 49, said`."""
    return re.sub(r"\b([A-Z][a-z]+), (\d{2}), ", r"\1, aged \2, ", s, count=1)


RULES: dict[str, Callable[[str], str]] = {
    "digits to words": _digits_to_words, "words to digits": _words_to_digits,
    "short scale": _million_short, "long scale": _million_long,
    "currency name": _currency_word, "per cent": _percent, "thousands": _thousands,
    "clock": _clock, "date order": _date_order, "unit name": _unit_name,
    "over": _over, "almost": _nearly, "around": _about, "dozen": _dozen, "aged": _aged,
}


def sentences(part: str) -> list[str]:
    out = []
    for doc in ecb_documents(part):
        text = (ECBPLUS / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        out += [s.text for s in analyse(from_text(text, f"{doc}.txt")).sentences]
    for title in ose_titles(part):
        text = (ONESTOP / "texts" / "adv" / f"{title}-adv.txt").read_text(encoding="utf-8")
        out += [s.text for s in analyse(from_text(text, f"{title}.txt")).sentences]
    return sorted(set(out), key=out.index)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    tried: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    shown = 0
    for sentence in sentences(args.part):
        for name, rule in RULES.items():
            rewritten = rule(sentence)
            if rewritten == sentence:
                continue
            tried[name] += 1
            flags = check(sentence, rewritten)
            if flags:
                alarms[name] += 1
                if args.part == "dev" and shown < args.show:
                    shown += 1
                    print(f"[{name}] {flags[0].why}\n  A: {sentence}\n  B: {rewritten}\n")
    total, bad = sum(tried.values()), sum(alarms.values())
    print(f"{args.part}: {bad} false alarms in {total} rewrites ({100 * bad / max(total, 1):.1f} "
          f"per 100)")
    for name in RULES:
        if tried[name]:
            print(f"  {name:16} {alarms[name]:3} / {tried[name]}")


if __name__ == "__main__":
    main()
