"""Typed precision and recall of names on hand-annotated held-out OneStopEnglish articles.

Needs `../shared/benchmarks/onestopenglish/` (the texts) and `bench/data/ose_entities_gold.json`
(every PERSON, PLACE and ORG surface form of the advanced versions of the first 20 held-out
titles, `splits.ose_titles("test")[:20]`, annotated by reading; see its `about`; `--gold
bench/data/ose_entities_gold2.json` scores the next 20, annotated later the same way). Without the
texts the script says so and exits 0. This sample is held out: score it, do not tune on it.

`reader entities --json A A` runs on each advanced article against itself: the gold covers the
advanced text only, so pairing it with its elementary rewrite would add names nobody annotated.
Names are compared the ECB+ way (NFKC, ’ as ', lower case):
- precision per type: an extracted entity is right when one of its variants equals a gold form
  of the same type, of the wrong type when it only equals a form of another type, not a name
  when it equals no gold form (those are listed, with `not_entities` hits marked);
- recall per type: a gold entity is found when an extracted entity of its type has one of its
  forms among its variants ("any type" counts an extracted entity of any type).

The names flagged (not a name, wrong type) were also re-read in their sentences
(`bench/data/ose_entities_review.json`); a last table counts those found right by hand (`Sun`
for the labelled `The Sun`) and says how many flagged names nobody has reviewed yet.

Run: .venv/bin/python bench/bench_ose_entities.py [--quiet]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from splits import ONESTOP, ose_titles  # noqa: E402

GOLD = HERE / "data" / "ose_entities_gold.json"
REVIEW = HERE / "data" / "ose_entities_review.json"
"""Flagged names re-read in their sentences: those found right by hand (`Sun` for `The Sun`)."""
TYPES = ("PERSON", "PLACE", "ORG")


def key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).replace("\u2019", "'").lower()


def run_entities(path: Path) -> list[dict[str, Any]]:
    """`reader entities --json path path`, in-process."""
    from reader.cli import main as reader_main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = reader_main(["entities", "--json", str(path), str(path)])
    if status != 0:
        raise RuntimeError(f"reader entities failed ({status}) on {path}: {err.getvalue()}")
    return list(json.loads(out.getvalue())["entities"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print only the tables")
    parser.add_argument("--gold", default=str(GOLD),
                        help="the annotated sample to score (default: the first 20 held-out "
                             "titles; bench/data/ose_entities_gold2.json holds the next 20)")
    args = parser.parse_args()
    if not (ONESTOP / "texts" / "adv").is_dir():
        print(f"OneStopEnglish texts not found at {ONESTOP}; nothing to measure.")
        return 0
    gold_all = json.loads(Path(args.gold).read_text(encoding="utf-8"))["articles"]
    titles = [t for t in ose_titles("test") if t in gold_all]
    counts: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    reviewed = _reviewed()
    for title in titles:
        gold = gold_all[title]
        forms = {t: {key(f) for e in gold.get(t, []) for f in e["forms"]} for t in TYPES}
        refused = {key(n) for n in gold.get("not_entities", [])}
        entities = run_entities(ONESTOP / "texts" / "adv" / f"{title}-adv.txt")
        for entity in entities:
            kind = entity["type"]
            names = {key(n) for n in [entity["name"], *entity["variants"]]}
            counts[(kind, "extracted")] += 1
            if names & forms[kind]:
                counts[(kind, "right")] += 1
                counts[(kind, "right by hand")] += 1
                continue
            verdict = reviewed.get((title, entity["name"], kind))
            if verdict is None:
                counts[(kind, "unreviewed")] += 1
            elif verdict:
                counts[(kind, "right by hand")] += 1
            if any(names & forms[t] for t in TYPES if t != kind):
                other = next(t for t in TYPES if t != kind and names & forms[t])
                counts[(kind, "wrong type")] += 1
                errors.append(f"[{title}] wrong type: {entity['name']} ({kind}, gold {other})")
            else:
                counts[(kind, "not a name")] += 1
                flag = " (listed in not_entities)" if names & refused else ""
                errors.append(f"[{title}] not a name: {entity['name']} ({kind}){flag}")
        for kind in TYPES:
            for gold_entity in gold.get(kind, []):
                wanted = {key(f) for f in gold_entity["forms"]}
                typed = any(e["type"] == kind and wanted & {key(n) for n in [e["name"], *e["variants"]]}
                            for e in entities)
                anyone = any(wanted & {key(n) for n in [e["name"], *e["variants"]]} for e in entities)
                counts[(kind, "gold")] += 1
                counts[(kind, "found")] += typed
                counts[(kind, "found any")] += anyone
                if not typed:
                    errors.append(f"[{title}] missed {kind}: {gold_entity['name']}"
                                  + (" (found with another type)" if anyone else ""))
    if not args.quiet:
        print("\n".join(sorted(errors, key=lambda e: e.split("] ", 1)[1].split(":")[0])))
    print(f"\n== {len(titles)} held-out OneStopEnglish articles (advanced), hand-annotated")
    print(f"{'type':8}{'extracted':>10}{'right':>7}{'wrong type':>11}{'not a name':>11}"
          f"{'precision':>10}{'gold':>7}{'found':>7}{'recall':>8}{'any type':>9}")
    for kind in (*TYPES, "total"):
        kinds = TYPES if kind == "total" else (kind,)
        n = {w: sum(counts[(k, w)] for k in kinds)
             for w in ("extracted", "right", "wrong type", "not a name", "gold", "found", "found any")}
        precision = n["right"] / n["extracted"] if n["extracted"] else 0.0
        recall = n["found"] / n["gold"] if n["gold"] else 0.0
        any_recall = n["found any"] / n["gold"] if n["gold"] else 0.0
        print(f"{kind:8}{n['extracted']:>10}{n['right']:>7}{n['wrong type']:>11}{n['not a name']:>11}"
              f"{precision:>10.1%}{n['gold']:>7}{n['found']:>7}{recall:>8.1%}{any_recall:>9.1%}")
    print("\nflagged names re-read by hand (bench/data/ose_entities_review.json):")
    for kind in (*TYPES, "total"):
        kinds = TYPES if kind == "total" else (kind,)
        extracted = sum(counts[(k, "extracted")] for k in kinds)
        right = sum(counts[(k, "right by hand")] for k in kinds)
        unreviewed = sum(counts[(k, "unreviewed")] for k in kinds)
        print(f"{kind:8} precision {right / extracted if extracted else 0.0:.1%} ({right}/{extracted})"
              + (f", {unreviewed} flagged names not reviewed" if unreviewed else ""))
    return 0


def _reviewed() -> dict[tuple[str, str, str], bool]:
    """(article, name, type) -> whether reading the sentence found the flagged name right."""
    if not REVIEW.is_file():
        return {}
    items = json.loads(REVIEW.read_text(encoding="utf-8"))["items"]
    return {(i["article"], i["name"], i["type"]): i["hand_check"].startswith("right")
            for i in items}


if __name__ == "__main__":
    sys.exit(main())
