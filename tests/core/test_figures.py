"""Figures written in different house styles read as one token for matching."""

from __future__ import annotations

from reader.core.text.figures import canonical_figures


def _words(text: str) -> list[str]:
    return canonical_figures(text).split()


def test_times_in_any_style_are_one_token():
    forms = ["at 3:45 AM", "at 3.45 am", "at 3:45 a.m.", "at 03:45"]
    tokens = {_words(form)[1] for form in forms}
    assert len(tokens) == 1
    assert _words("at 3:45 PM")[1] != _words("at 3:45 AM")[1]
    assert _words("at 9 p.m.")[1] == _words("at 21:00")[1]


def test_amounts_and_compound_number_words():
    assert _words("a $4.2 million grant")[2] == _words("a $4.2m grant")[1].lstrip("$")
    assert "22" in _words("twenty-two people")


def test_text_without_figures_is_unchanged():
    text = "I am here, said the mayor of Quillby."
    assert canonical_figures(text) == text
