"""Every flag points at its evidence: the flagged text is exactly its side's passage at the
flag's span, whatever ellipses, odd spaces, soft hyphens, accents or quotes the text holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.facts.checks import check

PIECES = ["eight", "six", "8", "6", "1,000", "$4.2bn", "£4.9m", "40C", "22km", "21 kilometres",
          "more than", "nearly", "people", "injured", "dead", "cars", "December 2", "2019",
          "9 a.m.", "23:50", "Tuesday", "…", "...", "\u00ad", "e\u0301", "\u00a0", "\u2009",
          "“", "”", "’s", "  ", ",", ".", "(", ")", "-", "\u2013", "at least", "per cent",
          "three-year-old", "a dozen", "half of", "the", "and", "were", "in", "Odesa"]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=14).map(
    lambda parts: " ".join(parts))


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_flagged_text_is_the_passage_at_its_span(a, b):
    for flag in check(a, b):
        assert 0 <= flag.a_span[0] <= flag.a_span[1] <= len(a)
        assert 0 <= flag.b_span[0] <= flag.b_span[1] <= len(b)
        assert a[slice(*flag.a_span)] == flag.a
        assert b[slice(*flag.b_span)] == flag.b
        assert flag.a.strip() and flag.b.strip()
        assert flag.severity in ("conflict", "precision", "attribution")
        assert flag.why


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["eight people were hurt", "It cost $4.2bn",
                        "the fire broke out on December 2", "at least 12 killed"]),
       st.sampled_from(["…", "  ", "\u00ad", "e\u0301 ", "\u00a0", "“quoted” "]))
def test_odd_characters_before_a_figure_do_not_shift_its_span(sentence, prefix):
    changed = sentence.replace("eight", "six").replace("4.2", "5.1").replace(
        "December 2", "December 3").replace("12", "15")
    a, b = prefix + sentence, prefix + prefix + changed
    found = check(a, b)
    assert found
    for flag in found:
        assert a[slice(*flag.a_span)] == flag.a and b[slice(*flag.b_span)] == flag.b
        assert any(ch.isdigit() for ch in flag.a) or flag.a.split()[0] in sentence
