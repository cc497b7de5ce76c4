"""Shared helpers of the ECB+ benches: pairs and gold, the README's normalisation, running
`reader compare --json` in-process, the rapidfuzz baseline, and the sentence-group scoring.

The data lives in `../shared/benchmarks/ecbplus/` (see its README.md); `available()` tells
whether it is there. The split into dev (topics 1-12) and test (13-25) is `splits.py`'s.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from splits import DEV_TOPICS, ECBPLUS, ecb_pairs  # noqa: E402

PARTS = ("dev", "test", "all")
MIN_FUZZ = 60.0
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'})


def available() -> bool:
    """True when the ECB+ folder is beside the project; prints why not otherwise."""
    if (ECBPLUS / "pairs.json").is_file():
        return True
    print(f"ECB+ benchmark data not found at {ECBPLUS} (needs ../shared/benchmarks/ecbplus); "
          "nothing to measure.")
    return False


def norm(text: str) -> str:
    """The README's normalisation: NFKC, curly quotes to straight, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


def parts_to_report(part: str | None) -> list[str]:
    """The parts a bench prints: the one asked for, or dev, test and all."""
    return list(PARTS) if part is None else [part]


def pairs_of(part: str) -> list[dict[str, Any]]:
    """The pairs (entries of pairs.json) of one part."""
    return ecb_pairs(part)


def topic_part(topic: int) -> str:
    """"dev" or "test" for an ECB+ topic number, as splits.py divides them."""
    return "dev" if topic in DEV_TOPICS else "test"


def text_path(pair: dict[str, Any], side: str) -> Path:
    """The file of side "a" or "b" of a pair."""
    return ECBPLUS / pair[f"text_{side}"]


def load_json(relative: str) -> dict[str, Any]:
    """A JSON file of the ECB+ folder (`align/...`, `entities/...`)."""
    return json.loads((ECBPLUS / relative).read_text(encoding="utf-8"))


def paragraphs(text: str) -> list[str]:
    """A text's paragraphs as the hand gold indexes them: `text.split("\\n\\n")`."""
    return text.split("\n\n")


def run_reader(path_a: str | Path, path_b: str | Path) -> dict[str, Any]:
    """`reader compare --json A B`, run in-process (no cache: about 20 ms a pair)."""
    from reader.cli import main as reader_main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = reader_main(["compare", "--json", str(path_a), str(path_b)])
    if status != 0:
        raise RuntimeError(f"reader compare failed ({status}) on {path_a} {path_b}: {err.getvalue()}")
    return json.loads(out.getvalue())


@dataclass(frozen=True)
class Group:
    """Aligned sentences: indices into A's and B's sentence lists."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float = 0.0


def reader_groups(doc: dict[str, Any]) -> list[Group]:
    """The pairs of a `compare --json` document."""
    return [Group(tuple(p["a"]), tuple(p["b"]), float(p.get("score", 0.0))) for p in doc["pairs"]]


def fuzzy_groups(sents_a: Sequence[str], sents_b: Sequence[str]) -> list[Group]:
    """The naive baseline: every A sentence with its best B sentence by rapidfuzz
    `token_set_ratio` (lower-cased, punctuation stripped), kept at >= 60, one-to-one by greedy
    choice of the highest scores first (ties: earlier A, then earlier B)."""
    from rapidfuzz import fuzz, utils

    proc_a = [utils.default_process(s) for s in sents_a]
    proc_b = [utils.default_process(s) for s in sents_b]
    scored = ((fuzz.token_set_ratio(x, y), i, j) for i, x in enumerate(proc_a) for j, y in enumerate(proc_b))
    candidates = sorted((c for c in scored if c[0] >= MIN_FUZZ), key=lambda c: (-c[0], c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    groups = []
    for score, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            groups.append(Group((i,), (j,), score / 100))
    return sorted(groups, key=lambda g: g.a)


def joined(sentences: Sequence[str], indices: Sequence[int]) -> str:
    """A group side's normalised text: its sentences joined by a space."""
    return norm(" ".join(sentences[k] for k in sorted(indices)))


@dataclass
class AlignCounts:
    """Pooled alignment counts of one system over some pairs."""

    required: int = 0
    hit: int = 0
    ceiling: int = 0
    groups_required: int = 0
    false_positives: int = 0
    fair_required: int = 0
    fair_false_positives: int = 0
    pairs: int = 0
    pairs_without_hit: int = 0
    annotated_cross: int = 0

    def add(self, other: AlignCounts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class PairScore:
    """One system on one pair: counts, and which gold pairs and groups went wrong."""

    counts: AlignCounts
    missed: list[tuple[str, str]]
    false_positives: list[Group]


def score_alignment(pair: dict[str, Any], gold: dict[str, Any], sents_a: Sequence[str],
                    sents_b: Sequence[str], groups: Sequence[Group]) -> PairScore:
    """The README's alignment scoring of one pair (see bench_ecb_align.py)."""
    required = [(norm(x), norm(y)) for x, y in gold["required"]]
    neutral = [(norm(x), norm(y)) for x, y in gold["neutral"]]
    ann_a = [norm(x) for x in gold["annotated_a"]]
    ann_b = [norm(y) for y in gold["annotated_b"]]
    counts = AlignCounts(required=len(required), pairs=1, annotated_cross=len(ann_a) * len(ann_b),
                         ceiling=round(pair["max_one_to_one_recall"] * pair["n_required"]))
    hit: set[int] = set()
    false_positives = []
    for group in groups:
        text_a, text_b = joined(sents_a, group.a), joined(sents_b, group.b)
        hits = {k for k, (x, y) in enumerate(required) if x in text_a and y in text_b}
        hit |= hits
        fair = any(x in text_a for x in ann_a) and any(y in text_b for y in ann_b)
        if hits:
            counts.groups_required += 1
            counts.fair_required += fair
        elif not any(x in text_a and y in text_b for x, y in neutral):
            counts.false_positives += 1
            counts.fair_false_positives += fair
            false_positives.append(group)
    counts.hit = len(hit)
    counts.pairs_without_hit = int(not hit)
    missed = [gold_pair for k, gold_pair in enumerate(gold["required"]) if k not in hit]
    return PairScore(counts, missed, false_positives)


def ratio(num: float, den: float) -> str:
    """A share as a percentage, or a dash when there is nothing to divide by."""
    return f"{num / den:6.1%}" if den else "     -"


def show_argument(parser: argparse.ArgumentParser) -> None:
    """--part and --show, as every ECB+ bench takes them."""
    parser.add_argument("--part", choices=PARTS,
                        help="report only this part (default: dev, test and all)")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="print N examples of each kind of error, from the dev part only")


def refuse_show_on_held_out(args: argparse.Namespace) -> bool:
    """True (after saying why) when --show is asked of a part that includes held-out pairs."""
    if args.show and args.part in ("test", "all"):
        print("--show prints examples from the dev part only: the held-out test part is scored, "
              "never looked at, so that nothing is tuned to it. Use --part dev or no --part.")
        return True
    return False


def spread(items: Sequence[Any], n: int) -> list[Any]:
    """n items spread evenly over a list (not just its first topic)."""
    if n <= 0 or not items:
        return []
    if n >= len(items):
        return list(items)
    step = len(items) / n
    return [items[int(k * step)] for k in range(n)]
