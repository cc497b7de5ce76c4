"""Sentence alignment on ECB+ news pairs: recall, the one-to-one ceiling, precision.

Needs `../shared/benchmarks/ecbplus/` (silver correspondences from the ECB+ event coreference
annotation; its README.md defines the scoring); without it the script says so and exits 0.

Scoring, pooled over the pairs of each part (micro-average), strings normalised as the README
says (NFKC, curly quotes straight, whitespace collapsed). A group of aligned sentences hits a
gold pair [x, y] when x is a substring of its A sentences joined by a space and y of its B
sentences.
- recall: required pairs hit / required pairs.
- share of ceiling: required pairs hit / the one-to-one ceiling. A pair's `max_one_to_one_recall`
  is the share of its required pairs that the best one-to-one sentence matching reaches, so its
  ceiling count is round(max_one_to_one_recall * n_required) (this equals the size of a maximum
  matching on the required sentence pairs, checked on all 407 pairs). The pooled ceiling is the
  sum of those counts over the pairs, NOT the mean of `max_one_to_one_recall` (that mean, 0.79,
  weighs a pair with one correspondence like one with twenty; pooled it is 506 / 794 = 0.64).
  An aligner whose groups hold several sentences can exceed the ceiling (share above 100%).
- precision (lower bound): groups hitting a required pair / (those + false positives), a false
  positive being a group hitting neither a required nor a neutral pair. Groups hitting only a
  neutral pair are left out. Gold outside the annotated sentences is incomplete, hence a bound.
- fair precision: the same over groups whose A side holds an `annotated_a` piece and whose B
  side an `annotated_b` piece, where the gold is complete. Most annotated sentences mention the
  sub-topic's main event, so most annotated A x B sentence pairs are required (794 of 892): the
  header prints that share, the fair precision of pairing annotated sentences at random.
- pairs with no required hit: pairs where the system hits none of the required pairs.
- out of reach: required pairs with a piece that is not in the system's sentences at all (text
  the tool dropped as a title or furniture, or changed), which no grouping can hit.

Systems: `reader` (its pairs), and the naive baseline "rapidfuzz": each A sentence with its best
B sentence by `token_set_ratio` (lower-cased, punctuation stripped), kept at >= 60, one-to-one
greedily by score. It runs on reader's own sentences (only the pairing differs) and, as a
variant, on the raw ECB+ paragraphs (one ECB+ sentence each, headline and date lines included).

Run: .venv/bin/python bench/bench_ecb_align.py [--part dev|test|all] [--show N]
Without --part it reports dev, test and all. --show N prints N missed required pairs and N
false positives of reader, from the dev part only.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ecb  # noqa: E402

SYSTEMS = ("reader", "rapidfuzz", "rapidfuzz raw")
CUT = 400


@dataclass
class PairRun:
    """Everything the report needs about one pair."""

    pair: dict[str, Any]
    sentences: dict[str, tuple[list[str], list[str]]]
    groups: dict[str, list[ecb.Group]]
    scores: dict[str, ecb.PairScore] = field(default_factory=dict)
    out_of_reach: dict[str, int] = field(default_factory=dict)


def _out_of_reach(gold: dict[str, Any], sents_a: list[str], sents_b: list[str]) -> int:
    all_a, all_b = ecb.norm(" ".join(sents_a)), ecb.norm(" ".join(sents_b))
    return sum(ecb.norm(x) not in all_a or ecb.norm(y) not in all_b for x, y in gold["required"])


def run_pair(pair: dict[str, Any]) -> tuple[PairRun, float]:
    """Runs reader and the baselines on one pair and scores them; also returns reader's time."""
    start = time.perf_counter()
    doc = ecb.run_reader(ecb.text_path(pair, "a"), ecb.text_path(pair, "b"))
    took = time.perf_counter() - start
    sa, sb = doc["articles"][0]["sentences"], doc["articles"][1]["sentences"]
    raw_a, raw_b = (ecb.paragraphs(ecb.text_path(pair, s).read_text(encoding="utf-8").strip())
                    for s in "ab")
    run = PairRun(
        pair,
        {"reader": (sa, sb), "rapidfuzz": (sa, sb), "rapidfuzz raw": (raw_a, raw_b)},
        {"reader": ecb.reader_groups(doc), "rapidfuzz": ecb.fuzzy_groups(sa, sb),
         "rapidfuzz raw": ecb.fuzzy_groups(raw_a, raw_b)},
    )
    gold = ecb.load_json(pair["align_gold"])
    for name in SYSTEMS:
        a, b = run.sentences[name]
        run.scores[name] = ecb.score_alignment(pair, gold, a, b, run.groups[name])
        run.out_of_reach[name] = _out_of_reach(gold, a, b)
    return run, took


def report(part: str, runs: list[PairRun]) -> None:
    """The table of one part: one column per system."""
    totals = {name: ecb.AlignCounts() for name in SYSTEMS}
    reach = dict.fromkeys(SYSTEMS, 0)
    for run in runs:
        for name in SYSTEMS:
            totals[name].add(run.scores[name].counts)
            reach[name] += run.out_of_reach[name]
    t0 = totals["reader"]
    print(f"\n== {part}: {t0.pairs} pairs, {t0.required} required correspondences, one-to-one "
          f"ceiling {t0.ceiling} ({ecb.ratio(t0.ceiling, t0.required).strip()})")
    print(f"fair precision of chance: {t0.required} of the {t0.annotated_cross} annotated A x B sentence "
          f"pairs are required ({ecb.ratio(t0.required, t0.annotated_cross).strip()})")
    print(f"{'':34}" + "".join(f"{name:>16}" for name in SYSTEMS))

    def row(label: str, cells: list[str]) -> None:
        print(f"{label:34}" + "".join(f"{c:>16}" for c in cells))

    c = [totals[n] for n in SYSTEMS]
    row("required hit", [f"{t.hit}/{t.required}" for t in c])
    row("recall", [ecb.ratio(t.hit, t.required) for t in c])
    row("recall / one-to-one ceiling", [ecb.ratio(t.hit, t.ceiling) for t in c])
    row("groups: hit required / false pos.", [f"{t.groups_required}/{t.false_positives}" for t in c])
    row("precision (lower bound)", [ecb.ratio(t.groups_required, t.groups_required + t.false_positives)
                                    for t in c])
    row("fair groups: hit req. / false pos.", [f"{t.fair_required}/{t.fair_false_positives}" for t in c])
    row("fair precision", [ecb.ratio(t.fair_required, t.fair_required + t.fair_false_positives)
                           for t in c])
    row("pairs with no required hit", [f"{t.pairs_without_hit}/{t.pairs}" for t in c])
    row("required out of reach", [str(reach[n]) for n in SYSTEMS])


def _cut(text: str) -> str:
    return text if len(text) <= CUT else text[:CUT] + " …"


def _containing(sentences: list[str], piece: str) -> list[int]:
    """Indices of the sentences that hold (part of) a gold piece."""
    p = ecb.norm(piece)
    inside = [k for k, s in enumerate(sentences) if p in ecb.norm(s)]
    if inside:
        return inside
    return [k for k, s in enumerate(sentences) if ecb.norm(s) and ecb.norm(s) in p]


def _partners(groups: list[ecb.Group], side: str, index: int, other: list[str]) -> str:
    for g in groups:
        own, their = (g.a, g.b) if side == "a" else (g.b, g.a)
        if index in own:
            return f"paired (score {g.score:.2f}) with: " + _cut(" ".join(other[k] for k in their))
    return "unpaired"


def show(runs: list[PairRun], n: int) -> None:
    """Missed required pairs and false positives of reader on the dev part."""
    missed = [(run, gp) for run in runs for gp in run.scores["reader"].missed]
    print(f"\n== dev: {n} of {len(missed)} missed required pairs (reader), spread over the topics")
    for run, (x, y) in ecb.spread(missed, n):
        sa, sb = run.sentences["reader"]
        groups = run.groups["reader"]
        print(f"\n[{run.pair['id']}]\n  gold A: {x}\n  gold B: {y}")
        for side, piece, own, other in (("a", x, sa, sb), ("b", y, sb, sa)):
            where = _containing(own, piece)
            if not where:
                print(f"  {side.upper()} piece is not in reader's sentences (dropped or changed)")
            for k in where:
                print(f"  reader {side.upper()}{k}: {_cut(own[k])}")
                print(f"    -> {_partners(groups, side, k, other)}")
    wrong = [(run, g) for run in runs for g in run.scores["reader"].false_positives]
    print(f"\n== dev: {n} of {len(wrong)} false positives (reader groups matching no gold pair)")
    for run, g in ecb.spread(wrong, n):
        sa, sb = run.sentences["reader"]
        print(f"\n[{run.pair['id']}] A{list(g.a)} B{list(g.b)} score {g.score:.2f}\n"
              f"  A: {_cut(' '.join(sa[k] for k in g.a))}\n  B: {_cut(' '.join(sb[k] for k in g.b))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ecb.show_argument(parser)
    args = parser.parse_args()
    if ecb.refuse_show_on_held_out(args):
        return 2
    if not ecb.available():
        return 0
    start = time.perf_counter()
    parts = ecb.parts_to_report(args.part)
    pairs = ecb.pairs_of("all" if len(parts) > 1 else parts[0])
    runs: list[PairRun] = []
    reader_time = 0.0
    for pair in pairs:
        run, took = run_pair(pair)
        runs.append(run)
        reader_time += took
    for part in parts:
        report(part, [r for r in runs if part == "all" or ecb.topic_part(r.pair["topic"]) == part])
    if args.show:
        show([r for r in runs if ecb.topic_part(r.pair["topic"]) == "dev"], args.show)
    total = time.perf_counter() - start
    print(f"\nruntime: {total:.1f} s ({len(runs)} pairs; reader compare {reader_time:.1f} s, "
          f"{reader_time / max(len(runs), 1) * 1000:.0f} ms a pair)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
