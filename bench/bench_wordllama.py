"""Would static word embeddings (`wordllama`) help alignment as ranking evidence?

Needs `../shared/benchmarks/ecbplus/` and the `wordllama` package (not a dependency of reader:
`pip install wordllama` into a scratch environment); without either it says so and exits 0.
Loads the shipped weights offline (`WordLlama.load(cache_dir=<package dir>,
disable_download=True)`), nothing is downloaded.

On the development pairs (ECB+ topics 1-12, reader's own sentences), every A x B sentence pair is
scored by reader's lexical evidence, by the embeddings' cosine, and by the two added; a pair is
positive when the silver gold requires it (pairs only the neutral gold links are left out).
Printed: the area under the ROC curve of each score, the share of positives above the score
that 95% and 99% of the negatives stay under (how much each finds at high precision), and the
cost: import and load, and embedding 5,000 sentences.

Run: python bench/bench_wordllama.py
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ecb  # noqa: E402

WEIGHT = 0.5


def _auc(scores: list[float], labels: list[bool]) -> float:
    order = sorted(range(len(scores)), key=scores.__getitem__)
    rank = [0] * len(scores)
    for position, k in enumerate(order, 1):
        rank[k] = position
    positives = sum(labels)
    negatives = len(labels) - positives
    above = sum(r for r, y in zip(rank, labels) if y) - positives * (positives + 1) / 2
    return above / (positives * negatives)


def _found_at(scores: list[float], labels: list[bool], quantile: float) -> float:
    negatives = sorted(s for s, y in zip(scores, labels) if not y)
    cut = negatives[int(quantile * (len(negatives) - 1))]
    positives = [s for s, y in zip(scores, labels) if y]
    return sum(s > cut for s in positives) / len(positives)


def main() -> int:
    if not ecb.available():
        return 0
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        print("wordllama is not installed here; nothing to measure.")
        return 0
    from reader.core.align.evidence import Scorer, Vocabulary
    from reader.core.align.reading import read
    from reader.core.compare import analyse
    from reader.core.sources.load import from_text, load

    start = time.perf_counter()
    model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    load_time = time.perf_counter() - start
    lexical: list[float] = []
    cosine: list[float] = []
    labels: list[bool] = []
    for pair in ecb.pairs_of("dev"):
        art_a = analyse(load(str(ecb.text_path(pair, "a"))))
        art_b = analyse(load(str(ecb.text_path(pair, "b"))))
        sa, sb = [s.text for s in art_a.sentences], [s.text for s in art_b.sentences]
        gold = ecb.load_json(pair["align_gold"])
        ta, tb = read(sa, sb)
        vocabulary = Vocabulary([ta, tb])
        scorer = Scorer([vocabulary.weigh(t) for t in ta], [vocabulary.weigh(t) for t in tb],
                        vocabulary.idf, math.log(1.0 + vocabulary.size))
        sim = model.embed(sa, norm=True) @ model.embed(sb, norm=True).T

        def linked(pieces: list[list[str]], i: int, j: int) -> bool:
            return any(ecb.norm(x) in ecb.norm(sa[i]) and ecb.norm(y) in ecb.norm(sb[j])
                       for x, y in pieces)

        for i in range(len(sa)):
            for j in range(len(sb)):
                required = linked(gold["required"], i, j)
                if not required and linked(gold["neutral"], i, j):
                    continue
                lexical.append(scorer.lexical(i, j))
                cosine.append(float(sim[i, j]))
                labels.append(required)
    both = [x + WEIGHT * y for x, y in zip(lexical, cosine)]
    print(f"dev: {len(labels)} sentence pairs, {sum(labels)} required")
    print(f"{'':28}{'lexical':>10}{'cosine':>10}{'lex + cos/2':>14}")
    rows = [("area under ROC", _auc), ("found, 95% of negatives out",
             lambda s, y: _found_at(s, y, 0.95)), ("found, 99% of negatives out",
                                                 lambda s, y: _found_at(s, y, 0.99))]
    for label, measure in rows:
        print(f"{label:28}{measure(lexical, labels):>10.3f}{measure(cosine, labels):>10.3f}"
              f"{measure(both, labels):>14.3f}")
    from corpus import article_pair

    text_a, _ = article_pair(5000)
    sentences = [s.text for s in analyse(from_text(text_a, "A")).sentences][:5000]
    start = time.perf_counter()
    model.embed(sentences, norm=True)
    print(f"cost: loading {load_time:.2f} s; embedding {len(sentences)} sentences "
          f"{time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
