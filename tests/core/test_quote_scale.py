"""Quotes of long articles are read and matched without comparing everything with everything.

The fast paths (candidate pairs from an index of shared words, names and quotations found by
offset) must give exactly what the plain scans gave: these tests hold them to those scans on
generated input, where overlaps of every size, speakers on one side only and reports occur.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.facts.quote_index import Covered, SpanIndex, stripped_end
from reader.core.facts.speakers import NameSpan


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
