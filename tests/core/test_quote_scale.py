"""Quotes of long articles are read and matched without comparing everything with everything.

The fast paths (candidate pairs from an index of shared words, names and quotations found by
offset) must give exactly what the plain scans gave: these tests hold them to those scans on
generated input, where overlaps of every size, speakers on one side only and reports occur.
"""

from __future__ import annotations

import re
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.facts import quote_cues, quote_match, quote_pairs, quote_verbs
from reader.core.facts.quote_index import Covered, SpanIndex, stripped_end
from reader.core.facts.speakers import NameSpan
from reader.core.model import Quote

_WORDS = ["water", "bridge", "closed", "friday", "pumps", "river", "night", "four", "4",
          "the", "we", "will", "never", "again", "crews", "town", "rose"]
_SPEAKERS = [None, "Edith Vane", "Tomas Kiper", "police", "the mayor's spokesman"]
_UNNAMED = (None, "police", "the mayor's spokesman")


@st.composite
def _quotes(draw: st.DrawFn, side: int, sentences: list[int]) -> list[Quote]:
    out = []
    for _ in range(draw(st.integers(0, 9))):
        text = " ".join(draw(st.lists(st.sampled_from(_WORDS), max_size=12)))
        speaker = draw(st.sampled_from(_SPEAKERS))
        direct = speaker is None or draw(st.booleans())
        sentence = draw(st.sampled_from(sentences))
        out.append(Quote(side, text, direct, speaker, speaker not in _UNNAMED,
                         ((sentence, 0, 10),)))
    return out


def _every_pair(words, keys, direct, aligned, *thresholds):  # noqa: ANN001, ANN002, ANN202
    return [(i, j) for i in range(len(words[0])) for j in range(len(words[1]))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_matches_from_candidate_pairs_are_those_of_weighing_every_pair(seed_comparison, data):
    c = seed_comparison
    pairs = [p for p in c.pairs if p.a and p.b][:3]  # quotes in aligned sentences, or not
    quotes = (data.draw(_quotes(0, [p.a[0] for p in pairs])),
              data.draw(_quotes(1, [p.b[0] for p in pairs])))
    with patch.object(quote_match, "article_quotes", lambda article, side, entities: quotes[side]):
        fast = quote_match.match_quotes(c)
        with patch.object(quote_match, "candidates", _every_pair):
            slow = quote_match.match_quotes(c)
    assert fast == slow


_SIDE = st.lists(st.tuples(st.frozensets(st.sampled_from(_WORDS), max_size=10),
                           st.sampled_from(_SPEAKERS), st.booleans()), max_size=12)


def _may_match(wa: frozenset[str], wb: frozenset[str], ka: str | None, kb: str | None,
               da: bool, db: bool) -> bool:
    """Whether `quote_match` could match two quotes outside aligned sentences, from the
    thresholds alone."""
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    dice = 2 * shared / (len(wa) + len(wb))
    if shared >= 2 and shared / min(len(wa), len(wb)) >= quote_match.CONTAINED:
        return True
    stand_in = {ka, kb} & {"the mayor's spokesman"} and {ka, kb} - set(_UNNAMED)
    if stand_in and dice >= quote_match.UNNAMED:
        ka = kb  # (one speaker, the one named and the one who speaks for someone)
    if (ka is not None and kb is not None and ka != kb) or (ka is None and kb is None):
        return False
    if da and db:
        return dice >= quote_match.TRANSLATED
    return dice >= quote_match.PARAPHRASED and shared >= 3


@settings(max_examples=300, deadline=None)
@given(_SIDE, _SIDE, st.data())
def test_every_pair_that_may_match_is_a_candidate(side_a, side_b, data):
    aligned = {i: sorted(data.draw(st.sets(st.integers(0, len(side_b) - 1)))) if side_b else []
               for i in range(len(side_a))}
    found = set(quote_pairs.candidates(
        ([w for w, _, _ in side_a], [w for w, _, _ in side_b]),
        ([k for _, k, _ in side_a], [k for _, k, _ in side_b]),
        ([d for _, _, d in side_a], [d for _, _, d in side_b]), aligned,
        quote_match.CONTAINED, quote_match.TRANSLATED, quote_match.PARAPHRASED,
        tuple([n for n, (_, k, _) in enumerate(side) if k == "the mayor's spokesman"]
              for side in (side_a, side_b)),
        tuple([n for n, (_, k, _) in enumerate(side) if k not in _UNNAMED]
              for side in (side_a, side_b)), quote_match.UNNAMED))
    for i, (wa, ka, da) in enumerate(side_a):
        for j, (wb, kb, db) in enumerate(side_b):
            if _may_match(wa, wb, ka, kb, da, db) or j in aligned[i]:
                assert (i, j) in found


def _name_ending(spans: list[NameSpan], at: int, text: str) -> NameSpan | None:
    """The scan `SpanIndex.ending` replaces."""
    best = None
    for span in spans:
        if at - 3 <= span.end <= at and (best is None or span.end > best.end) and (
                not text or not text[span.end:at].strip(" '\u2019s")):
            if span.type in ("PERSON", "ORG", "PLACE"):
                best = span
    return best


_SPAN = st.tuples(st.integers(0, 40), st.integers(0, 6),
                  st.sampled_from(["PERSON", "ORG", "PLACE", "ROLE"]), st.sampled_from("ab"))


@given(st.lists(_SPAN, max_size=12), st.integers(-2, 50), st.integers(-2, 50),
       st.text(" 's\u2019x", max_size=50))
def test_names_found_by_offset_are_those_a_scan_finds(raw, low, high, text):
    spans = sorted((NameSpan(s, s + n, kind, key) for s, n, kind, key in raw),
                   key=lambda s: (s.start, s.end))
    index = SpanIndex(spans)
    assert index.between(low, high) == [s for s in spans if low <= s.start < high]
    assert index.ending(low, text) == _name_ending(spans, low, text)
    assert index.ending(low) == _name_ending(spans, low, "")


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 10)), max_size=8),
       st.integers(-1, 45), st.integers(-1, 45))
def test_offsets_inside_quotations_are_those_a_scan_finds(raw, offset, high):
    ranges = [(s, s + n) for s, n in raw]
    covered = Covered(ranges)
    assert (offset in covered) == any(s <= offset < e for s, e in ranges)
    assert covered.any_starting(offset, high) == any(offset <= s < high for s, _ in ranges)


@given(st.text(" \n\tab,\u00a0", max_size=20), st.integers(0, 20))
def test_stripped_end_is_where_rstrip_ends(text, at):
    at = min(at, len(text))
    assert stripped_end(text, at) == len(text[:at].rstrip())


def _verbs_by_scan(text: str) -> list[tuple[str, int, int]]:
    """The scan of every word that `quote_verbs.verbs_in` replaces."""
    out = []
    for match in re.finditer(r"[A-Za-z]+", text):
        word, (start, end) = match.group().lower(), match.span()
        if word in quote_verbs.speech_verbs() or word == "saying":
            out.append((word, start, end))
        elif word == "according" and text.startswith(" to", end) and \
                not text[end + 3:end + 4].isalpha():
            out.append(("according to", start, end + 3))
        elif word == "quoted" and re.match(r"[^.\n]{0,60}?\bas saying\b", text[end:]):
            out.append((word, start, end))
        elif word in ("adding", "noting", "insisting", "arguing", "warning") and \
                text.startswith(" that", end):
            out.append((word, start, end))
    return out


_PIECES = ["said", "Said", "SAYS", "unsaid", "told", "according", "according to", " to", " that",
           "adding", "quoted", " as saying", "\u0130", "\u00e9", "\U0001f600", "x", " ", ".",
           "\n", "told\u00e9", "1said", "_said", "warned", "added", "insisting that"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_verbs_of_saying_are_those_a_scan_of_every_word_finds(pieces):
    text = "".join(pieces)
    assert list(quote_verbs.verbs_in(text)) == _verbs_by_scan(text)


def _words_back_by_scan(text: str, end: int, limit: int) -> list[str]:
    """The search of every break character that `quote_cues._words_back` replaces."""
    head = text[max(0, end - 160):end]
    cut = max(head.rfind(c) for c in ".!?;:\n\u201c\u201d\"()")
    words = re.compile(r"[^\W\d_][\w'\u2019.-]*|\d[\w.,]*")
    return [m.group() for m in words.finditer(text, max(0, end - 160) + cut + 1, end)][-limit:]


@given(st.text(st.sampled_from("ab 1,.;:\u201c\"(\n"), max_size=400), st.integers(0, 400),
       st.integers(1, 7))
def test_words_before_an_offset_stop_at_the_last_break(text, end, limit):
    end = min(end, len(text))
    found = [m.group() for m in quote_cues._words_back(text, end, limit)]
    assert found == _words_back_by_scan(text, end, limit)
