"""Which quote of A reports the same remark as which quote of B, and how they differ.

Two quotes are compared by their content words (light lemmas, six letters, stop words left
out): the same words are `same`; one holding most of the other's words is a `variant`
(shortened, extended, re-edited); two direct quotes of the same speaker that share fewer
words, but still a good part, are a `variant` too when their sentences are aligned or their
overlap is clear — two translations of one remark share its names, figures and most content
words, never all of them. The same remark quoted by one outlet and reported by the other
is a `paraphrase`. A speaker one outlet names and the other only describes as someone's
spokesman, rep or lawyer (`proxies`) may be one speaker when the words agree well. The same
words credited to two different speakers are an `attribution` exactly when the fact layer's
attribution check flags the two sentences. Quotes are paired one
to one first (a maximum-weight matching); a quote left over that matches one already paired
(one outlet split the remark in two) gets a row of its own with it; what is left is
`one-sided`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..align.assignment import max_weight_matching
from ..model import Comparison, Quote, QuoteMatch, QuoteMatchKind
from ..text.normalize import fold
from ..text.wordlists import entries
from .checks import attribution
from .pairwork import name_index, passage_names
from .quote_pairs import candidates
from .quote_words import WORD, content_words, fragments, name_words, stem, tokens
from .quotes import article_quotes, speaker_key
from .speakers import NameSpan

_WORDS = Path(__file__).resolve().parent / "data" / "words"
CONTAINED = 0.75
"""… to be a shortened or extended form of it."""
FRAGMENT = 3
"""Content words a quote must share with one credited to another speaker to be the same
words (fewer, as in a two-word fragment, is chance), unless attribution flags them."""
TRANSLATED = 0.4
"""Dice overlap two direct quotes of one speaker need to be one remark in two translations
(0.3 when their sentences are aligned with each other)."""
PARAPHRASED = 0.25
"""Dice overlap a quote and a report of one speaker (or two reports) need to be one remark,
sharing at least three content words (0.15 when their sentences are aligned)."""

LEDE = 3
"""Sentences an article's opening runs to: the first quote of each of two reports of one
event, both there and credited to one speaker, are that speaker's announcement told twice
(`Tara Reid has checked herself into rehab`, `the actress was admitted into Promises
Treatment Center`), however few words they share."""

UNNAMED = 0.35
"""Dice overlap a quote of an unnamed speaker (`the star's rep`) and one of a named speaker
need to be one remark in two wordings, as if one speaker had said both."""


@lru_cache(maxsize=1)
def _proxies() -> frozenset[str]:
    return entries(_WORDS, "proxies")


def _one_voice(qa: Quote, qb: Quote, loose: bool = False) -> bool:
    """Whether two unnamed speakers are one spokesperson described twice: the same word for
    someone who speaks for another, one of them with only an article or a pronoun before it
    (`a publicist`, `Reid's publicist`; `her rep`, `Reid's rep`); `loose`, any two such
    words (`her rep`, `a publicist`)."""
    if qa.named or qb.named:
        return False
    wa = re.findall(r"[\w'-]+", (qa.speaker or "").lower())
    wb = re.findall(r"[\w'-]+", (qb.speaker or "").lower())
    proxies = _proxies()
    if not wa or not wb or wa[-1] not in proxies or wb[-1] not in proxies or \
            (wa[-1] != wb[-1] and not loose):
        return False
    return any(len(w) == 1 or (len(w) == 2 and w[0] in _PLAIN) for w in (wa, wb))


_PLAIN = frozenset(("a", "an", "the", "his", "her", "its", "their"))


def _speaks_for_someone(quote: Quote) -> bool:
    """Whether an unnamed speaker is described as speaking for someone (`Reid's publicist`)."""
    words = re.findall(r"[\w-]+", (quote.speaker or "").lower())
    return bool(words) and words[-1] in _proxies()


def _key(quote: Quote) -> str | None:
    """What two quotes' speakers must share to be one speaker: a name's stems, so one name
    spelt two ways is one (`the Fisheries Council`, `the Fishery Council`; `Dirk A.
    Kempthorne`, `Dirk Kempthorne`)."""
    key = speaker_key(quote)
    if key is None or not quote.named:
        return key
    stems = [stem(w) for w in WORD.findall(fold(key).lower())]
    return " ".join(s for s in stems if s) or key


@dataclass(frozen=True)
class _Edge:
    kind: QuoteMatchKind
    weight: float


class _Matcher:
    def __init__(self, comparison: Comparison) -> None:
        self.c = comparison
        self.quotes = (article_quotes(comparison.a, 0, comparison.entities),
                       article_quotes(comparison.b, 1, comparison.entities))
        self.aligned = {(i, j) for p in comparison.pairs for i in p.a for j in p.b}
        self._index: tuple[dict[int, list[NameSpan]], dict[int, list[NameSpan]]] | None = None
        self.words = ([content_words(q.text) for q in self.quotes[0]],
                      [content_words(q.text) for q in self.quotes[1]])
        self.keys = ([_key(q) for q in self.quotes[0]], [_key(q) for q in self.quotes[1]])
        self.sentences = ([tuple(k for k, *_ in q.spans) for q in self.quotes[0]],
                          [tuple(k for k, *_ in q.spans) for q in self.quotes[1]])
        self.tokens: tuple[dict[int, list[str]], dict[int, list[str]]] = ({}, {})
        self.fragments = ([fragments(q.text) for q in self.quotes[0]],
                          [fragments(q.text) for q in self.quotes[1]])
        self.checked: dict[tuple[int, int], bool] = {}  # sentence pairs' attribution checks

    def _aligned_quotes(self) -> dict[int, list[int]]:
        """Each A quote's B quotes in sentences aligned with one of its own."""
        partners: dict[int, set[int]] = {}
        for x, y in self.aligned:
            partners.setdefault(x, set()).add(y)
        quotes_at: dict[int, list[int]] = {}
        for j, sentences in enumerate(self.sentences[1]):
            for y in sentences:
                quotes_at.setdefault(y, []).append(j)
        out: dict[int, list[int]] = {}
        for i, sentences in enumerate(self.sentences[0]):
            found = {j for x in sentences for y in partners.get(x, ()) for j in quotes_at.get(y, ())}
            if found:
                out[i] = sorted(found)
        return out

    def _conflicting(self, qa: Quote, qb: Quote) -> bool:
        """Whether the attribution check flags the quotes' sentences: the same words credited
        to different, specific speakers."""
        if self.c.event is not None and not self.c.event.same:
            return False
        found = self.checked.get((qa.sentence, qb.sentence))
        if found is None:
            a, b = (qa.sentence,), (qb.sentence,)
            text_a, text_b = self.c.a.passage(a), self.c.b.passage(b)
            if self._index is None:  # (built only when two quotes' speakers differ)
                self._index = (name_index(self.c.entities, 0), name_index(self.c.entities, 1))
            names_a = passage_names(self._index[0], self.c.a, a)
            names_b = passage_names(self._index[1], self.c.b, b)
            found = self.checked[qa.sentence, qb.sentence] = bool(
                attribution(text_a, text_b, names_a, names_b, 1.0))
        return found

    def _tokens(self, side: int, n: int) -> list[str]:
        found = self.tokens[side].get(n)
        if found is None:
            found = self.tokens[side][n] = tokens(self.quotes[side][n].text)
        return found

    def edge(self, i: int, j: int) -> _Edge | None:
        qa, qb = self.quotes[0][i], self.quotes[1][j]
        wa, wb = self.words[0][i], self.words[1][j]
        if not wa or not wb:
            return None
        shared = len(wa & wb)
        contain = shared / min(len(wa), len(wb))
        dice = 2 * shared / (len(wa) + len(wb))
        ka, kb = self.keys[0][i], self.keys[1][j]
        speakers_differ = ka is not None and kb is not None and ka != kb and \
            not _one_voice(qa, qb)
        aligned = any((x, y) in self.aligned for x in self.sentences[0][i]
                      for y in self.sentences[1][j])
        if contain >= CONTAINED and shared >= 2:
            if speakers_differ and self._conflicting(qa, qb):
                return _Edge("attribution", 2 + dice)
            if speakers_differ and shared < FRAGMENT:
                return None  # `see any harm` inside another speaker's long quote: chance
            if qa.direct != qb.direct:
                return _Edge("paraphrase", 1.5 + dice)
            same = self._tokens(0, i) == self._tokens(1, j)
            return _Edge("same" if same else "variant", 2 + dice)
        bonus = 0.1 if aligned else 0.0
        if speakers_differ and qa.named != qb.named and dice + bonus >= UNNAMED and \
                _speaks_for_someone(qb if qa.named else qa):
            speakers_differ = False  # `the star's rep` may be the one the other outlet names
        if (not qa.direct or not qb.direct) and not (speakers_differ and qa.named and
                                                     qb.named) and \
                self.fragments[0][i] & self.fragments[1][j]:
            return _Edge("paraphrase", 0.5 + dice)  # both quote its words: `a "social drinker"`
        if speakers_differ or (ka is None and kb is None):
            return None
        if qa.direct and qb.direct and dice + bonus >= TRANSLATED:
            return _Edge("variant", 1 + dice)
        if (not qa.direct or not qb.direct) and dice + bonus >= PARAPHRASED and (
                shared >= 3 or aligned):
            return _Edge("paraphrase", 0.5 + dice)
        return None

    def _sharing_fragments(self) -> set[tuple[int, int]]:
        """Quote pairs that both hold one quoted fragment (see `fragments`)."""
        holders: dict[str, list[int]] = {}
        for i, found in enumerate(self.fragments[0]):
            for fragment in found:
                holders.setdefault(fragment, []).append(i)
        return {(i, j) for j, found in enumerate(self.fragments[1]) for fragment in found
                for i in holders.get(fragment, ())}

    def _lede_edge(self) -> tuple[tuple[int, int], _Edge] | None:
        """The two articles' first quotes as one announcement (see `LEDE`): both in the
        opening, one speaker, one of them reported, two content words shared or a name or figure
        both give."""
        if self.c.event is not None and not self.c.event.same:
            return None
        first = []
        for side in (0, 1):
            opening = [n for n, sentences in enumerate(self.sentences[side])
                       if sentences and min(sentences) < LEDE]
            if not opening:
                return None
            first.append(min(opening, key=lambda n: (min(self.sentences[side][n]), n)))
        i, j = first
        qa, qb = self.quotes[0][i], self.quotes[1][j]
        ka, kb = self.keys[0][i], self.keys[1][j]
        if ka is None or kb is None or (ka != kb and not _one_voice(qa, qb, True)):
            return None
        if qa.direct and qb.direct:
            return None
        wa, wb = self.words[0][i], self.words[1][j]
        shared = wa & wb
        if len(shared) < 2 and not shared & name_words(qa.text) & name_words(qb.text):
            return None
        return (i, j), _Edge("paraphrase", 0.5 + 2 * len(wa & wb) / (len(wa) + len(wb)))

    def rows(self) -> list[QuoteMatch]:
        edges: dict[tuple[int, int], _Edge] = {}
        direct = ([q.direct for q in self.quotes[0]], [q.direct for q in self.quotes[1]])
        stand_ins = tuple([n for n, q in enumerate(side) if not q.named and q.speaker and
                           _speaks_for_someone(q)] for side in self.quotes)
        named = tuple([n for n, q in enumerate(side) if q.named] for side in self.quotes)
        pairs = candidates(self.words, self.keys, direct, self._aligned_quotes(), CONTAINED,
                           TRANSLATED, PARAPHRASED, (stand_ins[0], stand_ins[1]),
                           (named[0], named[1]), UNNAMED)
        pairs = sorted(set(pairs) | self._sharing_fragments())
        for i, j in pairs:  # in the order of (i, j): ties of weight keep it
            found = self.edge(i, j)
            if found is not None:
                edges[i, j] = found
        lede = self._lede_edge()
        if lede is not None and lede[0] not in edges:
            edges[lede[0]] = lede[1]
        chosen = max_weight_matching([(i, j, round(e.weight, 6)) for (i, j), e in edges.items()])
        by_a = {i: j for i, j, _ in chosen}
        by_b = {j: i for i, j, _ in chosen}
        for (i, j), found in sorted(edges.items(), key=lambda item: -item[1].weight):
            # a remark one outlet splits in two: the other part matches the same quote too
            if i not in by_a and j in by_b:
                by_a[i] = j
            elif j not in by_b and i in by_a:
                by_b[j] = i
        rows: list[QuoteMatch] = []
        row_of_b: dict[int, int] = {}
        for i, qa in enumerate(self.quotes[0]):
            kind: QuoteMatchKind = "one-sided"
            qb = None
            if i in by_a:
                j = by_a[i]
                qb, kind = self.quotes[1][j], edges[i, j].kind
                row_of_b.setdefault(j, len(rows))
            rows.append(QuoteMatch(_speaker(qa, qb), kind, qa, qb))
        out: list[QuoteMatch] = []
        placed: dict[int, list[QuoteMatch]] = {}
        last = -1
        for j, qb in enumerate(self.quotes[1]):
            if j in row_of_b:
                last = row_of_b[j]
                continue
            if j in by_b:  # its A quote's row holds another B quote: a row of its own after it
                i = by_b[j]
                row = QuoteMatch(_speaker(self.quotes[0][i], qb), edges[i, j].kind,
                                 self.quotes[0][i], qb)
                placed.setdefault(i, []).append(row)
                last = i
                continue
            placed.setdefault(last, []).append(QuoteMatch(qb.speaker, "one-sided", None, qb))
        out += placed.get(-1, [])
        for n, row in enumerate(rows):
            out.append(row)
            out += placed.get(n, [])
        return out


def _speaker(qa: Quote | None, qb: Quote | None) -> str | None:
    """The speaker a row is filed under: a name before a description, A's before B's."""
    found = [q for q in (qa, qb) if q is not None and q.speaker]
    named = [q for q in found if q.named]
    return (named or found)[0].speaker if found else None


def match_quotes(comparison: Comparison) -> list[QuoteMatch]:
    """Every quote of both articles, matched across them where they report one remark; A's
    reading order, a quote only B has after the row of B's previous quote."""
    return _Matcher(comparison).rows()
