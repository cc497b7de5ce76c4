"""Realistic article pairs of any length for benchmarks.

Uses `../shared/benchmarks/onestopenglish/` when present (OneStopEnglish corpus, CC BY-SA 4.0,
Vajjala & Lučić 2018): each article's advanced version is side A and its elementary rewrite is
side B, so pairs are genuine paraphrases. B's paragraphs are partly moved and some dropped, and
A gets sentences with no counterpart. To reach a length beyond the corpus, further copies have
their words respelled per copy, so copies do not match each other. Without the corpus, text is
generated from a Zipf-distributed vocabulary.
"""

from __future__ import annotations

import random
import re
import zlib
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "onestopenglish"


def _articles() -> list[tuple[list[str], list[str]]]:
    adv = CORPUS / "texts" / "adv"
    pairs = []
    for path in sorted(adv.glob("*-adv.txt")):
        ele = CORPUS / "texts" / "ele" / path.name.replace("-adv.txt", "-ele.txt")
        if ele.exists():
            a = [p.strip() for p in path.read_text(encoding="utf-8-sig").splitlines() if p.strip()]
            b = [p.strip() for p in ele.read_text(encoding="utf-8-sig").splitlines() if p.strip()]
            pairs.append((a, b))
    return pairs


def _respell(paragraph: str, copy: int) -> str:
    if copy == 0:
        return paragraph
    rnd_suffix = "".join("bcdfghjklmnpqrstvwxz"[(copy * 7 + k) % 20] for k in range(3))

    def sub(m: re.Match[str]) -> str:
        word = m.group(0)
        return word + rnd_suffix if zlib.crc32(f"{word.lower()}/{copy}".encode()) & 1 else word

    return re.sub(r"[A-Za-z]{4,}", sub, paragraph)


def _synthetic(n_paragraphs: int, seed: int) -> list[tuple[list[str], list[str]]]:
    rnd = random.Random(seed)
    vocab = [f"w{k}" + "abcdefgh"[k % 8] * (1 + k % 5) for k in range(20000)]
    weights = [1.0 / (k + 1) for k in range(len(vocab))]
    a, b = [], []
    for _ in range(n_paragraphs):
        words = rnd.choices(vocab, weights, k=rnd.randint(12, 30))
        sentence = " ".join(words).capitalize() + "."
        a.append(sentence)
        kept = [w for w in words if rnd.random() > 0.25]
        b.append(" ".join(kept).capitalize() + ".")
    return [(a, b)]


def _count(paragraphs: list[str]) -> int:
    return sum(len(re.findall(r"[.!?][\"')]*\s+(?=[A-Z\"'])", p)) + 1 for p in paragraphs)


def article_pair(target_sentences: int, seed: int = 7) -> tuple[str, str]:
    """Two article texts with about `target_sentences` sentences each.

    B is the paraphrased counterpart of A with 8% of its paragraphs dropped and 10% moved,
    topped up to the target with paragraphs that have no counterpart in A.
    """
    rnd = random.Random(seed)
    base = _articles() if CORPUS.is_dir() else _synthetic(4000, seed)
    a_paras: list[str] = []
    b_paras: list[str] = []
    copy = 0
    while _count(a_paras) < target_sentences:
        for a, b in base:
            a_paras.extend(_respell(p, copy) for p in a)
            b_paras.extend(_respell(p, copy) for p in b if rnd.random() >= 0.08)
            if _count(a_paras) >= target_sentences:
                break
        copy += 1
    filler = 0
    unrelated = [p for _, b in base for p in b]
    while _count(b_paras) < target_sentences:
        b_paras.append(_respell(unrelated[filler % len(unrelated)], 1000 + filler))
        filler += 1
    for _ in range(len(b_paras) // 10):
        i, j = rnd.randrange(len(b_paras)), rnd.randrange(len(b_paras))
        b_paras.insert(j, b_paras.pop(i))
    return "\n\n".join(a_paras), "\n\n".join(b_paras)
