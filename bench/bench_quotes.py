"""Quotes, speakers and cross-article quote matches against hand labels; and their speed.

    python bench/bench_quotes.py --part dev    # development labels, with examples of errors
    python bench/bench_quotes.py --part dev2   # the second development set (other kinds of text)
    python bench/bench_quotes.py --part test   # the held-out labels: numbers only
    python bench/bench_quotes.py --speed       # the seed pair: quotes and figures; the app's
                                               # Q and F views, key to screen (headless)

Labels: `bench/data/quotes_dev.json` (development texts: ECB+ topics 1-5, 8, 9, 11 and 12, and four
OneStopEnglish texts of the development titles), `bench/data/quotes_dev2.json` (more development
texts of kinds the first set has few of: interviews, profiles and features of OneStopEnglish
development titles, quotes in single marks, after a colon, without attribution, in subheadings;
ECB+ pairs of topics 2, 6 and 9 quoting one speaker) and
`bench/data/quotes_gold.json` (held out: 5 ECB+ pairs of topics 13-25 and 4 OneStopEnglish
texts of the held-out titles; never looked at to tune). Both use the conventions in the gold
file's `about`. Reads the texts from `../shared/benchmarks/`.

Scoring. A predicted quote matches a labelled one of the same article when they share at least
half of the longer one's words (folded, punctuation and quotation marks left out), one to one,
best overlaps first. Spans: precision = matched / predicted, recall = matched / labelled.
Speakers: a prediction counts when its span matches and the speakers agree (the same name
after folding, one name holding the other's last word, `Putin` = `Vladimir Putin`; for
unnamed speakers a shared content word, `police` = `the police`); precision over predicted
quotes, recall over labelled ones. Matches (ECB+ pairs): a predicted row pairing two quotes
is right when the labels pair the two labelled quotes its sides matched, whatever the kind;
the kinds are reported apart. An article in two pairs has its spans and speakers counted once.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.compare import analyse, compare_articles  # noqa: E402
from reader.core.facts.quote_match import match_quotes  # noqa: E402
from reader.core.facts.quotes import article_quotes  # noqa: E402
from reader.core.model import Quote, Source  # noqa: E402
from reader.core.names.entities import extract  # noqa: E402
from reader.core.text.normalize import fold  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "benchmarks"
LABELS = {"dev": HERE / "data" / "quotes_dev.json", "dev2": HERE / "data" / "quotes_dev2.json",
          "test": HERE / "data" / "quotes_gold.json"}
_STOP = frozenset("the a an of".split())


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text).lower())


def _overlap(x: str, y: str) -> float:
    wx, wy = Counter(_words(x)), Counter(_words(y))
    if not wx or not wy:
        return 0.0
    return sum((wx & wy).values()) / max(sum(wx.values()), sum(wy.values()))


def _same_speaker(predicted: str | None, labelled: str | None) -> bool:
    if not predicted or not labelled:
        return predicted == labelled
    p = [w for w in _words(predicted) if w not in _STOP]
    g = [w for w in _words(labelled) if w not in _STOP]
    if not p or not g:
        return False
    return p == g or p[-1] in g or g[-1] in p or bool(set(p) & set(g) - {"no", "jr"})


def _source(path: str) -> Source:
    text = (SHARED / path).read_text(encoding="utf-8-sig")
    return Source(name=path, text=text)


def _align(predicted: list[Quote], labelled: list[dict]) -> dict[int, int]:
    """Predicted index → labelled index, one to one, best overlaps first."""
    scored = sorted(((_overlap(p.text, g["text"]), i, j) for i, p in enumerate(predicted)
                     for j, g in enumerate(labelled)), reverse=True)
    out: dict[int, int] = {}
    taken: set[int] = set()
    for score, i, j in scored:
        if score < 0.5:
            break
        if i not in out and j not in taken:
            out[i] = j
            taken.add(j)
    return out


class Tally:
    def __init__(self) -> None:
        self.n: Counter[str] = Counter()
        self.scored: set[str] = set()
        self.borrowed: set[str] = set()

    def ratio(self, hit: str, total: str) -> str:
        return f"{self.n[hit] / self.n[total]:.3f} ({self.n[hit]}/{self.n[total]})" \
            if self.n[total] else "n/a"


def _score_article(name: str, predicted: list[Quote], gold: dict, tally: Tally,
                   show: bool) -> dict[int, int]:
    """Spans and speakers of one article, counted once however many pairs hold it; returns
    the predicted → labelled index map the pair's matches are scored with."""
    labelled = gold["quotes"]
    aligned = _align(predicted, labelled)
    if name in tally.scored:
        return aligned
    tally.scored.add(name)
    tally.n["pred"] += len(predicted)
    tally.n["gold"] += len(labelled)
    tally.n["span"] += len(aligned)
    right = {i for i, j in aligned.items() if _same_speaker(predicted[i].speaker,
                                                            labelled[j]["speaker"])}
    tally.n["speaker"] += len(right)
    tally.n["direct_ok"] += sum(predicted[i].direct == labelled[j]["direct"]
                                for i, j in aligned.items())
    if show:
        for j, g in enumerate(labelled):
            if j not in aligned.values():
                kind = "direct" if g["direct"] else "reported"
                print(f"  {name} missed ({kind}, {g['speaker']}): {g['text'][:110]}")
        for i, p in enumerate(predicted):
            if i not in aligned:
                print(f"  {name} extra ({'direct' if p.direct else 'reported'}, {p.speaker}): "
                      f"{p.text[:110]}")
            elif i not in right:
                print(f"  {name} speaker {p.speaker!r} for {labelled[aligned[i]]['speaker']!r}: "
                      f"{p.text[:80]}")
    return aligned


def run(part: str) -> None:
    labels = json.loads(LABELS[part].read_text(encoding="utf-8"))
    show = part != "test"
    tally = Tally()
    if part == "dev2":  # its pairs may name articles of the first set, scored there
        first = json.loads(LABELS["dev"].read_text(encoding="utf-8"))["articles"]
        for pair in labels["pairs"]:
            for name in (pair["a"], pair["b"]):
                if name not in labels["articles"]:
                    labels["articles"][name] = first[name]
                    tally.scored.add(name)
                    tally.borrowed.add(name)
    in_pairs = {name for pair in labels["pairs"] for name in (pair["a"], pair["b"])}
    for pair in labels["pairs"]:
        ga, gb = labels["articles"][pair["a"]], labels["articles"][pair["b"]]
        comparison = compare_articles(analyse(_source(ga["path"])), analyse(_source(gb["path"])))
        rows = match_quotes(comparison)
        qa = list({id(r.a): r.a for r in rows if r.a is not None}.values())  # a quote in two
        qb = list({id(r.b): r.b for r in rows if r.b is not None}.values())  # rows counts once
        qa.sort(key=lambda q: q.spans)
        qb.sort(key=lambda q: q.spans)
        map_a = _score_article(pair["a"], qa, ga, tally, show)
        map_b = _score_article(pair["b"], qb, gb, tally, show)
        index_a = {id(q): k for k, q in enumerate(qa)}
        index_b = {id(q): k for k, q in enumerate(qb)}
        wanted = {(m["a"], m["b"]): m["match"] for m in pair["matches"]}
        tally.n["gold_matches"] += len(wanted)
        found = set()
        for row in rows:
            if row.a is None or row.b is None:
                continue
            tally.n["pred_matches"] += 1
            key = (map_a.get(index_a[id(row.a)]), map_b.get(index_b[id(row.b)]))
            if key in wanted and key not in found:
                found.add(key)
                tally.n["match"] += 1
                tally.n["kind_ok"] += wanted[key] == row.match
            elif show:
                print(f"  {pair['id']} extra match {row.match}: {row.a.text[:50]!r} ~ "
                      f"{row.b.text[:50]!r}")
        if show:
            for (i, j), kind in wanted.items():
                if (i, j) not in found:
                    print(f"  {pair['id']} missed match {kind}: "
                          f"{ga['quotes'][i]['text'][:50]!r} ~ {gb['quotes'][j]['text'][:50]!r}")
    for name, gold in labels["articles"].items():
        if name in in_pairs:
            continue
        article = analyse(_source(gold["path"]))
        quotes = article_quotes(article, 0, extract(article, article))
        _score_article(name, quotes, gold, tally, show)
    print(f"{part}: {len(labels['articles']) - len(tally.borrowed)} articles, "
          f"{tally.n['gold']} labelled quotes, {tally.n['pred']} predicted")
    print(f"  quote spans    precision {tally.ratio('span', 'pred')}  recall "
          f"{tally.ratio('span', 'gold')}")
    print(f"  with speakers  precision {tally.ratio('speaker', 'pred')}  recall "
          f"{tally.ratio('speaker', 'gold')}  (right on matched spans: "
          f"{tally.ratio('speaker', 'span')}; direct/reported right: "
          f"{tally.ratio('direct_ok', 'span')})")
    print(f"  matches        precision {tally.ratio('match', 'pred_matches')}  recall "
          f"{tally.ratio('match', 'gold_matches')}  (kind right: "
          f"{tally.ratio('kind_ok', 'match')})")


def speed(rounds: int = 30) -> None:
    """Quotes and figures of the seed pair after imports, median of `rounds` runs."""
    from reader.core.compare import compare_paths
    from reader.core.facts.figure_table import figure_rows
    from reader.core.store.resources import seed_paths

    comparison = compare_paths(*seed_paths())
    match_quotes(comparison)
    figure_rows(comparison)
    times = {"quotes": [], "figures": []}
    for _ in range(rounds):
        start = time.perf_counter()
        match_quotes(comparison)
        middle = time.perf_counter()
        figure_rows(comparison)
        times["quotes"].append(middle - start)
        times["figures"].append(time.perf_counter() - middle)
    both = sorted(q + f for q, f in zip(times["quotes"], times["figures"]))
    for name, values in times.items():
        print(f"seed pair {name}: median {sorted(values)[len(values) // 2] * 1000:.1f} ms")
    print(f"seed pair quotes + figures: median {both[len(both) // 2] * 1000:.1f} ms, "
          f"fastest {both[0] * 1000:.1f} ms")


def _screen(session: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True,
                          text=True).stdout


def _wait(session: str, test, limit: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if test(_screen(session)):
            return
        time.sleep(0.002)
    raise RuntimeError("timed out")


def views(rounds: int = 15) -> None:
    """Key to view on screen in tmux (the installed `reader`, seed pair): Q and F, and the
    help screen (?) for scale, median of `rounds`; tmux's own round trip is in each number."""
    reader = Path(sys.executable).with_name("reader")
    session = f"quotes{time.monotonic_ns()}"
    views = {"Q": "Who said what", "F": "Figures, conflicts first", "?": "What the marks mean"}
    times: dict[str, list[float]] = {key: [] for key in views}
    with tempfile.TemporaryDirectory() as tmp:
        command = f"READER_DATA_DIR={tmp}/d READER_CONFIG_DIR={tmp}/c {reader}"
        subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "45",
                        command], check=True)
        try:
            _wait(session, lambda screen: "Passage 1:" in screen, 30.0)
            time.sleep(1.0)  # names found, the app idle
            for _ in range(rounds):
                for key, marker in views.items():
                    start = time.perf_counter()
                    subprocess.run(["tmux", "send-keys", "-t", session, key], check=True)
                    _wait(session, lambda screen, m=marker: m in screen)  # type: ignore[misc]
                    times[key].append(time.perf_counter() - start)
                    subprocess.run(["tmux", "send-keys", "-t", session, "Escape"], check=True)
                    _wait(session, lambda screen, m=marker: m not in screen)  # type: ignore[misc]
                    time.sleep(0.1)
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    for key, values in times.items():
        values.sort()
        print(f"app in tmux: {key} shows its view {values[len(values) // 2] * 1000:.1f} ms after "
              f"the key (median of {len(values)}, fastest {values[0] * 1000:.1f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "dev2", "test"), default="dev")
    parser.add_argument("--speed", action="store_true")
    args = parser.parse_args()
    if args.speed:
        speed()
        views()
    else:
        run(args.part)


if __name__ == "__main__":
    main()
