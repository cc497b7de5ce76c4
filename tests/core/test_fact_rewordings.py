"""Flags on sentences a second outlet rewrote: a changed figure is found however the sentence
around it was reworded, and an equivalent rewording is not flagged."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.sources.load import from_text


def flags(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """(kind, severity, A text, B text) of every flag, the two sentences aligned as a user's
    two articles would be."""
    comparison = compare(from_text(a, "a.txt"), from_text(b, "b.txt"))
    return [(d.kind, d.severity, d.a, d.b) for pair in comparison.pairs
            for d in pair.discrepancies]


def test_a_day_or_month_is_not_whom_a_figure_is_about():
    assert flags("The swimmer who starred in films for MGM died in her sleep on Thursday at "
                 "the age of 91.",
                 "The 92-year-old MGM swimmer and film star died in her sleep on Thursday.") == [
        ("number", "conflict", "91", "92-year-old MGM")]
